import { useI18n } from '@/i18n/i18n'
import { RestError } from '@/lib/portal'

/**
 * The code behind a failure, folded away under "Details": it helps whoever
 * the user asks for help, and is noise in the sentence itself.
 */
export function ErrorDetails({ error }: { error: unknown }) {
  const { t } = useI18n()
  if (!(error instanceof RestError) || !error.code) return null
  return (
    <details className="error-details">
      <summary>{t('errorDetails')}</summary>
      <p>{t('errorCode', { code: error.code })}</p>
    </details>
  )
}
