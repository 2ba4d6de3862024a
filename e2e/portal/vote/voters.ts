import type { PollRecord } from './poll'

/**
 * Who chose an answer, as `getWithVoted` and `getAnswerVoted` list them
 * (bitrix/modules/vote/lib/Service/VotedCollectorService.php): visible
 * ballots only, so never anyone in an anonymous poll, in the module's order
 * (`GetUserAnswerStat` in bitrix/modules/vote/classes/mysql/event.php:
 * `VOTE_WEIGHT DESC, RANK DESC, AUTH_USER_ID ASC`). This portal keeps no
 * authority ratings, so that is by user id.
 */

/** What the vote module shows of a voter. */
export interface Voter {
  readonly name: string
  readonly position: string
  /** Whether the user uploaded a photo; without one Bitrix24 sends `IMAGE: null`. */
  readonly hasPhoto: boolean
  /**
   * The photo's `IMAGE` as the vote module sends it: a relative
   * `/upload/resize_cache/…` path on a portal that keeps files itself, an
   * absolute URL on one that keeps them in cloud storage. Without it, a photo
   * is the portal's own avatar at an absolute URL.
   */
  readonly image?: string
}

/** The portal's people by user id. */
export type Voters = ReadonlyMap<number, Voter>

export interface VoterRow {
  readonly ID: number
  readonly NAME: string
  /**
   * A 64×64 photo: a relative path or an absolute URL, as the portal keeps its
   * files (bitrix/modules/vote/lib/Service/UserProvider/BaseUserProvider.php);
   * `null` without a photo.
   */
  readonly IMAGE: string | null
  readonly WORK_POSITION: string
}

export function votersOf(poll: PollRecord, answerId: number): number[] {
  return [...poll.ballots]
    .filter(
      ([, ballot]) =>
        ballot.visible &&
        [...ballot.answers.values()].some((answerIds) => answerIds.includes(answerId)),
    )
    .map(([userId]) => userId)
    .sort((a, b) => a - b)
}

export function voterRow(people: Voters, userId: number, origin: string): VoterRow {
  const user = people.get(userId)
  return {
    ID: userId,
    NAME: user?.name ?? `User ${userId}`,
    IMAGE: user?.hasPhoto ? (user.image ?? avatarUrl(origin, userId)) : null,
    WORK_POSITION: user?.position ?? '',
  }
}

export function avatarUrl(origin: string, userId: number): string {
  return `${origin}/portal-assets/avatars/${userId}.svg`
}

/** `getWithVoted`'s `voted`: answers with voters, up to `min(pageSize, 50)` each; `[]` when none. */
export function votedMap(
  people: Voters,
  poll: PollRecord,
  pageSize: number,
  origin: string,
): Record<string, VoterRow[]> | [] {
  const limit = Math.min(Math.max(pageSize, 1), 50)
  const entries: [string, VoterRow[]][] = []
  for (const question of poll.questions) {
    for (const answer of question.answers) {
      const voters = votersOf(poll, answer.id).slice(0, limit)
      if (voters.length > 0) {
        entries.push([
          String(answer.id),
          voters.map((userId) => voterRow(people, userId, origin)),
        ])
      }
    }
  }
  return entries.length === 0 ? [] : Object.fromEntries(entries)
}
