import {
  serializeAttach,
  untouched,
  verifySignedAttachId,
  type Touched,
} from '../vote/attach-payload'
import { exportPoll } from '../vote/export'
import {
  allowsRevote,
  cleanBallot,
  isFinished,
  storeBallot,
  type PollRecord,
} from '../vote/poll'
import { votedMap, voterRow, votersOf } from '../vote/voters'
import {
  canEditPoll,
  canReadPoll,
  findPollByEntity,
  isAnonymous,
  type World,
} from '../world'
import { FileReply, LIST_PAGE_SIZE, ListReply, startParam } from './replies'
import { errors, RestError } from './rest-error'
import { sendChatPoll } from './im-send'
import type { CallContext, MethodHandler } from './method'

/**
 * `vote.AttachedVote.*` as the vote module's controller runs them
 * (bitrix/modules/vote/lib/Controller/AttachedVote.php; FIDELITY.md).
 */

const YEAR_MS = 365 * 24 * 60 * 60 * 1000
const MAX_ENTITY_IDS = 50

export const voteMethods: Record<string, MethodHandler> = {
  'vote.attachedvote.get': (context) => {
    const poll = readablePoll(context, { signatureGrantsRead: true })
    return { attach: attachFor(context, poll) }
  },

  'vote.attachedvote.getmany': (context) => {
    const { world, userId, params } = context
    if (typeof params.moduleId !== 'string' || typeof params.entityType !== 'string') {
      throw errors.badAddressing()
    }
    const entityIds = listOf(params.entityIds)
      .map((value) => Number(value))
      .filter((id) => Number.isSafeInteger(id) && id > 0)
    if (entityIds.length > MAX_ENTITY_IDS)
      return listRefusal(world, 'Too many entity ids')
    const items = []
    for (const entityId of entityIds) {
      const poll = findPollByEntity(world, params.moduleId, params.entityType, entityId)
      if (!poll) return listRefusal(world, `Attach with entityId ${entityId} not found`)
      if (!canReadPoll(world, poll, userId)) {
        return listRefusal(world, `Attach with entityId ${entityId} read access denied`)
      }
      items.push(attachFor(context, poll))
    }
    return { items }
  },

  'vote.attachedvote.getwithvoted': (context) => {
    const poll = readablePoll(context, { signatureGrantsRead: true })
    const pageSize = positiveInteger(context.params.pageSize) ?? 10
    return {
      attach: attachFor(context, poll),
      voted: votedMap(context.world.users, poll, pageSize, context.origin),
    }
  },

  'vote.attachedvote.getanswervoted': (context) => {
    const { world, params, origin } = context
    if (params.answerId === undefined) throw errors.missingParameter('answerId')
    const poll = readablePoll(context, { signatureGrantsRead: true })
    const answerId = positiveInteger(params.answerId)
    const belongs = poll.questions.some((question) =>
      question.answers.some((answer) => answer.id === answerId),
    )
    if (answerId === undefined || !belongs) throw errors.accessDenied()
    const voters = votersOf(poll, answerId)
    const { offset, size } = answerVotedPage(world, params)
    const page = voters.slice(offset, offset + size)
    const next = offset + page.length < voters.length ? offset + size : undefined
    return new ListReply(
      { items: page.map((userId) => voterRow(world.users, userId, origin)) },
      voters.length,
      next,
    )
  },

  'vote.attachedvote.vote': (context) => {
    const { world, userId, params } = context
    if (params.ballot === undefined) throw errors.missingParameter('ballot')
    const poll = readablePoll(context, { signatureGrantsRead: false })
    // bitrix/modules/vote/lib/vote.php registerEvent: the poll's state, then the user's lock.
    if (isFinished(poll)) throw errors.pollInactive()
    if (context.occupied) throw errors.voteOccupied()
    const previous = poll.ballots.get(userId)
    if (previous && !allowsRevote(poll)) return refusal(world)
    // registerEvent deletes the old ballot before Event::check looks at the
    // new one (lib/vote.php): a refused change leaves the user with no vote.
    poll.ballots.delete(userId)
    const cleaned = cleanBallot(poll, ballotParam(params.ballot))
    if ('refused' in cleaned) return refusal(world)
    storeBallot(poll, userId, cleaned.answers, world.sequences, isAnonymous(world, poll))
    const touched = touchedBy([previous?.answers, cleaned.answers])
    return { attach: attachFor(context, poll, touched) }
  },

  'vote.attachedvote.recall': (context) => {
    const poll = readablePoll(context, { signatureGrantsRead: false })
    const { world, userId } = context
    // Vote::recall takes the user's lock first; failing that is an added error (lib/vote.php).
    if (context.occupied) return refusal(world)
    const ballot = poll.ballots.get(userId)
    if (!ballot) return { attach: attachFor(context, poll) }
    if (!allowsRevote(poll)) return refusal(world)
    if (isFinished(poll) && !world.settings.recallWhenFinished)
      throw errors.pollInactive()
    poll.ballots.delete(userId)
    return { attach: attachFor(context, poll, touchedBy([ballot.answers])) }
  },

  'vote.attachedvote.stop': (context) => {
    const poll = editablePoll(context)
    poll.dateEnd = Date.now()
    return []
  },

  'vote.attachedvote.resume': (context) => {
    const poll = editablePoll(context)
    poll.dateEnd = Date.now() + YEAR_MS
    return []
  },

  'vote.attachedvote.download': (context) => {
    const poll = readablePoll(context, { signatureGrantsRead: true })
    return new FileReply(
      'application/vnd.ms-excel',
      `vote${poll.voteId}.xls`,
      exportPoll(context.world.users, poll),
    )
  },

  'vote.integration.im.send': sendChatPoll,
}

const lockingMethods = new Set(['vote.attachedvote.vote', 'vote.attachedvote.recall'])

/**
 * The poll whose user lock a call takes while it runs: `vote` and `recall`
 * lock the user on the poll (bitrix/modules/vote/lib/user.php), other
 * methods and unaddressable calls take none.
 */
export function lockedVoteId(
  world: World,
  method: string,
  params: Record<string, unknown>,
): number | undefined {
  if (!lockingMethods.has(method.toLowerCase())) return undefined
  try {
    return addressedPoll(world, params).poll?.voteId
  } catch {
    return undefined
  }
}

function attachFor(context: CallContext, poll: PollRecord, touched: Touched = untouched) {
  const canRead = canReadPoll(context.world, poll, context.userId)
  return serializeAttach(poll, { userId: context.userId, canRead }, touched)
}

/** A refused vote or recall: the module's added error, or the documented one (FIDELITY.md, "Switches"). */
function refusal(world: World) {
  if (world.settings.refusal === 'error') throw errors.cannotSave()
  return []
}

/** getMany's added errors: `[]` like the module, or the documented error with an empty code. */
function listRefusal(world: World, description: string) {
  if (world.settings.refusal === 'error') throw new RestError(400, '', description)
  return []
}

/**
 * `start` in pages of 50 (the source), or the documented
 * `pageNavigation: {pageSize, currentPage}` (pages from 1).
 */
function answerVotedPage(
  world: World,
  params: Record<string, unknown>,
): { offset: number; size: number } {
  if (world.settings.answerVotedPaging === 'start') {
    return { offset: startParam(params.start), size: LIST_PAGE_SIZE }
  }
  const navigation =
    typeof params.pageNavigation === 'object' && params.pageNavigation !== null
      ? (params.pageNavigation as Record<string, unknown>)
      : {}
  const size = Math.min(positiveInteger(navigation.pageSize) ?? 10, LIST_PAGE_SIZE)
  const page = positiveInteger(navigation.currentPage) ?? 1
  return { offset: (page - 1) * size, size }
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

/** `stop`/`resume`: the read check, then the edit right (`"403"` "Access denied."). */
function editablePoll(context: CallContext): PollRecord {
  const poll = readablePoll(context, { signatureGrantsRead: false })
  if (!canEditPoll(context.world, poll, context.userId)) throw errors.accessDenied()
  return poll
}

/**
 * The three ways to address an attach (FIDELITY.md, "Addressing and access"), and the read check every action
 * runs first. A valid `signedAttachId` grants read access to the read-only
 * actions (bitrix/modules/vote/lib/Controller/Filter/CheckAttachReadAccessWithSign.php).
 */
function readablePoll(
  { world, userId, params }: CallContext,
  { signatureGrantsRead }: { signatureGrantsRead: boolean },
): PollRecord {
  const { poll, bySignature } = addressedPoll(world, params)
  if (!poll) throw errors.attachNotFound()
  if (!(bySignature && signatureGrantsRead) && !canReadPoll(world, poll, userId)) {
    throw errors.readDenied(world.settings.readDeniedCode)
  }
  return poll
}

function addressedPoll(
  world: World,
  params: Record<string, unknown>,
): { poll: PollRecord | undefined; bySignature: boolean } {
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
    return { poll: signedPoll(world, params.signedAttachId), bySignature: true }
  }
  throw errors.badAddressing()
}

/**
 * `id.signature`, or the attach's 16-character UID that `resultUrl` ends
 * with: both address the attach and grant the signed read
 * (bitrix/modules/vote/lib/Service/AttachedVoteResultUrlService.php getAttachByUrlId).
 */
function signedPoll(world: World, signed: string): PollRecord | undefined {
  if (!signed.includes('.')) {
    return [...world.polls.values()].find((poll) => poll.uid === signed)
  }
  const attachId = verifySignedAttachId(signed)
  return attachId === undefined ? undefined : world.polls.get(attachId)
}

/** PHP's int binding: numbers and digit strings, anything else cannot bind. */
function integerParam(value: unknown): number {
  const number =
    typeof value === 'string' && /^-?\d+$/.test(value) ? Number(value) : value
  if (typeof number !== 'number' || !Number.isSafeInteger(number))
    throw errors.badAddressing()
  return number
}

function positiveInteger(value: unknown): number | undefined {
  const number = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value
  return typeof number === 'number' && Number.isSafeInteger(number) && number > 0
    ? number
    : undefined
}

/** A JSON array, or a form body's `list[0]=3` object. */
function listOf(value: unknown): unknown[] {
  if (Array.isArray(value)) return value as unknown[]
  if (typeof value === 'object' && value !== null) return Object.values(value)
  return value === undefined ? [] : [value]
}

function ballotParam(value: unknown): Record<string, unknown[]> {
  if (typeof value !== 'object' || value === null) return {}
  return Object.fromEntries(
    Object.entries(value).map(([questionId, answers]) => [questionId, listOf(answers)]),
  )
}
