import {
  ApiVersion,
  SdkError,
  initializeB24Frame,
  type B24Frame,
} from '@bitrix24/b24jssdk'
import { stringify } from 'qs-esm'
import * as v from 'valibot'
import { markForBench } from './bench-marks'
import { RestError, type Portal, type PortalConnection } from './portal'

// The only module that imports the SDK: everything else sees `Portal`.

const INIT_TIMEOUT_MS = 10_000

export async function connectToBitrix24(
  timeoutMs = INIT_TIMEOUT_MS,
): Promise<PortalConnection> {
  let timer: ReturnType<typeof setTimeout> | undefined
  // The SDK never times out on its own: a parent that does not answer
  // `getInitData` leaves `initializeB24Frame()` pending forever.
  const noAnswer = new Promise<PortalConnection>((resolve) => {
    timer = setTimeout(() => {
      resolve({ status: 'no-answer' })
    }, timeoutMs)
  })
  const connected = initializeB24Frame().then(
    (b24): PortalConnection => {
      sendFormBodies(b24)
      markForBench('connected')
      return { status: 'connected', portal: toPortal(b24) }
    },
    (error: unknown): PortalConnection =>
      // Opened outside a Bitrix24 frame: `window.name` carries no portal.
      error instanceof SdkError && error.code === 'JSSDK_CLIENT_SIDE_WARNING'
        ? { status: 'outside-bitrix24' }
        : { status: 'no-answer' },
  )
  try {
    return await Promise.race([connected, noAnswer])
  } finally {
    clearTimeout(timer)
  }
}

/**
 * A REST call's parameters as the form body Bitrix24 reads like PHP does:
 * `auth=…&ballot[12][]=50`. Keys are left as they are (the app's own names
 * and numeric ids); values are percent-encoded.
 */
export function toFormBody(params: object): string {
  return stringify(params, { arrayFormat: 'brackets', encodeValuesOnly: true })
}

/**
 * Form bodies instead of the SDK's JSON: a CORS-safelisted request, so no
 * `OPTIONS` preflight before every call (bench/README.md). The SDK keeps its
 * transport (token refresh, rate limits, retries, errors).
 */
export function sendFormBodies(b24: Pick<B24Frame, 'getHttpClient'>) {
  const { defaults } = b24.getHttpClient(ApiVersion.v2).ajaxClient
  defaults.headers.post['Content-Type'] = 'application/x-www-form-urlencoded'
  // The SDK posts every call's parameters, `auth` added, as one object.
  defaults.transformRequest = toFormBody
}

function toPortal(b24: B24Frame): Portal {
  return {
    lang: b24.getLang(),
    origin: b24.getTargetOrigin(),
    placement: { code: b24.placement.placement, options: b24.placement.options },
    isInstallMode: b24.isInstallMode,
    async finishInstall() {
      try {
        await b24.installFinish()
      } catch (error) {
        throw toRestError(error)
      }
    },
    async callMethod(method, params) {
      let response
      try {
        response = await b24.actions.v2.call.make({ method, params })
      } catch (error) {
        throw toRestError(error)
      }
      if (!response.isSuccess) {
        const [first] = response.getErrors()
        throw toRestError(first)
      }
      // Stryker disable next-line OptionalChaining: the SDK's getData() is undefined only for a failed call, turned down above
      return response.getData()?.result
    },
    async fitFrame(content) {
      // A width in pixels would stop the frame following the slider, and the
      // SDK's own helpers send one (or the whole document's height).
      await b24.parent.message.send('resizeWindow', {
        width: '100%',
        height: Math.max(content.scrollHeight, content.offsetHeight),
        isSafely: true,
      })
    },
  }
}

/** A portal's error answer as axios kept it: `{error, error_description}`. */
const portalErrorAnswer = v.object({
  response: v.object({
    data: v.object({
      error: v.nullish(v.union([v.string(), v.number()])),
      error_description: v.optional(v.string(), ''),
    }),
  }),
})

export function toRestError(error: unknown): RestError {
  // AjaxError (a failed REST call) is an SdkError too.
  if (!(error instanceof SdkError)) {
    return new RestError('UNKNOWN_ERROR', error instanceof Error ? error.message : '', 0)
  }
  // The SDK drops the portal's code unless it is a non-empty string other
  // than "0", and the description with it; the vote module's read-access
  // check sends only a description. The answer itself still holds both.
  const answer = v.safeParse(portalErrorAnswer, error.originalError)
  if (!answer.success) return new RestError(error.code, error.message, error.status)
  const { error: code, error_description: description } = answer.output.response.data
  return new RestError(
    !code || code === '0' ? '' : String(code),
    description,
    error.status,
  )
}
