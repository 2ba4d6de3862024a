import {
  ALLOW_REVOTE,
  HIDE_RESULT,
  createPoll,
  storeBallot,
  type DiagramType,
  type FieldType,
  type StoredPoll,
  type TextType,
} from './vote/poll'
import { CHAT_POLL_ENTITY, FEED_POLL_ENTITY } from './vote/entities'
import {
  createSequences,
  defaultSettings,
  type Chat,
  type PortalSettings,
  type User,
  type World,
} from './world'

/** Named portals to start a session from: the demo chat and its variants. */

const YEAR_MS = 365 * 24 * 60 * 60 * 1000

export interface QuestionSpec {
  readonly text: string
  readonly answers: readonly string[]
  readonly multiple?: boolean
  readonly required?: boolean
  readonly diagram?: DiagramType
  readonly html?: boolean
  /** Overrides `multiple`: dropdown (2) and multiselect (3) lists too. */
  readonly fieldType?: FieldType
  /** The answers' `MESSAGE_TYPE` when it differs from the question's. */
  readonly answerTextType?: TextType
}

export interface PollSpec {
  readonly authorId: number
  readonly questions: readonly QuestionSpec[]
  readonly anonymous?: boolean
  readonly revote?: boolean
  /** The author hides the results from everyone else (`OPTIONS & 2`), as REST allows. */
  readonly hideResults?: boolean
  readonly finished?: boolean
  /** Who chose what, by answer text, one entry per question. */
  readonly ballots?: Readonly<Record<number, readonly (readonly string[])[]>>
}

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

  chatPoll(chat: Chat, messageId: number, spec: PollSpec): StoredPoll {
    const poll = this.#poll('im', CHAT_POLL_ENTITY, messageId, chat.id, spec)
    chat.messages.push({
      id: messageId,
      authorId: spec.authorId,
      // Bitrix24 makes the question the poll message's text.
      text: spec.questions[0]?.text ?? '',
      date: this.#nextDate(),
      attachId: poll.attachId,
    })
    return poll
  }

  feedPoll(postId: number, spec: PollSpec): StoredPoll {
    return this.#poll('blog', FEED_POLL_ENTITY, postId, undefined, spec)
  }

  #poll(
    moduleId: StoredPoll['moduleId'],
    entityType: string,
    entityId: number,
    chatId: number | undefined,
    spec: PollSpec,
  ): StoredPoll {
    const { sequences, settings } = this.world
    const anonymous = spec.anonymous ?? false
    const poll = createPoll(sequences, {
      moduleId,
      entityType,
      entityId,
      chatId,
      authorId: spec.authorId,
      // Bitrix24's own clients send 2 for anonymous, 1 for public (FIDELITY.md, "Switches").
      anonymity: anonymous
        ? settings.anonymousValue
        : settings.anonymousValue === 2
          ? 1
          : 0,
      options:
        (spec.revote === false ? 0 : ALLOW_REVOTE) | (spec.hideResults ? HIDE_RESULT : 0),
      dateEnd: spec.finished ? this.#date : Date.now() + 10 * YEAR_MS,
      createdAt: this.#date,
      questions: spec.questions.map((question) => {
        const textType = question.html ? 'html' : 'text'
        const answerTextType = question.answerTextType ?? textType
        return {
          text: question.text,
          textType,
          fieldType: question.fieldType ?? (question.multiple ? 1 : 0),
          required: question.required ?? false,
          diagramType: question.diagram ?? 'histogram',
          answers: question.answers.map((text) => ({ text, textType: answerTextType })),
        }
      }),
    })
    for (const [userId, choices] of Object.entries(spec.ballots ?? {})) {
      const answers = new Map<number, number[]>()
      poll.questions.forEach((question, index) => {
        const ids = (choices[index] ?? []).map((text) => {
          const answer = question.answers.find((candidate) => candidate.text === text)
          if (!answer) throw new Error(`Poll "${question.text}" has no answer "${text}"`)
          return answer.id
        })
        if (ids.length > 0) answers.set(question.id, ids)
      })
      storeBallot(poll, Number(userId), answers, sequences, anonymous)
    }
    this.world.polls.set(poll.attachId, poll)
    return poll
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
 * app meets. Message ids are stable: tests and the portal's README refer to them.
 */
export function demoWorld(setup: WorldSetup = {}): World {
  const builder = new WorldBuilder(setup)
  addDemo(builder)
  addToolsPoll(builder)
  addHiddenResultsPoll(builder)
  return builder.world
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
function addToolsPoll(builder: WorldBuilder) {
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
  const design = builder.chat(6, 'Design studio', [1, 3, 4, 10, 11])
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
function addHiddenResultsPoll(builder: WorldBuilder) {
  const design = builder.world.chats.find((chat) => chat.id === 6)
  if (!design) throw new Error('The design studio chat comes first')
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

function addDemo(builder: WorldBuilder) {
  for (const person of people) builder.user(person)

  const general = builder.chat(1, 'General', [1, 2, 3, 4, 5, 6, 7, 8, 9])
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

  const product = builder.chat(2, 'Product team', [1, 2, 3, 4])
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

  const random = builder.chat(3, 'Random', [1, 5, 6, 7])
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

  const board = builder.chat(4, 'Board room', [8, 9])
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

/**
 * The demo plus an all-hands chat of 120 people who all voted in a public
 * poll, so voter lists run over several pages.
 */
export function crowdWorld(setup: WorldSetup = {}): World {
  const builder = new WorldBuilder(setup)
  addDemo(builder)
  const crowdIds: number[] = []
  for (let index = 0; index < 120; index += 1) {
    const id = 100 + index
    crowdIds.push(id)
    builder.user({
      id,
      name: `${firstNames[index % firstNames.length] ?? ''} ${lastNames[index % lastNames.length] ?? ''}`,
      position: index % 3 === 0 ? '' : 'Engineer',
      isAdmin: false,
      hasPhoto: index % 2 === 0,
    })
  }
  const allHands = builder.chat(5, 'All hands', [1, ...crowdIds])
  builder.chatPoll(allHands, 1008, {
    authorId: 1,
    questions: [{ text: 'Keep the Friday demo?', answers: ['Yes', 'No'] }],
    ballots: Object.fromEntries(
      crowdIds.map((id, index) => [id, [[index % 4 === 0 ? 'No' : 'Yes']]]),
    ),
  })
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

/**
 * Markup that tries to run script or break out of its row. Every vector that
 * runs sets `window.__xss` in the frame it runs in; `parent` of an inner
 * frame is the app itself.
 */
export const XSS_VECTORS: readonly string[] = [
  '<script>window.__xss=1</script>',
  '<img src=x onerror="window.__xss=1">',
  '<svg onload="window.__xss=1"></svg>',
  '<svg><script>window.__xss=1</script></svg>',
  '<a href="javascript:window.__xss=1">link</a>',
  '<a href="&#106;avascript:window.__xss=1">entity link</a>',
  '<iframe srcdoc="<script>parent.__xss=1</script>"></iframe>',
  '<iframe src="javascript:parent.__xss=1"></iframe>',
  '<object data="javascript:window.__xss=1"></object>',
  '<embed src="javascript:window.__xss=1">',
  '<details open ontoggle="window.__xss=1">details</details>',
  '<input autofocus onfocus="window.__xss=1">',
  '<svg><animate onbegin="window.__xss=1" attributeName="x" dur="1s"></animate></svg>',
  '<svg><a xlink:href="javascript:window.__xss=1"><text x="20" y="20">svg link</text></a></svg>',
  '<video><source onerror="window.__xss=1"></video>',
  '<body onload="window.__xss=1">body</body>',
  '<meta http-equiv="refresh" content="0;url=javascript:window.__xss=1">',
  '<base href="javascript:window.__xss=1//"><a href="x">based link</a>',
  '<div style="width: expression(window.__xss=1)">css expression</div>',
  '<style>@import "javascript:window.__xss=1";</style>style',
  '<math><mtext><table><mglyph><style><img src=x onerror="window.__xss=1">',
  '<noscript><p title="</noscript><img src=x onerror=window.__xss=1>">',
  '<form><math><mtext></form><form><mglyph><style></math><img src onerror=window.__xss=1>',
  '<svg></p><style><a id="</style><img src=1 onerror=window.__xss=1>">',
  '<img src=x onerror=&#x77;indow.__xss=1>',
  '<div style="position:fixed;inset:0;z-index:9;background:red">overlay</div>',
  '<b style="display:block;width:5000px;height:3000px">huge</b>',
  '<img src="data:image/svg+xml,<svg xmlns=%22http://www.w3.org/2000/svg%22 width=%229999%22 height=%229999%22/>">',
]

/** One news-feed poll whose HTML questions and answers are all attack vectors. */
export function xssWorld(setup: WorldSetup = {}): World {
  const builder = new WorldBuilder(setup)
  for (const person of people) builder.user(person)
  const perQuestion = 7
  const questions: QuestionSpec[] = []
  for (let start = 0; start < XSS_VECTORS.length; start += perQuestion) {
    const number = questions.length + 1
    questions.push({
      text: `<b>Set ${number}</b> ${XSS_VECTORS[start] ?? ''}`,
      answers: XSS_VECTORS.slice(start, start + perQuestion).map(
        (vector, index) => `<i>Vector ${start + index + 1}</i> ${vector}`,
      ),
      html: true,
    })
  }
  builder.feedPoll(601, { authorId: 2, questions })
  return builder.world
}

export const scenarios: Record<string, (setup?: WorldSetup) => World> = {
  demo: demoWorld,
  crowd: crowdWorld,
  bench: benchWorld,
  xss: xssWorld,
}
