import type { ChatPollRequest, PollSpec, ScenarioName } from './control-schemas'
import {
  ANNA,
  BORIS,
  CHEN,
  DANA,
  EMIL,
  FATIMA,
  GREG,
  HANA,
  IVAN,
  OLGA,
  PAVEL,
  budgetPoll,
  lunchPoll,
  offsitePoll,
  officePoll,
  quarterPoll,
  redesignPoll,
  releasePoll,
  snackPoll,
  toolsPoll,
  trainingPoll,
} from './demo-polls'
import { storePoll } from './poll-spec'
import type { PollRecord } from './vote/poll'
import {
  createSequences,
  defaultSettings,
  type Chat,
  type PortalSettings,
  type User,
  type World,
} from './world'

/** Named portals to start a session from: the demo chat and its variants. */

/** How a session's portal starts: its switches and the app's install state. */
export interface WorldSetup {
  readonly settings?: Partial<PortalSettings>
  /** Installed apps already have their chat menu item; a fresh portal runs the installer. */
  readonly installed?: boolean
  /** The app's handler URL, bound to `IM_CONTEXT_MENU` when installed. */
  readonly appUrl?: string
  /** Scopes of the app's tokens. */
  readonly scopes?: readonly string[]
}

export const APP_TITLE = 'Chat Poll'
export const APP_SCOPES = ['vote', 'placement', 'user_brief'] as const

export class WorldBuilder {
  readonly world: World
  #date = Date.parse('2026-11-24T09:00:00Z')

  constructor({ settings = {}, installed = true, appUrl, scopes }: WorldSetup = {}) {
    this.world = {
      users: new Map(),
      chats: [],
      polls: new Map(),
      settings: { ...defaultSettings, ...settings },
      sequences: createSequences({
        attach: 40,
        vote: 10,
        question: 0,
        answer: 0,
        event: 200,
        eventQuestion: 300,
        eventAnswer: 500,
        message: 5000,
        post: 700,
      }),
      app: { installed, bindings: [], scopes: [...(scopes ?? APP_SCOPES)] },
      sentPolls: new Map(),
    }
    if (installed && appUrl !== undefined) {
      this.world.app.bindings.push({
        placement: 'IM_CONTEXT_MENU',
        handler: appUrl,
        title: APP_TITLE,
        description: '',
        langAll: {},
        options: {},
      })
    }
  }

  user(user: User): this {
    this.world.users.set(user.id, user)
    return this
  }

  chat(
    id: number,
    name: string,
    memberIds: readonly number[],
    { isOpen = false }: { isOpen?: boolean } = {},
  ): Chat {
    const chat: Chat = { id, name, memberIds: [...memberIds], messages: [], isOpen }
    this.world.chats.push(chat)
    return chat
  }

  message(chat: Chat, id: number, authorId: number, text: string): this {
    chat.messages.push({ id, authorId, text, date: this.#nextDate() })
    return this
  }

  chatPoll(chat: Chat, messageId: number, spec: PollSpec): PollRecord {
    const createdAt = this.#date
    return storePoll(
      this.world,
      { chat, messageId, postedAt: this.#nextDate() },
      spec,
      createdAt,
    )
  }

  /** A poll posted as message `messageId` in the chat its request names. */
  postPoll(messageId: number, { chat: name, ...spec }: ChatPollRequest): PollRecord {
    const chat = this.world.chats.find((candidate) => candidate.name === name)
    if (!chat) throw new Error(`No chat named "${name}"`)
    return this.chatPoll(chat, messageId, spec)
  }

  /** A news-feed post with a poll, sent to `readerIds`, or to all employees. */
  feedPoll(postId: number, spec: PollSpec, readerIds?: readonly number[]): PollRecord {
    return storePoll(this.world, { postId, readerIds }, spec, this.#date)
  }

  #nextDate(): string {
    this.#date += 7 * 60 * 1000
    return new Date(this.#date).toISOString()
  }
}

const people: readonly User[] = [
  {
    id: ANNA,
    name: 'Anna Petrova',
    position: 'Product manager',
    isAdmin: true,
    hasPhoto: true,
  },
  {
    id: BORIS,
    name: 'Boris Ivanov',
    position: 'Backend developer',
    isAdmin: false,
    hasPhoto: true,
  },
  { id: CHEN, name: 'Chen Wei', position: 'Designer', isAdmin: false, hasPhoto: true },
  {
    id: DANA,
    name: 'Dana Scott',
    position: 'QA engineer',
    isAdmin: false,
    hasPhoto: false,
  },
  { id: EMIL, name: 'Emil Novak', position: 'Sales', isAdmin: false, hasPhoto: true },
  {
    id: FATIMA,
    name: 'Fatima Khan',
    position: 'Support lead',
    isAdmin: false,
    hasPhoto: true,
  },
  { id: GREG, name: 'Greg Hill', position: '', isAdmin: false, hasPhoto: false },
  { id: HANA, name: 'Hana Sato', position: 'CFO', isAdmin: false, hasPhoto: true },
  { id: IVAN, name: 'Ivan Lee', position: 'CEO', isAdmin: false, hasPhoto: true },
]

/**
 * The demo portal: five chats, Anna (user 1) in four, with polls of every kind the
 * app meets: what `npm start` shows. Message ids are stable: the portal's README refers to them.
 */
export function demoWorld(setup: WorldSetup = {}): World {
  const builder = new WorldBuilder(setup)
  const chats = addPeople(builder)
  addDemo(builder, chats)
  // Added after the other demo polls, so that their ids stay as they were.
  builder.message(
    chats.design,
    1012,
    CHEN,
    'Licences renew next month: which tools do we keep?',
  )
  builder.postPoll(TOOLS_POLL, toolsPoll)
  builder.postPoll(HIDDEN_RESULTS_POLL, redesignPoll)
  return builder.world
}

/**
 * The demo's people and chats without a single message: end-to-end tests
 * start here and post the polls they need.
 */
export function peopleWorld(setup: WorldSetup = {}): World {
  const builder = new WorldBuilder(setup)
  addPeople(builder)
  return builder.world
}

/** The chats whose messages are not all polls (a poll finds its chat by name). */
interface DemoChats {
  readonly general: Chat
  readonly random: Chat
  readonly design: Chat
}

/**
 * Anna (user 1, an administrator) and ten colleagues in five chats; she is
 * in all but the board room.
 */
function addPeople(builder: WorldBuilder): DemoChats {
  for (const person of people) builder.user(person)
  builder.user({
    id: OLGA,
    name: 'Olga Smirnova',
    position: 'Illustrator',
    isAdmin: false,
    hasPhoto: true,
    image: LOCAL_PHOTO_PATH,
  })
  builder.user({
    id: PAVEL,
    name: 'Pavel Orlov',
    position: 'Motion designer',
    isAdmin: false,
    hasPhoto: true,
    image: CLOUD_PHOTO_URL,
  })
  // Everyone but Olga and Pavel, who came for the design studio.
  const generalMembers = people.map((person) => person.id)
  const general = builder.chat(1, 'General', generalMembers)
  builder.chat(2, 'Product team', [ANNA, BORIS, CHEN, DANA])
  const random = builder.chat(3, 'Random', [ANNA, EMIL, FATIMA, GREG])
  builder.chat(4, 'Board room', [HANA, IVAN])
  const design = builder.chat(6, 'Design studio', [ANNA, CHEN, DANA, OLGA, PAVEL])
  return { general, random, design }
}

/** Where a portal that keeps its own files serves a resized photo (`CFile::ResizeImageGet`). */
export const LOCAL_PHOTO_PATH = '/upload/resize_cache/main/1a2/64_64_2/olga.png'
/** A photo on a portal that keeps files in cloud storage: another host, never loaded in tests. */
export const CLOUD_PHOTO_URL =
  'https://cdn.bitrix24.example/b17/main/resize_cache/64_64_2/pavel.jpg'

/** Message id of the poll as a REST client creates it: a multiselect list of HTML answers. */
export const TOOLS_POLL = 1011

/** Message id of the poll whose author hid the results. */
export const HIDDEN_RESULTS_POLL = 1013

function addDemo(builder: WorldBuilder, { general, random }: DemoChats) {
  builder.message(general, 1001, BORIS, 'Morning, team!')
  builder.postPoll(1002, lunchPoll)
  builder.message(general, 1007, CHEN, 'Sushi again? Fine by me.')
  builder.postPoll(1003, offsitePoll)
  builder.postPoll(1004, releasePoll)
  builder.postPoll(1005, quarterPoll)
  builder.message(random, 1009, EMIL, 'Who finished the last bag of crisps again?')
  builder.message(random, 1010, GREG, 'Not me. Let’s settle it properly.')
  builder.postPoll(1006, snackPoll)
  builder.postPoll(3001, budgetPoll)
  builder.feedPoll(501, officePoll)
  builder.feedPoll(502, trainingPoll)
}

const firstNames = [
  'Alex',
  'Maria',
  'Sam',
  'Olga',
  'Tom',
  'Lena',
  'Omar',
  'Yuki',
  'Paul',
  'Zoe',
]
const lastNames = ['Smith', 'Kuznetsova', 'Garcia', 'Müller', 'Tanaka', 'Dubois', 'Rossi']

/** The chat of the crowd scenario, and the 120 people in it besides Anna. */
export const CROWD_CHAT = 'All hands'
export const CROWD_USER_IDS: readonly number[] = Array.from(
  { length: 120 },
  (_, index) => 100 + index,
)

/**
 * The demo's people and chats plus an all-hands chat of 120 people, so a
 * poll there can have voter lists that run over several pages.
 */
export function crowdWorld(setup: WorldSetup = {}): World {
  const builder = new WorldBuilder(setup)
  addPeople(builder)
  CROWD_USER_IDS.forEach((id, index) => {
    builder.user({
      id,
      name: `${firstNames[index % firstNames.length] ?? ''} ${lastNames[index % lastNames.length] ?? ''}`,
      position: index % 3 === 0 ? '' : 'Engineer',
      isAdmin: false,
      hasPhoto: index % 2 === 0,
    })
  })
  builder.chat(5, CROWD_CHAT, [ANNA, ...CROWD_USER_IDS])
  return builder.world
}

/** Message and feed post ids of the benchmark's polls. */
export const BENCH_CHAT_POLL = 9001
export const BENCH_FEED_POLL = 9101

/**
 * The benchmark's portal: a chat poll of 1 question × 10 answers that Anna
 * voted in, and a feed poll of 20 questions × 50 answers, both with ballots
 * from everyone.
 */
export function benchWorld(setup: WorldSetup = {}): World {
  const builder = new WorldBuilder(setup)
  for (const person of people) builder.user(person)
  const everyone = people.map((person) => person.id)
  const chat = builder.chat(1, 'Benchmark', everyone)
  const options = Array.from({ length: 10 }, (_, index) => `Option ${index + 1}`)
  builder.chatPoll(chat, BENCH_CHAT_POLL, {
    authorId: 2,
    questions: [{ text: 'Which option do you prefer?', answers: options }],
    ballots: Object.fromEntries(
      everyone.map((userId) => [userId, [[options[userId % options.length] ?? '']]]),
    ),
  })
  const questions = Array.from({ length: 20 }, (_, index) => ({
    text: `Question ${index + 1}`,
    answers: Array.from(
      { length: 50 },
      (_, answer) => `Answer ${index + 1}.${answer + 1}`,
    ),
    multiple: index % 2 === 1,
  }))
  builder.feedPoll(BENCH_FEED_POLL, {
    authorId: 2,
    questions,
    ballots: Object.fromEntries(
      everyone.map((userId) => [
        userId,
        questions.map((question, index) => [
          question.answers[(userId * 7 + index) % question.answers.length] ?? '',
        ]),
      ]),
    ),
  })
  return builder.world
}

export const scenarios: Record<ScenarioName, (setup?: WorldSetup) => World> = {
  demo: demoWorld,
  people: peopleWorld,
  crowd: crowdWorld,
  bench: benchWorld,
}
