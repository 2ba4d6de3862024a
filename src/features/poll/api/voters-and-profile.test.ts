import { describe, expect, test } from 'vitest'
import { fakePortal } from '@/testing/fake-portal'
import type { Answer, Poll } from '../poll'
import { InvalidPayloadError } from './attach-payload'
import { getAnswerVoters, getAnswerVotersQueryOptions } from './get-answer-voters'
import { getProfile, getProfileQueryOptions } from './get-profile'
import { getFirstVoters, getFirstVotersQueryOptions } from './get-first-voters'

const ref = { messageId: 13 }
const chatAddress = {
  moduleId: 'im',
  entityType: 'Bitrix\\Vote\\Attachment\\ImMessageConnector',
  entityId: 13,
}

function answer(changes: Partial<Answer> = {}): Answer {
  return {
    id: '4',
    text: 'Great!',
    textFormat: 'text',
    votes: 120,
    percent: 50,
    isMine: false,
    ...changes,
  }
}

function voterRow(changes: Record<string, unknown> = {}) {
  return { ID: '7', NAME: 'Ivan Lee', IMAGE: null, WORK_POSITION: null, ...changes }
}

describe('who chose an answer', () => {
  test('is read fifty at a time, each page starting where the last one ended', async () => {
    const portal = fakePortal({
      'vote.AttachedVote.getAnswerVoted': () => ({ items: [] }),
    })

    await getAnswerVoters(portal, ref, '4', 3)

    expect(portal.calls[0]?.params).toEqual({
      ...chatAddress,
      answerId: 4,
      pageNavigation: { pageSize: 50, currentPage: 3 },
      start: 100,
    })
  })

  test('a voter sent with a numeric ID in text, no name and no position is still a voter', async () => {
    const portal = fakePortal({
      'vote.AttachedVote.getAnswerVoted': () => ({
        items: [voterRow({ NAME: null, WORK_POSITION: undefined })],
      }),
    })

    await expect(getAnswerVoters(portal, ref, '4', 1)).resolves.toEqual([
      { id: 7, name: '', avatarUrl: undefined, position: '' },
    ])
  })

  test('a list of voters the portal garbled is reported, not shown', async () => {
    const portal = fakePortal({
      'vote.AttachedVote.getAnswerVoted': () => ({ items: [voterRow({ ID: 'seven' })] }),
    })

    await expect(getAnswerVoters(portal, ref, '4', 1)).rejects.toBeInstanceOf(
      InvalidPayloadError,
    )
  })

  test('another page is read only after a full one, and only while voters are missing', () => {
    const voter = { id: 1, name: '', avatarUrl: undefined, position: '' }
    const page = (size: number) => Array.from({ length: size }, () => voter)
    const nextPage = (votes: number, pages: ReturnType<typeof page>[]) =>
      getAnswerVotersQueryOptions(
        fakePortal({}),
        ref,
        answer({ votes }),
      ).getNextPageParam(
        pages.at(-1) ?? [],
        pages,
        pages.length,
        pages.map((_, index) => index + 1),
      )

    expect(nextPage(120, [page(50)])).toBe(2)
    expect(nextPage(120, [page(50), page(50)])).toBe(3)
    expect(nextPage(120, [page(50), page(49)])).toBeUndefined()
    expect(nextPage(100, [page(50), page(50)])).toBeUndefined()
  })

  test('the page asked for is the page read', async () => {
    const portal = fakePortal({
      'vote.AttachedVote.getAnswerVoted': () => ({ items: [voterRow()] }),
    })
    const options = getAnswerVotersQueryOptions(portal, ref, answer())

    await expect(options.queryFn?.({ pageParam: 2 } as never)).resolves.toEqual([
      { id: 7, name: 'Ivan Lee', avatarUrl: undefined, position: '' },
    ])
    expect(portal.calls[0]?.params).toMatchObject({
      answerId: 4,
      pageNavigation: { currentPage: 2 },
    })
  })

  test('the list is read from the first page, and again when the answer’s count changes', () => {
    const portal = fakePortal({})
    const before = getAnswerVotersQueryOptions(portal, ref, answer({ votes: 120 }))
    const after = getAnswerVotersQueryOptions(portal, ref, answer({ votes: 121 }))

    expect(before.initialPageParam).toBe(1)
    expect(before.queryKey).not.toEqual(after.queryKey)
  })
})

describe('the first voters of every answer', () => {
  test('are read in one call, three per answer', async () => {
    const portal = fakePortal({
      'vote.AttachedVote.getWithVoted': () => ({ voted: { '4': [voterRow()] } }),
    })

    const voters = await getFirstVoters(portal, ref)

    expect(portal.calls[0]?.params).toEqual({ ...chatAddress, pageSize: 3 })
    expect(voters).toEqual({
      '4': [{ id: 7, name: 'Ivan Lee', avatarUrl: undefined, position: '' }],
    })
  })

  test('nobody visible having voted, PHP’s empty array means no voters', async () => {
    const portal = fakePortal({ 'vote.AttachedVote.getWithVoted': () => ({ voted: [] }) })

    await expect(getFirstVoters(portal, ref)).resolves.toEqual({})
  })

  test('an answer the portal garbled is reported, not shown', async () => {
    const portal = fakePortal({
      'vote.AttachedVote.getWithVoted': () => ({ voted: { '4': [{ NAME: 'Nobody' }] } }),
    })

    await expect(getFirstVoters(portal, ref)).rejects.toBeInstanceOf(InvalidPayloadError)
  })

  test('their query reads them from the portal', async () => {
    const portal = fakePortal({
      'vote.AttachedVote.getWithVoted': () => ({ voted: { '4': [voterRow()] } }),
    })
    const poll = { questions: [{ answers: [answer()] }] } as unknown as Poll

    await expect(
      getFirstVotersQueryOptions(portal, ref, poll).queryFn?.({} as never),
    ).resolves.toEqual({
      '4': [{ id: 7, name: 'Ivan Lee', avatarUrl: undefined, position: '' }],
    })
  })

  test('are read again when someone else’s vote changes a count, not when only mine does', () => {
    const portal = fakePortal({})
    const poll = (answers: Answer[]) => ({ questions: [{ answers }] }) as unknown as Poll
    const key = (answers: Answer[]) =>
      getFirstVotersQueryOptions(portal, ref, poll(answers)).queryKey

    const before = key([answer({ votes: 3 })])
    expect(key([answer({ votes: 4, isMine: true })])).toEqual(before)
    expect(key([answer({ votes: 4 })])).not.toEqual(before)
  })
})

describe('a voter’s photo', () => {
  const photoOf = async (image: string | null) => {
    const portal = fakePortal({
      'vote.AttachedVote.getAnswerVoted': () => ({ items: [voterRow({ IMAGE: image })] }),
    })
    const [voter] = await getAnswerVoters(portal, ref, '4', 1)
    return voter?.avatarUrl
  }

  test('a path on the portal is fetched from the portal', async () => {
    await expect(photoOf('/upload/ivan.png')).resolves.toBe(
      'https://portal.example/upload/ivan.png',
    )
  })

  test('a web address elsewhere is kept', async () => {
    await expect(photoOf('http://cdn.example/ivan.png')).resolves.toBe(
      'http://cdn.example/ivan.png',
    )
  })

  test('anything but a web address shows no photo', async () => {
    await expect(photoOf('javascript:alert(1)')).resolves.toBeUndefined()
    await expect(photoOf('http://')).resolves.toBeUndefined()
    await expect(photoOf('')).resolves.toBeUndefined()
    await expect(photoOf(null)).resolves.toBeUndefined()
  })
})

describe('the user', () => {
  test('is named by first and last name, leaving out what Bitrix24 left empty', async () => {
    const named = fakePortal({
      profile: () => ({ ID: '7', NAME: 'Ivan', LAST_NAME: 'Lee' }),
    })
    const firstOnly = fakePortal({
      profile: () => ({ ID: 7, NAME: 'Ivan', LAST_NAME: null }),
    })

    await expect(getProfile(named)).resolves.toEqual({ id: 7, name: 'Ivan Lee' })
    await expect(getProfile(firstOnly)).resolves.toEqual({ id: 7, name: 'Ivan' })
  })

  test('a profile the portal garbled is reported', async () => {
    const portal = fakePortal({ profile: () => ({ ID: 'me' }) })

    await expect(getProfile(portal)).rejects.toBeInstanceOf(InvalidPayloadError)
  })

  test('is read once per opening', async () => {
    const portal = fakePortal({ profile: () => ({ ID: 7 }) })
    const options = getProfileQueryOptions(portal)

    expect(options.staleTime).toBe(Infinity)
    await expect(options.queryFn?.({} as never)).resolves.toEqual({ id: 7, name: '' })
    expect(portal.calls.map((call) => call.method)).toEqual(['profile'])
  })
})
