// @vitest-environment node
import { ESLint } from 'eslint'
import { describe, expect, test } from 'vitest'

/**
 * The import rules of eslint.config.js, shown failing: each case lints a few
 * lines of code as if they stood in an existing file of the layer. Only the
 * import rules run, without the TypeScript program the typed rules need,
 * whose build takes seconds.
 */
const RULES = ['import-x/no-restricted-paths', 'import-x/no-cycle']
const eslint = new ESLint({
  overrideConfig: { languageOptions: { parserOptions: { projectService: false } } },
  ruleFilter: ({ ruleId }) => RULES.includes(ruleId),
})

async function errorsOf(
  ruleId: string,
  filePath: string,
  code: string,
): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath })
  return (result?.messages ?? [])
    .filter((message) => message.ruleId === ruleId)
    .map((message) => message.message)
}

const layerErrors = (filePath: string, code: string) =>
  errorsOf('import-x/no-restricted-paths', filePath, code)
const cycleErrors = (filePath: string, code: string) =>
  errorsOf('import-x/no-cycle', filePath, code)

describe('the layers the lint holds', () => {
  test('an api file that imports a component fails', async () => {
    const errors = await layerErrors(
      'src/features/poll/api/get-poll.ts',
      "import { PollView } from '../components/poll-view'\nexport const view = PollView\n",
    )
    expect(errors).toEqual([expect.stringContaining('api never imports components')])
  })

  test('through the @/ alias too', async () => {
    const errors = await layerErrors(
      'src/features/poll/api/get-poll.ts',
      "import { Loading } from '@/components/loading'\nexport const view = Loading\n",
    )
    expect(errors).toEqual([expect.stringContaining('api never imports components')])
  })

  test('a shared module that imports a feature fails', async () => {
    const errors = await layerErrors(
      'src/lib/portal.ts',
      "import { canWithdraw } from '../features/poll/poll'\nexport const can = canWithdraw\n",
    )
    expect(errors).toEqual([expect.stringContaining('import neither')])
  })

  test('an api file that imports the api beside it passes', async () => {
    const errors = await layerErrors(
      'src/features/poll/api/get-poll.ts',
      "import { pollKey } from './poll-address'\nexport const key = pollKey\n",
    )
    expect(errors).toEqual([])
  })
})

describe('no import loop', () => {
  test('a module that imports one that imports it fails', async () => {
    const errors = await cycleErrors(
      'src/features/poll/api/poll-address.ts',
      "import { getPoll } from './get-poll'\nexport const read = getPoll\n",
    )
    expect(errors).toEqual([expect.stringContaining('Dependency cycle')])
  })

  test('a loop through a lazy import() fails too', async () => {
    // The poll's read imports the lazy parts, which load Undo.
    const errors = await cycleErrors(
      'src/features/poll/components/undo-withdrawal.tsx',
      "import { usePoll } from '../api/get-poll'\nexport const read = usePoll\n",
    )
    expect(errors).toEqual([expect.stringContaining('Dependency cycle')])
  })

  test('the change errors import nothing that leads back to the error screen', async () => {
    const errors = await cycleErrors(
      'src/features/poll/components/change-error.tsx',
      "import { isRefusal } from '../api/change-errors'\nexport const refused = isRefusal\n",
    )
    expect(errors).toEqual([])
  })
})
