import { XSS_VECTORS } from './portal/scenarios'
import { appFrame, cspViolations, recordCspViolations } from './support/app-frame'
import { expect, test } from './support/fixtures'

test.use({ portalSetup: { scenario: 'xss' } })

const INLINE_FORMATTING = [
  'B',
  'STRONG',
  'I',
  'EM',
  'U',
  'S',
  'SUB',
  'SUP',
  'SMALL',
  'MARK',
  'CODE',
  'BR',
]

test(`none of ${XSS_VECTORS.length} known attack vectors in HTML poll texts runs script or leaves its row`, async ({
  page,
  portal,
  chat,
}) => {
  await recordCspViolations(page)
  const { attachId } = await portal.poll(601)
  await page.goto(
    portal.chatUrl({ placement: 'DEFAULT', options: JSON.stringify({ attachId }) }),
  )

  await expect(chat.app.getByRole('meter')).toHaveCount(XSS_VECTORS.length)
  await expect(chat.app.getByRole('group', { name: /^Set 1\b/ })).toBeVisible()
  await expect(chat.app.getByRole('meter', { name: /^Vector 1\b/ })).toBeVisible()
  // Formatting survives: the answer's own <i> is still there.
  await expect(
    chat.app.getByRole('meter', { name: /^Vector 2\b/ }).locator('i'),
  ).toHaveText('Vector 2')

  const frame = appFrame(page)
  // Let handlers that fire late (animations, media errors, autofocus) have their go.
  await expect.poll(() => frame.evaluate(() => document.getAnimations().length)).toBe(0)
  expect(await frame.evaluate(() => window.__xss)).toBeUndefined()
  // Only style reports are expected: the sanitiser parses the payload's <style>
  // and style attributes in an inert document, which the page's policy covers
  // too. A blocked script or Trusted Types sink would mean markup got past it.
  expect(
    (await cspViolations(frame)).filter(
      (violation) => !violation.startsWith('style-src'),
    ),
  ).toEqual([])

  const found = await frame.evaluate((allowed) => {
    const strays: string[] = []
    for (const text of document.querySelectorAll('bdi')) {
      for (const element of text.querySelectorAll('*')) {
        if (!allowed.includes(element.tagName) || element.attributes.length > 0) {
          strays.push(element.outerHTML)
        }
      }
    }
    return strays
  }, INLINE_FORMATTING)
  expect(found).toEqual([])

  const escapes = await frame.evaluate(() => {
    const outside: string[] = []
    const rows = document.querySelectorAll('li, h2')
    for (const row of rows) {
      const box = row.getBoundingClientRect()
      for (const element of row.querySelectorAll('bdi, bdi *')) {
        const inner = element.getBoundingClientRect()
        if (
          inner.left < box.left - 1 ||
          inner.right > box.right + 1 ||
          inner.top < box.top - 1 ||
          inner.bottom > box.bottom + 1
        ) {
          outside.push(element.outerHTML)
        }
      }
    }
    return outside
  })
  expect(escapes).toEqual([])
  expect(
    await frame.evaluate(
      () => document.documentElement.scrollWidth <= document.documentElement.clientWidth,
    ),
  ).toBe(true)
})
