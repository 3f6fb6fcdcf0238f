import { apiThrottler } from '@grammyjs/transformer-throttler'
import type { Transformer } from 'grammy'

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
