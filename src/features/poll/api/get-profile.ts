import { queryOptions } from '@tanstack/react-query'
import * as v from 'valibot'
import type { Portal } from '@/lib/portal'
import type { Me } from '../poll'
import { InvalidPayloadError } from './attach-payload'

/**
 * `profile`: who the current user is, which every app may ask without a
 * scope (the REST docs' api-reference/common/users/profile.md). Read once
 * per session, and only to tell the user apart in voter lists.
 */
const profilePayload = v.object({
  ID: v.pipe(
    v.union([v.number(), v.pipe(v.string(), v.regex(/^\d+$/))]),
    v.transform(Number),
  ),
  NAME: v.nullish(v.string(), ''),
  LAST_NAME: v.nullish(v.string(), ''),
})

export async function getProfile(portal: Portal): Promise<Me> {
  const parsed = v.safeParse(profilePayload, await portal.callMethod('profile', {}))
  if (!parsed.success) throw new InvalidPayloadError(parsed.issues)
  const { ID, NAME, LAST_NAME } = parsed.output
  return { id: ID, name: [NAME, LAST_NAME].filter(Boolean).join(' ') }
}

export function getProfileQueryOptions(portal: Portal) {
  return queryOptions({
    queryKey: ['profile'] as const,
    queryFn: () => getProfile(portal),
    staleTime: Infinity,
  })
}
