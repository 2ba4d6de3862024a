import { useMemo } from 'react'
import type { TextFormat } from '../poll'

/**
 * Question and answer texts. HTML ones are reduced to their text: parsing in a
 * detached document runs no script and loads nothing.
 */
export function PollText({ text, format }: { text: string; format: TextFormat }) {
  const plain = useMemo(
    () =>
      format === 'html'
        ? new DOMParser().parseFromString(text, 'text/html').body.textContent
        : text,
    [text, format],
  )
  return <bdi>{plain}</bdi>
}
