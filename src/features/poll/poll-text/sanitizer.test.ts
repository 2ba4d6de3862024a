import { describe, expect, test } from 'vitest'
import { votedAttach } from '@/testing/fixtures/attach'
import { getWithVotedExample } from '@chat-poll/simulated-portal/doc-examples'
import { parseAttach } from '../api/attach-payload'
import { hasHtml, sanitizer } from './sanitizer'

describe('poll texts written in HTML', () => {
  test('keep simple inline formatting', async () => {
    const sanitize = await sanitizer.preload()
    const html = '<b>bold</b>, <i>italic</i>, <u>under</u>, x<sup>2</sup><br>next'

    expect(sanitize(html)).toBe(html)
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
    const sanitize = await sanitizer.preload()

    expect(sanitize(html)).toBe(safe)
  })

  test('are recognised per poll, so plain polls never load the sanitiser', () => {
    expect(hasHtml(parseAttach(votedAttach()))).toBe(false)
    expect(hasHtml(parseAttach(getWithVotedExample.result.attach))).toBe(true)
  })
})
