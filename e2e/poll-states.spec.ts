import {
  BORIS,
  budgetPoll,
  offsitePoll,
  officePoll,
  quarterPoll,
  releasePoll,
  snackPoll,
} from '@chat-poll/simulated-portal/demo-polls'
import { expect, test } from './support/fixtures'

test('a poll I have not voted in offers its answers, keeps its results until I vote, and has nothing to withdraw', async ({
  chat,
}) => {
  await chat.openPoll(snackPoll)

  const question = chat.app.getByRole('group', { name: 'Favourite office snack?' })
  await expect(question.getByRole('radio', { name: 'Chocolate' })).not.toBeChecked()
  // As in Bitrix24's own chat: no counts or shares to sway a first vote.
  await expect(question.getByRole('meter')).toHaveCount(0)
  await expect(question).not.toContainText('%')
  await expect(
    chat.app.getByText(
      /^Anonymous poll · .* · 2\u00a0people voted · Vote to see the results$/,
    ),
  ).toBeVisible()
  await expect(chat.withdrawButton).toHaveCount(0)
})

test('when the author does not allow changing votes, withdrawing is disabled and explained', async ({
  portal,
  chat,
}) => {
  await chat.openPoll(releasePoll)

  await expect(chat.app.getByRole('meter', { name: 'Yes' })).toHaveAttribute(
    'aria-valuetext',
    '2\u00a0votes, 67%, your answer',
  )
  const withdraw = chat.withdrawButton
  await expect(withdraw).toBeDisabled()
  await expect(withdraw).toHaveAccessibleDescription(
    'You can’t withdraw your vote: this poll doesn’t allow changing votes.',
  )
  expect(await portal.callsOf('vote.AttachedVote.recall')).toHaveLength(0)
})

test('a finished poll keeps my answer and explains why it cannot be withdrawn', async ({
  chat,
}) => {
  await chat.openPoll(quarterPoll)

  await expect(chat.app.getByRole('meter', { name: 'Customer delight' })).toHaveAttribute(
    'aria-valuetext',
    '2\u00a0votes, 67%, your answer',
  )
  const withdraw = chat.withdrawButton
  await expect(withdraw).toBeDisabled()
  await expect(withdraw).toHaveAccessibleDescription(
    'You can’t withdraw your vote: this poll has ended.',
  )
})

test('a message without a poll says so', async ({ portal, chat }) => {
  await portal.postMessage({ chat: 'General', authorId: BORIS, text: 'Morning, team!' })
  await chat.open()
  await chat.openChat('General')
  await chat.openAppFromMessage('Morning, team!')

  await expect(chat.app.getByRole('alert')).toContainText('This message has no poll')
})

test('a poll from a chat I am not a member of is not shown', async ({ chat }) => {
  await chat.openPoll(budgetPoll)

  await expect(chat.app.getByRole('alert')).toContainText('You can’t see this poll')
})

test('a news-feed poll opened by its attachment shows every question', async ({
  chat,
}) => {
  await chat.openFeedPoll(officePoll)

  await expect(chat.app.getByRole('group')).toHaveCount(2)
  const rating = chat.app.getByRole('group', { name: 'How do you rate the new office?' })
  await expect(rating.getByRole('meter', { name: 'Great' })).toHaveAttribute(
    'aria-valuetext',
    '1\u00a0vote, 50%, your answer',
  )
  const wishes = chat.app.getByRole('group', { name: 'What should we add?' })
  await expect(wishes.getByRole('meter', { name: 'Quiet room' })).toHaveAttribute(
    'aria-valuetext',
    '2\u00a0votes, 100%, your answer',
  )
  await expect(wishes.getByRole('meter', { name: 'Standing desks' })).toHaveAttribute(
    'aria-valuetext',
    '0\u00a0votes, 0%',
  )
})

for (const options of ['""', '[]', '{}']) {
  test(`the message menu with empty options (${options}) asks to open the app from a poll`, async ({
    page,
    portal,
    chat,
  }) => {
    await page.goto(portal.chatUrl({ placement: 'IM_CONTEXT_MENU', options }))

    await expect(chat.app.getByRole('alert')).toContainText('No poll message was chosen')
    expect(await portal.calls()).toEqual([])
  })
}

test('opened from the application list, the app says it is installed and where to use it', async ({
  page,
  portal,
  chat,
}) => {
  await page.goto(portal.chatUrl({ placement: 'DEFAULT', options: '[]' }))

  await expect(
    chat.app.getByRole('heading', { name: 'Chat Poll is installed' }),
  ).toBeVisible()
  await expect(
    chat.app.getByText(/from a poll message’s menu in any chat: ⋯\u00a0→ Chat Poll\./),
  ).toBeVisible()
})

test('the frame grows to fit the whole poll', async ({ page, chat }) => {
  await chat.openPoll(offsitePoll)
  await expect(chat.app.getByRole('meter', { name: 'Thursday' })).toBeVisible()

  const frame = page.getByTitle('Chat Poll')
  const content = chat.app.getByRole('main')
  await expect
    .poll(async () => {
      const [frameBox, contentBox] = await Promise.all([
        frame.boundingBox(),
        content.boundingBox(),
      ])
      return Math.abs((frameBox?.height ?? 0) - (contentBox?.height ?? -100))
    })
    .toBeLessThan(2)
})
