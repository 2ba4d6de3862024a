import { ErrorDetails } from '../../../components/error-details'
import { useI18n } from '../../../i18n/i18n'
import { failureKind } from '../../../lib/failure-kind'
import { ChangeFailedError, ChangeUnconfirmedError } from '../api/poll-change'
import { isRefusal } from '../api/refusals'

/** Why a withdrawal did not go through, in the user's words. */
export default function WithdrawalError({ error }: { error: Error }) {
  const { t } = useI18n()
  // A poll out of reach says nothing here: the screen gives way to it.
  const withdrawalErrorText = (error: Error) => {
    if (error instanceof ChangeUnconfirmedError) return t('withdrawUnconfirmed')
    if (!(error instanceof ChangeFailedError)) return undefined
    if (error.poll.isFinished) return t('withdrawPollClosed')
    if (isRefusal(error.cause)) return t('withdrawRefused')
    return failureKind(error.cause) === 'connection'
      ? t('withdrawFailed')
      : t('withdrawFailedServer')
  }
  const errorText = withdrawalErrorText(error)
  if (!errorText) return null
  return (
    <div role="alert" className="inline-error">
      <p>{errorText}</p>
      <ErrorDetails error={error.cause} />
    </div>
  )
}
