import { describe, expect, test } from 'vitest'
import { profileExample } from '../testing/doc-examples'
import { docWorld } from '../testing/doc-world'
import { shapeOf } from '../testing/json-shape'
import { useRestHarness } from '../testing/rest-harness'
import { visibleBindings } from '../world'

const rest = useRestHarness()

const contextMenu = {
  PLACEMENT: 'IM_CONTEXT_MENU',
  HANDLER: 'https://poll.example/',
  TITLE: 'Chat Poll',
  LANG_ALL: { de: { TITLE: 'Chat-Umfrage' } },
}

function freshPortal(userId = 1) {
  const { world } = docWorld()
  Object.assign(world.app, { installed: false })
  return { world, ...rest.open(world, userId) }
}

describe('placements', () => {
  test('an administrator binds the chat menu item; it shows only once the app is installed', async () => {
    const { world, token } = freshPortal()

    const bound = await rest.call(token, 'placement.bind', contextMenu)
    const listed = await rest.call(token, 'placement.get', {})
    const shownBeforeInstall = visibleBindings(world, 'IM_CONTEXT_MENU')
    world.app.installed = true

    expect(bound.body?.result).toBe(true)
    expect(listed.body?.result).toEqual([
      {
        placement: 'IM_CONTEXT_MENU',
        handler: 'https://poll.example/',
        title: 'Chat Poll',
        description: '',
        options: [],
        langAll: { de: { TITLE: 'Chat-Umfrage' } },
      },
    ])
    expect(shownBeforeInstall).toEqual([])
    expect(visibleBindings(world, 'IM_CONTEXT_MENU')).toHaveLength(1)
  })

  test('binding the same handler twice is ERROR_CORE "Handler already binded"', async () => {
    const { token } = freshPortal()
    await rest.call(token, 'placement.bind', contextMenu)

    const again = await rest.call(token, 'placement.bind', contextMenu)

    expect(again.status).toBe(400)
    expect(again.body).toEqual({
      error: 'ERROR_CORE',
      error_description: 'Unable to set placement handler: Handler already binded',
    })
  })

  test.each([
    [{ ...contextMenu, PLACEMENT: '' }, 'ERROR_ARGUMENT'],
    [{ ...contextMenu, HANDLER: '' }, 'EMPTY_ERROR_HANDLER_URL'],
    [{ ...contextMenu, HANDLER: 'ftp://poll.example/' }, 'ERROR_UNSUPPORTED_PROTOCOL'],
    [{ ...contextMenu, PLACEMENT: 'CRM_NOWHERE' }, 'ERROR_PLACEMENT_NOT_FOUND'],
  ])('a bad binding is refused: %#', async (params, error) => {
    const { token } = freshPortal()

    const answer = await rest.call(token, 'placement.bind', params)

    expect(answer.status).toBe(400)
    expect(answer.body?.error).toBe(error)
  })

  test('only an administrator may bind', async () => {
    const { token } = freshPortal(2)

    const answer = await rest.call(token, 'placement.bind', contextMenu)

    expect(answer.status).toBe(403)
    expect(answer.body?.error).toBe('ACCESS_DENIED')
  })

  test('unbind removes the placement and counts what it removed', async () => {
    const { world, token } = freshPortal()
    await rest.call(token, 'placement.bind', contextMenu)

    const answer = await rest.call(token, 'placement.unbind', {
      PLACEMENT: 'IM_CONTEXT_MENU',
    })

    expect(answer.body?.result).toEqual({ count: 1 })
    expect(world.app.bindings).toEqual([])
  })
})

describe('the app and its user', () => {
  test('app.info says whether the app is installed', async () => {
    const { world, token } = freshPortal()

    const before = await rest.call(token, 'app.info', {})
    world.app.installed = true
    const after = await rest.call(token, 'app.info', {})

    expect(before.body?.result).toMatchObject({ INSTALLED: false, STATUS: 'L' })
    expect(after.body?.result).toMatchObject({ INSTALLED: true })
  })

  test('user.current is the token’s user, with an avatar on the portal', async () => {
    const { token } = freshPortal(1)

    const answer = await rest.call(token, 'user.current', {})

    expect(answer.body?.result).toMatchObject({
      ID: '1',
      NAME: 'Alex',
      PERSONAL_PHOTO: `${rest.url}/portal-assets/avatars/1.svg`,
    })
  })

  test('profile is the token’s user, shaped like the docs’ example, for an app with no user scope', async () => {
    const { world, token } = freshPortal(1)
    Object.assign(world.app, { scopes: ['vote'] })

    const answer = await rest.call(token, 'profile', {})

    expect(answer.status).toBe(200)
    expect(shapeOf(answer.body?.result)).toEqual(shapeOf(profileExample.result))
    expect(answer.body?.result).toMatchObject({ ID: '1', NAME: 'Alex', ADMIN: true })
  })
})
