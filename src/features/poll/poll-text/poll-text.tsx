import { useMemo } from 'react'
import { useLoaded } from '@/lib/load-once'
import { sanitizer } from './sanitizer'
import type { TextFormat } from '../poll'

/**
 * A question or answer text. HTML ones are the only markup in the app that
 * comes from people: they are always shown through the sanitiser, and as
 * plain text while it loads (`readyToShow` loads it before a poll with HTML
 * texts is delivered, so that is rarely seen).
 */
export function PollText({ text, format }: { text: string; format: TextFormat }) {
  // Until the sanitiser is loaded, or where it fails to load, the text stays plain: safe.
  const sanitize = useLoaded(sanitizer, format === 'html')
  const html = useMemo(
    () => (format === 'html' && sanitize ? sanitize(text) : undefined),
    [format, sanitize, text],
  )
  const plain = useMemo(() => (format === 'html' ? textOf(text) : text), [format, text])
  if (html !== undefined) return <bdi dangerouslySetInnerHTML={{ __html: html }} />
  return <bdi>{plain}</bdi>
}

// Only ever rendered as text, never parsed: a rough cut is safe, and brief.
function textOf(html: string): string {
  return html.replace(/<[^>]*>/g, '')
}
