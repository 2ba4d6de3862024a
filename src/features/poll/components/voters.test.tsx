import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, test } from 'vitest'
import { fakePortal } from '../../../testing/fake-portal'
import { votedAttach } from '../../../testing/fixtures/attach'
import { renderPollScreen } from '../../../testing/render'

const pollRef = { messageId: 13 }

describe('who voted', () => {
  test('a public poll lists the voters of an answer only when asked', async () => {
    const user = userEvent.setup()
    const portal = fakePortal({
      'vote.AttachedVote.get': () => ({ attach: votedAttach() }),
      'vote.AttachedVote.getAnswerVoted': () => ({
        items: [
          { ID: 1, NAME: 'Anna Petrova', IMAGE: null, WORK_POSITION: 'Product manager' },
          {
            ID: 2,
            NAME: 'Boris Ivanov',
            IMAGE: 'javascript:alert(1)',
            WORK_POSITION: '',
          },
        ],
      }),
    })
    renderPollScreen(portal, pollRef)

    const button = await screen.findByRole('button', { name: 'Who voted Great!' })
    expect(portal.calls.map((call) => call.method)).toEqual(['vote.AttachedVote.get'])
    expect(button).toHaveAttribute('aria-expanded', 'false')
    // Answers nobody chose have nobody to list.
    expect(
      screen.queryByRole('button', { name: 'Who voted Best of all!' }),
    ).not.toBeInTheDocument()

    await user.click(button)

    const list = await screen.findByRole('list', { name: 'Who voted Great!' })
    const [anna, boris] = within(list).getAllByRole('listitem')
    expect(anna).toHaveTextContent('Anna Petrova')
    expect(anna).toHaveTextContent('Product manager')
    expect(boris).toHaveTextContent('Boris Ivanov')
    expect(screen.queryByRole('img')).not.toBeInTheDocument()
    expect(button).toHaveAttribute('aria-expanded', 'true')
    expect(portal.calls[1]).toEqual({
      method: 'vote.AttachedVote.getAnswerVoted',
      params: expect.objectContaining({ answerId: 1, start: 0 }) as unknown,
    })
  })

  test('avatars stored on the portal or on cloud storage are shown; voters without one get initials', async () => {
    const user = userEvent.setup()
    const portal = fakePortal({
      'vote.AttachedVote.get': () => ({ attach: votedAttach() }),
      'vote.AttachedVote.getAnswerVoted': () => ({
        items: [
          {
            ID: 1,
            NAME: 'Anna Petrova',
            IMAGE: '/upload/resize_cache/main/1a2/64_64_2/anna.png',
            WORK_POSITION: null,
          },
          {
            ID: 2,
            NAME: 'Boris Ivanov',
            IMAGE: 'https://cdn.bitrix24.example/b17/resize_cache/boris.png',
            WORK_POSITION: null,
          },
          { ID: 3, NAME: null, IMAGE: null, WORK_POSITION: null },
        ],
      }),
    })
    renderPollScreen(portal, pollRef)

    await user.click(await screen.findByRole('button', { name: 'Who voted Great!' }))

    const list = await screen.findByRole('list', { name: 'Who voted Great!' })
    expect(within(list).getAllByRole('listitem')).toHaveLength(3)
    expect(
      within(list)
        .getAllByRole('presentation')
        .map((avatar) => avatar.getAttribute('src')),
    ).toEqual([
      'https://portal.example/upload/resize_cache/main/1a2/64_64_2/anna.png',
      'https://cdn.bitrix24.example/b17/resize_cache/boris.png',
    ])
  })

  test('an anonymous poll never offers its voters', async () => {
    const portal = fakePortal({
      'vote.AttachedVote.get': () => ({ attach: votedAttach({ ANONYMITY: 2 }) }),
    })
    renderPollScreen(portal, pollRef)

    await screen.findByRole('meter', { name: 'Great!' })
    expect(screen.queryByRole('button', { name: /Who voted/ })).not.toBeInTheDocument()
  })

  test('a list that fails to load says so and can be read again', async () => {
    const user = userEvent.setup()
    let failures = 1
    const portal = fakePortal({
      'vote.AttachedVote.get': () => ({ attach: votedAttach() }),
      'vote.AttachedVote.getAnswerVoted': () => {
        if (failures-- > 0) return { nothing: true }
        return {
          items: [{ ID: 1, NAME: 'Anna Petrova', IMAGE: null, WORK_POSITION: '' }],
        }
      },
    })
    renderPollScreen(portal, pollRef)

    await user.click(await screen.findByRole('button', { name: 'Who voted Great!' }))
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The list of voters couldn’t be loaded.',
    )
    await user.click(screen.getByRole('button', { name: 'Retry' }))

    expect(await screen.findByText('Anna Petrova')).toBeInTheDocument()
  })
})
