import { createHash } from 'node:crypto'
import { Composer } from 'grammy'
import type { MaybeInaccessibleMessage, Message } from 'grammy/types'
import { recoverQuestion, replyTo, replyWithAnswer } from './answer-handler.js'
import { decodeCallback, type CallbackAction } from './callback-data.js'
import type { BotContext, BotServices } from './context.js'
import { escapeHtml, formatArticle, formatContext } from './format.js'

/**
 * The button presses: more, context, full text, cite, votes and example questions. Each is answered
 * exactly once, before the slower work: a failure after that is logged (and apologised for in the
 * chat by bot.catch), never answered a second time, which Telegram would refuse.
 */
export function createCallbacks(services: BotServices): Composer<BotContext> {
  const callbacks = new Composer<BotContext>()
  callbacks.on('callback_query', async (ctx) => {
    const action = decodeCallback(ctx.callbackQuery.data)
    const message = accessible(ctx.callbackQuery.message)
    if (action?.kind === 'vote') return handleVote(ctx, services, action)
    const work = action && message && (await prepareAction(ctx, services, action, message))
    if (work === undefined) return void (await ctx.answerCallbackQuery({ text: ctx.messages.noLongerAvailable }))
    // the button shows a spinner until answered: stop it first, then do the slower work
    await ctx.answerCallbackQuery()
    await work()
  })
  return callbacks
}

// buttons only ever sit on messages the bot sent to a chat; anything else is stale or forged
function accessible(message: MaybeInaccessibleMessage | undefined): Message | undefined {
  return message === undefined || message.date === 0 ? undefined : (message as Message)
}

async function handleVote(ctx: BotContext, services: BotServices, action: Extract<CallbackAction, { kind: 'vote' }>): Promise<void> {
  if ((await services.library().findPassage(action.passageId)) === undefined) {
    return void (await ctx.answerCallbackQuery({ text: ctx.messages.noLongerAvailable }))
  }
  const userId = ctx.callbackQuery?.from.id ?? 0
  const standing = await services.votes.tap({ passageId: action.passageId, vote: action.vote, userId })
  services.log.info({ msg: 'feedback', passage: action.passageId, vote: standing })
  // ranking learns from a vote only with the question the passage was shown for
  const asked = services.feedback && recoverQuestion(accessible(ctx.callbackQuery?.message), ctx.me.username)
  if (asked !== undefined) services.feedback!.ledger.record(action.passageId, { question: asked.question, voter: voterKey(userId), vote: standing })
  await ctx.answerCallbackQuery({ text: standing === 0 ? ctx.messages.voteWithdrawn : ctx.messages.thanksFeedback })
}

// the ledger never holds a user id: an unsalted hash is enough for memory that is never written
function voterKey(userId: number): string {
  return createHash('sha256').update(`wenda-voter:${userId}`).digest('base64url').slice(0, 16)
}

/** The work a button asks for, or undefined when what it refers to no longer exists. */
async function prepareAction(ctx: BotContext, services: BotServices, action: CallbackAction, message: Message): Promise<(() => Promise<void>) | undefined> {
  const library = services.library()
  switch (action.kind) {
    case 'more': {
      const asked = recoverQuestion(message, ctx.me.username)
      if (asked === undefined) return undefined
      // keep quoting the question so the next "more" can find it again
      const replyToId = asked.shown ? message.message_id : message.reply_to_message?.message_id
      // a follow-up's page reads it as its first page did: against the focus that page names
      return () => replyWithAnswer(ctx, services, asked.question, { offset: action.offset, replyToId, showQuestion: asked.shown, previous: asked.assumed })
    }
    case 'example': {
      // the button names the article: its example is looked up again, since the index may have changed
      const example = (await library.examples()).find((e) => e.articleId === action.articleId)
      return example === undefined ? undefined : () => replyWithAnswer(ctx, services, example.question, { showQuestion: true, standalone: true })
    }
    case 'vote':
      return undefined
    default: {
      const passage = await library.findPassage(action.passageId)
      const source = await library.sourceOf(action.passageId)
      const article = passage && (await library.findArticle(passage.articleId))
      if (passage === undefined || source === undefined || article === undefined) return undefined
      const parts =
        action.kind === 'context'
          ? formatContext(ctx.messages, source, await library.contextOf(passage.id, 1), { from: passage.paragraph, to: passage.lastParagraph })
          : action.kind === 'full'
            ? formatArticle(ctx.messages, article)
            : [`<b>${escapeHtml(ctx.messages.citeHeading)}</b>\n<code>${escapeHtml(ctx.messages.citation(source))}</code>`]
      return async () => {
        for (const part of parts) await ctx.reply(part, { parse_mode: 'HTML', ...replyTo(message.message_id) })
      }
    }
  }
}
