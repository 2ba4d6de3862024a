import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, test } from 'vitest'
import { restError, type Handler } from '@/testing/fake-portal'
import { onlyQuestion, votedAttach } from '@/testing/fixtures/attach'
import { openPollScreen } from '@/testing/render'

/** The docs' poll with five voters on "Great!", the user (Ivan, id 7) among them. */
function fiveVotersAttach(changes: Record<string, unknown> = {}) {
  const attach = votedAttach(changes)
  const question = onlyQuestion(attach)
  question.COUNTER = 5
  const great = question.ANSWERS['1']
  if (great) great.COUNTER = 5
  attach.COUNTER = 5
  return attach
}

const row = (id: number, name: string, image: string | null = null) => ({
  ID: String(id),
  NAME: name,
  IMAGE: image,
  WORK_POSITION: id === 1 ? 'Product manager' : null,
})
const anna = row(1, 'Anna Petrova')
const ivan = row(7, 'Ivan Lee', '/upload/resize_cache/ivan.png')
const boris = row(2, 'Boris Ivanov')

/** A public poll's screen, whose voters Bitrix24 names; `extra` adds or replaces methods. */
function openPublicPoll(extra: Record<string, Handler> = {}) {
  return openPollScreen({
    'vote.AttachedVote.get': () => ({ attach: fiveVotersAttach() }),
    'vote.AttachedVote.getWithVoted': () => ({
      attach: fiveVotersAttach(),
      voted: { '1': [anna, ivan, boris] },
    }),
    profile: () => ({ ID: '7', ADMIN: false, NAME: 'Ivan', LAST_NAME: 'Lee' }),
    ...extra,
  })
}

describe('who voted', () => {
  test('each answer’s row names its first voters, "You" first, reading them all in one call', async () => {
    const { portal } = openPublicPoll()

    const great = await screen.findByRole('button', {
      name: 'Who voted Great! You, Anna +3',
    })
    expect(great).toHaveAttribute('aria-expanded', 'false')
    // Answers nobody chose have nobody to name.
    expect(screen.queryByRole('button', { name: /Who voted Best of all!/ })).toBeNull()
    expect(portal.calls.map((call) => call.method)).toEqual([
      'vote.AttachedVote.get',
      'vote.AttachedVote.getWithVoted',
      'profile',
    ])
    expect(portal.calls[1]?.params).toEqual(expect.objectContaining({ pageSize: 3 }))
  })

  test('the whole list opens below the row: how many, "You" first, then everyone else', async () => {
    const { user, portal } = openPublicPoll({
      'vote.AttachedVote.getAnswerVoted': () => ({
        items: [anna, boris, row(3, 'Chen Wei'), ivan, row(5, 'Emil Novak')],
      }),
    })
    const toggle = await screen.findByRole('button', { name: /^Who voted Great! You/ })

    await user.click(toggle)

    expect(toggle).toHaveAttribute('aria-expanded', 'true')
    const panel = screen.getByRole('group', { name: '5\u00a0people chose this answer' })
    const list = await within(panel).findByRole('list', { name: 'Who voted Great!' })
    const items = within(list).getAllByRole('listitem')
    expect(items).toHaveLength(5)
    ;['You', 'Anna Petrova', 'Boris Ivanov', 'Chen Wei', 'Emil Novak'].forEach(
      (name, index) => {
        expect(items[index]).toHaveTextContent(name)
      },
    )
    expect(items[1]).toHaveTextContent('Product manager')
    expect(portal.calls.at(-1)).toEqual({
      method: 'vote.AttachedVote.getAnswerVoted',
      params: expect.objectContaining({ answerId: 1, start: 0 }) as unknown,
    })
  })

  test('Hide voters at the end of the list, or Escape, closes it and returns to the row', async () => {
    const { user } = openPublicPoll({
      'vote.AttachedVote.getAnswerVoted': () => ({ items: [anna, ivan] }),
    })
    const toggle = await screen.findByRole('button', { name: /^Who voted Great! You/ })

    await user.click(toggle)
    await user.click(await screen.findByRole('button', { name: 'Hide voters' }))
    expect(toggle).toHaveAttribute('aria-expanded', 'false')
    expect(toggle).toHaveFocus()

    await user.click(toggle)
    await user.click(await screen.findByRole('button', { name: 'Hide voters' }))
    await user.click(toggle)
    await screen.findByRole('list', { name: 'Who voted Great!' })
    await user.keyboard('{Escape}')
    expect(screen.queryByRole('list', { name: 'Who voted Great!' })).toBeNull()
    expect(toggle).toHaveFocus()

    // From inside the list too.
    await user.click(toggle)
    await user.click(await screen.findByRole('list', { name: 'Who voted Great!' }))
    screen.getByRole('button', { name: 'Hide voters' }).focus()
    await user.keyboard('{Escape}')
    expect(screen.queryByRole('list', { name: 'Who voted Great!' })).toBeNull()
    expect(toggle).toHaveFocus()
  })

  test('more voters than a page load inside the list, on demand', async () => {
    const many = Array.from({ length: 60 }, (_, index) =>
      row(100 + index, `Voter ${index}`),
    )
    const attach = fiveVotersAttach({ isVoted: false, userAnswerMap: [] })
    const great = onlyQuestion(attach).ANSWERS['1']
    if (great) great.COUNTER = 60
    const { user, portal } = openPollScreen({
      'vote.AttachedVote.get': () => ({ attach }),
      'vote.AttachedVote.getWithVoted': () => ({
        attach,
        voted: { '1': many.slice(0, 3) },
      }),
      'vote.AttachedVote.getAnswerVoted': (params) => {
        const start = Number(params.start)
        return { items: many.slice(start, start + 50) }
      },
    })

    await user.click(
      await screen.findByRole('button', { name: 'Who voted Great! Voter, Voter +58' }),
    )
    const list = await screen.findByRole('list', { name: 'Who voted Great!' })
    expect(within(list).getAllByRole('listitem')).toHaveLength(50)
    await user.click(screen.getByRole('button', { name: 'Show more voters' }))

    await waitFor(() => {
      expect(within(list).getAllByRole('listitem')).toHaveLength(60)
    })
    expect(screen.queryByRole('button', { name: 'Show more voters' })).toBeNull()
    // Who the user is matters only where they voted.
    expect(portal.calls.map((call) => call.method)).not.toContain('profile')
  })

  test('avatars stored on the portal or on cloud storage are shown; voters without a web address for one get initials', async () => {
    const { user } = openPublicPoll({
      'vote.AttachedVote.getAnswerVoted': () => ({
        items: [
          row(1, 'Anna Petrova', '/upload/resize_cache/main/1a2/64_64_2/anna.png'),
          row(
            2,
            'Boris Ivanov',
            'https://cdn.bitrix24.example/b17/resize_cache/boris.png',
          ),
          row(3, 'Chen Wei', 'javascript:alert(1)'),
          ivan,
        ],
      }),
    })

    await user.click(await screen.findByRole('button', { name: /^Who voted Great!/ }))

    const list = await screen.findByRole('list', { name: 'Who voted Great!' })
    expect(
      within(list)
        .getAllByRole('presentation')
        .map((avatar) => avatar.getAttribute('src')),
    ).toEqual([
      // The user's own, from the row that named them.
      'https://portal.example/upload/resize_cache/ivan.png',
      'https://portal.example/upload/resize_cache/main/1a2/64_64_2/anna.png',
      'https://cdn.bitrix24.example/b17/resize_cache/boris.png',
    ])
    // An address that is not the web's is never loaded: Chen gets initials.
    const chen = within(list).getAllByRole('listitem')[3]
    expect(chen).toHaveTextContent('Chen Wei')
    expect(within(chen ?? list).queryByRole('presentation')).not.toBeInTheDocument()
  })

  test('without knowing who the user is, the rows name voters as Bitrix24 sent them', async () => {
    openPublicPoll({
      profile: () => {
        throw restError('INTERNAL_SERVER_ERROR', 'Internal error', 500)
      },
    })

    expect(
      await screen.findByRole('button', { name: 'Who voted Great! Anna, Ivan +3' }),
    ).toBeInTheDocument()
  })

  test('until the first voters are read, or when they cannot be, the row says "Who voted"', async () => {
    openPollScreen({
      'vote.AttachedVote.get': () => ({ attach: fiveVotersAttach() }),
    })

    expect(
      await screen.findByRole('button', { name: 'Who voted Great!' }),
    ).toHaveTextContent('Who voted')
  })

  test('an anonymous poll never offers its voters, nor asks for them', async () => {
    const { portal } = openPollScreen({
      'vote.AttachedVote.get': () => ({ attach: fiveVotersAttach({ ANONYMITY: 2 }) }),
    })

    await screen.findByRole('meter', { name: 'Great!' })
    expect(screen.queryByRole('button', { name: /Who voted/ })).toBeNull()
    expect(portal.calls.map((call) => call.method)).toEqual(['vote.AttachedVote.get'])
  })

  test('a list that fails to load says so and can be read again', async () => {
    let failures = 1
    const { user } = openPublicPoll({
      'vote.AttachedVote.getAnswerVoted': () => {
        if (failures-- > 0) return { nothing: true }
        return { items: [anna] }
      },
    })

    await user.click(await screen.findByRole('button', { name: /^Who voted Great!/ }))
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The list of voters couldn’t be loaded.',
    )
    await user.click(screen.getByRole('button', { name: 'Retry' }))

    expect(await screen.findByText('Anna Petrova')).toBeInTheDocument()
  })
})
