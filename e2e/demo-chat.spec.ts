import type { PortalSession } from '@chat-poll/simulated-portal/client'
import { ANNA, CHEN, lunchQuestion } from '@chat-poll/simulated-portal/demo-polls'
import { appFrame } from './support/app-frame'
import { appUrl } from './support/app-url'
import { expect, test } from './support/fixtures'

/** The demo `npm start` shows, as a newcomer meets it: its chats, polls and messages. */
test.use({ portalSetup: { scenario: 'demo' } })

const snackQuestion = 'Favourite office snack?'

/** The stored counters and ballots of the demo's poll message that Anna sees with this text. */
async function demoPoll(portal: PortalSession, text: string) {
  const { chats } = await portal.view(ANNA, 'en')
  const message = chats
    .flatMap((chat) => chat.messages)
    .find((candidate) => candidate.poll && candidate.text === text)
  if (!message) throw new Error(`Anna sees no poll message "${text}"`)
  return portal.poll(message.id)
}

test('a user votes in the chat’s own poll widget and sees the results', async ({
  portal,
  chat,
}) => {
  await chat.open()
  await chat.openChat('Random')
  const widget = chat.pollWidget(snackQuestion)

  await widget.getByRole('radio', { name: 'Fruit' }).check()
  await widget.getByRole('button', { name: 'Vote' }).click()

  await expect(widget.getByRole('listitem').filter({ hasText: 'Fruit' })).toContainText(
    '✓ Fruit',
  )
  await expect(widget).toContainText('3 votes · anonymous')
  const stored = await demoPoll(portal, snackQuestion)
  const fruit = stored.questions[0]?.answers.find((answer) => answer.text === 'Fruit')
  expect(Object.values(stored.ballots[ANNA] ?? {})).toEqual([[fruit?.id]])
})

test('switching user opens the app with that user’s own token and ballot', async ({
  page,
  portal,
  chat,
}) => {
  await chat.open()
  await expect(chat.page.getByRole('navigation', { name: 'Chats' })).toContainText(
    'Random',
  )

  await page.getByLabel('User').selectOption({ label: 'Chen Wei' })

  await expect(page.getByLabel('User')).toHaveValue('3')
  await expect(chat.page.getByRole('navigation', { name: 'Chats' })).not.toContainText(
    'Random',
  )
  await chat.openAppFromMessage(lunchQuestion)
  await expect(chat.app.getByRole('meter', { name: 'Sushi bar' })).toHaveAttribute(
    'aria-valuetext',
    '2\u00a0votes, 50%, your answer',
  )
  const [read] = await portal.callsOf('vote.AttachedVote.get')
  expect(read?.userId).toBe(CHEN)
})

test('switching language reaches the app and the menu item’s own translation', async ({
  page,
  portal,
  chat,
}) => {
  await portal.rest(ANNA, 'placement.unbind', { PLACEMENT: 'IM_CONTEXT_MENU' })
  await portal.rest(ANNA, 'placement.bind', {
    PLACEMENT: 'IM_CONTEXT_MENU',
    HANDLER: appUrl(),
    TITLE: 'Chat Poll',
    LANG_ALL: { de: { TITLE: 'Chat-Umfrage' } },
  })
  await chat.open()

  await page.getByLabel('Language').selectOption({ label: 'Deutsch' })

  await expect(page.getByLabel('Language')).toHaveValue('de')
  await chat.openAppFromMessage(lunchQuestion, 'Chat-Umfrage')
  await expect(chat.app.getByRole('meter', { name: 'Sushi bar' })).toBeVisible()
  await expect.poll(async () => (await appFrame(page)).url()).toContain('LANG=de')
})

test('the chat’s own widget follows a vote the app withdraws', async ({ chat }) => {
  await chat.open()
  const widget = chat.pollWidget(lunchQuestion)
  const sushi = widget.getByRole('listitem').filter({ hasText: 'Sushi bar' })
  await expect(sushi).toContainText('✓ Sushi bar')
  await expect(sushi).toContainText('2 · 50%')

  await chat.openAppFromMessage(lunchQuestion)
  await chat.withdrawButton.click()

  // No longer voted: the widget offers the ballot again, and like Bitrix24's
  // own, shows only the total until the user votes.
  await expect(sushi.getByRole('radio', { name: 'Sushi bar' })).not.toBeChecked()
  await expect(widget).toContainText('3 votes · public')
  await expect(sushi).not.toContainText('%')
})

test('a user changes their vote in the chat’s widget when the poll allows it', async ({
  chat,
}) => {
  await chat.open()
  const widget = chat.pollWidget(lunchQuestion)

  await widget.getByRole('button', { name: 'Change vote' }).click()
  await widget.getByRole('radio', { name: 'Pizza place' }).check()
  await widget.getByRole('button', { name: 'Vote' }).click()

  const pizza = widget.getByRole('listitem').filter({ hasText: 'Pizza place' })
  await expect(pizza).toContainText('✓ Pizza place')
  await expect(pizza).toContainText('2 · 50%')
  await expect(widget).toContainText('4 votes · public')
})

test('a poll that does not allow changing votes offers no second ballot', async ({
  chat,
}) => {
  await chat.open()
  await chat.openChat('Product team')

  const widget = chat.pollWidget('Ship the release this week?')

  await expect(widget).toContainText('votes are final')
  await expect(widget.getByRole('button', { name: 'Change vote' })).toHaveCount(0)
  await expect(widget.getByRole('radio')).toHaveCount(0)
})

test('the poll’s author finishes it from the chat, and the app sees it finished', async ({
  page,
  portal,
  chat,
}) => {
  const offsiteQuestion = 'Which days suit you for the offsite?'
  await chat.open()
  const widget = chat.pollWidget(offsiteQuestion)
  await expect(
    chat.pollWidget(lunchQuestion).getByRole('button', { name: 'Finish poll' }),
  ).toHaveCount(0)

  await widget.getByRole('button', { name: 'Finish poll' }).click()

  await expect(widget).toContainText('finished')
  await expect(widget.getByRole('button', { name: 'Change vote' })).toHaveCount(0)
  await chat.openAppFromMessage(offsiteQuestion)
  await expect(chat.withdrawButton).toHaveAccessibleDescription(
    'You can’t withdraw your vote: this poll has ended.',
  )
  await page.getByRole('button', { name: 'Close' }).click()

  await widget.getByRole('button', { name: 'Resume poll' }).click()

  await expect(widget.getByRole('button', { name: 'Change vote' })).toBeVisible()
  expect((await demoPoll(portal, offsiteQuestion)).isFinished).toBe(false)
})
