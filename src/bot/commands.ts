import { Composer, InlineKeyboard } from 'grammy'
import { cutText } from '../core/text/cut-text.js'
import { readQuestion, replyInGroups, replyWithAnswer, sendNotice } from './answer-handler.js'
import { encodeCallback } from './callback-data.js'
import type { BotContext, BotServices } from './context.js'
import { escapeHtml, formatSources, formatWelcome } from './format.js'
import { findProblem } from './triage.js'

// button labels longer than this are cut: Telegram shows one line anyway
const maxLabelChars = 40

/** Every command the bot answers, in lower case: commands arrive lower-cased (see lowerCaseCommand). */
export const commandNames: ReadonlySet<string> = new Set(['start', 'help', 'sources', 'about', 'ask', 'reload', 'stats', 'disputed', 'resetvotes'])

/**
 * /start, /help, /sources, /about, /ask for everyone; /reload and /stats for admins. In groups the
 * replies quote the command, so it is clear whom they answer.
 */
export function createCommands(services: BotServices): Composer<BotContext> {
  const commands = new Composer<BotContext>()
  const html = { parse_mode: 'HTML' as const }

  commands.command('start', async (ctx) => {
    const library = services.library()
    const examples = await library.examples()
    const keyboard = new InlineKeyboard()
    for (const { question, articleId } of examples) {
      const data = encodeCallback({ kind: 'example', articleId })
      if (data !== undefined) keyboard.text(cutText(question, maxLabelChars, '…'), data).row()
    }
    const text = formatWelcome(ctx.messages, await library.listArticles(), library.passageCount, examples.length > 0)
    await ctx.reply(text, { ...html, ...replyInGroups(ctx), reply_markup: keyboard })
  })
  commands.command('help', async (ctx) => {
    const examples = (await services.library().examples()).map((e) => `• ${escapeHtml(e.question)}`)
    const text = [escapeHtml(ctx.messages.help), ...(examples.length > 0 ? ['', escapeHtml(ctx.messages.tryAsking), ...examples] : [])].join('\n')
    await ctx.reply(text, { ...html, ...replyInGroups(ctx) })
  })
  commands.command('about', (ctx) => ctx.reply(escapeHtml(ctx.messages.about), { ...html, ...replyInGroups(ctx) }))
  commands.command('sources', async (ctx) => {
    for (const part of formatSources(ctx.messages, await services.library().listArticles())) await ctx.reply(part, { ...html, ...replyInGroups(ctx) })
  })
  commands.command('ask', async (ctx) => {
    const problem = findProblem(ctx, commandNames)
    if (problem !== undefined) return sendNotice(ctx, services, problem)
    await replyWithAnswer(ctx, services, readQuestion(ctx.msg.text, ctx.me.username), { replyToId: ctx.msg.message_id })
  })

  const admin = commands.filter((ctx) => ctx.from !== undefined && services.adminIds.includes(ctx.from.id))
  admin.command('reload', async (ctx) => {
    if (services.reload === undefined) return void (await ctx.reply(ctx.messages.reloadUnavailable, replyInGroups(ctx)))
    await ctx.reply(ctx.messages.reloadStarted, replyInGroups(ctx))
    try {
      const { passages, ms } = await services.reload()
      await ctx.reply(ctx.messages.reloadDone(passages, ms), replyInGroups(ctx))
    } catch (error) {
      services.log.error({ msg: 'reload failed', error })
      await ctx.reply(ctx.messages.reloadFailed, replyInGroups(ctx))
    }
  })
  admin.command('stats', async (ctx) => {
    const { questionsToday, abstentionRate, uptimeMinutes } = await services.stats.snapshot()
    const { up, down } = await services.votes.counts()
    await ctx.reply(ctx.messages.stats({ questionsToday, abstentionRate, up, down, uptimeMinutes }), replyInGroups(ctx))
  })
  admin.command('disputed', async (ctx) => {
    const feedback = services.feedback
    const rows = feedback?.ledger.disputed(10) ?? []
    if (rows.length === 0) return void (await ctx.reply(ctx.messages.noDisputed, replyInGroups(ctx)))
    const library = services.library()
    const lines = await Promise.all(
      rows.map(async ({ passageId, up, down }) => {
        const source = await library.sourceOf(passageId)
        return `• ${escapeHtml(passageId)} 👍${up} 👎${down}${source === undefined ? '' : ` ${escapeHtml(ctx.messages.citation(source))}`}`
      }),
    )
    await ctx.reply([`<b>${escapeHtml(ctx.messages.disputedHeading(feedback?.nudging === true))}</b>`, ...lines].join('\n'), { ...html, ...replyInGroups(ctx) })
  })
  admin.command('resetvotes', async (ctx) => {
    const passageId = ctx.match.trim()
    if (passageId === '') return void (await ctx.reply(ctx.messages.resetVotesUsage, replyInGroups(ctx)))
    const cleared = services.feedback?.ledger.reset(passageId) === true
    await ctx.reply(cleared ? ctx.messages.resetVotesDone(passageId) : ctx.messages.resetVotesNone(passageId), replyInGroups(ctx))
  })
  // reached only by non-admins: the admin branch above handled everyone else
  commands.command(['reload', 'stats', 'disputed', 'resetvotes'], (ctx) => ctx.reply(ctx.messages.adminOnly, replyInGroups(ctx)))
  return commands
}
