/**
 * Telegram's documented limits on sending (Bots FAQ, "My bot is hitting limits, how do I avoid
 * this?"): in one chat, avoid more than one message a second, short bursts tolerated; no more than
 * 20 messages a minute to one group; about 30 messages a second overall.
 */
export interface FloodLimits {
  /** Per chat, a token bucket: `chatBurst` messages at once, refilled at one per `chatIntervalMs`. */
  chatBurst: number
  chatIntervalMs: number
  /** Per group (negative chat id): at most `groupCount` in any `groupWindowMs`. */
  groupCount: number
  groupWindowMs: number
  /** Overall: at most `globalCount` in any `globalWindowMs`. */
  globalCount: number
  globalWindowMs: number
}

/** The limits at Telegram's own speed; a burst of 3 is our reading of "short bursts". */
export const telegramLimits: FloodLimits = { chatBurst: 3, chatIntervalMs: 1000, groupCount: 20, groupWindowMs: 60_000, globalCount: 30, globalWindowMs: 1000 }

/** The same limits with time running `factor` times faster: the counts stay, every interval shrinks. */
export function scaleLimits(limits: FloodLimits, factor: number): FloodLimits {
  return { ...limits, chatIntervalMs: limits.chatIntervalMs / factor, groupWindowMs: limits.groupWindowMs / factor, globalWindowMs: limits.globalWindowMs / factor }
}

/** The methods that send a message and so count against the limits. */
export const countedMethods: ReadonlySet<string> = new Set(['sendMessage', 'editMessageText', 'copyMessage', 'forwardMessage', 'sendPhoto', 'sendDocument', 'sendSticker'])

/** Admits or refuses sends the way Telegram's flood control does; `retryAfterS` is whole seconds, as Telegram sends it. */
export interface FloodControl {
  admit(chatId: number, now: number): { ok: true } | { ok: false; retryAfterS: number; limit: string }
}

/** Creates flood control over `limits`; refused sends are not counted (Telegram does not deliver them). */
export function createFloodControl(limits: FloodLimits): FloodControl {
  const buckets = new Map<number, { tokens: number; at: number }>()
  const groups = new Map<number, number[]>()
  let global: number[] = []
  const refuse = (waitMs: number, limit: string) => ({ ok: false as const, retryAfterS: Math.max(1, Math.ceil(waitMs / 1000)), limit })
  return {
    admit(chatId, now) {
      global = global.filter((t) => now - t < limits.globalWindowMs)
      if (global.length >= limits.globalCount) return refuse(global[0]! + limits.globalWindowMs - now, `over ${limits.globalCount} messages per ${limits.globalWindowMs} ms overall`)
      const bucket = buckets.get(chatId) ?? { tokens: limits.chatBurst, at: now }
      bucket.tokens = Math.min(limits.chatBurst, bucket.tokens + (now - bucket.at) / limits.chatIntervalMs)
      bucket.at = now
      if (bucket.tokens < 1) return refuse((1 - bucket.tokens) * limits.chatIntervalMs, `over one message per ${limits.chatIntervalMs} ms in chat ${chatId}`)
      const sent = (groups.get(chatId) ?? []).filter((t) => now - t < limits.groupWindowMs)
      if (chatId < 0 && sent.length >= limits.groupCount) {
        return refuse(sent[0]! + limits.groupWindowMs - now, `over ${limits.groupCount} messages per ${limits.groupWindowMs} ms in group ${chatId}`)
      }
      bucket.tokens -= 1
      buckets.set(chatId, bucket)
      if (chatId < 0) groups.set(chatId, [...sent, now])
      global.push(now)
      return { ok: true }
    },
  }
}
