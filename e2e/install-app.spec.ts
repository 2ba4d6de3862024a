import {
  ANNA,
  BORIS,
  lunchPoll,
  lunchQuestion,
} from '@chat-poll/simulated-portal/demo-polls'
import { appUrl } from './support/app-url'
import { expect, test } from './support/fixtures'
import { expectErrorCode } from './support/chat-page'

test.use({ portalSetup: { installed: false } })

test('an administrator installs Chat Poll from the app list; only then it appears in message menus', async ({
  page,
  portal,
  chat,
}) => {
  await portal.createPoll(lunchPoll)
  await portal.fault({ method: 'placement.bind', hold: true })
  await chat.open()
  await chat.openMessageMenu(lunchQuestion)
  await expect(page.getByRole('menuitem', { name: 'Copy text' })).toBeVisible()
  await expect(page.getByRole('menuitem', { name: 'Chat Poll' })).toHaveCount(0)
  await page.keyboard.press('Escape')

  await chat.appListEntry.click()

  await expect(chat.app.getByRole('status')).toHaveText('Installing Chat Poll…')
  await portal.releaseHeldCalls()
  // Bitrix24 reloads the app once installed: out of install mode, it confirms
  // the installation and says where the app is used.
  await expect(
    chat.app.getByRole('heading', { name: 'Chat Poll is installed' }),
  ).toBeVisible()
  await expect(chat.app.getByText(/⋯\u00a0→ Chat Poll/)).toBeVisible()
  const app = await portal.app()
  expect(app.installed).toBe(true)
  expect(app.bindings).toEqual([
    expect.objectContaining({
      placement: 'IM_CONTEXT_MENU',
      handler: appUrl(),
      title: 'Chat Poll',
      langAll: expect.objectContaining({ de: { TITLE: 'Chat-Umfrage' } }),
    }),
  ])
  await page.getByRole('button', { name: 'Close' }).click()
  await expect(chat.appListEntry).toHaveText('Chat Poll')

  await chat.openAppFromMessage(lunchQuestion)

  await expect(chat.app.getByRole('meter', { name: 'Sushi bar' })).toBeVisible()
})

test('a second run of the installer finds its menu item already there and finishes', async ({
  portal,
  chat,
}) => {
  await portal.rest(ANNA, 'placement.bind', {
    PLACEMENT: 'IM_CONTEXT_MENU',
    HANDLER: appUrl(),
    TITLE: 'Chat Poll',
  })
  await chat.open()

  await chat.appListEntry.click()

  await expect(
    chat.app.getByRole('heading', { name: 'Chat Poll is installed' }),
  ).toBeVisible()
  const binds = await portal.callsOf('placement.bind')
  expect(binds.map((call) => call.error)).toEqual([undefined, 'ERROR_CORE'])
  expect((await portal.app()).bindings).toHaveLength(1)
})

test('someone who is not an administrator is told why Chat Poll could not be installed', async ({
  portal,
  chat,
}) => {
  await chat.open({ user: BORIS })

  await chat.appListEntry.click()

  const notice = chat.app.getByRole('alert')
  await expect(notice).toContainText('Only an administrator can install Chat Poll')
  await expect(notice).toContainText('Ask your Bitrix24 administrator')
  await expectErrorCode(notice, 'ACCESS_DENIED')
  // Trying again cannot make them an administrator.
  await expect(chat.app.getByRole('button', { name: 'Retry' })).toHaveCount(0)
  expect((await portal.app()).installed).toBe(false)
})
