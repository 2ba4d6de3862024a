import createDOMPurify, { type DOMPurify } from 'dompurify'
import { JSDOM } from 'jsdom'

/** DOMPurify on a DOM of the server's own: without one it would not sanitise at all. */
export function serverPurify(): DOMPurify {
  return createDOMPurify(new JSDOM('').window)
}
