import { render, screen } from '@testing-library/react'
import { describe, expect, test, vi } from 'vitest'
import { PollText } from './poll-text'
import { sanitizer } from './sanitizer'

describe('a poll text', () => {
  test('in plain text shows markup as written', () => {
    render(<PollText text="<b>not bold</b>" format="text" />)

    expect(screen.getByText('<b>not bold</b>')).toBeInTheDocument()
  })

  test('in plain text shows markup as written once the sanitiser is loaded too', async () => {
    await sanitizer.preload()

    const { container } = render(<PollText text="<b>not bold</b>" format="text" />)

    expect(container.innerHTML).toBe('<bdi>&lt;b&gt;not bold&lt;/b&gt;</bdi>')
  })

  test('in HTML keeps its formatting and loses anything that could run', async () => {
    const { container } = render(
      <PollText text='<b>Lunch</b> <img src=x onerror="alert(1)">today' format="html" />,
    )

    expect(await screen.findByText('Lunch')).toContainHTML('<b>Lunch</b>')
    expect(container.innerHTML).toBe('<bdi><b>Lunch</b> today</bdi>')
  })

  test('in HTML shows its words without the tags while the sanitiser loads', async () => {
    vi.resetModules()
    const { PollText: FreshPollText } = await import('./poll-text')

    const { container } = render(
      <FreshPollText
        text='<strong>Lunch</strong> <img src=x onerror="alert(1)">today'
        format="html"
      />,
    )

    expect(container.innerHTML).toBe('<bdi>Lunch today</bdi>')
    expect(await screen.findByText('Lunch')).toContainHTML('<strong>Lunch</strong>')
  })
})
