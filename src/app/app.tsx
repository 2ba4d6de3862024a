import { QueryClientProvider, type QueryClient } from '@tanstack/react-query'
import { useRef, type ComponentProps } from 'react'
import { CrashBoundary } from '@/components/crash-boundary'
import { Loading } from '@/components/loading'
import { lazyWithPreload } from '@/components/lazy-with-preload'
import type { InstallScreen } from '@/features/install/install-screen'
import { Installed } from '@/features/install/installed'
import { PollScreen } from '@/features/poll/components/poll-view'
import { PollProvider } from '@/features/poll/poll-context'
import type { AppTarget } from '@/features/poll/poll-target'
import type { Catalogue } from '@/i18n/catalogue'
import { I18nProvider, useI18n } from '@/i18n/i18n'
import type { Portal, PortalConnection } from '@/lib/portal'
import { NoAnswerFromBitrix24, NoPollMessage, OutsideBitrix24 } from './screens'
import { useFitFrame } from './use-fit-frame'

/** What start-up found: where the app runs, and the user's catalogue. */
export type Startup = (
  | Exclude<PortalConnection, { status: 'connected' }>
  | { readonly status: 'connected'; readonly portal: Portal; readonly target: AppTarget }
  | {
      readonly status: 'installing'
      readonly portal: Portal
      readonly handlerUrl: string
    }
) & { readonly catalogue: Catalogue }

/**
 * The installer runs once, on an administrator's first open: a chunk of its
 * own, preloaded while the app starts in install mode.
 */
export const installScreen = lazyWithPreload<ComponentProps<typeof InstallScreen>>(() =>
  import('@/features/install/install-screen').then((module) => ({
    default: module.InstallScreen,
  })),
)

export function App({
  started,
  queryClient,
}: {
  started: Startup
  queryClient: QueryClient
}) {
  const portal =
    started.status === 'connected' || started.status === 'installing'
      ? started.portal
      : undefined
  const content = useRef<HTMLDivElement>(null)
  useFitFrame(portal, content)
  return (
    <QueryClientProvider client={queryClient}>
      <I18nProvider catalogue={started.catalogue}>
        <main ref={content} className="app">
          <CrashBoundary>
            <Screen started={started} />
          </CrashBoundary>
        </main>
      </I18nProvider>
    </QueryClientProvider>
  )
}

function Screen({ started }: { started: Startup }) {
  const { t } = useI18n()
  switch (started.status) {
    case 'outside-bitrix24':
      return <OutsideBitrix24 />
    case 'no-answer':
      return <NoAnswerFromBitrix24 />
    case 'installing':
      return (
        <installScreen.Component
          portal={started.portal}
          handlerUrl={started.handlerUrl}
          fallback={<Loading label={t('installing')} />}
        />
      )
    case 'connected':
      switch (started.target.kind) {
        case 'poll':
          return (
            <PollProvider portal={started.portal} pollRef={started.target.ref}>
              <PollScreen />
            </PollProvider>
          )
        case 'how-to':
          return <Installed />
        case 'no-message':
          return <NoPollMessage />
      }
  }
}
