import {
  ANNA,
  lunchPoll,
  lunchQuestion,
  offsitePoll,
  snackPoll,
  trainingPoll,
} from '@chat-poll/simulated-portal/demo-polls'
import { expectNoAxeViolations } from './support/axe'
import { expect, test } from './support/fixtures'
import { pollCalls } from './support/poll-calls'

test('a member who has not voted chooses an answer and votes', async ({
  page,
  portal,
  chat,
}) => {
  const snack = await chat.openPoll(snackPoll)
  const question = chat.app.getByRole('group', { name: 'Favourite office snack?' })
  await expect(question.getByRole('radio')).toHaveCount(4)
  await expectNoAxeViolations(page)

  await chat.vote('Fruit')

  await expect(chat.app.getByRole('status')).toHaveText('Your vote was counted.')
  await expect(question.getByRole('meter', { name: 'Fruit' })).toHaveAttribute(
    'aria-valuetext',
    '1\u00a0vote, 33%, your answer',
  )
  await expect(chat.app.getByRole('radio')).toHaveCount(0)
  await expect(chat.app.getByRole('heading', { name: 'Poll', level: 1 })).toBeFocused()
  await expectNoAxeViolations(page)
  const votes = await portal.callsOf('vote.AttachedVote.vote')
  expect(votes).toHaveLength(1)
  expect(votes[0]?.params.actionUuid).toEqual(expect.any(String))
  expect(
    Object.values((await portal.poll(snack.messageId)).ballots[ANNA] ?? {}),
  ).toHaveLength(1)
})

test('Vote stays unavailable until an answer is chosen; pressed anyway, it asks for one and sends nothing', async ({
  page,
  portal,
  chat,
}) => {
  await chat.openPoll(snackPoll)
  await chat.waitForAppToTakeOver()
  const vote = chat.app.getByRole('button', { name: 'Vote' })
  await expect(vote).toBeDisabled()
  await expect(vote).toHaveAccessibleDescription('Choose an answer before voting.')

  await vote.press('Enter')

  await expect(chat.app.getByRole('alert')).toHaveText('Choose an answer before voting.')
  await expect(chat.app.getByRole('radio', { name: 'Chocolate' })).toBeFocused()
  await expectNoAxeViolations(page)
  expect(await portal.callsOf('vote.AttachedVote.vote')).toHaveLength(0)
})

test('Change vote opens the ballot with my answer chosen and saves the new one', async ({
  page,
  portal,
  chat,
}) => {
  const lunch = await chat.openPoll(lunchPoll)
  const question = chat.app.getByRole('group', { name: lunchQuestion })

  await chat.app.getByRole('button', { name: 'Change vote' }).click()
  await expect(question.getByRole('radio', { name: 'Sushi bar' })).toBeChecked()
  await expectNoAxeViolations(page)
  await question.getByRole('radio', { name: 'Pizza place' }).check()
  await chat.app.getByRole('button', { name: 'Save vote' }).click()

  await expect(chat.app.getByRole('status')).toHaveText('Your vote was changed.')
  await expect(question.getByRole('meter', { name: 'Pizza place' })).toHaveAttribute(
    'aria-valuetext',
    '2\u00a0votes, 50%, your answer',
  )
  await expect(question.getByRole('meter', { name: 'Sushi bar' })).toHaveAttribute(
    'aria-valuetext',
    '1\u00a0vote, 25%',
  )
  expect((await portal.poll(lunch.messageId)).counter).toBe(4)
})

test('a multiple-choice vote is changed with checkboxes', async ({ portal, chat }) => {
  const offsite = await chat.openPoll(offsitePoll)
  const question = chat.app.getByRole('group', {
    name: 'Which days suit you for the offsite?',
  })
  await expect(
    chat.app.getByText(
      /Voters can choose several answers, so shares can add up to more than 100%/,
    ),
  ).toBeVisible()

  await chat.app.getByRole('button', { name: 'Change vote' }).click()
  await expect(question.getByRole('checkbox', { name: 'Tuesday' })).toBeChecked()
  await expect(question.getByRole('checkbox', { name: 'Thursday' })).toBeChecked()
  await question.getByRole('checkbox', { name: 'Tuesday' }).uncheck()
  await question.getByRole('checkbox', { name: 'Friday' }).check()
  await chat.app.getByRole('button', { name: 'Save vote' }).click()

  await expect(chat.app.getByRole('status')).toHaveText('Your vote was changed.')
  await expect(question.getByRole('meter', { name: 'Friday' })).toHaveAttribute(
    'aria-valuetext',
    '2\u00a0votes, 50%, your answer',
  )
  const [stored] = (await portal.poll(offsite.messageId)).questions
  const idOf = (text: string) => stored?.answers.find((a) => a.text === text)?.id
  const [sent] = await portal.callsOf('vote.AttachedVote.vote')
  expect(sent?.params.ballot).toEqual({
    [stored?.id ?? '']: [idOf('Thursday'), idOf('Friday')],
  })
})

test('Undo after a withdrawal casts the same ballot again', async ({
  page,
  portal,
  chat,
}) => {
  await chat.openPoll(lunchPoll)
  const sushi = chat.app.getByRole('meter', { name: 'Sushi bar' })

  await chat.withdrawVote()
  const undo = chat.app.getByRole('button', { name: 'Undo' })
  await expect(undo).toBeFocused()
  await expect(chat.app.getByText('Vote withdrawn', { exact: true })).toBeVisible()
  await expect(chat.app.getByRole('meter', { name: 'Sushi bar' })).not.toHaveAttribute(
    'aria-valuetext',
    /your answer/,
  )
  await expectNoAxeViolations(page)

  await undo.click()

  await expect(chat.app.getByRole('status')).toHaveText('Your vote was restored.')
  await expect(sushi).toHaveAttribute('aria-valuetext', '2\u00a0votes, 50%, your answer')
  await expect(undo).toHaveCount(0)
  await expect(chat.app.getByRole('heading', { name: 'Poll', level: 1 })).toBeFocused()
  expect(await pollCalls(portal)).toEqual([
    'vote.AttachedVote.get',
    'vote.AttachedVote.recall',
    'vote.AttachedVote.vote',
  ])
})

test('Undo is offered for ten seconds, counted on screen, standing still under the pointer', async ({
  page,
  chat,
}) => {
  await page.clock.install()
  await chat.openPoll(lunchPoll)
  await chat.waitForAppToTakeOver()
  // From here the app's clock moves only when the test moves it, so however
  // long the machine takes to withdraw and show Undo, its ten seconds wait.
  const frameTimes = await Promise.all(
    page.frames().map((frame) => frame.evaluate(() => Date.now())),
  )
  await page.clock.pauseAt(Math.max(...frameTimes) + 1_000)
  await chat.withdrawButton.click()
  const undo = chat.app.getByRole('button', { name: 'Undo' })
  // The app passes the answer on through zero-delay timers, which the paused
  // clock turns into 1 ms ones: a millisecond at a time until Undo is there,
  // a few dozen at most, far below the second the assertions leave spare.
  await expect(async () => {
    await page.clock.runFor(1)
    await expect(undo).toBeFocused({ timeout: 100 })
  }).toPass()
  await expect(undo).toHaveText('Undo (10)')

  // The pointer leaves the snackbar that came up under it.
  await page.mouse.move(0, 0)
  await page.clock.runFor(3_000)
  await expect(undo).toHaveText('Undo (7)')
  await undo.hover()
  await page.clock.runFor(60_000)
  await expect(undo).toHaveText('Undo (7)')
  await page.mouse.move(0, 0)
  await page.clock.runFor(6_000)
  await expect(undo).toBeVisible()
  await page.clock.runFor(1_500)

  await expect(undo).toHaveCount(0)
  await expect(chat.app.getByRole('heading', { name: 'Poll', level: 1 })).toBeFocused()
})

test('Undo says clearly when the poll finished in the meantime', async ({
  page,
  portal,
  chat,
}) => {
  const lunch = await chat.openPoll(lunchPoll)
  await chat.withdrawVote()

  await portal.stopPoll(lunch.messageId)
  await chat.app.getByRole('button', { name: 'Undo' }).click()

  await expect(chat.app.getByRole('alert')).toHaveText(
    'Your vote can’t be restored: the poll has ended.',
  )
  await expectNoAxeViolations(page)
})

test('a required question must be answered before the vote is sent; optional ones may stay empty', async ({
  page,
  portal,
  chat,
}) => {
  const poll = await chat.openFeedPoll(trainingPoll)
  const required = chat.app.getByRole('group', { name: 'Which training would you join?' })
  await expect(required).toHaveAccessibleDescription(/Required/)
  await chat.waitForAppToTakeOver()

  const vote = chat.app.getByRole('button', { name: 'Vote', exact: true })
  await expect(vote).toBeDisabled()
  await vote.press('Enter')

  await expect(chat.app.getByRole('alert')).toContainText(
    'Answer every required question before voting.',
  )
  await expect(required.getByRole('radio', { name: 'Public speaking' })).toBeFocused()
  expect(await portal.callsOf('vote.AttachedVote.vote')).toHaveLength(0)
  await expectNoAxeViolations(page)

  await chat.vote('Data literacy')

  await expect(chat.app.getByRole('status')).toHaveText('Your vote was counted.')
  await expect(required.getByRole('meter', { name: 'Data literacy' })).toHaveAttribute(
    'aria-valuetext',
    '2\u00a0votes, 67%, your answer',
  )
  const stored = await portal.poll(poll.postId)
  const [training, days] = stored.questions
  expect(stored.ballots[ANNA]).toEqual({
    [training?.id ?? '']: [training?.answers[1]?.id],
  })
  expect(days?.counter).toBe(1)
})
