import { Notice } from '../../../components/notice'
import { RestError } from '../../../lib/portal'
import { useI18n } from '../../../i18n/i18n'
import { InvalidPayloadError } from '../api/attach-payload'

const READ_ACCESS_DENIED = 'Attach read access denied'

/** Bitrix24 reports read-access denial with or without its code (reference §5.12). */
function isAccessDenied(error: RestError): boolean {
  return (
    error.code === 'ATTACH_READ_ACCESS_DENIED' ||
    error.message.trim() === READ_ACCESS_DENIED
  )
}

export function PollLoadError({
  error,
  onRetry,
  retrying,
}: {
  error: Error
  onRetry: () => void
  retrying: boolean
}) {
  const { t } = useI18n()
  if (error instanceof RestError && error.code === 'ATTACH_NOT_FOUND') {
    return (
      <Notice title={t('notFoundTitle')} tone="alert">
        <p>{t('notFoundBody')}</p>
      </Notice>
    )
  }
  if (error instanceof RestError && isAccessDenied(error)) {
    return (
      <Notice title={t('accessDeniedTitle')} tone="alert">
        <p>{t('accessDeniedBody')}</p>
      </Notice>
    )
  }
  return (
    <Notice title={t('loadFailedTitle')} tone="alert">
      <p>
        {error instanceof InvalidPayloadError
          ? t('invalidPollBody')
          : t('loadFailedBody')}
      </p>
      {error instanceof RestError && (
        <p className="error-code">{t('errorCode', { code: error.code })}</p>
      )}
      <button
        type="button"
        className="button"
        aria-disabled={retrying}
        aria-busy={retrying}
        onClick={() => {
          if (!retrying) onRetry()
        }}
      >
        {t('retry')}
      </button>
    </Notice>
  )
}
