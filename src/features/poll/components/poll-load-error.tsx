import { ErrorDetails } from '@/components/error-details'
import { Notice } from '@/components/notice'
import { useI18n } from '@/i18n/i18n'
import { failureKind } from '@/lib/failure-kind'
import { InvalidPayloadError } from '../api/attach-payload'
import { outOfReach } from '../api/poll-out-of-reach'

/**
 * Why the poll cannot be shown, in a sentence for each kind of failure, with
 * Retry only where trying again can help: a lost connection, a failure on
 * Bitrix24's side, an answer the app could not read. A poll the user may
 * not see is a state, not a failure, and is told without alarm.
 */
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
      <Notice title={t('notFoundTitle')} tone="notice">
        <p>{t('notFoundBody')}</p>
      </Notice>
    )
  }
  if (reason === 'no-access') {
    return (
      <Notice title={t('accessDeniedTitle')} tone="notice">
        <p>{t('accessDeniedBody')}</p>
      </Notice>
    )
  }
  const kind = error instanceof InvalidPayloadError ? 'invalid' : failureKind(error)
  const body = {
    invalid: t('invalidPollBody'),
    connection: t('loadConnectionBody'),
    server: t('loadServerBody'),
    refused: t('loadRefusedBody'),
  }[kind]
  return (
    <Notice title={t('loadFailedTitle')} tone="alert">
      <p>{body}</p>
      <ErrorDetails error={error} />
      {kind !== 'refused' && (
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
      )}
    </Notice>
  )
}
