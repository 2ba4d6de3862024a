import { describe, expect, test } from 'vitest'
import { catalogueLoaders, english, loadCatalogue } from './catalogue'
import { createTranslator } from './i18n'

describe('English texts', () => {
  const { t, plural, percent } = createTranslator(english)

  test('vote counts use the right plural form', () => {
    expect(plural('votes', 0)).toBe('0 votes')
    expect(plural('votes', 1)).toBe('1 vote')
    expect(plural('votes', 1234)).toBe('1,234 votes')
  })

  test('shares keep up to two decimals', () => {
    expect(percent(42.86)).toBe('42.86%')
    expect(percent(100)).toBe('100%')
    expect(percent(0)).toBe('0%')
  })

  test('values are filled into templates', () => {
    expect(t('errorCode', { code: 'ATTACH_NOT_FOUND' })).toBe(
      'Error code: ATTACH_NOT_FOUND',
    )
  })
})

describe('choosing the language', () => {
  test('a language without a catalogue falls back to English', async () => {
    expect(await loadCatalogue('xx')).toBe(english)
  })

  test.each([
    ['ru', 'ru', 'ltr'],
    ['de', 'de', 'ltr'],
    ['la', 'es', 'ltr'],
    ['br', 'pt-BR', 'ltr'],
    ['ua', 'uk', 'ltr'],
    ['ar', 'ar', 'rtl'],
  ])('Bitrix24 code %s reads as locale %s, written %s', async (code, locale, dir) => {
    const catalogue = await loadCatalogue(code)
    expect(catalogue.locale).toBe(locale)
    expect(catalogue.dir).toBe(dir)
  })
})

describe.each(Object.keys(catalogueLoaders))('the %s catalogue', (code) => {
  test('has every text of the English one, and nothing else', async () => {
    const { messages } = await loadCatalogue(code)
    expect(Object.keys(messages).sort()).toEqual(Object.keys(english.messages).sort())
    const unlikeEnglish = Object.entries(messages)
      .filter(([key, text]) => {
        const englishText = english.messages[key as keyof typeof english.messages]
        return !text || typeof text !== typeof englishText
      })
      .map(([key]) => key)
    expect(unlikeEnglish).toEqual([])
  })

  test('has a form for every plural category of its language', async () => {
    const catalogue = await loadCatalogue(code)
    const categories = new Intl.PluralRules(catalogue.locale).resolvedOptions()
      .pluralCategories
    const forms = Object.entries(catalogue.messages)
      .filter(([, text]) => typeof text !== 'string')
      .map(([key, text]) => [key, Object.keys(text).sort()])
    expect(forms).toEqual(forms.map(([key]) => [key, [...categories].sort()]))
  })

  test('keeps the placeholders of the English texts', async () => {
    const { messages } = await loadCatalogue(code)
    const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort()
    const texts = Object.entries(english.messages).filter(
      (entry): entry is [string, string] => typeof entry[1] === 'string',
    )
    expect(
      texts.map(([key]) => [
        key,
        placeholders(messages[key as keyof typeof messages] as string),
      ]),
    ).toEqual(texts.map(([key, text]) => [key, placeholders(text)]))
  })
})

/** `Intl` separates digits and signs with no-break spaces. */
const plainSpaces = (text: string) => text.replace(/\s/g, ' ')

describe('plural forms', () => {
  test('Russian has one, few and many', async () => {
    const { plural } = createTranslator(await loadCatalogue('ru'))
    expect(plural('votes', 1)).toBe('1 голос')
    expect(plural('votes', 2)).toBe('2 голоса')
    expect(plural('votes', 5)).toBe('5 голосов')
    expect(plural('votes', 21)).toBe('21 голос')
    expect(plainSpaces(plural('votes', 1234))).toBe('1 234 голоса')
  })

  test('Ukrainian has one, few and many', async () => {
    const { plural } = createTranslator(await loadCatalogue('ua'))
    expect(plural('votes', 1)).toBe('1 голос')
    expect(plural('votes', 3)).toBe('3 голоси')
    expect(plural('votes', 11)).toBe('11 голосів')
  })

  test('Arabic has six forms', async () => {
    const { plural } = createTranslator(await loadCatalogue('ar'))
    expect(plural('votes', 1)).toBe('صوت واحد')
    expect(plural('votes', 2)).toBe('صوتان')
    expect(plural('votes', 3)).toBe('3 أصوات')
    expect(plural('votes', 11)).toBe('11 صوتًا')
    expect(plural('votes', 100)).toBe('100 صوت')
  })

  test('German and Spanish percentages follow their locale', async () => {
    const german = createTranslator(await loadCatalogue('de'))
    const spanish = createTranslator(await loadCatalogue('la'))
    expect(plainSpaces(german.percent(42.86))).toBe('42,86 %')
    expect(plainSpaces(spanish.percent(42.86))).toBe('42,86 %')
  })
})
