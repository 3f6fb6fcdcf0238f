import type { Message } from 'grammy/types'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { openLibrary } from '../../src/app/open-library.js'
import { createFeedbackLedger, type FeedbackLedger } from '../../src/core/feedback-ledger.js'
import type { Library } from '../../src/core/library.js'
import type { RecordedCall } from '../helpers/fake-bot-api.js'
import { createFakeUser } from '../helpers/fake-user.js'
import { startHarness, writeTestCorpus, type Harness } from './bot-harness.js'

let ledger: FeedbackLedger
let library: Library
let dataDir: string
let h: Harness

beforeAll(async () => {
  const dirs = writeTestCorpus()
  dataDir = dirs.dataDir
  ledger = createFeedbackLedger()
  library = await openLibrary({ ...dirs, log: () => {}, feedback: ledger, answerer: { feedbackNudge: true } })
}, 60_000)

afterEach(async () => {
  await h?.stop()
  expect(h.api.violations).toEqual([])
})

const passages = (call: RecordedCall): string[] =>
  (call.params.reply_markup?.inline_keyboard ?? []).flat().flatMap((b: { callback_data?: string }) => (b.callback_data?.startsWith('v+:') ? [b.callback_data.slice(3)] : []))

describe('readers\' votes reaching the ranking (FEEDBACK_NUDGE on)', () => {
  it('lifts a passage for a similar question once several users agree, and admins see and reset disputed ones', async () => {
    h = await startHarness(library, dataDir, { feedback: { ledger, nudging: true }, access: { allowedIds: [], adminIds: [9] } })
    const askAndVote = async (id: number, question: string, pick: (shown: string[]) => string, vote: '+' | '-') => {
      const user = createFakeUser(h.api, { id })
      const asked = user.say(question)
      const reply = await h.api.waitForCall('sendMessage', (c) => c.params.reply_parameters?.message_id === asked.message_id)
      const passageId = pick(passages(reply))
      const pressed = user.press(reply.result as Message, `v${vote}:${passageId}`)
      await h.api.waitForCall('answerCallbackQuery', (c) => c.params.callback_query_id === pressed)
      return { shown: passages(reply), passageId }
    }
    const first = await askAndVote(100, '码头有多长？', (shown) => shown[1]!, '+')
    const [top, second] = first.shown
    expect(second).toBeDefined()
    // one user alone moves nothing, whatever they press
    expect((await askAndVote(100, '码头有多长？', (s) => s[0]!, '-')).shown[0]).toBe(top)
    for (const id of [101, 102, 103, 104, 105]) await askAndVote(id, '码头有多长？', () => second!, '+')
    expect((await askAndVote(106, '码头长多少米？', () => second!, '-')).shown[0]).toBe(second)

    const admin = createFakeUser(h.api, { id: 9 })
    admin.say('/disputed')
    const disputed = await h.api.waitForCall('sendMessage', (c) => c.params.text.startsWith('<b>争议最大的段落'))
    expect(disputed.params.text).toContain(`• ${second} 👍6 👎1 《运河码头旧事》`)
    admin.say(`/resetvotes ${second}`)
    expect((await h.api.waitForCall('sendMessage', (c) => c.params.text.startsWith('已清除'))).params.text).toBe(`已清除段落 ${second} 的全部反馈。`)
    const after = createFakeUser(h.api, { id: 107 })
    const asked = after.say('码头有多长？')
    const reply = await h.api.waitForCall('sendMessage', (c) => c.params.reply_parameters?.message_id === asked.message_id)
    expect(passages(reply)[0]).toBe(top)
  })

  it('keeps /disputed and /resetvotes for admins', async () => {
    h = await startHarness(library, dataDir, { feedback: { ledger, nudging: true } })
    createFakeUser(h.api).say('/disputed')
    await h.api.waitForCall('sendMessage', (c) => c.params.text.includes('只有管理员'))
  })
})
