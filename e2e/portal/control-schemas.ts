import * as v from 'valibot'

/**
 * The control API's requests and answers (README.md, "The control API"):
 * the server checks every request body against these schemas, and the
 * client (client/portal-client.ts) every answer. Nothing here runs only on
 * Node: the chat page uses them in the browser.
 */

const nonNegative = v.pipe(v.number(), v.finite(), v.minValue(0))
const userId = v.pipe(v.number(), v.safeInteger(), v.minValue(1))
const id = v.pipe(v.number(), v.safeInteger())

export const SCENARIOS = ['demo', 'people', 'crowd', 'bench'] as const
export type ScenarioName = (typeof SCENARIOS)[number]

/**
 * The switches for what the docs leave open (FIDELITY.md, "Switches"). Each
 * has a default that follows the module's source, which is what a real
 * portal runs (`defaultSettings` in world.ts).
 */
export const PortalSettingsSchema = v.strictObject({
  /** Which `ANONYMITY` value hides voters: the module's `2` or the docs' `1`. */
  anonymousValue: v.optional(v.picklist([1, 2])),
  /**
   * How a refused `vote`/`recall` answers: HTTP 200 `{"result": []}` (the
   * module's added errors) or the documented error object.
   */
  refusal: v.optional(v.picklist(['empty-result', 'error'])),
  /** Whether `recall` works on a finished poll (the source has no check). */
  recallWhenFinished: v.optional(v.boolean()),
  /**
   * How `getAnswerVoted` pages: by the standard `start` in pages of 50 (the
   * module's source over REST) or by the documented `pageNavigation` object.
   */
  answerVotedPaging: v.optional(v.picklist(['start', 'page-navigation'])),
  /**
   * The `error` of a refused read: the module's prefilter adds an error
   * without a code, sent as `"0"`; the docs name it `ATTACH_READ_ACCESS_DENIED`.
   */
  readDeniedCode: v.optional(v.picklist(['module', 'docs'])),
  /**
   * How long a user's `vote` or `recall` waits for the same user's earlier one
   * on the same poll before it gives up (the module's 15 s database lock).
   */
  lockTimeoutMs: v.optional(nonNegative),
})
export type SessionSettings = v.InferOutput<typeof PortalSettingsSchema>

/** `POST /control/sessions`: a new session from a named scenario. */
export const SessionSetupSchema = v.strictObject({
  scenario: v.optional(v.picklist(SCENARIOS)),
  settings: v.optional(PortalSettingsSchema),
  /** `false`: the app is not installed yet and runs its installer when opened. */
  installed: v.optional(v.boolean()),
  /** The scopes of the app's tokens. */
  scopes: v.optional(v.array(v.string())),
})
export type SessionSetup = v.InferInput<typeof SessionSetupSchema>

export const CreatedSessionSchema = v.object({ id: v.string() })

export const OkSchema = v.object({ ok: v.literal(true) })

/** The auth fields of `getInitData` and `refreshAuth`, as the SDK reads them. */
export const AuthDataSchema = v.object({
  AUTH_ID: v.string(),
  REFRESH_ID: v.string(),
  AUTH_EXPIRES: v.string(),
})
export type AuthData = v.InferOutput<typeof AuthDataSchema>

export const AuthRequestSchema = v.strictObject({ userId })
export const RefreshAuthRequestSchema = v.strictObject({ refreshToken: v.string() })
/** Every access token of the session, or of one user, expires now. */
export const ExpireTokensRequestSchema = v.strictObject({ userId: v.optional(userId) })

/** One REST call as the portal logged it. */
export const RestCallSchema = v.object({
  method: v.string(),
  params: v.record(v.string(), v.unknown()),
  userId: v.nullable(v.number()),
  at: v.number(),
  status: v.number(),
  error: v.optional(v.string()),
})
export type RestCall = v.InferOutput<typeof RestCallSchema>

/** A CORS preflight the portal answered: the method named in its URL, and when. */
export const PreflightSchema = v.object({ method: v.string(), at: v.number() })
export type Preflight = v.InferOutput<typeof PreflightSchema>

/**
 * What the next `times` calls of `method` get (1 by default, `null` for every
 * call): a full rate-limit bucket, a delay, an answer held until the session's
 * held calls are released, no answer, a Bitrix24 error, a body that is not
 * JSON, or a raw response (a string body is sent as it is).
 */
export const FaultRequestSchema = v.strictObject({
  method: v.string(),
  times: v.optional(v.nullable(v.pipe(v.number(), v.safeInteger(), v.minValue(0)))),
  fillRateLimit: v.optional(v.boolean()),
  delayMs: v.optional(nonNegative),
  hold: v.optional(v.boolean()),
  hang: v.optional(v.boolean()),
  error: v.optional(
    v.strictObject({
      code: v.string(),
      description: v.string(),
      status: v.optional(v.number()),
    }),
  ),
  malformed: v.optional(v.boolean()),
  response: v.optional(v.strictObject({ status: v.number(), body: v.unknown() })),
})
export type FaultRequest = v.InferInput<typeof FaultRequestSchema>

export const LatencyRequestSchema = v.strictObject({ ms: nonNegative })

/** The session's leaky bucket: `burst` calls at once, then `drainPerSecond`. */
export const RateLimitRequestSchema = v.strictObject({
  burst: v.optional(nonNegative),
  drainPerSecond: v.optional(nonNegative),
})

/** Answer ids chosen per question id, as the vote module's `ballot` parameter. */
const BallotSchema = v.record(
  v.pipe(v.string(), v.digits()),
  v.array(v.union([id, v.pipe(v.string(), v.digits())])),
)

/** Another user votes now, from their own tab, or withdraws with `ballot: null`. */
export const CastBallotRequestSchema = v.strictObject({
  userId,
  messageId: id,
  ballot: v.nullable(BallotSchema),
})

/** A vote from the chat's own poll widget, under the module's rules. */
export const WidgetBallotRequestSchema = v.strictObject({
  userId,
  attachId: id,
  ballot: BallotSchema,
})

export const RemoveMemberRequestSchema = v.strictObject({ userId })
export const MemberIdsSchema = v.object({ memberIds: v.array(v.number()) })

/** A poll's stored counters and ballots, for tests to check what the portal really holds. */
export const StoredPollSchema = v.object({
  attachId: v.number(),
  voteId: v.number(),
  entityId: v.number(),
  counter: v.number(),
  isFinished: v.boolean(),
  questions: v.array(
    v.object({
      id: v.string(),
      text: v.string(),
      counter: v.number(),
      answers: v.array(
        v.object({ id: v.string(), text: v.string(), counter: v.number() }),
      ),
    }),
  ),
  /** Answer ids per question id, per user id. */
  ballots: v.record(v.string(), v.record(v.string(), v.array(v.string()))),
})
export type StoredPoll = v.InferOutput<typeof StoredPollSchema>

/** The answer to posting a poll: the poll as stored, and the id of what carries it. */
function postedPollSchema<const TCarrier extends v.ObjectEntries>(carrier: TCarrier) {
  return v.object({ ...carrier, ...StoredPollSchema.entries })
}

export const QuestionSpecSchema = v.strictObject({
  text: v.string(),
  answers: v.pipe(v.array(v.string()), v.minLength(1)),
  multiple: v.optional(v.boolean()),
  required: v.optional(v.boolean()),
  diagram: v.optional(v.picklist(['histogram', 'circle'])),
  /** The question's and its answers' texts are HTML. */
  html: v.optional(v.boolean()),
  /** Overrides `multiple`: radio (0), checkbox (1), dropdown (2), multiselect (3). */
  fieldType: v.optional(v.picklist([0, 1, 2, 3])),
  /** The answers' `MESSAGE_TYPE` when it differs from the question's. */
  answerTextType: v.optional(v.picklist(['text', 'html'])),
})

/** A poll as a scenario or a test writes it: who asked what, and who chose what. */
export const PollSpecSchema = v.strictObject({
  authorId: userId,
  questions: v.pipe(v.array(QuestionSpecSchema), v.minLength(1)),
  anonymous: v.optional(v.boolean()),
  /** Whether votes may be changed (`OPTIONS & 1`); they may unless `false`. */
  revote: v.optional(v.boolean()),
  /** The author hides the results from everyone else (`OPTIONS & 2`), as REST allows. */
  hideResults: v.optional(v.boolean()),
  finished: v.optional(v.boolean()),
  /** Who chose what before the test starts: answer texts per question, by user id. */
  ballots: v.optional(
    v.record(v.pipe(v.string(), v.digits()), v.array(v.array(v.string()))),
  ),
})
export type PollSpec = v.InferInput<typeof PollSpecSchema>

/** `POST …/messages`: a message without a poll, posted now in the chat of that name. */
export const MessageRequestSchema = v.strictObject({
  chat: v.string(),
  authorId: userId,
  text: v.string(),
})
export const PostedMessageSchema = v.object({ messageId: v.number() })

/** `POST …/polls`: a poll posted now as a new message of the chat of that name. */
export const ChatPollRequestSchema = v.strictObject({
  chat: v.string(),
  ...PollSpecSchema.entries,
})
export type ChatPollRequest = v.InferInput<typeof ChatPollRequestSchema>

/** The new poll, its message's id and every id it was given. */
export const ChatPollSchema = postedPollSchema({ messageId: v.number() })
export type ChatPoll = v.InferOutput<typeof ChatPollSchema>

/** `POST …/feed-polls`: a poll posted now as a new news-feed post. */
export const FeedPollRequestSchema = PollSpecSchema

/** The new poll, its post's id and every id it was given. */
export const FeedPollSchema = postedPollSchema({ postId: v.number() })
export type FeedPoll = v.InferOutput<typeof FeedPollSchema>

/**
 * A `placement.bind` row: where the app's handler is shown, its fields in the
 * order of the method's own examples
 * (https://apidocs.bitrix24.com/api-reference/widgets/placement-bind.html).
 */
export const PlacementBindingSchema = v.object({
  placement: v.string(),
  handler: v.string(),
  options: v.record(v.string(), v.unknown()),
  title: v.string(),
  description: v.string(),
  langAll: v.record(
    v.string(),
    v.object({ TITLE: v.optional(v.string()), DESCRIPTION: v.optional(v.string()) }),
  ),
})
export type PlacementBinding = v.InferOutput<typeof PlacementBindingSchema>

/**
 * The app as the portal knows it: installed or not (an app with a UI is
 * installed only once its installer calls `installFinish`), its placements
 * and the scopes its tokens carry.
 */
export const AppStateSchema = v.object({
  installed: v.boolean(),
  bindings: v.array(PlacementBindingSchema),
  scopes: v.array(v.string()),
})
export type AppState = v.InferOutput<typeof AppStateSchema>

/** A poll message as Bitrix24's chat widget draws it for one user. */
export const PollWidgetSchema = v.object({
  attachId: v.number(),
  voterCount: v.number(),
  isAnonymous: v.boolean(),
  allowsRevote: v.boolean(),
  isFinished: v.boolean(),
  isVoted: v.boolean(),
  /** Whether the widget offers a ballot: not voted yet, or changing votes is allowed. */
  canVote: v.boolean(),
  /** The poll message's author may finish the poll and reopen it. */
  canEdit: v.boolean(),
  /**
   * HIDE_RESULT keeps the counters from everyone but the author in Bitrix24's
   * own widget (bitrix/modules/vote/lib/vote.php canReadResult); REST sends
   * them all the same.
   */
  resultsHidden: v.boolean(),
  questions: v.array(
    v.object({
      id: v.number(),
      text: v.string(),
      multiple: v.boolean(),
      voterCount: v.number(),
      answers: v.array(
        v.object({
          id: v.number(),
          text: v.string(),
          votes: v.number(),
          isMine: v.boolean(),
        }),
      ),
    }),
  ),
})
export type PollWidget = v.InferOutput<typeof PollWidgetSchema>

/** A chat message menu item an app placed there, titled in the user's language. */
export const MenuItemSchema = v.object({ title: v.string(), handler: v.string() })
export type MenuItem = v.InferOutput<typeof MenuItemSchema>

/** `GET …/view`: what the chat page shows one user. */
export const ChatViewSchema = v.object({
  user: v.object({ id: v.number(), name: v.string(), isAdmin: v.boolean() }),
  app: v.object({ installed: v.boolean(), menuItems: v.array(MenuItemSchema) }),
  users: v.array(v.object({ id: v.number(), name: v.string() })),
  chats: v.array(
    v.object({
      id: v.number(),
      dialogId: v.string(),
      name: v.string(),
      messages: v.array(
        v.object({
          id: v.number(),
          author: v.string(),
          authorAvatar: v.nullable(v.string()),
          text: v.string(),
          date: v.string(),
          poll: v.nullable(PollWidgetSchema),
        }),
      ),
    }),
  ),
})
export type ChatView = v.InferOutput<typeof ChatViewSchema>

/** The body of a refused control request. */
export const ControlRefusalSchema = v.object({ error: v.string() })
