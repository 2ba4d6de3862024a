// @vitest-environment node
import { ESLint } from 'eslint'
import { describe, expect, test } from 'vitest'

/**
 * The import zones of eslint.config.js, shown failing: each case lints a few
 * lines of code as if they stood in an existing file of the layer. Only the
 * zones' rule runs, without the TypeScript program the typed rules need,
 * whose build takes seconds.
 */
const eslint = new ESLint({
  overrideConfig: { languageOptions: { parserOptions: { projectService: false } } },
  ruleFilter: ({ ruleId }) => ruleId === 'import-x/no-restricted-paths',
})

async function layerErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath })
  return (result?.messages ?? [])
    .filter((message) => message.ruleId === 'import-x/no-restricted-paths')
    .map((message) => message.message)
}

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
