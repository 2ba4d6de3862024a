import {
  HIDE_RESULT,
  allowsRevote,
  answerCounter,
  isFinished,
  isMultipleChoice,
  questionCounter,
  voterCount,
  type StoredPoll,
} from './vote/poll'
import {
  canEditPoll,
  canReadPoll,
  dialogIdOf,
  isAnonymous,
  visibleBindings,
  type PlacementBinding,
  type World,
} from './world'

/**
 * What the portal's own chat page shows one user: the chats they are in,
 * their messages, and each poll as Bitrix24's chat widget draws it. This is
 * the portal's internal view, not REST: the app never sees it.
 */

export interface PollWidget {
  readonly attachId: number
  readonly voterCount: number
  readonly isAnonymous: boolean
  readonly allowsRevote: boolean
  readonly isFinished: boolean
  readonly isVoted: boolean
  /** Whether the widget offers a ballot: not voted yet, or changing votes is allowed. */
  readonly canVote: boolean
  /** The poll message's author may finish the poll and reopen it. */
  readonly canEdit: boolean
  /**
   * HIDE_RESULT keeps the counters from everyone but the author in Bitrix24's
   * own widget (bitrix/modules/vote/lib/vote.php canReadResult); REST sends
   * them all the same.
   */
  readonly resultsHidden: boolean
  readonly questions: readonly {
    readonly id: number
    readonly text: string
    readonly multiple: boolean
    readonly voterCount: number
    readonly answers: readonly {
      readonly id: number
      readonly text: string
      readonly votes: number
      readonly isMine: boolean
    }[]
  }[]
}

/** A chat message menu item an app placed there, titled in the user's language. */
export interface MenuItem {
  readonly title: string
  readonly handler: string
}

export function chatView(world: World, userId: number, lang: string) {
  const nameOf = (id: number) => world.users.get(id)?.name ?? `User ${id}`
  return {
    user: {
      id: userId,
      name: nameOf(userId),
      isAdmin: world.users.get(userId)?.isAdmin ?? false,
    },
    app: {
      installed: world.app.installed,
      menuItems: visibleBindings(world, 'IM_CONTEXT_MENU').map((binding) =>
        menuItem(binding, lang),
      ),
    },
    users: [...world.users.values()].map(({ id, name }) => ({ id, name })),
    chats: world.chats
      .filter((chat) => chat.memberIds.includes(userId))
      .map((chat) => ({
        id: chat.id,
        dialogId: dialogIdOf(chat),
        name: chat.name,
        messages: chat.messages.map((message) => {
          const poll =
            message.attachId === undefined ? undefined : world.polls.get(message.attachId)
          return {
            id: message.id,
            author: nameOf(message.authorId),
            authorAvatar: world.users.get(message.authorId)?.hasPhoto
              ? `/portal-assets/avatars/${message.authorId}.svg`
              : null,
            text: message.text,
            date: message.date,
            poll:
              poll && canReadPoll(world, poll, userId)
                ? pollWidget(world, poll, userId)
                : null,
          }
        }),
      })),
  }
}

export type ChatView = ReturnType<typeof chatView>

function menuItem(binding: PlacementBinding, lang: string): MenuItem {
  return {
    title: binding.langAll[lang]?.TITLE ?? binding.title,
    handler: binding.handler,
  }
}

function pollWidget(world: World, poll: StoredPoll, userId: number): PollWidget {
  const ballot = poll.ballots.get(userId)
  return {
    attachId: poll.attachId,
    voterCount: voterCount(poll),
    isAnonymous: isAnonymous(world, poll),
    allowsRevote: allowsRevote(poll),
    isFinished: isFinished(poll),
    isVoted: Boolean(ballot),
    canVote: !isFinished(poll) && (!ballot || allowsRevote(poll)),
    canEdit: canEditPoll(world, poll, userId),
    resultsHidden: (poll.options & HIDE_RESULT) !== 0 && userId !== poll.authorId,
    questions: poll.questions.map((question) => ({
      id: question.id,
      text: question.text,
      multiple: isMultipleChoice(question.fieldType),
      voterCount: questionCounter(poll, question.id),
      answers: question.answers.map((answer) => ({
        id: answer.id,
        text: answer.text,
        votes: answerCounter(poll, question.id, answer.id),
        isMine: ballot?.answers.get(question.id)?.includes(answer.id) ?? false,
      })),
    })),
  }
}

/** A poll's stored state, for tests to check what the portal really holds. */
export function storedPollView(poll: StoredPoll) {
  return {
    attachId: poll.attachId,
    voteId: poll.voteId,
    entityId: poll.entityId,
    counter: voterCount(poll),
    isFinished: isFinished(poll),
    questions: poll.questions.map((question) => ({
      id: String(question.id),
      text: question.text,
      counter: questionCounter(poll, question.id),
      answers: question.answers.map((answer) => ({
        id: String(answer.id),
        text: answer.text,
        counter: answerCounter(poll, question.id, answer.id),
      })),
    })),
    ballots: Object.fromEntries(
      [...poll.ballots].map(([userId, ballot]) => [
        String(userId),
        Object.fromEntries(
          [...ballot.answers].map(([questionId, answerIds]) => [
            String(questionId),
            answerIds.map(String),
          ]),
        ),
      ]),
    ),
  }
}
