import { SdkError, initializeB24Frame, type B24Frame } from '@bitrix24/b24jssdk'
import { RestError, type Portal, type PortalConnection } from './portal'

/** The only module that imports the SDK: everything else sees `Portal`. */

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
    (b24): PortalConnection => ({ status: 'connected', portal: toPortal(b24) }),
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

function toPortal(b24: B24Frame): Portal {
  return {
    lang: b24.getLang(),
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
      return response.getData()?.result
    },
    async fitFrame(content) {
      await b24.parent.resizeWindowAuto(content)
    },
  }
}

function toRestError(error: unknown): RestError {
  // AjaxError (a failed REST call) is an SdkError too.
  if (error instanceof SdkError) {
    return new RestError(error.code, error.message, error.status)
  }
  return new RestError('UNKNOWN_ERROR', error instanceof Error ? error.message : '', 0)
}
