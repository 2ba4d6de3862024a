import purify from 'dompurify'
import { afterEach, describe, expect, test, vi } from 'vitest'
import { votedAttach } from '@/testing/fixtures/attach'
import { getWithVotedExample } from '@chat-poll/simulated-portal/doc-examples'
import { parseAttach } from '../api/attach-payload'
import type { Answer, Poll, Question, TextFormat } from '../poll'
import { hasHtml, markupOf, sanitizerFor } from './sanitizer'

/**
 * The app's sanitiser from a fresh copy of its modules. The allow-list is read
 * as its module loads, and the mutation run (stryker.config.mjs, `ignoreStatic`)
 * counts only what runs inside a test.
 */
async function loadSanitizer() {
  vi.resetModules()
  const { sanitizer } = await import('./sanitizer')
  return sanitizer.preload()
}

describe('poll texts written in HTML', () => {
  test('keep simple inline formatting', async () => {
    const sanitize = await loadSanitizer()
    const html = '<b>bold</b>, <i>italic</i>, <u>under</u>, x<sup>2</sup><br>next'

    expect(sanitize(html)).toBe(html)
  })

  test.each(['b', 'strong', 'i', 'em', 'u', 's', 'sub', 'sup', 'small', 'mark', 'code'])(
    'keep <%s>',
    async (tag) => {
      const sanitize = await loadSanitizer()
      const html = `Lunch <${tag}>today</${tag}>`

      expect(sanitize(html)).toBe(html)
    },
  )

  test('keep line breaks', async () => {
    const sanitize = await loadSanitizer()

    expect(sanitize('Lunch<br>today')).toBe('Lunch<br>today')
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
    const sanitize = await loadSanitizer()

    expect(sanitize(html)).toBe(safe)
  })

  // What DOMPurify keeps by default, and the poll's texts do not.
  test.each([
    ['a link, even a safe one', '<a href="https://example.com/">Lunch</a>', 'Lunch'],
    ['an image', '<img src="https://example.com/lunch.png" alt="">Lunch', 'Lunch'],
    ['a table', '<table><tbody><tr><td>Lunch</td></tr></tbody></table>', 'Lunch'],
    ['a styled span', '<span style="color:red">Lunch</span>', 'Lunch'],
    ['a heading', '<h1>Lunch</h1>', 'Lunch'],
    ['a data attribute', '<b data-answer="1">Lunch</b>', '<b>Lunch</b>'],
    ['an ARIA attribute', '<b aria-hidden="true">Lunch</b>', '<b>Lunch</b>'],
    ['a title', '<b title="Lunch">Lunch</b>', '<b>Lunch</b>'],
    ['an id', '<b id="withdraw">Lunch</b>', '<b>Lunch</b>'],
  ])('lose %s, which safe HTML elsewhere may keep', async (_, html, safe) => {
    const sanitize = await loadSanitizer()

    expect(sanitize(html)).toBe(safe)
  })
})

describe('on a page that enforces Trusted Types', () => {
  class FakeTrustedHTML {
    readonly html: string
    constructor(html: string) {
      this.html = html
    }
    toString() {
      return this.html
    }
  }

  afterEach(() => {
    Reflect.deleteProperty(window, 'trustedTypes')
  })

  test('sanitised markup is TrustedHTML, the only markup the page lets in', () => {
    Object.defineProperty(window, 'trustedTypes', {
      configurable: true,
      value: {
        createPolicy: (_: string, rules: { createHTML: (html: string) => string }) => ({
          createHTML: (html: string) => new FakeTrustedHTML(rules.createHTML(html)),
          createScriptURL: (url: string) => url,
        }),
      },
    })
    const sanitize = sanitizerFor(purify(window))

    const html = sanitize('<b>Lunch</b><img src=x onerror="alert(1)">')

    expect(html).toEqual(new FakeTrustedHTML('<b>Lunch</b>'))
  })
})

function text(textFormat: TextFormat, content: string) {
  return { text: content, textFormat }
}

function answer(id: string, format: TextFormat, content: string): Answer {
  return { id, ...text(format, content), votes: 0, percent: 0, isMine: false }
}

function question(
  id: string,
  format: TextFormat,
  content: string,
  answers: Answer[],
): Question {
  return {
    id,
    ...text(format, content),
    isMultipleChoice: false,
    isRequired: false,
    isActive: true,
    chart: 'bars',
    voterCount: 0,
    answers,
  }
}

function pollOf(...questions: Question[]): Poll {
  return { ...parseAttach(votedAttach()), questions }
}

const plainQuestion = question('2', 'text', 'Where?', [
  answer('3', 'text', 'Here'),
  answer('4', 'text', 'There'),
])

describe('which polls need the sanitiser', () => {
  test('are recognised per poll, so plain polls never load the sanitiser', () => {
    expect(hasHtml(parseAttach(votedAttach()))).toBe(false)
    expect(hasHtml(parseAttach(getWithVotedExample.result.attach))).toBe(true)
  })

  test('a poll whose only HTML is one question’s text needs it', () => {
    const poll = pollOf(
      question('1', 'html', '<b>Lunch</b>?', [answer('1', 'text', 'Yes')]),
      plainQuestion,
    )

    expect(hasHtml(poll)).toBe(true)
  })

  test('a poll whose only HTML is an answer of its second question needs it', () => {
    const poll = pollOf(
      plainQuestion,
      question('1', 'text', 'Lunch?', [
        answer('1', 'text', 'Yes'),
        answer('2', 'html', 'No'),
      ]),
    )

    expect(hasHtml(poll)).toBe(true)
  })

  test('a poll with markup-like plain texts does not need it', () => {
    const poll = pollOf(
      question('1', 'text', '<b>Lunch</b>?', [answer('1', 'text', '<i>Yes</i>')]),
      plainQuestion,
    )

    expect(hasHtml(poll)).toBe(false)
  })
})

describe('how much markup a poll holds', () => {
  test('counts the HTML texts with a tag in them, questions and answers, and their length', () => {
    const poll = pollOf(
      question('1', 'html', '<b>Lunch</b>?', [
        answer('1', 'html', 'Yes, <i>please</i>'),
        answer('2', 'html', 'No thanks'),
        answer('3', 'text', '<u>Maybe</u>'),
      ]),
      question('2', 'text', '<i>Where?</i>', [answer('4', 'html', 'x<sup>2</sup>')]),
    )

    expect(markupOf(poll)).toEqual({
      texts: 3,
      characters:
        '<b>Lunch</b>?'.length + 'Yes, <i>please</i>'.length + 'x<sup>2</sup>'.length,
    })
  })

  test('a plain poll holds none', () => {
    expect(markupOf(pollOf(plainQuestion))).toEqual({ texts: 0, characters: 0 })
  })
})
