import { h } from './dom'
import { hostFrame, NO_REPLY, resizeLayout, type FrameHost } from './frame-host'
import { config, portal, portalClient } from './portal-api'

/**
 * Opens the app as Bitrix24 does: a slider with an iframe named
 * `host|protocol|APP_SID`, loaded by a form POST to the handler that carries
 * the user's tokens and the placement, and a host for the SDK's commands.
 */

export interface AppLaunch {
  readonly placement: string
  readonly options: unknown
  /** The handler URL: the bound placement's, or the app's own for DEFAULT. */
  readonly handler: string
  readonly isAdmin: boolean
  /** The app is opened to be installed (`INSTALL`, `FIRST_RUN`). */
  readonly install: boolean
}

let open: { host: FrameHost; slider: HTMLElement } | undefined

export async function openApp(
  launch: AppLaunch,
  events: { onClosed: () => void; onInstalled: () => void },
) {
  closeApp()
  let auth = await portal.auth(config.userId)
  const sid = crypto.randomUUID().replaceAll('-', '')
  const secure = location.protocol === 'https:'
  const frame = h('iframe', {
    title: config.appTitle,
    name: `${location.host}|${secure ? 1 : 0}|${sid}`,
    class: 'app-frame',
  })
  // What `resizeWindow` sizes, as Bitrix24 sizes the layout around the frame.
  const layout = h('div', { class: 'app-layout' }, frame)
  const title = h('h2', { class: 'slider-title', id: 'slider-title' }, config.appTitle)
  const close = () => {
    closeApp()
    events.onClosed()
  }
  const slider = h(
    'div',
    { class: 'slider', role: 'dialog', 'aria-labelledby': 'slider-title' },
    h(
      'header',
      { class: 'slider-header' },
      title,
      h('button', { type: 'button', class: 'slider-close', onclick: close }, 'Close'),
    ),
    h('div', { class: 'slider-body' }, layout),
  )
  // Where a cold open starts: the benchmark measures from here to the poll on screen.
  performance.mark('portal:app-frame-created')
  document.body.append(slider)

  const host = hostFrame(frame, new URL(launch.handler).origin, sid, {
    getInitData: config.silentParent
      ? undefined
      : () => ({
          LANG: config.lang,
          DOMAIN: location.host,
          PROTOCOL: secure ? 1 : 0,
          PATH: '/rest/',
          ...auth,
          MEMBER_ID: 'simulated-portal',
          FIRST_RUN: launch.install,
          IS_ADMIN: launch.isAdmin,
          INSTALL: launch.install,
          USER_OPTIONS: [],
          APP_OPTIONS: [],
          PLACEMENT: launch.placement,
          PLACEMENT_OPTIONS: launch.options,
        }),
    setInstall: (params) => params,
    // Bitrix24 does not answer: it marks the app installed and reloads it.
    setInstallFinish: () => {
      void portal.installFinish().then(events.onInstalled)
      return NO_REPLY
    },
    refreshAuth: async () => {
      auth = await portalClient.refreshAuth(auth.REFRESH_ID)
      return auth
    },
    resizeWindow: (params) => resizeLayout(layout, params),
    setTitle: (params) => {
      title.textContent = String(params.title)
      return params
    },
    closeApplication: () => {
      close()
      return undefined
    },
  })
  open = { host, slider }

  const target = new URL(launch.handler)
  target.search = new URLSearchParams({
    DOMAIN: location.host,
    PROTOCOL: secure ? '1' : '0',
    LANG: config.lang,
    APP_SID: sid,
  }).toString()
  const fields = {
    AUTH_ID: auth.AUTH_ID,
    AUTH_EXPIRES: auth.AUTH_EXPIRES,
    REFRESH_ID: auth.REFRESH_ID,
    member_id: 'simulated-portal',
    status: 'L',
    PLACEMENT: launch.placement,
    PLACEMENT_OPTIONS:
      typeof launch.options === 'string'
        ? launch.options
        : JSON.stringify(launch.options),
  }
  const form = h(
    'form',
    { method: 'POST', action: target.href, target: frame.name, hidden: true },
    ...Object.entries(fields).map(([name, value]) =>
      h('input', { type: 'hidden', name, value }),
    ),
  )
  document.body.append(form)
  form.submit()
  form.remove()
}

export function closeApp() {
  if (!open) return
  open.host.dispose()
  open.slider.remove()
  open = undefined
}
