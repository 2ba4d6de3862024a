import { spawn, type ChildProcess } from 'node:child_process'
import { availableParallelism } from 'node:os'

/**
 * Runs the end-to-end suite while every core is kept busy by a process of its
 * own, as on a shared CI machine or a laptop compiling something else. The
 * load starts before Playwright and stops with it, whatever way it ends.
 * Arguments are passed on to `playwright test`.
 */

const cores = availableParallelism()
const spin = 'for (;;) Math.sqrt(Math.random())'
const load: ChildProcess[] = Array.from({ length: cores }, () =>
  spawn(process.execPath, ['-e', spin], { stdio: 'ignore' }),
)
const stopLoad = () => {
  for (const burner of load) burner.kill('SIGKILL')
}
process.on('exit', stopLoad)

console.log(
  `Stress run: ${cores} busy processes on ${cores} cores during the whole suite.`,
)
const playwright = spawn('npx', ['playwright', 'test', ...process.argv.slice(2)], {
  stdio: 'inherit',
})
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => playwright.kill(signal))
}
playwright.on('exit', (code, signal) => {
  stopLoad()
  process.exit(code ?? (signal ? 1 : 0))
})
