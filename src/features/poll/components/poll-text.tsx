import type { TextFormat } from '../poll'

/**
 * A question or answer text. HTML ones reach the app already sanitised at the
 * API boundary (`api/safe-html.ts`), so their inline formatting is kept.
 */
export function PollText({ text, format }: { text: string; format: TextFormat }) {
  if (format === 'html') return <bdi dangerouslySetInnerHTML={{ __html: text }} />
  return <bdi>{text}</bdi>
}
