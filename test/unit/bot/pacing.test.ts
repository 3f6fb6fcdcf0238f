import type { Transformer } from 'grammy'
import { describe, expect, it } from 'vitest'
import { createSharedPacer } from '../../../src/bot/pacing.js'
import type { SendSlots } from '../../../src/bot/state.js'

// Send slots as one shared store would keep them (the PostgreSQL one is tested against a real database).
function createSlots(): SendSlots & { keys: string[]; reserved: { key: string; at: number }[] } {
  const next = new Map<string, number>()
  const keys: string[] = []
  const reserved: { key: string; at: number }[] = []
  return {
    keys,
    reserved,
    async reserve(key, gapMs) {
      keys.push(key)
      const now = performance.now()
      const slot = Math.max(next.get(key) ?? now, now)
      next.set(key, slot + gapMs)
      reserved.push({ key, at: slot })
      return slot - now
    },
  }
}

// Runs `method` with `payload` through a pacer, recording when each call reached the API.
function sender(pacer: Transformer, sent: { chat: unknown; at: number; text?: unknown }[]) {
  const prev = (async (_method: string, payload: { chat_id?: unknown; text?: unknown }) => {
    sent.push({ chat: payload.chat_id, at: performance.now(), text: payload.text })
    return { ok: true, result: true }
  }) as never
  return (method: string, payload: Record<string, unknown>) => pacer(prev, method as never, payload as never)
}

const gaps = (times: number[]) => times.slice(1).map((t, i) => t - times[i]!)

describe('createSharedPacer', () => {
  it('spaces the sends of two processes to one chat by the chat gap, in order within each', async () => {
    const slots = createSlots()
    const sent: { chat: unknown; at: number; text?: unknown }[] = []
    const options = { chatGapMs: 60, groupGapMs: 200, globalGapMs: 1 }
    const [a, b] = [sender(createSharedPacer(slots, options), sent), sender(createSharedPacer(slots, options), sent)]
    await Promise.all([1, 2, 3].flatMap((i) => [a('sendMessage', { chat_id: 5, text: `a${i}` }), b('sendMessage', { chat_id: 5, text: `b${i}` })]))
    // the slots are a chat gap apart, and no send went before its slot, but for the few ms a timer
    // may fire early (it counts from the event loop's cached clock); two sends may still land
    // close together when a busy event loop delays the first
    const slotTimes = slots.reserved.filter((r) => r.key === 'chat:5').map((r) => r.at)
    for (const gap of gaps(slotTimes)) expect(gap).toBeGreaterThan(59.9)
    sent.forEach((s, i) => expect(s.at).toBeGreaterThanOrEqual(slotTimes[i]! - 10))
    expect(sent.map((s) => s.text).filter((t) => String(t).startsWith('a'))).toEqual(['a1', 'a2', 'a3'])
  })

  it('uses the group gap for groups, leaves other chats unhindered, and skips chat actions and calls naming no chat', async () => {
    const slots = createSlots()
    const sent: { chat: unknown; at: number }[] = []
    const send = sender(createSharedPacer(slots, { chatGapMs: 10, groupGapMs: 150, globalGapMs: 1 }), sent)
    const started = performance.now()
    await Promise.all([send('sendMessage', { chat_id: -9 }), send('sendMessage', { chat_id: -9 }), send('sendMessage', { chat_id: 4 }), send('sendChatAction', { chat_id: -9 }), send('answerCallbackQuery', { callback_query_id: 'q' })])
    const group = sent.filter((s) => s.chat === -9).map((s) => s.at)
    expect(group).toHaveLength(3)
    expect(group[2]! - group[1]!).toBeGreaterThan(140) // the chat action went at once, then the two messages
    expect(sent.find((s) => s.chat === 4)!.at - started).toBeLessThan(100)
    expect(slots.keys.filter((k) => k === 'global')).toHaveLength(3)
  })

  it('still sends when the store fails, waiting its gap locally, and reports the failure', async () => {
    const errors: unknown[] = []
    const failing: SendSlots = { reserve: async () => Promise.reject(new Error('database down')) }
    const sent: { chat: unknown; at: number }[] = []
    const send = sender(createSharedPacer(failing, { chatGapMs: 50, groupGapMs: 50, globalGapMs: 5 }, (e) => errors.push(e)), sent)
    await Promise.all([send('sendMessage', { chat_id: 1 }), send('sendMessage', { chat_id: 1 })])
    expect(sent).toHaveLength(2)
    expect(sent[1]!.at - sent[0]!.at).toBeGreaterThan(45)
    expect(errors).toHaveLength(4)
  })
})
