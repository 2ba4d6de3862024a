import { useId } from 'react'
import { CheckIcon } from '@/components/check-icon'
import { useI18n } from '@/i18n/i18n'

/**
 * The app's own page once it is installed. After `installFinish` Bitrix24
 * reloads the app out of install mode in this page, so it is also what the
 * administrator sees the moment the installer is done: it says so, and where
 * the app is used from.
 */
export function Installed() {
  const { t } = useI18n()
  const titleId = useId()
  return (
    <section className="installed" aria-labelledby={titleId}>
      <h1 id={titleId} className="installed-title">
        <CheckIcon />
        {t('installedTitle')}
      </h1>
      <p>{t('installedBody')}</p>
    </section>
  )
}
