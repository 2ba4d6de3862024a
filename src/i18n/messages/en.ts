/**
 * The English catalogue: the source of truth for every user-facing string.
 * `{name}` marks a value filled in at runtime; plural entries follow the
 * categories of `Intl.PluralRules`.
 */
export const en = {
  loadingPoll: 'Loading the poll…',

  outsideTitle: 'Open Chat Poll from a Bitrix24 chat',
  outsideBody:
    'This app runs inside Bitrix24. In a chat, open the menu of a message with a poll and choose “Chat Poll”.',
  noAnswerTitle: 'Bitrix24 is not responding',
  noAnswerBody:
    'The app could not connect to Bitrix24. Close it, then open it again from the menu of a poll message in a Bitrix24 chat.',

  howToTitle: 'How to use Chat Poll',
  howToIntro:
    'Chat Poll lets you vote in a chat poll, change or withdraw your vote, and see the results.',
  howToStep1: 'Open a Bitrix24 chat that has a poll.',
  howToStep2: 'Open the poll message’s menu (⋯).',
  howToStep3: 'Choose “Chat Poll”.',

  noMessageTitle: 'No poll message was chosen',
  noMessageBody:
    'Bitrix24 did not tell the app which message to show. Open Chat Poll from the menu of a poll message in a chat.',
  notFoundTitle: 'This message has no poll',
  notFoundBody: 'Open Chat Poll from the menu of a message that contains a poll.',
  accessDeniedTitle: 'You can’t see this poll',
  accessDeniedBody: 'Only members of the chat where the poll was posted can see it.',
  loadFailedTitle: 'The poll couldn’t be loaded',
  invalidPollBody: 'Bitrix24 sent poll data that the app could not read.',
  errorCode: 'Error code: {code}',
  retry: 'Retry',
  errorDetails: 'Details',
  loadConnectionBody:
    'The app couldn’t reach Bitrix24. Check your connection and try again.',
  loadServerBody: 'Bitrix24 ran into a problem on its side. Try again in a moment.',
  loadRefusedBody:
    'Bitrix24 refused to show the poll. Close Chat Poll and open it again from the poll message; if that doesn’t help, tell your Bitrix24 administrator.',

  pollHeading: 'Poll',
  peopleVoted: { one: '{count} person voted', other: '{count} people voted' },
  resultsHidden: 'Results are hidden by the poll’s author',
  nobodyVoted: 'Nobody has voted yet',
  anonymousPoll: 'Anonymous poll',
  publicPoll: 'Public poll',
  votesChangeable: 'Votes can be changed',
  votesFinal: 'Votes can’t be changed',
  pollOpen: 'Open',
  pollFinished: 'Finished',
  sharesOfVoters: 'Shares are of voters, not votes',
  votes: { one: '{count} vote', other: '{count} votes' },
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
  saveVote: 'Save my vote',
  cancel: 'Cancel',
  changeVote: 'Change my vote',
  ballotRequiredMissing: 'Answer every required question before voting.',
  ballotEmpty: 'Choose an answer before voting.',
  voteCounted: 'Your vote was counted.',
  voteChanged: 'Your vote was changed.',
  voteRefused:
    'Bitrix24 did not accept your vote. The poll was reloaded to show its current state.',
  votePollFinished: 'This poll is finished: it no longer accepts votes.',
  voteUnconfirmed:
    'Bitrix24 could not be reached to confirm your vote. The poll updates here as soon as Bitrix24 answers; if your vote isn’t shown then, vote again.',
  voteChangeLostPrevious:
    'Bitrix24 did not accept your new vote and removed your earlier one. Choose your answers and vote again.',
  voteFailed: 'Your vote was not sent. Check your connection and try again.',
  voteFailedServer:
    'Your vote was not saved: Bitrix24 ran into a problem. Try again in a moment.',

  withdrawVote: 'Withdraw my vote',
  withdrawNotAllowed:
    'You can’t withdraw your vote: this poll doesn’t allow changing votes.',
  withdrawPollFinished: 'You can’t withdraw your vote: this poll is finished.',
  voteWithdrawn: 'Your vote was withdrawn.',
  withdrawRefused:
    'Bitrix24 did not withdraw your vote. The poll was reloaded to show its current state.',
  withdrawFailed: 'Your vote was not withdrawn. Check your connection and try again.',
  withdrawPollClosed:
    'Your vote was not withdrawn: the poll was finished while it was open here.',
  withdrawUnconfirmed:
    'Bitrix24 could not be reached to confirm whether your vote was withdrawn. The poll updates here as soon as Bitrix24 answers; if your vote is still shown then, try again.',
  undo: 'Undo',
  voteRestored: 'Your vote was restored.',
  undoPollFinished: 'Your vote can’t be restored: the poll is finished.',
  undoNotAllowed:
    'Your vote can’t be restored: the poll no longer accepts it. Vote again below if you can.',
  undoFailed: 'Your vote was not restored. Check your connection and try again.',
  withdrawFailedServer:
    'Your vote was not withdrawn: Bitrix24 ran into a problem. Try again in a moment.',
  undoFailedServer:
    'Your vote was not restored: Bitrix24 ran into a problem. Try again in a moment.',
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
    'Bitrix24 did not add Chat Poll to the chat message menu. Only a Bitrix24 administrator can install apps. Try again, or ask your administrator.',
  installedTitle: 'Chat Poll is installed',
  installNotAdminTitle: 'Only an administrator can install Chat Poll',
  installNotAdminBody:
    'Ask your Bitrix24 administrator to open Chat Poll once from the application list. After that, everyone can open it from the menu of a poll message.',

  crashTitle: 'Something went wrong',
  crashBody: 'The app hit an unexpected problem.',
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
