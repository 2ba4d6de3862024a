import { describe, expect, test } from 'vitest'
import { createTranslator } from './i18n'

describe('English texts', () => {
  const { t, plural, percent } = createTranslator('en')

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

  test('a language without a catalogue falls back to English', () => {
    expect(createTranslator('xx').locale).toBe('en')
  })
})
