import { useQueryErrorResetBoundary } from '@tanstack/react-query'
import type { ReactNode } from 'react'
import { ErrorBoundary } from 'react-error-boundary'
import { useI18n } from '../i18n/i18n'
import { Notice } from './notice'

/** Whatever breaks while rendering, the frame shows a way out, never a blank page. */
export function CrashBoundary({ children }: { children: ReactNode }) {
  const { t } = useI18n()
  const { reset } = useQueryErrorResetBoundary()
  return (
    <ErrorBoundary
      onReset={reset}
      fallbackRender={({ resetErrorBoundary }) => (
        <Notice title={t('crashTitle')} tone="alert">
          <p>{t('crashBody')}</p>
          <button type="button" className="button" onClick={resetErrorBoundary}>
            {t('tryAgain')}
          </button>
        </Notice>
      )}
    >
      {children}
    </ErrorBoundary>
  )
}
