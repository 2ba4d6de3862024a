import type { PollSpec, ScenarioName } from './control-schemas'
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
      app: { installed, bindings: [], scopes: scopes ?? APP_SCOPES },
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

  chat(id: number, name: string, memberIds: readonly number[]): Chat {
    const chat: Chat = { id, name, memberIds: [...memberIds], messages: [] }
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

  feedPoll(postId: number, spec: PollSpec): PollRecord {
    return storePoll(this.world, { postId }, spec, this.#date)
  }

  #nextDate(): string {
    this.#date += 7 * 60 * 1000
    return new Date(this.#date).toISOString()
  }
}

const people: readonly User[] = [
  {
    id: 1,
    name: 'Anna Petrova',
    position: 'Product manager',
    isAdmin: true,
    hasPhoto: true,
  },
  {
    id: 2,
    name: 'Boris Ivanov',
    position: 'Backend developer',
    isAdmin: false,
    hasPhoto: true,
  },
  { id: 3, name: 'Chen Wei', position: 'Designer', isAdmin: false, hasPhoto: true },
  { id: 4, name: 'Dana Scott', position: 'QA engineer', isAdmin: false, hasPhoto: false },
  { id: 5, name: 'Emil Novak', position: 'Sales', isAdmin: false, hasPhoto: true },
  {
    id: 6,
    name: 'Fatima Khan',
    position: 'Support lead',
    isAdmin: false,
    hasPhoto: true,
  },
  { id: 7, name: 'Greg Hill', position: '', isAdmin: false, hasPhoto: false },
  { id: 8, name: 'Hana Sato', position: 'CFO', isAdmin: false, hasPhoto: true },
  { id: 9, name: 'Ivan Lee', position: 'CEO', isAdmin: false, hasPhoto: true },
]

/**
 * The demo portal: five chats, Anna (user 1) in four, with polls of every kind the
 * app meets: what `npm start` shows. Message ids are stable: the portal's README refers to them.
 */
export function demoWorld(setup: WorldSetup = {}): World {
  const builder = new WorldBuilder(setup)
  const chats = addPeople(builder)
  addDemo(builder, chats)
  addToolsPoll(builder, chats.design)
  addHiddenResultsPoll(builder, chats.design)
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

interface DemoChats {
  readonly general: Chat
  readonly product: Chat
  readonly random: Chat
  readonly board: Chat
  readonly design: Chat
}

/**
 * Anna (user 1, an administrator) and ten colleagues in five chats; she is
 * in all but the board room.
 */
function addPeople(builder: WorldBuilder): DemoChats {
  for (const person of people) builder.user(person)
  builder.user({
    id: 10,
    name: 'Olga Smirnova',
    position: 'Illustrator',
    isAdmin: false,
    hasPhoto: true,
    image: LOCAL_PHOTO_PATH,
  })
  builder.user({
    id: 11,
    name: 'Pavel Orlov',
    position: 'Motion designer',
    isAdmin: false,
    hasPhoto: true,
    image: CLOUD_PHOTO_URL,
  })
  return {
    general: builder.chat(1, 'General', [1, 2, 3, 4, 5, 6, 7, 8, 9]),
    product: builder.chat(2, 'Product team', [1, 2, 3, 4]),
    random: builder.chat(3, 'Random', [1, 5, 6, 7]),
    board: builder.chat(4, 'Board room', [8, 9]),
    design: builder.chat(6, 'Design studio', [1, 3, 4, 10, 11]),
  }
}

/** Where a portal that keeps its own files serves a resized photo (`CFile::ResizeImageGet`). */
export const LOCAL_PHOTO_PATH = '/upload/resize_cache/main/1a2/64_64_2/olga.png'
/** A photo on a portal that keeps files in cloud storage: another host, never loaded in tests. */
export const CLOUD_PHOTO_URL =
  'https://cdn.bitrix24.example/b17/main/resize_cache/64_64_2/pavel.jpg'

/** Message id of the poll as a REST client creates it: a multiselect list of HTML answers. */
export const TOOLS_POLL = 1011

/**
 * A poll posted with `vote.Integration.Im.send` and no types given: answers
 * stored as 'html' (plain words all the same), the question a multiselect
 * list (FIELD_TYPE 3), and voters whose `IMAGE` is null, a relative path and
 * an absolute URL on another host. Added after the other demo polls, so
 * their ids stay as they were.
 */
function addToolsPoll(builder: WorldBuilder, design: Chat) {
  builder.message(design, 1012, 3, 'Licences renew next month: which tools do we keep?')
  builder.chatPoll(design, TOOLS_POLL, {
    authorId: 3,
    questions: [
      {
        text: 'Which design tools should we keep?',
        answers: ['Figma', 'Sketch', 'Penpot', 'Framer'],
        fieldType: 3,
        answerTextType: 'html',
      },
    ],
    ballots: {
      4: [['Figma', 'Penpot']],
      10: [['Figma']],
      11: [['Sketch', 'Figma']],
    },
  })
}

/** Message id of the poll whose author hid the results. */
export const HIDDEN_RESULTS_POLL = 1013

/**
 * A poll created over REST with `OPTIONS` 3: votes can be changed and only
 * its author, Chen, sees the results in Bitrix24's own poll.
 */
function addHiddenResultsPoll(builder: WorldBuilder, design: Chat) {
  builder.chatPoll(design, HIDDEN_RESULTS_POLL, {
    authorId: 3,
    hideResults: true,
    questions: [
      {
        text: 'Who should lead the redesign?',
        answers: ['Dana', 'Olga', 'Pavel'],
      },
    ],
    ballots: { 1: [['Olga']], 4: [['Olga']], 10: [['Pavel']] },
  })
}

function addDemo(builder: WorldBuilder, chats: DemoChats) {
  const { general, product, random, board } = chats
  builder.message(general, 1001, 2, 'Morning, team!')
  builder.chatPoll(general, 1002, {
    authorId: 2,
    questions: [
      {
        text: 'Where shall we have the team lunch on Friday?',
        answers: ['Sushi bar', 'Burger joint', 'Pizza place', 'Salad bar'],
      },
    ],
    ballots: {
      1: [['Sushi bar']],
      3: [['Sushi bar']],
      4: [['Pizza place']],
      6: [['Salad bar']],
    },
  })
  builder.message(general, 1007, 3, 'Sushi again? Fine by me.')
  builder.chatPoll(general, 1003, {
    authorId: 1,
    questions: [
      {
        text: 'Which days suit you for the offsite?',
        answers: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'],
        multiple: true,
      },
    ],
    ballots: {
      1: [['Tuesday', 'Thursday']],
      2: [['Thursday', 'Friday']],
      3: [['Monday', 'Thursday']],
      5: [['Tuesday']],
    },
  })

  builder.chatPoll(product, 1004, {
    authorId: 3,
    revote: false,
    questions: [
      { text: 'Ship the release this week?', answers: ['Yes', 'No', 'Not sure'] },
    ],
    ballots: { 1: [['Yes']], 2: [['Yes']], 3: [['No']] },
  })
  builder.chatPoll(product, 1005, {
    authorId: 2,
    finished: true,
    questions: [
      {
        text: 'What should next quarter focus on?',
        answers: ['Customer delight', 'Performance', 'New markets'],
        diagram: 'circle',
      },
    ],
    ballots: {
      1: [['Customer delight']],
      4: [['Customer delight']],
      2: [['Performance']],
    },
  })

  builder.message(random, 1009, 5, 'Who finished the last bag of crisps again?')
  builder.message(random, 1010, 7, 'Not me. Let’s settle it properly.')
  builder.chatPoll(random, 1006, {
    authorId: 6,
    anonymous: true,
    questions: [
      {
        text: 'Favourite office snack?',
        answers: ['Chocolate', 'Nuts', 'Fruit', 'Crisps'],
      },
    ],
    ballots: { 5: [['Chocolate']], 6: [['Nuts']] },
  })

  builder.chatPoll(board, 3001, {
    authorId: 9,
    questions: [{ text: 'Approve the budget?', answers: ['Approve', 'Reject'] }],
    ballots: { 8: [['Approve']] },
  })

  builder.feedPoll(501, {
    authorId: 2,
    questions: [
      {
        text: 'How do you rate the new office?',
        answers: ['Great', 'Fine', 'Could be better'],
      },
      {
        text: 'What should we add?',
        answers: ['Quiet room', 'Standing desks', 'More plants'],
        multiple: true,
      },
    ],
    ballots: {
      1: [['Great'], ['Quiet room', 'More plants']],
      2: [['Fine'], ['Quiet room']],
    },
  })

  builder.feedPoll(502, {
    authorId: 3,
    questions: [
      {
        text: 'Which training would you join?',
        answers: ['Public speaking', 'Data literacy', 'Design thinking'],
        required: true,
      },
      {
        text: 'Which days work for you?',
        answers: ['Tuesday', 'Thursday'],
        multiple: true,
      },
    ],
    ballots: {
      2: [['Data literacy'], ['Tuesday']],
      3: [['Design thinking'], []],
    },
  })
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
  builder.chat(5, CROWD_CHAT, [1, ...CROWD_USER_IDS])
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
