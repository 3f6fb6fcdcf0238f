import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Message } from 'grammy/types'
import { afterEach, describe, expect, it } from 'vitest'
import { createLiveLibrary, type LiveLibrary } from '../../src/app/live-library.js'
import type { RecordedCall } from '../helpers/fake-bot-api.js'
import { createFakeUser } from '../helpers/fake-user.js'
import { startHarness, writeTestCorpus, type Harness } from './bot-harness.js'

const reservoir = (fact: string) => ['---', 'id: "r1"', 'title: 翠屏湖水库', 'newspaper: 宁德日报', 'date: 1960-05-01', '---', '', fact, ''].join('\n')
const question = '翠屏湖水库哪一年开工建设？'
const adminId = 77

let h: Harness | undefined
let live: LiveLibrary | undefined
afterEach(async () => {
  await h?.stop()
  live?.close()
})

const replyTo = (message: Message) => (call: RecordedCall) => call.params.reply_parameters?.message_id === message.message_id

async function startLive(watch: boolean): Promise<{ corpusDir: string }> {
  const dirs = writeTestCorpus()
  live = await createLiveLibrary({ corpusDir: dirs.corpusDir, indexDir: dirs.indexDir, log: () => {}, watch, debounceMs: 100 })
  h = await startHarness(live.current(), dirs.dataDir, { library: live.current, reload: live.reload, access: { allowedIds: [], adminIds: [adminId] } })
  return dirs
}

async function ask(text: string): Promise<string> {
  const message = createFakeUser(h!.api).say(text)
  return (await h!.api.waitForCall('sendMessage', replyTo(message))).params.text as string
}

describe('hot reload through the bot', () => {
  it('answers from an article added to the corpus after an admin sends /reload', async () => {
    const { corpusDir } = await startLive(false)
    expect(await ask(question)).toContain('没有找到可靠的答案')
    await writeFile(join(corpusDir, 'r1.md'), reservoir('古田县的翠屏湖水库于1958年开工建设。'))
    createFakeUser(h!.api, { id: adminId }).say('/reload')
    await h!.api.waitForCall('sendMessage', (c) => String(c.params.text).startsWith('已重新载入'))
    const reply = await ask(question)
    expect(reply).toContain('1958年')
    expect(reply).toContain('《翠屏湖水库》 宁德日报 1960-05-01')
  })

  it('answers the edited fact after an article file is edited, without any command', async () => {
    const { corpusDir } = await startLive(true)
    await writeFile(join(corpusDir, 'r1.md'), reservoir('古田县的翠屏湖水库于1958年开工建设。'))
    for (const deadline = Date.now() + 10_000; live!.current().articleCount < 4; await new Promise((r) => setTimeout(r, 50))) {
      if (Date.now() > deadline) throw new Error('the new article was not loaded within 10 s')
    }
    expect(await ask(question)).toContain('1958年')
    const before = live!.current()
    await writeFile(join(corpusDir, 'r1.md'), reservoir('古田县的翠屏湖水库于1956年开工建设。'))
    for (const deadline = Date.now() + 10_000; live!.current() === before; await new Promise((r) => setTimeout(r, 50))) {
      if (Date.now() > deadline) throw new Error('the edit was not loaded within 10 s')
    }
    const reply = await ask(question)
    expect(reply).toContain('1956年')
    expect(reply).not.toContain('1958年')
    expect(h!.api.violations).toEqual([])
  })
})
