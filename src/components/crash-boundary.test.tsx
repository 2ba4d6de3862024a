import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, test, vi } from 'vitest'
import { renderWithProviders } from '@/testing/render'
import { CrashBoundary } from './crash-boundary'

describe('a fault while rendering', () => {
  test('shows a way out instead of a blank frame, without the error’s text, and Try again renders anew', async () => {
    // React reports the caught error on the console; this test expects it.
    vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const user = userEvent.setup()
    let broken = true
    function Poll() {
      if (broken) throw new Error('cannot render')
      return <p>The poll</p>
    }
    renderWithProviders(
      <CrashBoundary>
        <Poll />
      </CrashBoundary>,
    )

    const alert = screen.getByRole('alert')
    expect(alert).toHaveTextContent('Something went wrong')
    expect(alert).not.toHaveTextContent('cannot render')
    broken = false
    await user.click(screen.getByRole('button', { name: 'Try again' }))

    expect(screen.getByText('The poll')).toBeInTheDocument()
  })
})
