/**
 * What the app needs from the Bitrix24 page that hosts it. The SDK adapter in
 * `bitrix24-frame.ts` is the only implementation; tests provide fakes.
 */
export interface Placement {
  /** Placement code, e.g. `IM_CONTEXT_MENU` or `DEFAULT`. */
  readonly code: string
  /** `PLACEMENT_OPTIONS` exactly as the portal sent them: an object, `''` or `[]`. */
  readonly options: unknown
}

export interface Portal {
  /** Bitrix24 language code of the user (`en`, `ru`, `la`, `br`, …). */
  readonly lang: string
  /** The portal's own address: what relative links in its answers start from. */
  readonly origin: string
  readonly placement: Placement
  /** Opened by Bitrix24 to install the app: its setup runs, then `finishInstall`. */
  readonly isInstallMode: boolean
  /**
   * Tells Bitrix24 the installation is complete. Bitrix24 answers by
   * reloading the app, so the promise may never settle; it rejects when the
   * message cannot be sent.
   */
  finishInstall(): Promise<void>
  /** Calls a REST method and resolves with its `result`; rejects with a `RestError`. */
  callMethod(method: string, params: Record<string, unknown>): Promise<unknown>
  /** Asks the portal to size the app's frame to the height of `content`. */
  fitFrame(content: HTMLElement): Promise<void>
}

export type PortalConnection =
  | { readonly status: 'connected'; readonly portal: Portal }
  | { readonly status: 'outside-bitrix24' }
  | { readonly status: 'no-answer' }

/**
 * A REST call that failed, identified by the portal's error code (or the
 * SDK's). The code is `''` where the portal sent none: its description is
 * then all there is to go by.
 */
export class RestError extends Error {
  readonly code: string
  readonly httpStatus: number

  constructor(code: string, description: string, httpStatus: number) {
    super(description || code || `HTTP ${String(httpStatus)}`)
    this.name = 'RestError'
    this.code = code
    this.httpStatus = httpStatus
  }
}
