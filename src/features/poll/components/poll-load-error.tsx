import { Notice } from '../../../components/notice'
import { RestError } from '../../../lib/portal'
import { useI18n } from '../../../i18n/i18n'
import { InvalidPayloadError } from '../api/attach-payload'
import { outOfReach } from '../api/poll-out-of-reach'

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
  const reason = outOfReach(error)
  if (reason === 'not-found') {
    return (
      <Notice title={t('notFoundTitle')} tone="alert">
        <p>{t('notFoundBody')}</p>
      </Notice>
    )
  }
  if (reason === 'no-access') {
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
      {error instanceof RestError && error.code && (
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
