import type { ChatPollRequest, PollSpec } from './control-schemas'

/**
 * The polls the demo chat is built from (`scenarios.ts`), each with the
 * ballots cast before anyone opens it, and the people they name. End-to-end
 * tests start from the demo's people and chats without a message (the
 * `people` scenario), post the ones they need with `portal.createPoll(…)` and
 * work with the ids that come back.
 */

/** The people of the portal, by user id. Anna is an administrator. */
export const ANNA = 1
export const BORIS = 2
export const CHEN = 3
export const DANA = 4
export const EMIL = 5
export const FATIMA = 6
export const GREG = 7
export const HANA = 8
export const IVAN = 9
export const OLGA = 10
export const PAVEL = 11

export const lunchQuestion = 'Where shall we have the team lunch on Friday?'

/** Anna chose "Sushi bar", as did Chen; 4 voters; votes can be changed. */
export const lunchPoll = {
  chat: 'General',
  authorId: BORIS,
  questions: [
    {
      text: lunchQuestion,
      answers: ['Sushi bar', 'Burger joint', 'Pizza place', 'Salad bar'],
    },
  ],
  ballots: {
    [ANNA]: [['Sushi bar']],
    [CHEN]: [['Sushi bar']],
    [DANA]: [['Pizza place']],
    [FATIMA]: [['Salad bar']],
  },
} satisfies ChatPollRequest

/** Anna's own multiple-choice poll: she chose Tuesday and Thursday; 4 voters. */
export const offsitePoll = {
  chat: 'General',
  authorId: ANNA,
  questions: [
    {
      text: 'Which days suit you for the offsite?',
      answers: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'],
      multiple: true,
    },
  ],
  ballots: {
    [ANNA]: [['Tuesday', 'Thursday']],
    [BORIS]: [['Thursday', 'Friday']],
    [CHEN]: [['Monday', 'Thursday']],
    [EMIL]: [['Tuesday']],
  },
} satisfies ChatPollRequest

/** Votes are final here; Anna chose "Yes", Dana has not voted. */
export const releasePoll = {
  chat: 'Product team',
  authorId: CHEN,
  revote: false,
  questions: [
    { text: 'Ship the release this week?', answers: ['Yes', 'No', 'Not sure'] },
  ],
  ballots: { [ANNA]: [['Yes']], [BORIS]: [['Yes']], [CHEN]: [['No']] },
} satisfies ChatPollRequest

/** Finished, drawn as a circle; Anna chose "Customer delight". */
export const quarterPoll = {
  chat: 'Product team',
  authorId: BORIS,
  finished: true,
  questions: [
    {
      text: 'What should next quarter focus on?',
      answers: ['Customer delight', 'Performance', 'New markets'],
      diagram: 'circle',
    },
  ],
  ballots: {
    [ANNA]: [['Customer delight']],
    [DANA]: [['Customer delight']],
    [BORIS]: [['Performance']],
  },
} satisfies ChatPollRequest

/** Anonymous; Anna has not voted; 2 voters. */
export const snackPoll = {
  chat: 'Random',
  authorId: FATIMA,
  anonymous: true,
  questions: [
    {
      text: 'Favourite office snack?',
      answers: ['Chocolate', 'Nuts', 'Fruit', 'Crisps'],
    },
  ],
  ballots: { [EMIL]: [['Chocolate']], [FATIMA]: [['Nuts']] },
} satisfies ChatPollRequest

/** In the board room, a chat Anna is not in. */
export const budgetPoll = {
  chat: 'Board room',
  authorId: IVAN,
  questions: [{ text: 'Approve the budget?', answers: ['Approve', 'Reject'] }],
  ballots: { [HANA]: [['Approve']] },
} satisfies ChatPollRequest

/** A news-feed poll of two questions, the second multiple-choice; Anna answered both. */
export const officePoll = {
  authorId: BORIS,
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
    [ANNA]: [['Great'], ['Quiet room', 'More plants']],
    [BORIS]: [['Fine'], ['Quiet room']],
  },
} satisfies PollSpec

/** A news-feed poll of a required question and an optional one; Anna has not voted. */
export const trainingPoll = {
  authorId: CHEN,
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
    [BORIS]: [['Data literacy'], ['Tuesday']],
    [CHEN]: [['Design thinking'], []],
  },
} satisfies PollSpec

/**
 * As `vote.Integration.Im.send` stores a poll sent with no types: a
 * multiselect list (FIELD_TYPE 3) with answers stored as HTML (plain words
 * all the same). Its voters have no photo (Dana), one on the portal (Olga)
 * and one on cloud storage (Pavel); Anna has not voted.
 */
export const toolsPoll = {
  chat: 'Design studio',
  authorId: CHEN,
  questions: [
    {
      text: 'Which design tools should we keep?',
      answers: ['Figma', 'Sketch', 'Penpot', 'Framer'],
      fieldType: 3,
      answerTextType: 'html',
    },
  ],
  ballots: {
    [DANA]: [['Figma', 'Penpot']],
    [OLGA]: [['Figma']],
    [PAVEL]: [['Sketch', 'Figma']],
  },
} satisfies ChatPollRequest

/**
 * Created over REST with `OPTIONS` 3: votes can be changed, and only its
 * author, Chen, sees the results; Anna chose "Olga".
 */
export const redesignPoll = {
  chat: 'Design studio',
  authorId: CHEN,
  hideResults: true,
  questions: [
    { text: 'Who should lead the redesign?', answers: ['Dana', 'Olga', 'Pavel'] },
  ],
  ballots: { [ANNA]: [['Olga']], [DANA]: [['Olga']], [OLGA]: [['Pavel']] },
} satisfies ChatPollRequest
