import { en, type Catalogue } from './messages/en'

export type { Catalogue } from './messages/en'

export const english: Catalogue = { locale: 'en', dir: 'ltr', messages: en }

/**
 * Catalogues by Bitrix24 language code (`la` is Spanish, `br` Brazilian
 * Portuguese, `ua` Ukrainian). Each is its own chunk: a user downloads only
 * English, bundled, and their own language.
 */
export const catalogueLoaders: Readonly<Record<string, () => Promise<Catalogue>>> = {
  ru: () => import('./messages/ru').then((module) => module.ru),
  de: () => import('./messages/de').then((module) => module.de),
  la: () => import('./messages/la').then((module) => module.la),
  br: () => import('./messages/br').then((module) => module.br),
  ua: () => import('./messages/ua').then((module) => module.ua),
  ar: () => import('./messages/ar').then((module) => module.ar),
}

/** The user's catalogue; English for languages without one, or when it fails to load. */
export async function loadCatalogue(bitrixLang: string): Promise<Catalogue> {
  // An own key only: `constructor` or `toString` would otherwise reach Object.prototype.
  const load = Object.hasOwn(catalogueLoaders, bitrixLang)
    ? catalogueLoaders[bitrixLang]
    : undefined
  if (!load) return english
  try {
    return await load()
  } catch {
    return english
  }
}
