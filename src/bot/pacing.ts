import { apiThrottler } from '@grammyjs/transformer-throttler'
import type { Transformer } from 'grammy'
import type { SendSlots } from './state.js'

/**
 * How the bot paces what it sends, under Telegram's limits (Bots FAQ, "My bot is hitting limits"):
 * about one message a second per chat, 20 a minute per group, about 30 a second overall. Each is
 * a least gap between two sends, so no window of any length ever holds more than the limit.
 */
export interface PacingOptions {
  /** Least gap between two messages to one private chat; default 1000 ms (one a second). */
  chatGapMs: number
  /** Least gap between two messages to one group; default 3100 ms (19 a minute: 20, with a margin for network jitter). */
  groupGapMs: number
  /** Least gap between any two messages; default 34 ms (29 a second). */
  globalGapMs: number
}

/** The defaults stated on {@link PacingOptions}. */
export const defaultPacingOptions: PacingOptions = { chatGapMs: 1000, groupGapMs: 3100, globalGapMs: 34 }

/** The same pacing with every gap divided by `factor` (tests that replay a minute in six seconds). */
export function scalePacing(options: PacingOptions, factor: number): PacingOptions {
  return { chatGapMs: options.chatGapMs / factor, groupGapMs: options.groupGapMs / factor, globalGapMs: options.globalGapMs / factor }
}

/**
 * An API transformer, from @grammyjs/transformer-throttler (Bottleneck queues), that paces every
 * call naming a chat: one queue per chat, one send at a time, so a flooded group waits in its own
 * queue and never delays another chat. Chat actions ("typing…") skip the queues: they are not
 * messages, and queueing one would delay the answer it announces.
 */
export function createPacer(options: Partial<PacingOptions> = {}): Transformer {
  const { chatGapMs, groupGapMs, globalGapMs } = { ...defaultPacingOptions, ...options }
  const throttle = apiThrottler({
    global: { minTime: globalGapMs },
    group: { maxConcurrent: 1, minTime: groupGapMs },
    out: { maxConcurrent: 1, minTime: chatGapMs },
  })
  return (prev, method, payload, signal) => (method === 'sendChatAction' ? prev(method, payload, signal) : throttle(prev, method, payload, signal))
}

/**
 * The global gap when processes share their pacing, unless one is given: 40 ms (25 a second).
 * Between reserving a slot and the message reaching Telegram lie a timer and a request in each
 * process; at 34 ms, 20 ms of such jitter could put 31 messages in one second, at 40 ms it takes 200.
 */
export const sharedGlobalGapMs = 40

/**
 * The same pacing shared by every process sending as this bot: each message to a chat reserves
 * its chat's next slot, then a slot of the bot's global pace, in `slots` (PostgreSQL), and waits
 * for them, so replicas together keep Telegram's limits. The chat slot comes first and the global
 * one only when it is due, so a crowded group never holds global slots that other chats could use.
 * Within a process one chat's calls go one at a time, in order; when the store fails, the call
 * waits its chat's gap here instead and goes, reported to `onError`.
 */
export function createSharedPacer(slots: SendSlots, options: Partial<PacingOptions> = {}, onError: (error: unknown) => void = () => {}): Transformer {
  const { chatGapMs, groupGapMs, globalGapMs } = { ...defaultPacingOptions, globalGapMs: sharedGlobalGapMs, ...options }
  const tails = new Map<string, Promise<unknown>>()
  const waitFor = async (key: string, gapMs: number) => {
    let waitMs = gapMs
    try {
      waitMs = await slots.reserve(key, gapMs)
    } catch (error) {
      onError(error)
    }
    if (waitMs > 0) await new Promise((resolve) => setTimeout(resolve, waitMs))
  }
  return (prev, method, payload, signal) => {
    const chatId = (payload as { chat_id?: unknown } | undefined)?.chat_id
    if (method === 'sendChatAction' || chatId === undefined) return prev(method, payload, signal)
    const key = `chat:${chatId}`
    const previous = tails.get(key) ?? Promise.resolve()
    const call = previous.then(async () => {
      await waitFor(key, Number(chatId) < 0 ? groupGapMs : chatGapMs)
      await waitFor('global', globalGapMs)
      return prev(method, payload, signal)
    })
    const tail = call.catch(() => {})
    tails.set(key, tail)
    void tail.then(() => {
      if (tails.get(key) === tail) tails.delete(key)
    })
    return call
  }
}
