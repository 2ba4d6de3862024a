import { QueryClientProvider } from '@tanstack/react-query'
import { render } from '@testing-library/react'
import { StrictMode, type ReactElement } from 'react'
import { createQueryClient } from '../app/query-client'
import { english, type Catalogue } from '../i18n/catalogue'
import { I18nProvider } from '../i18n/i18n'

/** Renders with the app's own providers and a fresh cache, in Strict Mode. */
export function renderWithProviders(
  ui: ReactElement,
  { catalogue = english }: { catalogue?: Catalogue } = {},
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
