import type { PortalSession } from '@chat-poll/simulated-portal/client'

/**
 * Who voted, which public polls read beside the poll (`getWithVoted`, and
 * `profile` to tell the user apart): not what tests of the poll's own calls
 * are about.
 */
export const WHO_VOTED_READS: ReadonlySet<string> = new Set([
  'vote.AttachedVote.getWithVoted',
  'profile',
])

/** The methods of the REST calls that read or changed the poll itself, in order. */
export async function pollCalls(portal: PortalSession): Promise<string[]> {
  return (await portal.calls())
    .map((call) => call.method)
    .filter((method) => !WHO_VOTED_READS.has(method))
}
