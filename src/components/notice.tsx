import { useId, type ReactNode } from 'react'

/**
 * A full-frame explanation: why there is no poll to show, and what to do.
 * `alert` is for failures the user should hear about at once.
 */
export function Notice({
  title,
  children,
  tone = 'info',
}: {
  title: string
  children: ReactNode
  tone?: 'info' | 'alert'
}) {
  const titleId = useId()
  return (
    <section
      className={`notice notice-${tone}`}
      role={tone === 'alert' ? 'alert' : undefined}
      aria-labelledby={titleId}
    >
      <h1 id={titleId} className="notice-title">
        {title}
      </h1>
      {children}
    </section>
  )
}
