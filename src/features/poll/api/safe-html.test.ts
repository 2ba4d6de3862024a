import { describe, expect, test } from 'vitest'
import type { Poll, TextFormat } from '../poll'
import { withSafeHtml } from './safe-html'

function pollWith(text: string, textFormat: TextFormat): Poll {
  return {
    attachId: 1,
    signedAttachId: '1.abc',
    voterCount: 0,
    isAnonymous: false,
    isVoted: false,
    canVote: true,
    canRevote: true,
    isFinished: false,
    questions: [
      {
        id: '1',
        text,
        textFormat,
        isMultipleChoice: false,
        voterCount: 0,
        answers: [{ id: '1', text, textFormat, votes: 0, percent: 0, isMine: false }],
      },
    ],
  }
}

async function sanitised(html: string) {
  const poll = await withSafeHtml(pollWith(html, 'html'))
  return [poll.questions[0]?.text, poll.questions[0]?.answers[0]?.text]
}

describe('poll texts written in HTML', () => {
  test('keep simple inline formatting', async () => {
    const html = '<b>bold</b>, <i>italic</i>, <u>under</u>, x<sup>2</sup><br>next'
    expect(await sanitised(html)).toEqual([html, html])
  })

  test.each([
    ['a script element', '<script>alert(1)</script>Lunch', 'Lunch'],
    ['an event handler', '<img src=x onerror="alert(1)">Lunch', 'Lunch'],
    ['a javascript: link', '<a href="javascript:alert(1)">Lunch</a>', 'Lunch'],
    ['an inline style', '<b style="position:fixed;inset:0">Lunch</b>', '<b>Lunch</b>'],
    ['a class', '<i class="button">Lunch</i>', '<i>Lunch</i>'],
    [
      'a frame with srcdoc',
      '<iframe srcdoc="<script>alert(1)</script>"></iframe>Lunch',
      'Lunch',
    ],
    ['an SVG', '<svg onload="alert(1)"><text>x</text></svg>Lunch', 'Lunch'],
    ['a style sheet', '<style>body{display:none}</style>Lunch', 'Lunch'],
  ])('lose %s', async (_, html, safe) => {
    expect(await sanitised(html)).toEqual([safe, safe])
  })

  test('plain texts stay exactly as written, markup included', async () => {
    const poll = pollWith('<b>not bold</b> & <script>', 'text')

    expect(await withSafeHtml(poll)).toBe(poll)
  })
})
