import { useMutation } from '@tanstack/react-query'
import { useEffect, useRef } from 'react'
import { ErrorDetails } from '@/components/error-details'
import { Loading } from '@/components/loading'
import { Notice } from '@/components/notice'
import { RestError, type Portal } from '@/lib/portal'
import { useI18n } from '@/i18n/i18n'
import { installApp } from './install-app'
import { Installed } from './installed'

/**
 * The installer Bitrix24 shows an administrator on the app's first open. It
 * starts by itself; on success Bitrix24 reloads the app out of install mode,
 * into the same confirmation this shows if it does not.
 */
export function InstallScreen({
  portal,
  handlerUrl,
}: {
  portal: Portal
  handlerUrl: string
}) {
  const { t } = useI18n()
  const install = useMutation({ mutationFn: () => installApp(portal, handlerUrl) })
  const started = useRef(false)
  const { mutate } = install
  useEffect(() => {
    // Once per page, Strict Mode's second effect run included.
    if (started.current) return
    started.current = true
    mutate()
    // Stryker disable next-line ArrayDeclaration: `mutate` is the same function for the mutation's life, and the ref runs the effect's body once anyway
  }, [mutate])

  if (install.isError) {
    const { error } = install
    // Bitrix24 lets only administrators bind placements: trying again cannot help.
    if (error instanceof RestError && error.code === 'ACCESS_DENIED') {
      return (
        <Notice title={t('installNotAdminTitle')} tone="notice">
          <p>{t('installNotAdminBody')}</p>
          <ErrorDetails error={error} />
        </Notice>
      )
    }
    return (
      <Notice title={t('installFailedTitle')} tone="alert">
        <p>{t('installFailedBody')}</p>
        <ErrorDetails error={error} />
        <button
          type="button"
          className="button"
          onClick={() => {
            install.mutate()
          }}
        >
          {t('retry')}
        </button>
      </Notice>
    )
  }
  if (install.isSuccess) return <Installed />
  return <Loading label={t('installing')} />
}
