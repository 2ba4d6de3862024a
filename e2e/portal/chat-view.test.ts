import { describe, expect, test } from 'vitest'
import { chatView } from './chat-view'
import { docWorld } from './testing/doc-world'
import { HIDE_RESULT } from './vote/poll'

describe('the chat’s own view of a poll', () => {
  test('with HIDE_RESULT the widget hides the results from everyone but the author', () => {
    const { world, poll } = docWorld({ ballots: { 1: [['Great!']] } })
    poll.options |= HIDE_RESULT

    const widgetFor = (userId: number) =>
      chatView(world, userId, 'en').chats[0]?.messages[0]?.poll

    expect(widgetFor(1)).toMatchObject({ resultsHidden: false })
    expect(widgetFor(2)).toMatchObject({ resultsHidden: true })
  })

  test('a multiselect list is a multiple-choice question, a dropdown a single-choice one', () => {
    const { world } = docWorld({
      questions: [
        { text: 'List', answers: ['a', 'b'], fieldType: 3 },
        { text: 'Dropdown', answers: ['c', 'd'], fieldType: 2 },
      ],
    })

    const questions = chatView(world, 1, 'en').chats[0]?.messages[0]?.poll?.questions

    expect(questions?.map((question) => question.multiple)).toEqual([true, false])
  })
})
