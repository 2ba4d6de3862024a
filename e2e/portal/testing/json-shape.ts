/**
 * The shape of a JSON value: every key and the JSON type of every field, so
 * a portal answer can be compared field by field with a documented example
 * whatever the ids and texts. Objects keyed by ids (`QUESTIONS`, `ANSWERS`,
 * `userAnswerMap`, `voted`) become the list of their entries' shapes, in key
 * order, because ids differ between portals while positions do not.
 */
export type Shape =
  | 'string'
  | 'number'
  | 'boolean'
  | 'null'
  | { readonly array: Shape[] }
  | { readonly map: Shape[] }
  | { readonly [key: string]: Shape }

export function shapeOf(value: unknown): Shape {
  if (value === null) return 'null'
  if (Array.isArray(value)) return { array: value.map(shapeOf) }
  if (typeof value === 'object') {
    const entries = Object.entries(value)
    if (entries.length > 0 && entries.every(([key]) => /^\d+$/.test(key))) {
      return { map: entries.map(([, entry]) => shapeOf(entry)) }
    }
    return Object.fromEntries(
      entries
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([key, entry]) => [key, shapeOf(entry)]),
    )
  }
  if (typeof value === 'string') return 'string'
  if (typeof value === 'number') return 'number'
  if (typeof value === 'boolean') return 'boolean'
  throw new Error(`Not JSON: ${typeof value}`)
}
