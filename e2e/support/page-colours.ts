import type { Frame } from '@playwright/test'

/**
 * The colours a page is painted in: its root's colour scheme and background,
 * and those of the skeleton index.html shows beside `#root` while it is
 * empty (none once the app or the server's markup fills it).
 */
export function pageColours(frame: Frame) {
  return frame.evaluate(() => {
    const root = getComputedStyle(document.documentElement)
    const skeleton = document.getElementById('root')?.nextElementSibling
    const skeletonParts =
      skeleton?.getAttribute('aria-hidden') === 'true' &&
      getComputedStyle(skeleton).display !== 'none'
        ? [...skeleton.children]
        : []
    return {
      colorScheme: root.colorScheme,
      background: root.backgroundColor,
      skeleton: skeletonParts.map((part) => getComputedStyle(part).backgroundColor),
    }
  })
}

export const LIGHT_SURFACE = 'rgb(255, 255, 255)'
export const DARK_SURFACE = 'rgb(31, 35, 41)'
