import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, test } from 'vitest'
import { fakePortal, restError } from '../../testing/fake-portal'
import { openApp } from '../../testing/open-app'

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

    expect(await screen.findByRole('status')).toHaveTextContent('Installing Chat Poll…')
    expect(portal.calls.map((call) => call.method)).toEqual(['placement.bind'])
    expect(portal.finishedInstalls).toBe(1)
  })

  test('explains a refused installation and installs on Retry', async () => {
    let refuse = true
    const portal = fakePortal(
      {
        'placement.bind': () => {
          if (refuse) throw restError('ACCESS_DENIED', 'Access denied!', 403)
          return true
        },
      },
      { placementCode: 'DEFAULT', options: '', isInstallMode: true },
    )
    await openApp({ status: 'connected', portal })

    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('Chat Poll couldn’t be installed')
    expect(alert).toHaveTextContent('Error code: ACCESS_DENIED')
    expect(portal.finishedInstalls).toBe(0)

    refuse = false
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }))

    expect(
      await screen.findByRole('heading', { name: 'Chat Poll is installed' }),
    ).toBeInTheDocument()
    expect(portal.finishedInstalls).toBe(1)
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
