import { ControlRefused } from '../client/portal-client'
import type { ChatView } from '../control-schemas'
import { closeApp, openApp } from './app-slider'
import { h } from './dom'
import { pollWidget } from './poll-widget'
import { config, portal } from './portal-api'

/**
 * The simulated portal's chat page: chats, poll messages the user can vote
 * in, a user and a language switch, the app list, and the message menu item
 * an installed app placed there, which opens the app in a slider the way
 * Bitrix24's messenger opens an `IM_CONTEXT_MENU` placement.
 */

type Chat = ChatView['chats'][number]

const state: {
  view: ChatView | undefined
  chatId: number | undefined
  openMenuId: number | undefined
  /** Ticked answers per poll and question, so a live refresh keeps them. */
  choices: Map<string, Set<number>>
  /** Polls whose "Change vote" was clicked. */
  changing: Set<number>
  status: string
} = {
  view: undefined,
  chatId: undefined,
  openMenuId: undefined,
  choices: new Map(),
  changing: new Set(),
  status: '',
}

async function refreshView() {
  state.view = await portal.view(config.userId, config.lang)
  state.chatId ??= state.view.chats[0]?.id
  render()
}

function render() {
  const { view } = state
  const root = document.getElementById('portal')
  if (!view || !root) return
  const chat =
    view.chats.find((candidate) => candidate.id === state.chatId) ?? view.chats[0]
  const focused = document.activeElement?.id
  root.replaceChildren(
    topBar(view),
    h('div', { class: 'layout' }, sideBar(view), chatPane(view, chat), guide(view)),
    h('p', { class: 'visually-hidden', role: 'status' }, state.status),
  )
  if (focused) document.getElementById(focused)?.focus()
}

function topBar(view: ChatView) {
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
        { id: 'user-switch', onchange: switchTo('user') },
        ...view.users.map((user) =>
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
        { id: 'language-switch', onchange: switchTo('lang') },
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

function sideBar(view: ChatView) {
  return h(
    'div',
    { class: 'sidebar' },
    h(
      'nav',
      { class: 'chats', 'aria-label': 'Chats' },
      h(
        'ul',
        {},
        ...view.chats.map((chat) =>
          h(
            'li',
            {},
            h(
              'button',
              {
                type: 'button',
                id: `chat-${chat.id}`,
                class: 'chat-button',
                'aria-pressed': String(chat.id === state.chatId),
                onclick: () => {
                  state.chatId = chat.id
                  render()
                },
              },
              chat.name,
            ),
          ),
        ),
      ),
    ),
    h(
      'nav',
      { class: 'apps', 'aria-label': 'Applications' },
      h('h2', { class: 'apps-title' }, 'Applications'),
      h(
        'button',
        {
          type: 'button',
          id: 'app-list-entry',
          class: 'chat-button',
          onclick: () => {
            launchFromAppList()
          },
        },
        config.appTitle,
        !view.app.installed && h('span', { class: 'badge' }, 'not installed'),
      ),
    ),
  )
}

function chatPane(view: ChatView, chat: Chat | undefined) {
  if (!chat) return h('main', { class: 'chat' }, h('p', {}, 'You are in no chats.'))
  return h(
    'main',
    { class: 'chat' },
    !view.app.installed &&
      h(
        'p',
        { class: 'install-banner' },
        view.user.isAdmin
          ? `${config.appTitle} is not installed yet: open it from Applications to install it.`
          : `${config.appTitle} is not installed yet: an administrator installs it from Applications.`,
      ),
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
              avatar(message.author, message.authorAvatar),
              h('strong', {}, message.author),
              h('time', { datetime: message.date }, formatTime(message.date)),
              messageMenu(view, chat, message),
            ),
            message.poll
              ? pollWidget(message.poll, {
                  choices: (questionId) =>
                    choicesOf(message.poll?.attachId ?? 0, questionId),
                  isChanging: state.changing.has(message.poll.attachId),
                  vote: (ballot) => {
                    void voteInWidget(message.poll?.attachId ?? 0, ballot)
                  },
                  changeVote: () => {
                    if (message.poll) state.changing.add(message.poll.attachId)
                    render()
                  },
                  setFinished: (finished) => {
                    void (
                      finished
                        ? portal.stopPoll(message.id)
                        : portal.resumePoll(message.id)
                    ).then(refreshView)
                  },
                })
              : h('p', { class: 'message-text' }, message.text),
          ),
        ),
      ),
    ),
  )
}

function avatar(name: string, url: string | null) {
  if (url) return h('img', { class: 'avatar', src: url, alt: '' })
  const initials = name
    .split(' ')
    .map((part) => part[0] ?? '')
    .join('')
  return h('span', { class: 'avatar avatar-initials', 'aria-hidden': 'true' }, initials)
}

/** What a newcomer can try here, in the order the demo unfolds. */
function guide(view: ChatView) {
  const steps = [
    view.app.installed
      ? `${config.appTitle} is installed: its item is in every message’s ⋯ menu.`
      : `Install ${config.appTitle}: open it from Applications, as an administrator would.`,
    `Open a poll message’s ⋯ menu and choose “${config.appTitle}”.`,
    'Withdraw your vote in the app and watch the chat’s counters change.',
    'Vote in the chat’s own poll widget, or change your vote.',
    'Switch user or language at the top: each user has their own token and ballot.',
  ]
  return h(
    'aside',
    { class: 'guide', 'aria-label': 'Try this' },
    h('h2', { class: 'guide-title' }, 'Try this'),
    h('ol', {}, ...steps.map((step) => h('li', {}, step))),
  )
}

function choicesOf(attachId: number, questionId: number): Set<number> {
  const key = `${attachId}:${questionId}`
  let chosen = state.choices.get(key)
  if (!chosen) {
    chosen = new Set()
    state.choices.set(key, chosen)
  }
  return chosen
}

async function voteInWidget(attachId: number, ballot: Record<string, number[]>) {
  try {
    await portal.voteInWidget(config.userId, attachId, ballot)
    state.changing.delete(attachId)
    for (const key of state.choices.keys()) {
      if (key.startsWith(`${attachId}:`)) state.choices.delete(key)
    }
    state.status = 'Your vote was counted.'
  } catch (error) {
    state.status = `Your vote was not counted: ${error instanceof ControlRefused ? error.reason : ''}`
  }
  await refreshView()
}

type Message = Chat['messages'][number]

function messageMenu(view: ChatView, chat: Chat, message: Message) {
  const menuId = `menu-${message.id}`
  const toggleId = `menu-button-${message.id}`
  const isOpen = state.openMenuId === message.id
  const closeMenu = () => {
    state.openMenuId = undefined
    render()
    document.getElementById(toggleId)?.focus()
  }
  const menu = h(
    'div',
    {
      class: 'menu',
      role: 'menu',
      id: menuId,
      hidden: !isOpen,
      'aria-label': 'Message actions',
      onkeydown: (event: Event) => {
        if ((event as KeyboardEvent).key === 'Escape') closeMenu()
      },
    },
    h(
      'button',
      {
        type: 'button',
        role: 'menuitem',
        id: `${menuId}-copy`,
        onclick: () => {
          void navigator.clipboard.writeText(message.text)
          closeMenu()
        },
      },
      'Copy text',
    ),
    ...view.app.menuItems.map((item, index) =>
      h(
        'button',
        {
          type: 'button',
          role: 'menuitem',
          id: `${menuId}-app-${index}`,
          onclick: () => {
            state.openMenuId = undefined
            render()
            void launch({
              placement: 'IM_CONTEXT_MENU',
              options: {
                messageId: String(message.id),
                dialogId: chat.dialogId,
                URI: '/online/',
              },
              handler: item.handler,
              install: false,
            })
          },
        },
        item.title,
      ),
    ),
  )
  const toggle = h(
    'button',
    {
      type: 'button',
      id: toggleId,
      class: 'menu-button',
      'aria-haspopup': 'menu',
      'aria-controls': menuId,
      'aria-expanded': String(isOpen),
      'aria-label': 'Message actions',
      onclick: () => {
        state.openMenuId = isOpen ? undefined : message.id
        render()
        if (!isOpen) document.getElementById(`${menuId}-copy`)?.focus()
      },
    },
    '⋯',
  )
  return h('span', { class: 'menu-anchor' }, toggle, menu)
}

function launch(app: {
  placement: string
  options: unknown
  handler: string
  install: boolean
}) {
  return openApp(
    { ...app, isAdmin: state.view?.user.isAdmin ?? false },
    {
      onClosed: () => void refreshView(),
      // Bitrix24 reloads the app once installed: it opens out of install mode.
      onInstalled: () => {
        void refreshView().then(launchFromAppList)
      },
    },
  )
}

/** The app list entry: the app's own page, in install mode until it is installed. */
function launchFromAppList() {
  void launch({
    placement: 'DEFAULT',
    options: '',
    handler: config.appUrl,
    install: !(state.view?.app.installed ?? false),
  })
}

function formatTime(iso: string) {
  return new Date(iso).toLocaleTimeString(config.lang === 'en' ? 'en-GB' : undefined, {
    hour: '2-digit',
    minute: '2-digit',
  })
}

/** Redraws whenever the app or another user changes something in this session. */
function watchChanges() {
  const events = new EventSource(portal.eventsUrl)
  events.addEventListener('change', () => {
    void refreshView()
  })
}

async function start() {
  await refreshView()
  watchChanges()
  const { view } = state
  if (!view) return
  if (config.open) {
    const messageId = config.open
    const chat = view.chats.find((candidate) =>
      candidate.messages.some((message) => String(message.id) === messageId),
    )
    if (chat) state.chatId = chat.id
    render()
    await launch({
      placement: 'IM_CONTEXT_MENU',
      options: { messageId, dialogId: chat?.dialogId, URI: '/online/' },
      handler: view.app.menuItems[0]?.handler ?? config.appUrl,
      install: false,
    })
  } else if (config.placement) {
    await launch({
      placement: config.placement,
      options: config.options === null ? {} : JSON.parse(config.options),
      handler: config.appUrl,
      install: config.placement === 'DEFAULT' && !view.app.installed,
    })
  }
}

window.addEventListener('beforeunload', closeApp)
void start()
