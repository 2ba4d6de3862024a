import type { Frame, Page } from '@playwright/test'

/**
 * The app's frame, to read what only script can see: the page itself where
 * the app was opened on its own, otherwise the frame of the portal slider's
 * "Chat Poll" iframe, wherever the app is served from.
 */
export async function appFrame(page: Page): Promise<Frame> {
  if ((await page.title()) === 'Chat Poll') return page.mainFrame()
  const frame = await (await page.getByTitle('Chat Poll').elementHandle()).contentFrame()
  if (!frame) throw new Error('The Chat Poll iframe has no frame')
  return frame
}

declare global {
  interface Window {
    __xss?: unknown
    __cspViolations?: CspViolation[]
  }
}

/** One Content-Security-Policy report, with the script position that caused it. */
export interface CspViolation {
  directive: string
  blockedUri: string
  sourceFile: string
  line: number
  column: number
}

/**
 * Records every Content-Security-Policy violation in every frame of the page,
 * from the first script on.
 */
export async function recordCspViolations(page: Page) {
  await page.addInitScript(() => {
    window.__cspViolations = []
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__cspViolations?.push({
        directive: event.effectiveDirective,
        blockedUri: event.blockedURI,
        sourceFile: event.sourceFile,
        line: event.lineNumber,
        column: event.columnNumber,
      })
    })
  })
}

export async function cspViolations(frame: Frame): Promise<CspViolation[]> {
  const recorded = await frame.evaluate(() => window.__cspViolations)
  if (!recorded) throw new Error('CSP violations were not recorded in the app frame')
  return recorded
}
