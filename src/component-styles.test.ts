import { describe, expect, test } from 'vitest'

const stylesheets = import.meta.glob<string>('./**/*.css', {
  query: '?raw',
  import: 'default',
  eager: true,
})
const components = Object.keys(import.meta.glob('./**/*.tsx'))

/** Stylesheets of the whole page rather than of one component. */
const PAGE_STYLESHEETS = ['./styles.css', './skeleton.css', './component-styles.css']
/** The controls several components share, which no one component is named after. */
const SHARED_CONTROLS = './components/controls.css'

const gathered = [
  ...(stylesheets['./component-styles.css'] ?? '').matchAll(/@import '([^']+)'/g),
].map(([, path]) => path)

const componentStylesheets = Object.keys(stylesheets).filter(
  (path) => !PAGE_STYLESHEETS.includes(path) && path !== SHARED_CONTROLS,
)

/** The first class of each selector in a stylesheet: the element a rule is about, or its context. */
function leadingClasses(css: string): string[] {
  const withoutComments = css.replace(/\/\*[\s\S]*?\*\//g, '')
  return [...withoutComments.matchAll(/([^{};]+)\{/g)]
    .map(([, prelude = '']) => prelude.trim())
    .filter((prelude) => !prelude.startsWith('@') && !/^(to|from|\d+%)$/.test(prelude))
    .flatMap((prelude) => prelude.split(','))
    .map((selector) => /\.([a-z][\w-]*)/.exec(selector)?.[1] ?? selector.trim())
}

describe('component stylesheets', () => {
  test('all reach the page, through the stylesheet that gathers them', () => {
    const missing = Object.keys(stylesheets).filter(
      (path) => !PAGE_STYLESHEETS.includes(path) && !gathered.includes(path),
    )
    expect(missing).toEqual([])
  })

  test.each(componentStylesheets)('%s sits beside its component', (path) => {
    expect(components).toContain(path.replace(/\.css$/, '.tsx'))
  })

  test.each(componentStylesheets)(
    '%s styles only classes named after its component',
    (path) => {
      const name = /([\w-]+)\.css$/.exec(path)?.[1] ?? ''
      const strangers = leadingClasses(stylesheets[path] ?? '').filter(
        (className) => className !== name && !className.startsWith(`${name}-`),
      )
      expect(strangers).toEqual([])
    },
  )
})
