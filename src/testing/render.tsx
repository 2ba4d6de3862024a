import { QueryClientProvider } from '@tanstack/react-query'
import { render, screen } from '@testing-library/react'
import userEvent, { type Options as UserOptions } from '@testing-library/user-event'
import { StrictMode, type ReactElement } from 'react'
import { createQueryClient } from '@/app/query-client'
import { PollScreen } from '@/features/poll/components/poll-view'
import type { PollRef } from '@/features/poll/poll'
import { PollProvider } from '@/features/poll/poll-context'
import { english, type Catalogue } from '@/i18n/catalogue'
import { I18nProvider } from '@/i18n/i18n'
import type { Portal } from '@/lib/portal'
import { fakePortal, type Handler } from './fake-portal'

interface Options {
  catalogue?: Catalogue
}

/** Renders with the app's own providers and a fresh cache, in Strict Mode. */
export function renderWithProviders(
  ui: ReactElement,
  { catalogue = english }: Options = {},
) {
  const queryClient = createQueryClient()
  const view = render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <I18nProvider catalogue={catalogue}>{ui}</I18nProvider>
      </QueryClientProvider>
    </StrictMode>,
  )
  return { ...view, queryClient }
}

/** The poll screen of the poll `pollRef` in `portal`, as the app opens it. */
export function renderPollScreen(portal: Portal, pollRef: PollRef, options?: Options) {
  return renderWithProviders(
    <PollProvider portal={portal} pollRef={pollRef}>
      <PollScreen />
    </PollProvider>,
    options,
  )
}

/**
 * How most poll tests begin: the poll of chat message 13 opened over a fake
 * portal whose REST methods answer from `handlers`, and a user to work it.
 */
export function openPollScreen(
  handlers: Record<string, Handler>,
  { user: userOptions, ...options }: Options & { user?: UserOptions } = {},
) {
  const user = userEvent.setup(userOptions)
  const portal = fakePortal(handlers)
  return { user, portal, ...renderPollScreen(portal, { messageId: 13 }, options) }
}

/** An answer's meter, by its accessible name ("Great!"). */
export function meter(name: string) {
  return screen.getByRole('meter', { name })
}
