import { act, render, screen } from '@testing-library/react'
import { hydrateRoot } from 'react-dom/client'
import { renderToString } from 'react-dom/server'
import { describe, expect, test } from 'vitest'
import { useHydrated } from './use-hydrated'

function Probe() {
  return <p>hydrated: {String(useHydrated())}</p>
}

describe('whether the page is hydrated', () => {
  test('it is not in the server’s markup', () => {
    expect(renderToString(<Probe />)).toBe('<p>hydrated: <!-- -->false</p>')
  })

  test('it is once React has taken over the server’s markup', async () => {
    const container = document.createElement('div')
    container.innerHTML = renderToString(<Probe />)
    document.body.append(container)

    const root = await act(() => hydrateRoot(container, <Probe />))

    expect(screen.getByText('hydrated: true')).toBeInTheDocument()
    act(() => {
      root.unmount()
    })
    container.remove()
  })

  test('it is from the start where React renders without the server’s markup', () => {
    render(<Probe />)

    expect(screen.getByText('hydrated: true')).toBeInTheDocument()
  })
})
