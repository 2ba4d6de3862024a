import { screen } from '@testing-library/react'
import { describe, expect, test, vi } from 'vitest'
import { onlyQuestion, votedAttach } from './testing/fixtures/attach'
import { paintAndHydrate, serverPlacement, testRenderer } from './testing/server-page'

describe('the page the server painted', () => {
  test('is taken over by the app without a mismatch, ids and labels included', async () => {
    const errors = vi.spyOn(console, 'error')

    const { paintedIds, hydratedIds } = await paintAndHydrate(votedAttach(), 'ru')

    expect(errors).not.toHaveBeenCalled()
    expect(hydratedIds).toEqual(paintedIds)
    expect(screen.getByRole('meter', { name: 'Great!' })).toBeInTheDocument()
  })

  test('sanitises HTML texts as the browser does', async () => {
    const attach = votedAttach()
    Object.assign(onlyQuestion(attach), {
      QUESTION: '<i>How</i> are <img src=x onerror="alert(1)">you?',
      QUESTION_TYPE: 'html',
    })
    const errors = vi.spyOn(console, 'error')

    await paintAndHydrate(attach)

    const heading = screen.getByRole('heading', { level: 2 })
    expect(heading).toContainHTML('<bdi><i>How</i> are you?</bdi>')
    expect(heading).not.toContainHTML('img')
    expect(errors).not.toHaveBeenCalled()
  })

  test('is in the user’s language, right to left where it is written so', async () => {
    const { renderPollPage } = testRenderer()

    const { locale, dir } = await renderPollPage({
      lang: 'ar',
      origin: 'https://portal.example',
      placement: serverPlacement,
      result: { attach: votedAttach() },
    })

    expect({ locale, dir }).toEqual({ locale: 'ar', dir: 'rtl' })
  })

  test('refuses an answer that is not a poll', async () => {
    const { renderPollPage } = testRenderer()

    await expect(
      renderPollPage({
        lang: 'en',
        origin: 'https://portal.example',
        placement: serverPlacement,
        result: { attach: { ID: 'x' } },
      }),
    ).rejects.toThrow('Unexpected poll data')
  })
})
