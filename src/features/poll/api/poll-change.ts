import { mutationOptions, type QueryClient } from '@tanstack/react-query'
import type { Portal } from '@/lib/portal'
import type { Poll, PollRef } from '../poll'
import type { PollContextValue } from '../poll-context'
import { attachOf } from './attach-payload'
import { ChangeFailedError, ChangeUnconfirmedError } from './change-errors'
import { getPoll } from './get-poll'
import { addressOf, pollKey } from './poll-address'
import { outOfReach } from './poll-out-of-reach'

/** How long the user waits for an answer before hearing that it is unconfirmed. */
export const ANSWER_DEADLINE_MS = 15_000

/** No answer within the deadline: the portal may still carry the change out. */
export class NoAnswerError extends Error {
  constructor() {
    super(`No answer within ${String(ANSWER_DEADLINE_MS / 1000)} s`)
    this.name = 'NoAnswerError'
  }
}

/** One kind of change to a poll: a vote (which also undoes a withdrawal) or a withdrawal. */
export interface PollChange<Variables> {
  /** Names the change in the cache, under the poll's key. */
  readonly kind: string
  /** Sends the change and resolves with the poll from its answer. */
  readonly send: (portal: Portal, ref: PollRef, variables: Variables) => Promise<Poll>
  /** Whether a poll read after a failed attempt shows the change made. */
  readonly happened: (poll: Poll, variables: Variables) => boolean
}

/** Calls a changing `vote.AttachedVote.*` method: its `attach`, `undefined` if refused. */
export async function sendChange(
  portal: Portal,
  ref: PollRef,
  method: string,
  params: Record<string, unknown>,
): Promise<unknown> {
  const result = await portal.callMethod(method, {
    ...addressOf(ref),
    ...params,
    actionUuid: newActionUuid(),
  })
  return attachOf(result)
}

/**
 * Makes a change and resolves with the poll as it is afterwards. A failed
 * call may still have gone through, so the poll is read again and `happened`
 * decides (docs/poll-changes.md); only a poll out of reach ends it at once.
 * Without an answer by `ANSWER_DEADLINE_MS` the outcome is unconfirmed, and
 * `onLateAnswer` runs when the call settles after all.
 */
export async function makeChange<Variables>(
  change: PollChange<Variables>,
  { portal, pollRef }: PollContextValue,
  variables: Variables,
  onLateAnswer: () => void = () => undefined,
): Promise<Poll> {
  let timer: ReturnType<typeof setTimeout> | undefined
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      reject(new NoAnswerError())
    }, ANSWER_DEADLINE_MS)
  })
  try {
    const attempt = change.send(portal, pollRef, variables)
    let changeError: unknown
    try {
      return await Promise.race([attempt, deadline])
    } catch (error) {
      if (outOfReach(error)) throw error
      if (error instanceof NoAnswerError) {
        attempt.then(onLateAnswer, onLateAnswer)
        throw new ChangeUnconfirmedError(error)
      }
      changeError = error
    }
    let poll: Poll
    try {
      poll = await Promise.race([getPoll(portal, pollRef), deadline])
    } catch (readError) {
      if (outOfReach(readError)) throw readError
      throw new ChangeUnconfirmedError(changeError)
    }
    if (change.happened(poll, variables)) return poll
    throw new ChangeFailedError(poll, changeError)
  } finally {
    clearTimeout(timer)
  }
}

/** The mutation of one kind of change; changes of one poll queue in one scope. */
export function pollChangeOptions<Variables>(
  change: PollChange<Variables>,
  queryClient: QueryClient,
  poll: PollContextValue,
) {
  const queryKey = pollKey(poll.pollRef)
  const reread = () => queryClient.invalidateQueries({ queryKey })
  return mutationOptions({
    mutationKey: [...queryKey, change.kind],
    scope: { id: JSON.stringify(queryKey) },
    mutationFn: (variables: Variables) =>
      makeChange(change, poll, variables, () => void reread()),
    // A `get` still in flight must not land after the change and overwrite it.
    onMutate: () => queryClient.cancelQueries({ queryKey }),
    // The poll as the portal has it now: render from it, nothing to refetch.
    onSuccess: (answer) => queryClient.setQueryData(queryKey, answer),
    onError: (error) => {
      if (error instanceof ChangeFailedError) {
        queryClient.setQueryData(queryKey, error.poll)
        return
      }
      // Unknown, or out of reach: read again without waiting, so the user
      // hears at once; the screen follows the portal's answer.
      void reread()
    },
  })
}

/**
 * A fresh id for one change. Bitrix24 only echoes it to the user's other
 * tabs (bitrix/modules/vote/lib/Integration/Pull/VoteChangesSender.php), so
 * nothing relies on it. `crypto.randomUUID` needs a secure context, which an
 * on-premise portal over plain HTTP is not.
 */
function newActionUuid(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16))
  // RFC 9562 version 4: random, with the version and variant bits set.
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}
