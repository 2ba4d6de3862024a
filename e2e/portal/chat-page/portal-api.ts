/** The chat page's line to its own portal: the control API of its session. */

export interface PageConfig {
  readonly sessionId: string
  readonly userId: number
  readonly lang: string
  /** The app's URL as registered in the portal: where its installer runs. */
  readonly appUrl: string
  readonly appTitle: string
  readonly languages: readonly { code: string; name: string }[]
  /** Open the app at once: from this message, or in this placement with these raw options. */
  readonly open: string | null
  readonly placement: string | null
  readonly options: string | null
}

export interface AuthData {
  AUTH_ID: string
  REFRESH_ID: string
  AUTH_EXPIRES: string
}

export const config = JSON.parse(
  document.getElementById('portal-config')?.textContent ?? '{}',
) as PageConfig

export const sessionPath = `/control/sessions/${encodeURIComponent(config.sessionId)}`

export async function control<T>(path: string, body?: unknown): Promise<T> {
  const response = await fetch(path.startsWith('/control') ? path : sessionPath + path, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { 'Content-Type': 'application/json' },
    ...(body !== undefined && { body: JSON.stringify(body) }),
  })
  if (!response.ok) throw new Error(await response.text())
  return (await response.json()) as T
}
