import { useId, type ReactNode } from 'react'

/**
 * A full-frame explanation: why there is no poll to show, and what to do.
 * `alert` is a failure the user should hear about at once; `notice` is a
 * state they should hear about at once that is nothing to be alarmed by,
 * such as a poll they may not see; `info` is read in its turn.
 */
export function Notice({
  title,
  children,
  tone = 'info',
}: {
  title: string
  children: ReactNode
  tone?: 'info' | 'notice' | 'alert'
}) {
  const titleId = useId()
  return (
    <section
      className={`notice notice-${tone}`}
      role={tone === 'info' ? undefined : 'alert'}
      aria-labelledby={titleId}
    >
      <h1 id={titleId} className="notice-title">
        {title}
      </h1>
      {children}
    </section>
  )
}
