import * as v from 'valibot'
import type { Voter } from '../poll'

/**
 * A voter as `BaseUserDto::toArray()` builds it (bitrix/modules/vote/lib/
 * Model/Dto/BaseUserDto.php), in `getAnswerVoted`'s items and
 * `getWithVoted`'s `voted`: `IMAGE` is null without a photo, a path on the
 * portal where files are stored locally, and an address on the cloud
 * storage's host where they are not.
 */
export const voterPayload = v.object({
  ID: v.pipe(
    v.union([v.number(), v.pipe(v.string(), v.regex(/^\d+$/))]),
    v.transform(Number),
  ),
  NAME: v.nullish(v.string(), ''),
  IMAGE: v.nullish(v.string(), null),
  WORK_POSITION: v.nullish(v.string(), ''),
})

export function toVoter(
  item: v.InferOutput<typeof voterPayload>,
  portalOrigin: string,
): Voter {
  return {
    id: item.ID,
    name: item.NAME,
    avatarUrl: avatarUrl(item.IMAGE, portalOrigin),
    position: item.WORK_POSITION,
  }
}

/** The avatar's web address; anything that resolves to another scheme is left out, never loaded. */
function avatarUrl(image: string | null, portalOrigin: string): string | undefined {
  if (!image) return undefined
  let url: URL | undefined
  try {
    url = new URL(image, portalOrigin)
  } catch {
    // An address that does not parse is no photo.
  }
  return url?.protocol === 'https:' || url?.protocol === 'http:' ? url.href : undefined
}
