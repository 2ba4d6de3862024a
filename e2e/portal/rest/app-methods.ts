import { avatarUrl } from '../vote/voters'
import type { PlacementBinding } from '../world'
import { RestError, errors } from './rest-error'
import type { CallContext, MethodHandler } from './method'

/**
 * What the app's installer and a curious app call besides the vote module:
 * `placement.bind`/`unbind`/`get`, `app.info`, `user.current` and `profile`
 * (FIDELITY.md, "The app and its placements").
 */

/** Placements this portal knows; binding anything else is `ERROR_PLACEMENT_NOT_FOUND`. */
const KNOWN_PLACEMENTS = new Set([
  'IM_CONTEXT_MENU',
  'IM_TEXTAREA',
  'IM_SIDEBAR',
  'IM_NAVIGATION',
  'IM_SMILES_SELECTOR',
  'IMMOBILE_CONTEXT_MENU',
])

export const appMethods: Record<string, MethodHandler> = {
  'placement.bind': (context) => {
    requireAdmin(context)
    const { world, params } = context
    const placement = requiredString(params, 'PLACEMENT')
    if (typeof params.HANDLER !== 'string' || params.HANDLER === '') {
      throw new RestError(400, 'EMPTY_ERROR_HANDLER_URL', 'Empty handler URL')
    }
    if (!/^https?:\/\//i.test(params.HANDLER)) {
      throw new RestError(
        400,
        'ERROR_UNSUPPORTED_PROTOCOL',
        'Unsupported event handler protocol',
      )
    }
    if (!KNOWN_PLACEMENTS.has(placement)) {
      throw new RestError(400, 'ERROR_PLACEMENT_NOT_FOUND', 'Placement not found')
    }
    const handler = params.HANDLER
    const bound = world.app.bindings.some(
      (binding) => binding.placement === placement && binding.handler === handler,
    )
    if (bound) {
      throw new RestError(
        400,
        'ERROR_CORE',
        'Unable to set placement handler: Handler already binded',
      )
    }
    world.app.bindings.push({
      placement,
      handler,
      title: stringOr(params.TITLE, ''),
      description: stringOr(params.DESCRIPTION, ''),
      langAll: langAllOf(params.LANG_ALL),
      options: recordOf(params.OPTIONS),
    })
    return true
  },

  'placement.unbind': (context) => {
    requireAdmin(context)
    const { world, params } = context
    const placement = requiredString(params, 'PLACEMENT')
    const handler = typeof params.HANDLER === 'string' ? params.HANDLER : undefined
    const before = world.app.bindings.length
    const kept = world.app.bindings.filter(
      (binding) =>
        binding.placement !== placement ||
        (handler !== undefined && binding.handler !== handler),
    )
    world.app.bindings.splice(0, world.app.bindings.length, ...kept)
    return { count: before - kept.length }
  },

  'placement.get': ({ world }) => world.app.bindings.map(bindingRow),

  'app.info': ({ world }) => ({
    ID: '7',
    CODE: 'local.chatpoll.simulated',
    VERSION: 1,
    STATUS: 'L',
    INSTALLED: world.app.installed,
    PAYMENT_EXPIRED: 'N',
    DAYS: null,
    LANGUAGE_ID: 'en',
    LICENSE: 'en_project',
    LICENSE_TYPE: 'project',
    LICENSE_FAMILY: 'project',
  }),

  'user.current': ({ world, userId, origin }) => {
    const user = world.users.get(userId)
    const [name = '', ...rest] = (user?.name ?? '').split(' ')
    return {
      ID: String(userId),
      ACTIVE: true,
      NAME: name,
      LAST_NAME: rest.join(' '),
      SECOND_NAME: '',
      PERSONAL_PHOTO: user?.hasPhoto ? avatarUrl(origin, userId) : '',
      WORK_POSITION: user?.position ?? '',
      TIME_ZONE: '',
      IS_ONLINE: 'Y',
      USER_TYPE: 'employee',
    }
  },

  // Any app may ask it, with no scope (api-reference/common/users/profile.md).
  profile: ({ world, userId }) => {
    const user = world.users.get(userId)
    const [name = '', ...rest] = (user?.name ?? '').split(' ')
    return {
      ID: String(userId),
      ADMIN: user?.isAdmin ?? false,
      NAME: name,
      LAST_NAME: rest.join(' '),
      PERSONAL_GENDER: '',
      TIME_ZONE: '',
    }
  },
}

/** Which scope each method needs; methods not listed need none (`basic`). */
export const methodScopes: Record<string, string> = {
  'placement.bind': 'placement',
  'placement.unbind': 'placement',
  'placement.get': 'placement',
  'user.current': 'user_brief',
}

function bindingRow(binding: PlacementBinding) {
  return {
    placement: binding.placement,
    handler: binding.handler,
    title: binding.title,
    description: binding.description,
    options: Object.keys(binding.options).length === 0 ? [] : binding.options,
    langAll: Object.keys(binding.langAll).length === 0 ? [] : binding.langAll,
  }
}

/** Placement handlers are an administrator's business (widgets/placement-bind.md). */
function requireAdmin({ world, userId }: CallContext) {
  if (!world.users.get(userId)?.isAdmin) throw errors.notAdmin()
}

function requiredString(params: Record<string, unknown>, name: string): string {
  const value = params[name]
  if (typeof value !== 'string' || value === '') {
    throw new RestError(400, 'ERROR_ARGUMENT', `Argument '${name}' is null or empty`, {
      argument: name,
    })
  }
  return value
}

function langAllOf(value: unknown): PlacementBinding['langAll'] {
  const entries = Object.entries(recordOf(value)).map(([lang, texts]) => {
    const fields = recordOf(texts)
    return [
      lang,
      {
        ...(typeof fields.TITLE === 'string' && { TITLE: fields.TITLE }),
        ...(typeof fields.DESCRIPTION === 'string' && {
          DESCRIPTION: fields.DESCRIPTION,
        }),
      },
    ] as const
  })
  return Object.fromEntries(entries)
}

function recordOf(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {}
}

function stringOr(value: unknown, fallback: string): string {
  return typeof value === 'string' ? value : fallback
}
