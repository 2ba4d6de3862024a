import type { Voter } from '../poll'

/**
 * A voter's photo, or their initials where they have none. Photos come from
 * the portal or its cloud storage, both of which the app's
 * Content-Security-Policy lets it load (server/content-security-policy.ts).
 */
export function VoterAvatar({ voter, size }: { voter: Voter; size: 'small' | 'large' }) {
  const pixels = size === 'small' ? 22 : 28
  if (voter.avatarUrl) {
    return (
      <img
        className={`voter-avatar voter-avatar-${size}`}
        src={voter.avatarUrl}
        alt=""
        width={pixels}
        height={pixels}
      />
    )
  }
  const initials = voter.name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((word) => word[0])
    .join('')
  // Drawn by CSS from the attribute: a picture of the name, not text that
  // would run into the name written beside it.
  return (
    <span
      className={`voter-avatar voter-avatar-${size} voter-avatar-initials`}
      data-initials={initials}
      aria-hidden="true"
    />
  )
}
