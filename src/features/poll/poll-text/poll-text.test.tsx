import { render, screen } from '@testing-library/react'
import { describe, expect, test } from 'vitest'
import { PollText } from './poll-text'

describe('a poll text', () => {
  test('in plain text shows markup as written', () => {
    render(<PollText text="<b>not bold</b>" format="text" />)

    expect(screen.getByText('<b>not bold</b>')).toBeInTheDocument()
  })

  test('in HTML keeps its formatting and loses anything that could run', async () => {
    const { container } = render(
      <PollText text='<b>Lunch</b> <img src=x onerror="alert(1)">today' format="html" />,
    )

    expect(await screen.findByText('Lunch')).toContainHTML('<b>Lunch</b>')
    expect(container.innerHTML).toBe('<bdi><b>Lunch</b> today</bdi>')
  })
})
