import { QueryClientProvider } from '@tanstack/react-query'
import { render } from '@testing-library/react'
import { StrictMode, type ReactElement } from 'react'
import { createQueryClient } from '../app/query-client'
import { I18nProvider } from '../i18n/i18n'

/** Renders with the app's own providers and a fresh cache, in Strict Mode. */
export function renderWithProviders(ui: ReactElement, { lang = 'en' } = {}) {
  const queryClient = createQueryClient()
  const view = render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <I18nProvider lang={lang}>{ui}</I18nProvider>
      </QueryClientProvider>
    </StrictMode>,
  )
  return { ...view, queryClient }
}
