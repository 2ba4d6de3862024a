import { act, renderHook } from '@testing-library/react'
import { describe, expect, test, vi } from 'vitest'
import { deferred } from '@/testing/fake-portal'
import { loadOnce, useLoaded } from './load-once'

describe('a part downloaded once', () => {
  test('is downloaded once however often it is asked for', async () => {
    const load = vi.fn(() => Promise.resolve('chart'))
    const part = loadOnce(load)

    await Promise.all([part.preload(), part.preload()])

    expect(await part.preload()).toBe('chart')
    expect(part.current()).toBe('chart')
    expect(load).toHaveBeenCalledTimes(1)
  })

  test('whose download failed is downloaded again next time', async () => {
    const load = vi
      .fn<() => Promise<string>>()
      .mockRejectedValueOnce(new Error('offline'))
      .mockResolvedValueOnce('chart')
    const part = loadOnce(load)

    await expect(part.preload()).rejects.toThrow('offline')
    expect(part.current()).toBeUndefined()

    await expect(part.preload()).resolves.toBe('chart')
    expect(part.current()).toBe('chart')
  })

  test('provided at hand is there without a download', async () => {
    const load = vi.fn(() => Promise.resolve('downloaded'))
    const part = loadOnce(load)

    part.provide('at hand')

    expect(part.current()).toBe('at hand')
    await expect(part.preload()).resolves.toBe('at hand')
    expect(load).not.toHaveBeenCalled()
  })
})

describe('a component using a part downloaded once', () => {
  test('has it after a download it starts itself', async () => {
    const part = loadOnce(() => Promise.resolve('chart'))

    const { result } = renderHook(() => useLoaded(part))

    expect(result.current).toBeUndefined()
    await vi.waitFor(() => {
      expect(result.current).toBe('chart')
    })
  })

  test('has it at once when it is loaded already, without asking again', async () => {
    const part = loadOnce(() => Promise.resolve('chart'))
    await part.preload()
    const preload = vi.spyOn(part, 'preload')

    const { result } = renderHook(() => useLoaded(part))

    expect(result.current).toBe('chart')
    expect(preload).not.toHaveBeenCalled()
  })

  test('does not download what it does not need yet, and does once it does', async () => {
    const load = vi.fn(() => Promise.resolve('chart'))
    const part = loadOnce(load)

    const { result, rerender } = renderHook(({ needed }) => useLoaded(part, needed), {
      initialProps: { needed: false },
    })
    await act(() => Promise.resolve())

    expect(load).not.toHaveBeenCalled()
    expect(result.current).toBeUndefined()

    rerender({ needed: true })

    await vi.waitFor(() => {
      expect(result.current).toBe('chart')
    })
  })

  test('that fails to download stays without it', async () => {
    const part = loadOnce<string>(() => Promise.reject(new Error('offline')))

    const { result } = renderHook(() => useLoaded(part))
    await act(async () => {
      await expect(part.preload()).rejects.toThrow('offline')
    })

    expect(result.current).toBeUndefined()
  })

  test('switched to another part never shows the first one, however late it arrives', async () => {
    const first = deferred<string>()
    const second = deferred<string>()
    const firstPart = loadOnce(() => first.promise)
    const secondPart = loadOnce(() => second.promise)
    const { result, rerender } = renderHook(({ part }) => useLoaded(part), {
      initialProps: { part: firstPart },
    })

    rerender({ part: secondPart })
    await act(async () => {
      first.resolve('first')
      await firstPart.preload()
    })

    expect(result.current).toBeUndefined()

    await act(async () => {
      second.resolve('second')
      await secondPart.preload()
    })

    expect(result.current).toBe('second')
  })
})
