import type { Message } from 'grammy/types'
import { describe, expect, it } from 'vitest'
import { defaultPacingOptions } from '../../src/bot/pacing.js'
import { createFakeUser, type FakeUser } from '../helpers/fake-user.js'
import { replyTo, sleep, testTimeScale, useHarnessFile, type Harness } from './bot-harness.js'

// Outgoing pacing against a fake that enforces Telegram's flood limits, with time running
// testTimeScale (10) times faster on both sides: 20 messages per 6 s to a group, one per 100 ms per chat.

const file = useHarnessFile()
let h: Harness | undefined

/** `count` members of one group, each asking one real question at once. */
function askInGroup(h: Harness, count: number): { members: FakeUser[]; questions: Message[] } {
  const first = createFakeUser(h.api, { group: true })
  const members = [first, ...Array.from({ length: count - 1 }, () => createFakeUser(h.api, { chat: first.chat }))]
  const questions = members.map((member) => member.say('/ask 明前茶多少钱一斤'))
  return { members, questions }
}

describe('outgoing pacing', () => {
  it('answers 20 questions in one group without a single 429, while a private chat is answered at once', async () => {
    h = await file.start()
    const started = Date.now()
    const { questions } = askInGroup(h, 20)
    await h.api.waitForCall('sendMessage', replyTo(questions[0]!))
    const privately = createFakeUser(h.api).say('红巷派出所有多少名民警？')
    await h.api.waitForCall('sendMessage', replyTo(privately), 2_000)
    const privateAfterMs = Date.now() - started
    for (const question of questions) await h.api.waitForCall('sendMessage', replyTo(question), 15_000)
    const groupAfterMs = Date.now() - started
    expect(h.api.floodRefusals).toEqual([])
    // 20 replies, one per 310 ms (3.1 s scaled), take 5.9 s at least; the private answer did not wait for them
    expect(groupAfterMs).toBeGreaterThan((19 * defaultPacingOptions.groupGapMs) / testTimeScale)
    expect(privateAfterMs).toBeLessThan(groupAfterMs / 3)
    for (const question of questions) expect(h.api.callsTo('sendMessage').filter(replyTo(question))).toHaveLength(1)
  }, 30_000)

  it('meets 429s on the same burst when it does not pace, which is what the fake is there to catch', async () => {
    h = await file.start({ pacing: false, retry: { maxDelaySeconds: 0 } })
    askInGroup(h, 25)
    for (const deadline = Date.now() + 5_000; h.api.floodRefusals.length === 0 && Date.now() < deadline; ) await sleep(20)
    expect(h.api.floodRefusals.length).toBeGreaterThan(0)
    expect(h.api.floodRefusals[0]!.fault).toMatch(/^429 Too Many Requests: retry after \d+ \(over/)
    await h.stop()
    h = undefined
  }, 30_000)
})
