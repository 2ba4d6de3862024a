import type { ChatView, MenuItem, PollWidget, StoredPoll } from './control-schemas'
import {
  HIDE_RESULT,
  allowsRevote,
  answerCounter,
  isFinished,
  isMultipleChoice,
  questionCounter,
  voterCount,
  type PollRecord,
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

export function chatView(world: World, userId: number, lang: string): ChatView {
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

function menuItem(binding: PlacementBinding, lang: string): MenuItem {
  return {
    title: binding.langAll[lang]?.TITLE ?? binding.title,
    handler: binding.handler,
  }
}

function pollWidget(world: World, poll: PollRecord, userId: number): PollWidget {
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
export function storedPollView(poll: PollRecord): StoredPoll {
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
