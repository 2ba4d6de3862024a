import { describe, expect, test } from 'vitest'
import styles from './styles.css?raw'

type Palette = Record<string, string>

/** The custom properties a CSS block declares, by name. */
function declarations(block: string): Palette {
  const palette: Palette = {}
  for (const [, name = '', value = ''] of block.matchAll(/(--[\w-]+):\s*([^;]+);/g)) {
    palette[name] = value.trim()
  }
  return palette
}

function blockAfter(selector: string): string {
  const start = styles.indexOf(`${selector} {`)
  if (start < 0) throw new Error(`styles.css has no ${selector} block`)
  return styles.slice(start, styles.indexOf('}', start))
}

const light = declarations(blockAfter(':root'))
const dark = {
  ...light,
  ...declarations(blockAfter(":root[data-color-scheme='system']")),
}

function colour(palette: Palette, name: string): string {
  const value = palette[name]
  if (!value) throw new Error(`styles.css does not define ${name}`)
  const reference = /^var\((--[\w-]+)\)$/.exec(value)
  return reference?.[1] ? colour(palette, reference[1]) : value
}

/** WCAG 2 contrast ratio of two `#rrggbb` colours. */
function contrast(first: string, second: string): number {
  const luminance = (hex: string) => {
    const [r = 0, g = 0, b = 0] = [1, 3, 5].map((at) => {
      const channel = parseInt(hex.slice(at, at + 2), 16) / 255
      return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4
    })
    return 0.2126 * r + 0.7152 * g + 0.0722 * b
  }
  const [lighter, darker] = [luminance(first), luminance(second)].sort((a, b) => b - a)
  return ((lighter ?? 0) + 0.05) / ((darker ?? 0) + 0.05)
}

/** Every text colour with each surface it is written on. */
const TEXT_ON_SURFACE = [
  ['--color-text', '--color-surface'],
  ['--color-text', '--color-mine-surface'],
  ['--color-text-muted', '--color-surface'],
  ['--color-text-muted', '--color-surface-muted'],
  ['--color-text-muted', '--color-mine-surface'],
  ['--color-mine', '--color-surface'],
  ['--color-mine', '--color-mine-surface'],
  ['--color-accent', '--color-surface'],
  ['--color-accent', '--color-accent-hover'],
  ['--color-on-accent', '--color-accent'],
  ['--color-error', '--color-surface'],
  ['--color-error', '--color-error-surface'],
] as const

describe.each([
  ['light', light],
  ['dark', dark],
])('the %s scheme', (_, palette) => {
  test('keeps every text at a contrast of 4.5:1 or more on its surface', () => {
    const tooFaint = TEXT_ON_SURFACE.map(([text, surface]) => ({
      text,
      surface,
      ratio: contrast(colour(palette, text), colour(palette, surface)),
    })).filter(({ ratio }) => ratio < 4.5)
    expect(tooFaint).toEqual([])
  })

  test('marks your answer in a colour no pie slice has', () => {
    const slices = Object.keys(palette)
      .filter((name) => name.startsWith('--slice-'))
      .map((name) => colour(palette, name))
    expect(slices).toHaveLength(10)
    expect(slices).not.toContain(colour(palette, '--color-mine-mark'))
    expect(slices).not.toContain(colour(palette, '--color-bar'))
  })
})
