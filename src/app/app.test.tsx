import { screen, waitFor } from '@testing-library/react'
import { describe, expect, test } from 'vitest'
import { RestError } from '@/lib/portal'
import { fakePortal, pollCalls } from '@/testing/fake-portal'
import { votedAttach } from '@/testing/fixtures/attach'
import { openApp } from '@/testing/open-app'

describe('opening the app', () => {
  test('from a poll message shows the poll after exactly one REST call; who voted is read after it', async () => {
    const neverAnswered = () => new Promise(() => undefined)
    const portal = fakePortal({
      'vote.AttachedVote.get': () => ({ attach: votedAttach() }),
      'vote.AttachedVote.getWithVoted': neverAnswered,
      profile: neverAnswered,
    })
    await openApp({ status: 'connected', portal })

    expect(await screen.findByRole('meter', { name: 'Great!' })).toBeInTheDocument()
    expect(portal.calls[0]?.method).toBe('vote.AttachedVote.get')
    expect(pollCalls(portal)).toEqual(['vote.AttachedVote.get'])
    expect(document.documentElement).toHaveAttribute('lang', 'en')
  })

  test('sizes the Bitrix24 frame to the app content', async () => {
    const portal = fakePortal({
      'vote.AttachedVote.get': () => ({ attach: votedAttach() }),
    })
    await openApp({ status: 'connected', portal })

    await waitFor(() => {
      expect(portal.fittedTo).toContain(screen.getByRole('main'))
    })
  })

  test('shows a loading status until Bitrix24 answers', async () => {
    const portal = fakePortal({
      'vote.AttachedVote.get': () => new Promise(() => undefined),
    })
    await openApp({ status: 'connected', portal })

    expect(await screen.findByRole('status')).toHaveTextContent('Loading the poll…')
  })

  test('outside Bitrix24 explains where to open it', async () => {
    await openApp({ status: 'outside-bitrix24' })

    expect(
      await screen.findByRole('heading', { name: 'Open Chat Poll from a Bitrix24 chat' }),
    ).toBeInTheDocument()
    expect(screen.getByText(/open the menu of a message with a poll/)).toBeInTheDocument()
  })

  test('when Bitrix24 never answers it says so instead of loading forever', async () => {
    await openApp({ status: 'no-answer' })

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Bitrix24 is not responding',
    )
  })

  test('from the application list it says it is installed and where to use it', async () => {
    const portal = fakePortal({}, { placementCode: 'DEFAULT', options: [] })
    await openApp({ status: 'connected', portal })

    expect(
      await screen.findByRole('heading', { name: 'Chat Poll is installed' }),
    ).toBeInTheDocument()
    expect(
      screen.getByText(/poll message’s menu in any chat: ⋯ → Chat Poll/),
    ).toBeVisible()
    expect(portal.calls).toEqual([])
  })

  test('from a message menu without a message it asks to open it from a poll', async () => {
    const portal = fakePortal({}, { placementCode: 'IM_CONTEXT_MENU', options: '' })
    await openApp({ status: 'connected', portal })

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'No poll message was chosen',
    )
    expect(portal.calls).toEqual([])
  })
})

describe('opening the app when the first read fails', () => {
  test('shows the failure with a Retry button instead of silently reading again', async () => {
    const portal = fakePortal({
      'vote.AttachedVote.get': () => {
        throw new RestError('INTERNAL_SERVER_ERROR', 'Internal server error', 500)
      },
    })
    await openApp({ status: 'connected', portal })

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The poll couldn’t be loaded',
    )
    expect(screen.getByRole('button', { name: 'Retry' })).toBeInTheDocument()
    expect(portal.calls).toHaveLength(1)
  })
})
