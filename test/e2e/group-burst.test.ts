import type { Message } from 'grammy/types'
import { describe, expect, it } from 'vitest'
import { createFakeUser, type FakeUser } from '../helpers/fake-user.js'
import { replyTo, sleep, testTimeScale, testToken, useHarnessFile, type Harness } from './bot-harness.js'

// Issue 18's acceptance scenario: a minute of abuse in one group, replayed 10 times faster
// (testTimeScale): the fake enforces Telegram's limits with every interval divided by 10 (20
// messages per 6 s to a group, one per 100 ms per chat, 30 per 100 ms overall), the bot paces
// itself the same way, and the per-user limit is the default 20 per "minute" (6 s). The ratios
// between the limits are Telegram's. Six members flood the group with invalid input of every kind
// for the whole minute; eight others ask two real questions each at random moments in it.

const minute = 60_000 / testTimeScale
const questions = ['明前茶多少钱一斤', '红巷派出所有多少名民警？', '采茶工人几点上山？', '红巷派出所成立于哪一年？']
const junk = (member: FakeUser, i: number): Message => {
  switch (i % 6) {
    case 0: return member.say('@wenda_test_bot 😀😀😀')
    case 1: return member.say('/ask')
    case 2: return member.say('/frobnicate@wenda_test_bot')
    case 3: return member.say(`@wenda_test_bot ${'问'.repeat(600)}`)
    case 4: return member.say('/ask 🙂 ？！')
    default: return member.send({ sticker: { file_id: 's', file_unique_id: 's', type: 'regular', width: 1, height: 1, is_animated: false, is_video: false } })
  }
}

const file = useHarnessFile()
let h: Harness | undefined

describe('a minute of abuse in one group (time scaled by 10)', () => {
  it('ends with no 429, every real question answered once, one notice per flooder and window, and other chats served at once', async () => {
    h = await file.start({ rateLimit: { count: 20, windowMs: minute } })
    const api = h.api
    const first = createFakeUser(api, { group: true })
    const group = first.chat
    const flooders = [first, ...Array.from({ length: 5 }, () => createFakeUser(api, { chat: group }))]
    const askers = Array.from({ length: 8 }, () => createFakeUser(api, { chat: group }))
    const asked: Message[] = []
    const started = Date.now()
    const flooding = (async () => {
      for (let i = 0; Date.now() - started < minute; i++) {
        for (const flooder of flooders) junk(flooder, i)
        await sleep(40)
      }
    })()
    const asking = Promise.all(
      askers.map(async (asker, n) => {
        for (let k = 0; k < 2; k++) {
          await sleep(Math.random() * (minute / 2))
          const question = questions[(n + k) % questions.length]!
          asked.push(n % 2 === 0 ? asker.say(`/ask ${question}`) : asker.say(`@wenda_test_bot ${question}`))
        }
      }),
    )
    await sleep(minute / 2)
    const elsewhere = createFakeUser(api).say('明前茶多少钱一斤')
    const elsewhereAsked = Date.now()
    await api.waitForCall('sendMessage', replyTo(elsewhere), 5_000)
    const elsewhereMs = Date.now() - elsewhereAsked
    await Promise.all([flooding, asking])
    for (const question of asked) await api.waitForCall('sendMessage', replyTo(question), 20_000)
    await sleep(500)

    const toGroup = api.callsTo('sendMessage').filter((c) => Number(c.params.chat_id) === group.id)
    const answers = asked.map((question) => toGroup.filter(replyTo(question)))
    const notices = flooders.map((flooder) => toGroup.filter((c) => api.messages.get(`${group.id}:${c.params.reply_parameters?.message_id}`)?.from?.id === flooder.user.id))
    expect(api.floodRefusals).toEqual([])
    expect(api.violations).toEqual([])
    expect(asked).toHaveLength(16)
    expect(answers.map((a) => a.length)).toEqual(asked.map(() => 1))
    for (const answer of answers) expect(answer[0]!.params.text).toMatch(/3000元|25名|凌晨五点|1922/)
    // the flood lasted one window, and a window allows one notice; the drain may open a second
    for (const notice of notices) expect(notice.length).toBeGreaterThanOrEqual(1)
    for (const notice of notices) expect(notice.length).toBeLessThanOrEqual(2)
    expect(toGroup).toHaveLength(answers.length + notices.flat().length)
    expect(elsewhereMs).toBeLessThan(1_000)
    expect(h.logLines.join('\n')).not.toContain(testToken)
  }, 60_000)
})
