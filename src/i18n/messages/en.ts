/**
 * The English catalogue: the source of truth for every user-facing string.
 * `{name}` marks a value filled in at runtime; plural entries follow the
 * categories of `Intl.PluralRules`. A count is joined to its noun by a
 * no-break space (`\u00a0`), in every language: a line never ends between them.
 */
export const en = {
  loadingPoll: 'Loading the poll…',

  outsideTitle: 'Open Chat Poll from a Bitrix24 chat',
  outsideBody:
    'This app runs inside Bitrix24. In a chat, open the menu of a message with a poll and choose “Chat Poll”.',
  noAnswerTitle: 'Bitrix24 is not responding',
  noAnswerBody:
    'Chat Poll couldn’t connect to Bitrix24. Close it and open it again from a poll message’s menu.',

  noMessageTitle: 'No poll message was chosen',
  noMessageBody:
    'Bitrix24 didn’t say which message to show. Open Chat Poll from a poll message’s menu.',
  notFoundTitle: 'This message has no poll',
  notFoundBody: 'Open Chat Poll from the menu of a message with a poll.',
  accessDeniedTitle: 'You can’t see this poll',
  accessDeniedBody: 'Only members of the chat where it was posted can see it.',
  loadFailedTitle: 'The poll couldn’t be loaded',
  invalidPollBody: 'Bitrix24 sent poll data the app couldn’t read.',
  errorCode: 'Error code: {code}',
  retry: 'Retry',
  errorDetails: 'Details',
  loadConnectionBody:
    'The app couldn’t reach Bitrix24. Check your connection and try again.',
  loadServerBody: 'Bitrix24 ran into a problem on its side. Try again in a moment.',
  loadRefusedBody:
    'Bitrix24 refused to show the poll. Close Chat Poll and open it again from the poll message’s menu. If that doesn’t help, contact your Bitrix24 administrator.',

  pollHeading: 'Poll',
  peopleVoted: { one: '{count}\u00a0person voted', other: '{count}\u00a0people voted' },
  resultsHidden: 'The author hid the results',
  nobodyVoted: 'Nobody has voted yet',
  anonymousPoll: 'Anonymous poll',
  publicPoll: 'Public poll',
  votesChangeable: 'Votes can be changed',
  votesFinal: 'Votes can’t be changed',
  pollOpen: 'Voting open',
  pollFinished: 'Poll ended',
  sharesOfVoters:
    'Voters can choose several answers, so shares can add up to more than 100%',
  votes: { one: '{count}\u00a0vote', other: '{count}\u00a0votes' },
  meterValue: '{votes}, {percent}',
  meterValueMine: '{votes}, {percent}, your answer',
  yourAnswer: 'Your answer',
  required: 'Required',
  pickOne: 'Choose one answer',
  pickAny: 'Choose one or more answers',
  resultsAfterVoting: 'Vote to see the results',
  resultsForAuthor: 'Members see the results once they vote',
  questionAnswered: {
    one: '{count}\u00a0person answered',
    other: '{count}\u00a0people answered',
  },
  pieTotalLabel: { one: 'vote', other: 'votes' },

  notVoted: 'You haven’t voted in this poll.',
  submitVote: 'Vote',
  saveVote: 'Save vote',
  cancel: 'Cancel',
  changeVote: 'Change vote',
  voteAgain: 'Vote again',
  ballotRequiredMissing: 'Answer every required question before voting.',
  ballotEmpty: 'Choose an answer before voting.',
  voteCounted: 'Your vote was counted.',
  voteChanged: 'Your vote was changed.',
  voteRefused: 'Bitrix24 didn’t accept your vote. The poll has been updated.',
  votePollFinished: 'This poll has ended and no longer accepts votes.',
  votePollClosed: 'This poll is closed and doesn’t accept votes.',
  voteUnconfirmed:
    'Couldn’t reach Bitrix24 to confirm your vote. The poll will update as soon as Bitrix24 answers. If your vote isn’t shown then, vote again.',
  voteChangeLostPrevious:
    'Bitrix24 didn’t accept your new vote and removed your earlier one. Choose your answers and vote again.',
  voteFailed: 'Your vote wasn’t sent. Check your connection and try again.',
  voteFailedServer:
    'Your vote wasn’t saved: Bitrix24 ran into a problem. Try again in a moment.',

  withdrawVote: 'Withdraw my vote',
  withdrawNotAllowed:
    'You can’t withdraw your vote: this poll doesn’t allow changing votes.',
  withdrawPollFinished: 'You can’t withdraw your vote: this poll has ended.',
  voteWithdrawn: 'Your vote was withdrawn.',
  withdrawRefused: 'Bitrix24 didn’t withdraw your vote. The poll has been updated.',
  withdrawFailed: 'Your vote wasn’t withdrawn. Check your connection and try again.',
  withdrawPollClosed:
    'Your vote wasn’t withdrawn: the poll ended while it was open here.',
  withdrawUnconfirmed:
    'Couldn’t reach Bitrix24 to confirm your vote was withdrawn. The poll will update as soon as Bitrix24 answers. If your vote is still shown then, try again.',
  undo: 'Undo',
  voteRestored: 'Your vote was restored.',
  undoPollFinished: 'Your vote can’t be restored: the poll has ended.',
  undoPollClosed: 'Your vote can’t be restored: the poll is closed.',
  undoNotAllowed:
    'Your vote can’t be restored: the poll no longer accepts it. Vote again if you can.',
  undoFailed: 'Your vote wasn’t restored. Check your connection and try again.',
  withdrawFailedServer:
    'Your vote wasn’t withdrawn: Bitrix24 ran into a problem. Try again in a moment.',
  undoFailedServer:
    'Your vote wasn’t restored: Bitrix24 ran into a problem. Try again in a moment.',
  voteWithdrawnShort: 'Vote withdrawn',
  undoSecondsLeft: {
    one: '{count}\u00a0second left to undo',
    other: '{count}\u00a0seconds left to undo',
  },

  whoVoted: 'Who voted',
  loadingVoters: 'Loading voters…',
  moreVoters: 'Show more voters',
  votersFailed: 'The list of voters couldn’t be loaded.',
  you: 'You',
  votersMore: '+{count}',
  nameSeparator: ', ',
  answerVoters: {
    one: '{count}\u00a0person chose this answer',
    other: '{count}\u00a0people chose this answer',
  },
  hideVoters: 'Hide voters',

  installing: 'Installing Chat Poll…',
  installFailedTitle: 'Chat Poll couldn’t be installed',
  installFailedBody:
    'Bitrix24 didn’t add Chat Poll to the chat message menu. Only a Bitrix24 administrator can install apps. Try again, or ask your administrator.',
  installedTitle: 'Chat Poll is installed',
  installedBody:
    'Open it from a poll message’s menu in any chat: ⋯\u00a0→ Chat Poll. There you can vote, change or withdraw your vote, and see the results.',
  installNotAdminTitle: 'Only an administrator can install Chat Poll',
  installNotAdminBody:
    'Ask your Bitrix24 administrator to open Chat Poll once from the app list. After that, everyone can open it from a poll message’s menu.',

  crashTitle: 'Something went wrong',
  crashBody: 'The app ran into an unexpected problem.',
  tryAgain: 'Try again',
} as const

type TextsLike<T> = {
  readonly [K in keyof T]: T[K] extends string ? string : PluralMessage
}

export interface PluralMessage {
  readonly zero?: string
  readonly one?: string
  readonly two?: string
  readonly few?: string
  readonly many?: string
  readonly other: string
}

/** Every language's catalogue must have exactly the English keys. */
export type Messages = TextsLike<typeof en>

/** One language's texts, with the locale its numbers and plurals follow. */
export interface Catalogue {
  /** BCP 47 locale for `Intl` and `<html lang>`. */
  readonly locale: string
  readonly dir: 'ltr' | 'rtl'
  readonly messages: Messages
}
