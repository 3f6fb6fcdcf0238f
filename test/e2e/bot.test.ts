import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Message } from 'grammy/types'
import { describe, expect, it } from 'vitest'
import type { RecordedCall } from '../helpers/fake-bot-api.js'
import { createFakeUser, type FakeUser } from '../helpers/fake-user.js'
import { replyTo, useHarnessFile, type Harness } from './bot-harness.js'

const file = useHarnessFile()
let h: Harness

const buttons = (call: RecordedCall): { text: string; callback_data?: string; copy_text?: { text: string } }[] =>
  (call.params.reply_markup?.inline_keyboard ?? []).flat()
const sentMessage = (call: RecordedCall) => call.result as Message

async function ask(user: FakeUser, text: string): Promise<RecordedCall> {
  const question = user.say(text)
  return h.api.waitForCall('sendMessage', replyTo(question))
}

describe('private chat', () => {
  it('replies to a question with the passage, bold terms, its citation and buttons', async () => {
    h = await file.start()
    const user = createFakeUser(h.api)
    const reply = await ask(user, '红巷派出所有多少名民警？')
    expect(reply.params.parse_mode).toBe('HTML')
    expect(reply.params.link_preview_options).toEqual({ is_disabled: true })
    expect(reply.params.text).toContain('<i>所里有<b>民警</b>25名')
    expect(reply.params.text).toContain('—— 《红巷派出所的一天》 测试报 2021-07-01 第4版 第1–2段')
    const labels = buttons(reply).map((b) => b.text)
    expect(labels).toEqual(expect.arrayContaining(['1 上下文', '1 全文', '1 引用', '👍1', '👎1']))
    const cite = buttons(reply).find((b) => b.text === '1 引用')!
    expect(cite.copy_text?.text).toBe('“所里有民警25名，辅警40名，守护着3万居民。”（《红巷派出所的一天》 测试报 2021-07-01 第4版 第1–2段）')
    expect(h.api.callsTo('sendChatAction')[0]?.params).toMatchObject({ chat_id: user.chat.id, action: 'typing' })
  })

  it('says plainly that it has no answer and lists the main articles, counting the short items left out', async () => {
    h = await file.start()
    const reply = await ask(createFakeUser(h.api), '宫保鸡丁怎么做？')
    expect(reply.params.text.split('\n')[0]).toBe('抱歉，在收录的文章里没有找到可靠的答案。')
    expect(reply.params.text).toContain('• 《红巷派出所的一天》 测试报 2021-07-01\n• 《运河码头旧事》 运河晚报 2020-10-10')
    // the two-paragraph item is not listed, but counted
    expect(reply.params.text).not.toContain('西湖龙井')
    expect(reply.params.text).toContain('另有 1 篇图片新闻或短讯未列出。')
    expect(reply.params.reply_markup).toBeUndefined()
  })

  it('tells an English question to ask in Chinese, in English, with an example the file.library answers', async () => {
    h = await file.start()
    const user = createFakeUser(h.api)
    const reply = await ask(user, 'How many police officers work there?')
    const lines = reply.params.text.split('\n')
    expect(lines[0]).toBe('Sorry, I found no reliable answer in the articles I have read.')
    const example = /^The articles are in Chinese: please ask in Chinese, e\.g\. (.+)$/.exec(lines[1]!)?.[1]
    expect(example).toBeDefined()
    expect((await file.library.answer(example!)).abstained).toBe(false)
  })

  it('reads a follow-up against the previous question of the chat and says what it assumed', async () => {
    h = await file.start()
    const user = createFakeUser(h.api)
    await ask(user, '红巷派出所成立于哪一年？')
    const reply = await ask(user, '这个所有多少名民警？')
    expect(reply.params.text.startsWith('<i>（按上一问：红巷派出所）</i>')).toBe(true)
    expect(reply.params.text).toContain('<b>民警</b>25名')
    // another chat has no previous question: the same words are read on their own
    const other = await ask(createFakeUser(h.api), '这个所有多少名民警？')
    expect(other.params.text).not.toContain('按上一问')
  })

  it('reads 这个所 after a question asking which station as the station its answer names, and says so', async () => {
    h = await file.start()
    const user = createFakeUser(h.api)
    await ask(user, '哪个派出所有民警25名？')
    const reply = await ask(user, '这个所成立于哪一年？')
    expect(reply.params.text.startsWith('<i>（按上一问：红巷派出所）</i>')).toBe(true)
    expect(reply.params.text).toContain('1922')
  })

  it('when unsure, says so first and offers the passage that came close, with its buttons', async () => {
    h = await file.start()
    // the founding year is in the article, the day is not
    const reply = await ask(createFakeUser(h.api), '红巷派出所哪一天成立？')
    expect(reply.params.parse_mode).toBe('HTML')
    expect(reply.params.text).toMatch(/^抱歉，在收录的文章里没有找到可靠的答案。\n<i>下面的段落可能相关/)
    expect(reply.params.text).toContain('1922')
    expect(reply.params.text).toContain('—— 《红巷派出所的一天》')
    expect(reply.params.text).not.toContain('可以试着问')
    const labels = buttons(reply).map((b) => b.text)
    expect(labels).toEqual(expect.arrayContaining(['1 上下文', '1 引用', '👍1', '👎1']))
    expect(labels.some((label) => label.includes('更多'))).toBe(false)
  })

  it('pages with "more results", recovering the question from the quoted message', async () => {
    h = await file.start()
    const user = createFakeUser(h.api)
    const first = await ask(user, '码头')
    const more = buttons(first).find((b) => b.text.startsWith('更多结果'))!
    expect(more.callback_data).toBe('m:3')
    const pressed = user.press(sentMessage(first), more.callback_data!)
    await h.api.waitForCall('answerCallbackQuery', (c) => c.params.callback_query_id === pressed)
    const question = sentMessage(first).reply_to_message!
    const second = await h.api.waitForCall('sendMessage', (c) => c.params.reply_parameters?.message_id === question.message_id && c !== first)
    expect(second.params.text).toMatch(/^<b>更多结果（从第 4 条起）：<\/b>\n\n<b>4\.<\/b>/)
    expect(second.params.text).not.toContain('<b>1.</b>')
  })

  it('shows context, the full article in parts under 4096, and a citation when buttons are pressed', async () => {
    h = await file.start()
    const user = createFakeUser(h.api)
    const answer = sentMessage(await ask(user, '码头'))
    user.press(answer, 'c:t3#2')
    const context = await h.api.waitForCall('sendMessage', (c) => c.params.text.startsWith('<b>上下文：</b>'))
    expect(context.params.text).toContain('1. 运河边第1座码头')
    expect(context.params.text).toContain('<b>2. 运河边第2座码头')
    expect(context.params.text).toContain('3. 运河边第3座码头')
    expect(context.params.reply_parameters.message_id).toBe(answer.message_id)
    user.press(answer, 'f:t3#2')
    await h.api.waitForCall('sendMessage', (c) => c.params.text.includes('（2/2）'))
    const parts = h.api.callsTo('sendMessage').filter((c) => /（\d\/2）$/.test(c.params.text))
    expect(parts).toHaveLength(2)
    expect(parts[0]!.params.text).toMatch(/^<b>《运河码头旧事》<\/b>\n运河晚报 · 2020-10-10 · 第8版/)
    expect(parts.map((p) => p.params.text).join('')).toContain('48. 运河边第48座码头')
    user.press(answer, 'q:t1#1')
    const cite = await h.api.waitForCall('sendMessage', (c) => c.params.text.startsWith('<b>引用：</b>'))
    expect(cite.params.text).toBe('<b>引用：</b>\n<code>《红巷派出所的一天》 测试报 2021-07-01 第4版 第1–2段</code>')
    expect(h.api.callsTo('answerCallbackQuery')).toHaveLength(3)
  })

  it('stores 👍/👎 with a hashed user and thanks the user', async () => {
    h = await file.start()
    const user = createFakeUser(h.api, { id: 777_001 })
    const answer = sentMessage(await ask(user, '明前茶多少钱一斤'))
    const id = user.press(answer, 'v-:t2#1')
    const ack = await h.api.waitForCall('answerCallbackQuery', (c) => c.params.callback_query_id === id)
    expect(ack.params.text).toBe('谢谢反馈！')
    const stored = await readFile(join(file.dataDir, 'feedback.jsonl'), 'utf8')
    expect(stored).toMatch(/"passage":"t2#1","vote":-1,"user":"[0-9a-f]{16}"/)
    expect(stored).not.toContain('777001')
  })

  it('answers stale or forged button data politely without touching the corpus', async () => {
    h = await file.start()
    const user = createFakeUser(h.api)
    const answer = sentMessage(await ask(user, '码头'))
    for (const data of ['c:../../etc/passwd#1', 'f:nope#1', 'x:1', 'm:99999', 'v+:gone#3', 'e:42']) {
      const id = user.press(answer, data)
      const ack = await h.api.waitForCall('answerCallbackQuery', (c) => c.params.callback_query_id === id)
      expect(ack.params.text, data).toContain('不可用')
    }
    expect(h.api.callsTo('sendMessage')).toHaveLength(1)
  })
})

describe('commands', () => {
  it('/start lists what the bot knows and offers example questions that answer when pressed', async () => {
    h = await file.start()
    const user = createFakeUser(h.api)
    user.say('/start')
    const start = await h.api.waitForCall('sendMessage')
    expect(start.params.text).toContain('我读过 3 篇报纸文章')
    expect(start.params.text).toContain('《运河码头旧事》 运河晚报 2020-10-10')
    const examples = buttons(start)
    expect(examples.length).toBeGreaterThan(0)
    // each button names its article, so it asks the same question after a reload reorders the list
    expect(examples.every((b) => file.library.findArticle((b.callback_data ?? '').replace(/^e:/, '')) !== undefined)).toBe(true)
    user.press(sentMessage(start), examples[0]!.callback_data!)
    const answer = await h.api.waitForCall('sendMessage', (c) => c.params.text.startsWith('❓ '))
    expect(answer.params.text).toContain(`❓ <b>${examples[0]!.text}</b>`)
    expect(answer.params.text).toContain('——')
  })

  it('speaks English to users whose Telegram language is English', async () => {
    h = await file.start()
    const user = createFakeUser(h.api, { languageCode: 'en' })
    user.say('/help')
    const help = await h.api.waitForCall('sendMessage')
    expect(help.params.text).toContain('Send a question')
    user.say('/sources')
    const sources = await h.api.waitForCall('sendMessage', (c) => c.params.text.startsWith('<b>Articles (3):</b>'))
    expect(sources.params.text).toContain('1. 《红巷派出所的一天》 测试报 2021-07-01')
    const reply = await ask(user, '红巷派出所有多少名民警？')
    expect(reply.params.text).toContain('测试报, 2021-07-01, p. 4, paras. 1–2')
    expect(buttons(reply).map((b) => b.text)).toContain('1 Context')
  })

  it('registers the command menu in Chinese and English at start-up', async () => {
    h = await file.start()
    const menus = h.api.callsTo('setMyCommands')
    expect(menus.map((m) => m.params.language_code)).toEqual([undefined, 'en'])
    expect(menus[0]!.params.commands.map((c: { command: string }) => c.command)).toEqual(['start', 'help', 'sources', 'ask', 'about'])
    expect(h.api.callsTo('deleteWebhook')).toHaveLength(1)
  })

  it('/help, /about and an unknown command answer in Chinese by default', async () => {
    h = await file.start()
    const user = createFakeUser(h.api)
    expect((await ask(user, '/frobnicate')).params.text).toBe('没有这个命令。发送 /help 查看用法。')
    user.say('/about')
    expect((await h.api.waitForCall('sendMessage', (c) => c.params.text.startsWith('问答'))).params.text).toContain('不记录姓名')
  })
})
