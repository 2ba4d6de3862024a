import { createContext, use, useEffect, useMemo, type ReactNode } from 'react'
import type { Catalogue } from './catalogue'
import type { Messages, PluralMessage } from './messages/en'

export type TextKey = {
  [K in keyof Messages]: Messages[K] extends string ? K : never
}[keyof Messages]
type PluralKey = Exclude<keyof Messages, TextKey>
type Values = Record<string, string | number>

export interface Translator {
  readonly locale: string
  readonly dir: 'ltr' | 'rtl'
  readonly t: (key: TextKey, values?: Values) => string
  readonly plural: (key: PluralKey, count: number, values?: Values) => string
  readonly percent: (value: number) => string
  /** A count on its own, grouped as the language groups digits. */
  readonly count: (value: number) => string
}

export function createTranslator({ locale, dir, messages }: Catalogue): Translator {
  const pluralRules = new Intl.PluralRules(locale)
  const integer = new Intl.NumberFormat(locale)
  // Bitrix24 sends percentages already rounded to two decimals.
  const percent = new Intl.NumberFormat(locale, {
    style: 'percent',
    maximumFractionDigits: 2,
  })
  const fill = (template: string, values: Values = {}) =>
    template.replace(/\{(\w+)\}/g, (match, name: string) =>
      name in values ? String(values[name]) : match,
    )

  return {
    locale,
    dir,
    t: (key, values) => fill(messages[key], values),
    plural: (key, count, values) => {
      const forms: PluralMessage = messages[key]
      const form = forms[pluralRules.select(count)] ?? forms.other
      return fill(form, { ...values, count: integer.format(count) })
    },
    percent: (value) => percent.format(value / 100),
    count: (value) => integer.format(value),
  }
}

const I18nContext = createContext<Translator | null>(null)

export function I18nProvider({
  catalogue,
  children,
}: {
  catalogue: Catalogue
  children: ReactNode
}) {
  const translator = useMemo(() => createTranslator(catalogue), [catalogue])
  useEffect(() => {
    document.documentElement.lang = translator.locale
    document.documentElement.dir = translator.dir
  }, [translator])
  return <I18nContext value={translator}>{children}</I18nContext>
}

export function useI18n(): Translator {
  const translator = use(I18nContext)
  if (!translator) throw new Error('useI18n must be used inside <I18nProvider>')
  return translator
}
