import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Message } from 'grammy/types'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { openLibrary } from '../../src/app/open-library.js'
import type { Library } from '../../src/core/library.js'
import { createFakeUser } from '../helpers/fake-user.js'
import { startHarness, type Harness } from './bot-harness.js'
import { makeTemporaryDirectory } from '../helpers/temporary-directory.js'

// One sentence of 406 UTF-16 units with no comma, so it is cut into two passages, 𠀀 (outside the BMP) straddling the 300th UTF-16
// unit where passages are hard-cut, and an emoji sequence further on: a cut at a UTF-16 offset left
// a lone surrogate in the reply, which the fake Bot API flags, as Telegram refuses it.
const sentence = `古籍修复师王兰每天修补古书${'页'.repeat(286)}𠀀${'纸'.repeat(90)}👨‍👩‍👧${'墨'.repeat(6)}。`

let library: Library
let dataDir: string
let h: Harness | undefined

beforeAll(async () => {
  const root = makeTemporaryDirectory('wenda-unicode-')
  mkdirSync(join(root, 'corpus'))
  writeFileSync(join(root, 'corpus', 'u1.md'), `---\nid: "u1"\ntitle: 古籍修复\nnewspaper: 测试报\ndate: 2023-05-05\npage: "6"\n---\n\n${sentence}\n`)
  library = await openLibrary({ corpusDir: join(root, 'corpus'), indexDir: join(root, 'index'), log: () => {} })
  dataDir = join(root, 'data')
})

afterEach(async () => {
  await h?.stop()
  h = undefined
})

describe('replies cut from text outside the BMP', () => {
  it('quote the passages and their context whole characters only, with no lone surrogate anywhere', async () => {
    expect(sentence.indexOf('𠀀')).toBe(299)
    h = await startHarness(library, dataDir)
    const user = createFakeUser(h.api)
    const question = user.say('古籍修复师王兰每天做什么？')
    const reply = await h.api.waitForCall('sendMessage', (c) => c.params.reply_parameters?.message_id === question.message_id)
    expect(reply.params.text).toContain('古籍修复师王兰')
    user.press(reply.result as Message, 'c:u1#1.1')
    const context = await h.api.waitForCall('sendMessage', (c) => c.params.text.startsWith('<b>上下文：</b>'))
    expect(context.params.text).toContain('𠀀')
    expect(context.params.text).toContain('👨‍👩‍👧')
    expect(h.api.violations).toEqual([])
  })
})
