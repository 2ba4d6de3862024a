import type { ChatView, PollWidget } from '../chat-view'
import { hostFrame, type FrameHost } from './frame-host'

/**
 * The simulated portal's chat page: chats, messages with polls, and a
 * message menu that opens the app in a slider, the way Bitrix24's messenger
 * opens an `IM_CONTEXT_MENU` placement.
 */

interface PageConfig {
  readonly sessionId: string
  readonly userId: number
  readonly lang: string
  readonly appUrl: string
  readonly appTitle: string
  readonly languages: readonly { code: string; name: string }[]
  /** Open the app at once: from this message, or in this placement with these raw options. */
  readonly open: string | null
  readonly placement: string | null
  readonly options: string | null
  /** Leave the app's `getInitData` unanswered, like a portal page that broke. */
  readonly silentParent: boolean
}

interface AuthData {
  AUTH_ID: string
  REFRESH_ID: string
  AUTH_EXPIRES: string
}

type Chat = ChatView['chats'][number]

const config = JSON.parse(
  document.getElementById('portal-config')?.textContent ?? '{}',
) as PageConfig
const controlBase = `/control/sessions/${encodeURIComponent(config.sessionId)}`
const appOrigin = new URL(config.appUrl).origin

let view: ChatView | undefined
let currentChatId: number | undefined
let openApp: { host: FrameHost; slider: HTMLElement } | undefined

async function control<T>(path: string, body?: unknown): Promise<T> {
  const response = await fetch(path.startsWith('/control') ? path : controlBase + path, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { 'Content-Type': 'application/json' },
    ...(body !== undefined && { body: JSON.stringify(body) }),
  })
  if (!response.ok) throw new Error(`${path}: ${response.status}`)
  return (await response.json()) as T
}

function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | boolean | ((event: Event) => void)> = {},
  ...children: (Node | string | null | undefined | false)[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag)
  for (const [name, value] of Object.entries(attributes)) {
    if (typeof value === 'function') element.addEventListener(name.slice(2), value)
    else if (value === true) element.setAttribute(name, '')
    else if (value !== false) element.setAttribute(name, value)
  }
  for (const child of children) {
    if (child !== null && child !== undefined && child !== false) element.append(child)
  }
  return element
}

async function refreshView() {
  view = await control<ChatView>(`/view?user=${config.userId}`)
  currentChatId ??= view.chats[0]?.id
  render()
}

function render() {
  if (!view) return
  const root = document.getElementById('portal')
  if (!root) return
  const chat =
    view.chats.find((candidate) => candidate.id === currentChatId) ?? view.chats[0]
  root.replaceChildren(
    topBar(),
    h('div', { class: 'layout' }, chatList(), chatPane(chat)),
  )
}

function topBar() {
  const switchTo = (name: string) => (event: Event) => {
    const url = new URL(location.href)
    url.searchParams.set(name, (event.target as HTMLSelectElement).value)
    for (const param of ['open', 'placement', 'options']) url.searchParams.delete(param)
    location.assign(url)
  }
  return h(
    'header',
    { class: 'topbar' },
    h('span', { class: 'logo' }, 'Bitrix24'),
    h('span', { class: 'logo-note' }, 'simulated portal'),
    h(
      'label',
      { class: 'switch' },
      'User ',
      h(
        'select',
        { onchange: switchTo('user') },
        ...(view?.users ?? []).map((user) =>
          h(
            'option',
            { value: String(user.id), selected: user.id === config.userId },
            user.name,
          ),
        ),
      ),
    ),
    h(
      'label',
      { class: 'switch' },
      'Language ',
      h(
        'select',
        { onchange: switchTo('lang') },
        ...config.languages.map((language) =>
          h(
            'option',
            { value: language.code, selected: language.code === config.lang },
            language.name,
          ),
        ),
      ),
    ),
  )
}

function chatList() {
  return h(
    'nav',
    { class: 'chats', 'aria-label': 'Chats' },
    h(
      'ul',
      {},
      ...(view?.chats ?? []).map((chat) =>
        h(
          'li',
          {},
          h(
            'button',
            {
              type: 'button',
              class: 'chat-button',
              'aria-pressed': String(chat.id === currentChatId),
              onclick: () => {
                currentChatId = chat.id
                render()
              },
            },
            chat.name,
          ),
        ),
      ),
    ),
  )
}

function chatPane(chat: Chat | undefined) {
  if (!chat) return h('main', { class: 'chat' }, h('p', {}, 'You are in no chats.'))
  return h(
    'main',
    { class: 'chat' },
    h('h1', { class: 'chat-title' }, chat.name),
    h(
      'ol',
      { class: 'messages' },
      ...chat.messages.map((message) =>
        h(
          'li',
          {},
          h(
            'article',
            { class: 'message' },
            h(
              'header',
              { class: 'message-header' },
              h('strong', {}, message.author),
              h('time', { datetime: message.date }, formatTime(message.date)),
              messageMenu(chat, message.id),
            ),
            message.poll
              ? pollWidget(message.poll)
              : h('p', { class: 'message-text' }, message.text),
          ),
        ),
      ),
    ),
  )
}

function messageMenu(chat: Chat, messageId: number) {
  const menuId = `menu-${messageId}`
  const menu = h(
    'div',
    {
      class: 'menu',
      role: 'menu',
      id: menuId,
      hidden: true,
      'aria-label': 'Message actions',
    },
    h(
      'button',
      {
        type: 'button',
        role: 'menuitem',
        onclick: () => {
          menu.hidden = true
          void openAppFrame('IM_CONTEXT_MENU', {
            messageId: String(messageId),
            dialogId: chat.dialogId,
            URI: '/online/',
          })
        },
      },
      config.appTitle,
    ),
  )
  const toggle = h(
    'button',
    {
      type: 'button',
      class: 'menu-button',
      'aria-haspopup': 'menu',
      'aria-controls': menuId,
      'aria-expanded': 'false',
      'aria-label': 'Message actions',
      onclick: () => {
        menu.hidden = !menu.hidden
        toggle.setAttribute('aria-expanded', String(!menu.hidden))
        if (!menu.hidden) menu.querySelector('button')?.focus()
      },
    },
    '⋯',
  )
  menu.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      menu.hidden = true
      toggle.setAttribute('aria-expanded', 'false')
      toggle.focus()
    }
  })
  return h('span', { class: 'menu-anchor' }, toggle, menu)
}

function pollWidget(poll: PollWidget) {
  const facts = [
    `${poll.voterCount} ${poll.voterCount === 1 ? 'vote' : 'votes'}`,
    poll.isAnonymous ? 'anonymous' : 'public',
    poll.isFinished ? 'finished' : null,
  ].filter(Boolean)
  return h(
    'section',
    { class: 'poll-widget', 'aria-label': 'Poll' },
    ...poll.questions.map((question) =>
      h(
        'div',
        { class: 'poll-question' },
        h('p', { class: 'poll-question-text' }, question.text),
        h(
          'ul',
          { class: 'poll-answers' },
          ...question.answers.map((answer) => {
            const share =
              question.voterCount > 0 ? (answer.votes * 100) / question.voterCount : 0
            return h(
              'li',
              { class: answer.isMine ? 'poll-answer poll-answer-mine' : 'poll-answer' },
              h('span', {}, answer.isMine ? `✓ ${answer.text}` : answer.text),
              h(
                'span',
                { class: 'poll-answer-count' },
                `${answer.votes} · ${Math.round(share)}%`,
              ),
              h('span', {
                class: 'poll-bar',
                style: `--share: ${share}%`,
                'aria-hidden': 'true',
              }),
            )
          }),
        ),
      ),
    ),
    h('p', { class: 'poll-facts' }, facts.join(' · ')),
  )
}

/**
 * Opens the app as Bitrix24 does: an iframe named `host|protocol|APP_SID`,
 * loaded by a form POST that carries the user's tokens and the placement.
 */
async function openAppFrame(placement: string, options: unknown) {
  closeAppFrame()
  let auth = await control<AuthData>('/auth', { userId: config.userId })
  const sid = crypto.randomUUID().replaceAll('-', '')
  const secure = location.protocol === 'https:'
  const frame = h('iframe', {
    title: config.appTitle,
    name: `${location.host}|${secure ? 1 : 0}|${sid}`,
    class: 'app-frame',
  })
  const title = h('h2', { class: 'slider-title', id: 'slider-title' }, config.appTitle)
  const slider = h(
    'div',
    { class: 'slider', role: 'dialog', 'aria-labelledby': 'slider-title' },
    h(
      'header',
      { class: 'slider-header' },
      title,
      h(
        'button',
        { type: 'button', class: 'slider-close', onclick: closeAppFrame },
        'Close',
      ),
    ),
    frame,
  )
  document.body.append(slider)

  const host = hostFrame(frame, appOrigin, sid, {
    getInitData: config.silentParent
      ? undefined
      : () => ({
          LANG: config.lang,
          DOMAIN: location.host,
          PROTOCOL: secure ? 1 : 0,
          PATH: '/rest/',
          ...auth,
          MEMBER_ID: 'simulated-portal',
          FIRST_RUN: false,
          IS_ADMIN: config.userId === 1,
          INSTALL: false,
          USER_OPTIONS: [],
          APP_OPTIONS: [],
          PLACEMENT: placement,
          PLACEMENT_OPTIONS: options,
        }),
    refreshAuth: async () => {
      auth = await control<AuthData>('/control/auth/refresh', {
        refreshToken: auth.REFRESH_ID,
      })
      return auth
    },
    resizeWindow: (params) => {
      const height = Math.max(0, Math.round(Number(params.height) || 0))
      if (height > 0) frame.style.height = `${height}px`
      return { width: frame.clientWidth, height: frame.clientHeight }
    },
    setTitle: (params) => {
      title.textContent = String(params.title)
      return params
    },
    closeApplication: () => {
      closeAppFrame()
      return undefined
    },
  })
  openApp = { host, slider }

  const target = new URL(config.appUrl)
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
    PLACEMENT: placement,
    PLACEMENT_OPTIONS: typeof options === 'string' ? options : JSON.stringify(options),
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

function closeAppFrame() {
  if (!openApp) return
  openApp.host.dispose()
  openApp.slider.remove()
  openApp = undefined
  void refreshView()
}

function formatTime(iso: string) {
  return new Date(iso).toLocaleTimeString(config.lang === 'en' ? 'en-GB' : undefined, {
    hour: '2-digit',
    minute: '2-digit',
  })
}

function chatOfMessage(messageId: number): Chat | undefined {
  return view?.chats.find((chat) =>
    chat.messages.some((message) => message.id === messageId),
  )
}

async function start() {
  await refreshView()
  if (config.open) {
    const chat = chatOfMessage(Number(config.open))
    if (chat) currentChatId = chat.id
    render()
    await openAppFrame('IM_CONTEXT_MENU', {
      messageId: config.open,
      dialogId: chat?.dialogId,
      URI: '/online/',
    })
  } else if (config.placement) {
    await openAppFrame(
      config.placement,
      config.options === null ? {} : JSON.parse(config.options),
    )
  }
}

void start()
