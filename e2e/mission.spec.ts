import {
  ANNA,
  EMIL,
  lunchPoll,
  lunchQuestion,
} from '@chat-poll/simulated-portal/demo-polls'
import { expect, test } from './support/fixtures'
import { pollCalls } from './support/poll-calls'

/*
 * The app's sentence: opened from a chat message's menu, it shows my answers
 * via vote.AttachedVote.get and offers "Withdraw my vote", which calls
 * vote.AttachedVote.recall and re-renders the question and answer counters
 * from the returned attach.
 */
for (const appHosting of ['server-first', 'static'] as const) {
  test.describe(`hosted ${appHosting}`, () => {
    test.use({ appHosting })

    test('opened from a chat message’s menu, it marks my answers; "Withdraw my vote" sends one recall and shows the counters it returned', async ({
      portal,
      chat,
    }) => {
      const lunch = await portal.createPoll(lunchPoll)
      const question = chat.app.getByRole('group', { name: lunchQuestion })
      const sushi = question.getByRole('meter', { name: 'Sushi bar' })
      const burger = question.getByRole('meter', { name: 'Burger joint' })

      await test.step('opened from a chat message’s menu', async () => {
        await chat.open()
        await chat.openChat('General')
        await chat.openAppFromMessage(lunchQuestion)
      })

      await test.step('my answers marked', async () => {
        await expect(sushi).toHaveAttribute(
          'aria-valuetext',
          '2\u00a0votes, 50%, your answer',
        )
      })

      await test.step('"Withdraw my vote", then exactly one recall', async () => {
        // The app's own reads are done: from here only the recall tells it
        // anything, and someone else's vote is news that only it can bring.
        await chat.waitForOpeningReads()
        await portal.voteAs(EMIL, lunch, ['Burger joint'])
        await chat.app
          .getByRole('button', { name: 'Withdraw my vote', exact: true })
          .click()
        await expect(chat.app.getByText('Your answer')).toHaveCount(0)
        expect(await pollCalls(portal)).toEqual([
          'vote.AttachedVote.get',
          'vote.AttachedVote.recall',
        ])
        const stored = await portal.poll(lunch.messageId)
        expect(stored.ballots[ANNA]).toBeUndefined()
      })

      await test.step('the counters on screen are the returned attach’s', async () => {
        await expect(burger).toHaveAttribute('aria-valuenow', '1')
        await expect(burger).toHaveAttribute('aria-valuetext', /^1\u00a0vote, /)
        await expect(sushi).toHaveAttribute('aria-valuenow', '1')
        await expect(sushi).toHaveAttribute('aria-valuetext', /^1\u00a0vote, /)
        await expect(sushi).toHaveAttribute('aria-valuemax', '4')
        await expect(chat.app.getByText(/· 4\u00a0people voted\b/)).toBeVisible()
      })
    })
  })
}
