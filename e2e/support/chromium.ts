import { execFileSync } from 'node:child_process'
import { accessSync, constants } from 'node:fs'
import { chromium } from '@playwright/test'

/**
 * Finds a Chromium for Playwright without a hand-installed step: an explicit
 * path, the system's Chromium, Playwright's own download, and, as root on a
 * Debian-like machine, Debian's `chromium` package installed on the spot.
 */
export function findChromium(): string {
  const found = firstExecutable(candidates())
  if (found) return found
  if (canInstallWithApt()) {
    installDebianChromium()
    const installed = firstExecutable(systemPaths)
    if (installed) return installed
  }
  throw new Error(
    [
      'No Chromium found for the end-to-end tests. Either:',
      '  - set CHROMIUM_PATH to a Chromium or Chrome executable,',
      '  - install Chromium with your system package manager (Debian: apt-get install chromium),',
      '  - or run `npx playwright install chromium` where downloads are allowed.',
    ].join('\n'),
  )
}

const systemPaths = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
]

function candidates(): string[] {
  return [process.env.CHROMIUM_PATH ?? '', ...systemPaths, chromium.executablePath()]
}

function firstExecutable(paths: string[]): string | undefined {
  return paths.find((path) => {
    if (!path) return false
    try {
      accessSync(path, constants.X_OK)
      return true
    } catch {
      return false
    }
  })
}

function canInstallWithApt(): boolean {
  return process.getuid?.() === 0 && firstExecutable(['/usr/bin/apt-get']) !== undefined
}

function installDebianChromium(): void {
  console.log('No Chromium found: installing Debian’s chromium package…')
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
  execFileSync('apt-get', ['update'], { stdio: 'inherit', env })
  execFileSync('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], {
    stdio: 'inherit',
    env,
  })
}
