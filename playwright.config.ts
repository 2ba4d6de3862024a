import { defineConfig, devices } from '@playwright/test'
import { findChromium } from './e2e/support/chromium'

// Workers inherit the environment: look for Chromium once per run.
process.env.CHROMIUM_PATH = findChromium()
const isCI = Boolean(process.env.CI)

export default defineConfig({
  testDir: './e2e',
  testMatch: '**/*.spec.ts',
  globalSetup: './e2e/support/global-setup.ts',
  fullyParallel: true,
  forbidOnly: isCI,
  // A test that fails once fails the run: a flaky test is a bug to fix.
  retries: 0,
  workers: 2,
  reporter: [['list'], ['json', { outputFile: 'test-reports/e2e.json' }]],
  use: {
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH,
      // This machine has no network beyond loopback: keep Chromium from
      // trying to reach Google's services in the background.
      args: [
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
})
