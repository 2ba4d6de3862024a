import { useEffect } from 'react'
import { useI18n } from '@/i18n/i18n'
import { VoteActionButton } from './vote-action-button'
import { undoWithdrawal } from '../lazy-parts'

/** "Withdraw my vote": it only shows; the poll's screen makes the withdrawal. */
export function WithdrawVote({
  allowed,
  pending,
  describedBy,
  onWithdraw,
}: {
  allowed: boolean
  pending: boolean
  /** The id of why the user cannot withdraw, where they cannot. */
  describedBy: string | undefined
  onWithdraw: () => void
}) {
  const { t } = useI18n()
  // Undo is fetched while Withdraw my vote is on screen, not on its click,
  // so the click sends the recall without first setting up a download.
  useEffect(() => {
    undoWithdrawal.preload().catch(() => undefined)
  }, [])
  return (
    <VoteActionButton
      allowed={allowed}
      pending={pending}
      describedBy={describedBy}
      onClick={onWithdraw}
    >
      {t('withdrawVote')}
    </VoteActionButton>
  )
}
