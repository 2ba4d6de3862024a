import { keepPreviousData, queryOptions } from '@tanstack/react-query'
import * as v from 'valibot'
import type { Portal } from '@/lib/portal'
import type { Poll, PollRef, Voter } from '../poll'
import { InvalidPayloadError } from './attach-payload'
import { addressOf, pollKey } from './poll-address'
import { toVoter, voterPayload } from './voter-payload'

/**
 * `vote.AttachedVote.getWithVoted`: the first voters of every answer in one
 * call, enough to name two people and show three faces on each answer's row
 * even when one of them is the user. Bitrix24 lists up to `pageSize` of
 * them per answer (e2e/portal/FIDELITY.md, "Voters, lists and export").
 */
export const FIRST_VOTERS = 3

const votedPayload = v.object({
  voted: v.union([
    v.record(v.string(), v.array(voterPayload)),
    // PHP's empty map, when nobody visible voted.
    v.pipe(
      v.strictTuple([]),
      v.transform(() => ({})),
    ),
  ]),
})

export type FirstVoters = Readonly<Record<string, readonly Voter[]>>

export async function getFirstVoters(portal: Portal, ref: PollRef): Promise<FirstVoters> {
  const result = await portal.callMethod('vote.AttachedVote.getWithVoted', {
    ...addressOf(ref),
    pageSize: FIRST_VOTERS,
  })
  const parsed = v.safeParse(votedPayload, result)
  if (!parsed.success) throw new InvalidPayloadError(parsed.issues)
  return Object.fromEntries(
    Object.entries(parsed.output.voted).map(([answerId, voters]) => [
      answerId,
      voters.map((voter) => toVoter(voter, portal.origin)),
    ]),
  )
}

/**
 * Keyed by everyone else's votes: the user's own vote or withdrawal, whose
 * answer the app already knows, reads nothing again; someone else's vote,
 * seen in a fresh read of the poll, does. The last list stays on screen
 * meanwhile.
 */
export function getFirstVotersQueryOptions(portal: Portal, ref: PollRef, poll: Poll) {
  const othersVotes = poll.questions.flatMap((question) =>
    question.answers.map((answer) => answer.votes - (answer.isMine ? 1 : 0)),
  )
  return queryOptions({
    queryKey: [...pollKey(ref), 'first-voters', othersVotes] as const,
    queryFn: () => getFirstVoters(portal, ref),
    staleTime: Infinity,
    placeholderData: keepPreviousData,
  })
}
