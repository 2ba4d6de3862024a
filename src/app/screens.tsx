import { Notice } from '@/components/notice'
import { useI18n } from '@/i18n/i18n'

export function OutsideBitrix24() {
  const { t } = useI18n()
  return (
    <Notice title={t('outsideTitle')}>
      <p>{t('outsideBody')}</p>
    </Notice>
  )
}

export function NoAnswerFromBitrix24() {
  const { t } = useI18n()
  return (
    <Notice title={t('noAnswerTitle')} tone="alert">
      <p>{t('noAnswerBody')}</p>
    </Notice>
  )
}

export function NoPollMessage() {
  const { t } = useI18n()
  return (
    <Notice title={t('noMessageTitle')} tone="alert">
      <p>{t('noMessageBody')}</p>
    </Notice>
  )
}
