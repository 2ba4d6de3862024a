import { spawn, type ChildProcess } from 'node:child_process'
import { parseArgs } from 'node:util'
import { freePort, startPortalWithApp, type StartApp } from './start-both'

/**
 * `simulated-portal [--port N] -- <command>`: the demo, an app inside the
 * simulated portal's chat. The command serves the app on `HOST` and `PORT`,
 * letting the origins in `PORTAL_ORIGINS` frame it, as the project's
 * production server does (`npm run serve`, docs/deploy.md).
 */

const usage = 'Usage: simulated-portal [--port N] -- <command that serves the app>'
const STARTUP_TIMEOUT_MS = 30_000

const { values, positionals } = parseArgs({
  options: { port: { type: 'string', default: process.env.PORTAL_PORT } },
  allowPositionals: true,
})
const [program, ...args] = positionals
if (program === undefined) {
  console.error(usage)
  process.exit(1)
}

let appProcess: ChildProcess | undefined
const { portal, app, close } = await startPortalWithApp({
  startApp: serveWith(program, args),
  portalPort: Number(values.port) || undefined,
})

console.log(`
  Chat Poll in a simulated Bitrix24 portal

  Open   ${portal.url}

         1. Install Chat Poll: Applications → Chat Poll (you are Anna, an administrator).
         2. Open a poll message's menu (⋯) and choose “Chat Poll”.
         3. Withdraw your vote there and watch the chat's own poll widget.
         Switch user and language at the top of the page.

  App    ${app.url}  (served by \`${[program, ...args].join(' ')}\` on its own origin)

  Press Ctrl+C to stop.
`)

appProcess?.once('exit', (code) => {
  console.error(`The app's server stopped (exit code ${String(code)}).`)
  void portal.close().then(() => process.exit(1))
})
const stop = () => {
  void close().then(() => process.exit(0))
}
process.once('SIGINT', stop)
process.once('SIGTERM', stop)

/** Runs the command on a free port and waits until it answers there. */
function serveWith(command: string, commandArgs: string[]): StartApp {
  return async ({ host, origin }) => {
    const port = await freePort(host)
    // A process group of its own: a command such as `npm run` starts the
    // server as a grandchild, and stopping the group stops them all.
    const child = spawn(command, commandArgs, {
      stdio: 'inherit',
      detached: true,
      env: { ...process.env, HOST: host, PORT: String(port), PORTAL_ORIGINS: origin },
    })
    appProcess = child
    const stopGroup = () => {
      if (child.pid !== undefined && child.exitCode === null) {
        process.kill(-child.pid, 'SIGTERM')
      }
    }
    process.once('exit', stopGroup)
    const url = `http://${host}:${port}/`
    await answering(url, child, stopGroup)
    return {
      url,
      close: () =>
        new Promise((done) => {
          child.removeAllListeners('exit')
          if (child.exitCode !== null) {
            done()
            return
          }
          child.once('exit', () => {
            done()
          })
          stopGroup()
        }),
    }
  }
}

async function answering(
  url: string,
  child: ChildProcess,
  stop: () => void,
): Promise<void> {
  let exitCode: number | null | undefined
  const onExit = (code: number | null) => {
    exitCode = code
  }
  child.once('exit', onExit)
  try {
    const deadline = Date.now() + STARTUP_TIMEOUT_MS
    for (;;) {
      if (exitCode !== undefined) {
        throw new Error(`The app's command exited (code ${String(exitCode)})`)
      }
      if (
        await fetch(url, { method: 'HEAD' }).then(
          () => true,
          () => false,
        )
      )
        return
      if (Date.now() > deadline) {
        stop()
        throw new Error(
          `The app did not answer at ${url} within ${STARTUP_TIMEOUT_MS} ms`,
        )
      }
      await new Promise((next) => setTimeout(next, 100))
    }
  } finally {
    child.off('exit', onExit)
  }
}
