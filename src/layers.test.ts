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

const CASES: readonly [string, string, string, string, readonly unknown[]][] = [
  [
    'an api file that imports a component fails',
    'src/features/poll/api/get-poll.ts',
    "import { PollView } from '../components/poll-view'",
    'import-x/no-restricted-paths',
    [expect.stringContaining('api never imports components')],
  ],
  [
    'an api file that imports a component through the @/ alias fails',
    'src/features/poll/api/get-poll.ts',
    "import { Loading } from '@/components/loading'",
    'import-x/no-restricted-paths',
    [expect.stringContaining('api never imports components')],
  ],
  [
    'a shared module that imports a feature fails',
    'src/lib/portal.ts',
    "import { canWithdraw } from '../features/poll/poll'",
    'import-x/no-restricted-paths',
    [expect.stringContaining('import neither')],
  ],
  [
    'an api file that imports the api beside it passes',
    'src/features/poll/api/get-poll.ts',
    "import { pollKey } from './poll-address'",
    'import-x/no-restricted-paths',
    [],
  ],
  [
    'a module that imports one that imports it fails',
    'src/features/poll/api/poll-address.ts',
    "import { getPoll } from './get-poll'",
    'import-x/no-cycle',
    [expect.stringContaining('Dependency cycle')],
  ],
  [
    // The poll's read imports the lazy parts, which load Undo.
    'a loop through a lazy import() fails too',
    'src/features/poll/components/undo-withdrawal.tsx',
    "import { usePoll } from '../api/get-poll'",
    'import-x/no-cycle',
    [expect.stringContaining('Dependency cycle')],
  ],
  [
    'the change errors lead nowhere back to the error screen that imports them',
    'src/features/poll/components/change-error.tsx',
    "import { isRefusal } from '../api/change-errors'",
    'import-x/no-cycle',
    [],
  ],
]

describe('the imports the lint holds', () => {
  test.each(CASES)('%s', async (_, filePath, importLine, ruleId, expected) => {
    const name = /import \{ (\w+) \}/.exec(importLine)?.[1] ?? ''
    const errors = await errorsOf(
      ruleId,
      filePath,
      `${importLine}\nexport const used = ${name}\n`,
    )
    expect(errors).toEqual(expected)
  })
})
