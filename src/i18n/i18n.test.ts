import { describe, expect, test } from 'vitest'
import { MENU_TITLES } from '@/features/install/install-app'
import { catalogueLoaders, english, loadCatalogue } from './catalogue'
import { createTranslator } from './i18n'
import type { Messages } from './messages/en'

describe('English texts', () => {
  const { t, plural, percent } = createTranslator(english)

  test('vote counts use the right plural form', () => {
    expect(plural('votes', 0)).toBe('0\u00a0votes')
    expect(plural('votes', 1)).toBe('1\u00a0vote')
    expect(plural('votes', 1234)).toBe('1,234\u00a0votes')
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

  test.each(['constructor', 'toString', 'hasOwnProperty'])(
    'a language code named like a built-in property (%s) falls back to English',
    async (code) => {
      expect(await loadCatalogue(code)).toBe(english)
    },
  )

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

describe('the withdrawal button', () => {
  test.each([
    ['en', 'Withdraw my vote'],
    ['ru', 'Отозвать мой голос'],
    ['ua', 'Відкликати мій голос'],
    ['de', 'Meine Stimme zurückziehen'],
    ['la', 'Retirar mi voto'],
    ['br', 'Retirar meu voto'],
    ['ar', 'سحب صوتي'],
  ])('in %s speaks for the user: "%s"', async (code, text) => {
    const { messages } = await loadCatalogue(code)
    expect(messages.withdrawVote).toBe(text)
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

const allCodes = ['en', ...Object.keys(catalogueLoaders)] as const
/** Every text of a catalogue, each plural form on its own. */
async function textsOf(code: string): Promise<string[]> {
  const { messages } = await loadCatalogue(code)
  return Object.values(messages).flatMap((text: Messages[keyof Messages]) =>
    typeof text === 'string'
      ? [text]
      : Object.values(text).filter((form) => typeof form === 'string'),
  )
}

describe.each(allCodes)('the %s texts', (code) => {
  test('join every count to its noun with a no-break space', async () => {
    const counts = (await textsOf(code)).filter((text) => text.includes('{count}'))
    expect(counts.length).toBeGreaterThan(0)
    // A bare "+3" after the names on a who-voted button has no noun to join.
    expect(counts.filter((text) => !/\{count\}(\u00a0\S|\u2069?$)/.test(text))).toEqual(
      [],
    )

    const { plural } = createTranslator(await loadCatalogue(code))
    expect(plural('votes', 4)).toMatch(/4\u00a0\S/)
    expect(plural('peopleVoted', 1_000_000)).toMatch(/\d\u00a0\S/)
  })

  test('name the chat message menu item as Bitrix24 shows it, where they say where to find the app', async () => {
    const { messages } = await loadCatalogue(code)
    const menuItem = MENU_TITLES[code as keyof typeof MENU_TITLES]
    expect(messages.outsideBody).toContain(menuItem)
    expect(messages.installedBody).toContain(menuItem)
  })
})

test.each(Object.keys(catalogueLoaders))(
  'the %s texts call the app by its menu item’s name, never by the English one',
  async (code) => {
    expect((await textsOf(code)).filter((text) => text.includes('Chat Poll'))).toEqual([])
  },
)

test.each(['ru', 'ua'])(
  'in %s a dash never starts a line: a no-break space precedes it',
  async (code) => {
    expect((await textsOf(code)).filter((text) => /[ \n][—–]/.test(text))).toEqual([])
  },
)

describe('plural forms', () => {
  test('Russian has one, few and many', async () => {
    const { plural } = createTranslator(await loadCatalogue('ru'))
    expect(plural('votes', 1)).toBe('1\u00a0голос')
    expect(plural('votes', 2)).toBe('2\u00a0голоса')
    expect(plural('votes', 5)).toBe('5\u00a0голосов')
    expect(plural('votes', 21)).toBe('21\u00a0голос')
    expect(plainSpaces(plural('votes', 1234))).toBe('1 234 голоса')
  })

  test('Ukrainian has one, few and many', async () => {
    const { plural } = createTranslator(await loadCatalogue('ua'))
    expect(plural('votes', 1)).toBe('1\u00a0голос')
    expect(plural('votes', 3)).toBe('3\u00a0голоси')
    expect(plural('votes', 11)).toBe('11\u00a0голосів')
  })

  test('Arabic has six forms', async () => {
    const { plural } = createTranslator(await loadCatalogue('ar'))
    expect(plural('votes', 1)).toBe('صوت واحد')
    expect(plural('votes', 2)).toBe('صوتان')
    expect(plural('votes', 3)).toBe('3\u00a0أصوات')
    expect(plural('votes', 11)).toBe('11\u00a0صوتًا')
    expect(plural('votes', 100)).toBe('100\u00a0صوت')
  })

  test('German and Spanish percentages follow their locale', async () => {
    const german = createTranslator(await loadCatalogue('de'))
    const spanish = createTranslator(await loadCatalogue('la'))
    expect(plainSpaces(german.percent(42.86))).toBe('42,86 %')
    expect(plainSpaces(spanish.percent(42.86))).toBe('42,86 %')
  })
})
