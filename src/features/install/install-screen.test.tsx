import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, test } from 'vitest'
import { fakePortal, restError } from '@/testing/fake-portal'
import { openApp } from '@/testing/open-app'

const neverAnswered = () => new Promise<void>(() => undefined)

describe('the installer', () => {
  test('installs once on opening and says so while Bitrix24 reloads the app', async () => {
    const portal = fakePortal(
      { 'placement.bind': () => true },
      {
        placementCode: 'DEFAULT',
        options: '',
        isInstallMode: true,
        finishInstall: neverAnswered,
      },
    )

    await openApp({ status: 'connected', portal })

    await waitFor(() => {
      expect(portal.finishedInstalls).toBe(1)
    })
    expect(screen.getByRole('status')).toHaveTextContent('Installing Chat Poll…')
    expect(portal.calls.map((call) => call.method)).toEqual(['placement.bind'])
  })

  test('explains a failed installation and installs on Retry', async () => {
    let fail = true
    const portal = fakePortal(
      {
        'placement.bind': () => {
          if (fail) throw restError('INTERNAL_SERVER_ERROR', 'Internal error', 500)
          return true
        },
      },
      { placementCode: 'DEFAULT', options: '', isInstallMode: true },
    )
    await openApp({ status: 'connected', portal })

    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('Chat Poll couldn’t be installed')
    await userEvent.click(within(alert).getByText('Details'))
    expect(within(alert).getByText('Error code: INTERNAL_SERVER_ERROR')).toBeVisible()
    expect(portal.finishedInstalls).toBe(0)

    fail = false
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }))

    expect(
      await screen.findByRole('heading', { name: 'Chat Poll is installed' }),
    ).toBeInTheDocument()
    expect(portal.finishedInstalls).toBe(1)
  })

  test('tells a user who is not an administrator to ask one, with no Retry that cannot help', async () => {
    const portal = fakePortal(
      {
        'placement.bind': () => {
          throw restError('ACCESS_DENIED', 'Access denied!', 403)
        },
      },
      { placementCode: 'DEFAULT', options: '', isInstallMode: true },
    )
    await openApp({ status: 'connected', portal })

    const notice = await screen.findByRole('alert')
    expect(notice).toHaveTextContent('Only an administrator can install Chat Poll')
    expect(notice).toHaveTextContent('Ask your Bitrix24 administrator')
    expect(notice).toHaveClass('notice-notice')
    expect(screen.queryByRole('button', { name: 'Retry' })).not.toBeInTheDocument()
    expect(portal.finishedInstalls).toBe(0)
  })

  test('is not run outside install mode', async () => {
    const portal = fakePortal({}, { placementCode: 'DEFAULT', options: '' })

    await openApp({ status: 'connected', portal })

    expect(
      await screen.findByRole('heading', { name: 'Chat Poll is installed' }),
    ).toBeInTheDocument()
    expect(portal.calls).toEqual([])
  })
})
