import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { StrictMode } from 'react'
import { describe, expect, test } from 'vitest'
import { parseAttach } from '@/features/poll/api/attach-payload'
import type { PortalConnection } from '@/lib/portal'
import { deferred, fakePortal, pollCalls } from '@/testing/fake-portal'
import { votedAttach, withdrawnAttach } from '@/testing/fixtures/attach'
import { App } from './app'
import { createQueryClient } from './query-client'
import type { ServerData } from './server-data'
import { startFromServer } from './start-from-server'

const fromServer: ServerData = {
  lang: 'en',
  origin: 'https://portal.example',
  placement: { code: 'IM_CONTEXT_MENU', options: { messageId: '13' } },
  poll: parseAttach(votedAttach()),
}

async function openPaintedPage(connection: Promise<PortalConnection>) {
  const queryClient = createQueryClient()
  const started = await startFromServer(queryClient, fromServer, connection)
  if (!started) throw new Error('The server data points at no poll')
  render(
    <StrictMode>
      <App started={started} queryClient={queryClient} />
    </StrictMode>,
  )
}

describe('opening on a page the server painted', () => {
  test('shows the poll it read without a REST call, and a withdrawal waits for Bitrix24 to connect', async () => {
    const connection = deferred<PortalConnection>()
    const portal = fakePortal({
      'vote.AttachedVote.recall': () => ({ attach: withdrawnAttach() }),
    })
    await openPaintedPage(connection.promise)

    expect(screen.getByRole('meter', { name: 'Great!' })).toBeInTheDocument()
    await userEvent.click(screen.getByRole('button', { name: 'Withdraw my vote' }))
    expect(portal.calls).toEqual([])
    connection.resolve({ status: 'connected', portal })

    expect(await screen.findByText('Your vote was withdrawn.')).toBeInTheDocument()
    expect(pollCalls(portal)).toEqual(['vote.AttachedVote.recall'])
  })

  test('an action without a connection to Bitrix24 is reported as not confirmed', async () => {
    await openPaintedPage(Promise.resolve({ status: 'no-answer' }))

    await userEvent.click(screen.getByRole('button', { name: 'Withdraw my vote' }))

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Couldn’t reach Bitrix24 to confirm',
    )
  })

  test('data that points at no poll starts the app as on a page served as a file', async () => {
    const started = await startFromServer(
      createQueryClient(),
      { ...fromServer, placement: { code: 'DEFAULT', options: '' } },
      new Promise(() => undefined),
    )

    expect(started).toBeUndefined()
  })
})
