import type { Frame, Page } from '@playwright/test'
import { appUrl } from './app-url'

/** The app's frame inside the portal page, to read what only script can see. */
export function appFrame(page: Page): Frame {
  const origin = new URL(appUrl()).origin
  const frame = page.frames().find((candidate) => candidate.url().startsWith(origin))
  if (!frame) throw new Error(`No frame from ${origin} on the page`)
  return frame
}

declare global {
  interface Window {
    __xss?: unknown
    __cspViolations?: string[]
  }
}

/**
 * Records every Content-Security-Policy violation in every frame of the page,
 * as `<directive> <blocked URI>`, from the first script on.
 */
export async function recordCspViolations(page: Page) {
  await page.addInitScript(() => {
    window.__cspViolations = []
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__cspViolations?.push(`${event.effectiveDirective} ${event.blockedURI}`)
    })
  })
}

export async function cspViolations(frame: Frame): Promise<string[]> {
  return frame.evaluate(() => window.__cspViolations ?? ['not recorded'])
}
