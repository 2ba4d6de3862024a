import {
  serializeAttach,
  untouched,
  verifySignedAttachId,
  type Touched,
} from '../vote/attach-payload'
import {
  allowsRevote,
  cleanBallot,
  isFinished,
  storeBallot,
  type StoredPoll,
} from '../vote/poll'
import { canReadPoll, findPollByEntity, isAnonymous, type World } from '../world'
import { errors } from './rest-error'

/** `vote.AttachedVote.*` as the vote module's controller runs them (reference §4). */

export interface CallContext {
  readonly world: World
  readonly userId: number
  readonly params: Record<string, unknown>
}

export type MethodHandler = (context: CallContext) => unknown

export const voteMethods: Record<string, MethodHandler> = {
  'vote.attachedvote.get': (context) => {
    const poll = readablePoll(context, { signatureGrantsRead: true })
    return { attach: attachFor(context, poll) }
  },

  'vote.attachedvote.vote': (context) => {
    const poll = readablePoll(context, { signatureGrantsRead: false })
    const { world, userId, params } = context
    if (isFinished(poll)) throw errors.pollInactive()
    const previous = poll.ballots.get(userId)
    if (previous && !allowsRevote(poll)) return refusal(world)
    const cleaned = cleanBallot(poll, ballotParam(params.ballot))
    if ('refused' in cleaned) return refusal(world)
    poll.ballots.delete(userId)
    storeBallot(poll, userId, cleaned.answers, world.sequences, isAnonymous(world, poll))
    const touched = touchedBy([previous?.answers, cleaned.answers])
    return { attach: attachFor(context, poll, touched) }
  },

  'vote.attachedvote.recall': (context) => {
    const poll = readablePoll(context, { signatureGrantsRead: false })
    const { world, userId } = context
    const ballot = poll.ballots.get(userId)
    if (!ballot) return { attach: attachFor(context, poll) }
    if (!allowsRevote(poll)) return refusal(world)
    if (isFinished(poll) && !world.settings.recallWhenFinished)
      throw errors.pollInactive()
    poll.ballots.delete(userId)
    return { attach: attachFor(context, poll, touchedBy([ballot.answers])) }
  },
}

function attachFor(context: CallContext, poll: StoredPoll, touched: Touched = untouched) {
  const canRead = canReadPoll(context.world, poll, context.userId)
  return serializeAttach(poll, { userId: context.userId, canRead }, touched)
}

/** A refused vote or recall: the module's added error, or the documented one (§11). */
function refusal(world: World) {
  if (world.settings.refusal === 'error') throw errors.cannotSave()
  return []
}

function touchedBy(
  ballots: readonly (ReadonlyMap<number, readonly number[]> | undefined)[],
) {
  const questions = new Set<number>()
  const answers = new Set<string>()
  for (const ballot of ballots) {
    for (const [questionId, answerIds] of ballot ?? []) {
      questions.add(questionId)
      for (const answerId of answerIds) answers.add(`${questionId}:${answerId}`)
    }
  }
  return { questions, answers }
}

/**
 * The three ways to address an attach (§2), and the read check every action
 * runs first. A valid `signedAttachId` grants read access to the read-only
 * actions (`CheckAttachReadAccessWithSign`).
 */
function readablePoll(
  { world, userId, params }: CallContext,
  { signatureGrantsRead }: { signatureGrantsRead: boolean },
): StoredPoll {
  const { poll, bySignature } = addressedPoll(world, params)
  if (!poll) throw errors.attachNotFound()
  if (!(bySignature && signatureGrantsRead) && !canReadPoll(world, poll, userId)) {
    throw errors.readDenied()
  }
  return poll
}

function addressedPoll(
  world: World,
  params: Record<string, unknown>,
): { poll: StoredPoll | undefined; bySignature: boolean } {
  if (params.attachId !== undefined) {
    return { poll: world.polls.get(integerParam(params.attachId)), bySignature: false }
  }
  const { moduleId, entityType, entityId } = params
  if (moduleId !== undefined || entityType !== undefined || entityId !== undefined) {
    if (typeof moduleId !== 'string' || typeof entityType !== 'string') {
      throw errors.badAddressing()
    }
    const poll = findPollByEntity(world, moduleId, entityType, integerParam(entityId))
    return { poll, bySignature: false }
  }
  if (typeof params.signedAttachId === 'string') {
    const attachId = verifySignedAttachId(params.signedAttachId)
    return {
      poll: attachId === undefined ? undefined : world.polls.get(attachId),
      bySignature: true,
    }
  }
  throw errors.badAddressing()
}

/** PHP's int binding: numbers and digit strings, anything else cannot bind. */
function integerParam(value: unknown): number {
  const number =
    typeof value === 'string' && /^-?\d+$/.test(value) ? Number(value) : value
  if (typeof number !== 'number' || !Number.isSafeInteger(number))
    throw errors.badAddressing()
  return number
}

/** A ballot's answers: a JSON array, or a form body's `ballot[1][0]=3` object. */
function listOf(value: unknown): unknown[] {
  if (Array.isArray(value)) return value as unknown[]
  if (typeof value === 'object' && value !== null) return Object.values(value)
  return [value]
}

function ballotParam(value: unknown): Record<string, unknown[]> {
  if (typeof value !== 'object' || value === null) return {}
  return Object.fromEntries(
    Object.entries(value).map(([questionId, answers]) => [questionId, listOf(answers)]),
  )
}
