import { useQueryErrorResetBoundary } from '@tanstack/react-query'
import { Component, type ReactNode } from 'react'
import { useI18n } from '@/i18n/i18n'
import { Notice } from './notice'

/** Whatever breaks while rendering, the frame shows a way out, never a blank page. */
export function CrashBoundary({ children }: { children: ReactNode }) {
  const { t } = useI18n()
  const { reset } = useQueryErrorResetBoundary()
  return (
    <RenderErrorBoundary
      onRetry={reset}
      fallback={(retry) => (
        <Notice title={t('crashTitle')} tone="alert">
          <p>{t('crashBody')}</p>
          <button type="button" className="button" onClick={retry}>
            {t('tryAgain')}
          </button>
        </Notice>
      )}
    >
      {children}
    </RenderErrorBoundary>
  )
}

interface RenderErrorBoundaryProps {
  readonly fallback: (retry: () => void) => ReactNode
  readonly onRetry: () => void
  readonly children: ReactNode
}

/**
 * React catches render errors only in a class component. Written out rather
 * than taken from a library: it is this small, and the first load's size
 * budget is tight.
 */
class RenderErrorBoundary extends Component<
  RenderErrorBoundaryProps,
  { failed: boolean }
> {
  override state = { failed: false }

  static getDerivedStateFromError() {
    return { failed: true }
  }

  retry = () => {
    this.props.onRetry()
    this.setState({ failed: false })
  }

  override render() {
    return this.state.failed ? this.props.fallback(this.retry) : this.props.children
  }
}
