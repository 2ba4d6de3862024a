import { screen } from '@testing-library/react'
import { describe, expect, test } from 'vitest'
import { onlyQuestion, votedAttach } from '@/testing/fixtures/attach'
import { openPollScreen } from '@/testing/render'

describe('the caption', () => {
  test('tells the rules of a public poll that allows changing votes', async () => {
    openPollScreen({
      'vote.AttachedVote.get': () => ({ attach: votedAttach() }),
    })

    expect(
      await screen.findByText(
        'Public poll · Votes can be changed · Voting open · 1 person voted',
      ),
    ).toBeInTheDocument()
  })

  test('of a finished poll says it is finished rather than what could be changed', async () => {
    openPollScreen({
      'vote.AttachedVote.get': () => ({
        attach: votedAttach({ isFinished: true, canRevote: false }),
      }),
    })

    expect(
      await screen.findByText('Public poll · Poll ended · 1 person voted'),
    ).toBeInTheDocument()
  })

  test('says that the shares of a multiple-choice poll can add up to more than 100%', async () => {
    const attach = votedAttach({ ANONYMITY: 2, OPTIONS: 0, canRevote: false })
    onlyQuestion(attach).FIELD_TYPE = '1'
    openPollScreen({ 'vote.AttachedVote.get': () => ({ attach }) })

    expect(
      await screen.findByText(
        'Anonymous poll · Votes can’t be changed · Voting open · 1 person voted · Voters can choose several answers, so shares can add up to more than 100%',
      ),
    ).toBeInTheDocument()
  })
})
