import { existsSync, readdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { Message } from 'grammy/types'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openLibrary } from '../../src/app/open-library.js'
import { escapeHtml } from '../../src/bot/format.js'
import type { Library } from '../../src/core/library.js'
import { createFakeUser } from '../helpers/fake-user.js'
import { startHarness, testToken, type Harness } from './bot-harness.js'
import { makeTemporaryDirectory } from '../helpers/temporary-directory.js'

const corpusDir = resolve('corpus')
const hasCorpus = existsSync(corpusDir) && readdirSync(corpusDir).some((name) => name.endsWith('.md') && name !== 'README.md')

// The shipped corpus through the whole bot: every article, example and citation must make valid Telegram HTML.
describe.skipIf(!hasCorpus)('the real corpus through the bot', () => {
  let library: Library
  let h: Harness

  beforeAll(async () => {
    const root = makeTemporaryDirectory('wenda-real-')
    library = await openLibrary({ corpusDir, indexDir: join(root, 'index'), log: () => {} })
    h = await startHarness(library, join(root, 'data'))
  })

  afterAll(async () => {
    await h?.stop()
  })

  it('answers every /start example with cited passages', async () => {
    const user = createFakeUser(h.api)
    user.say('/start')
    const start = await h.api.waitForCall('sendMessage', (c) => c.params.text.includes(`${library.articleCount} 篇`))
    const examples = (start.params.reply_markup.inline_keyboard as { text: string; callback_data: string }[][]).flat()
    // one per main article (photo items and one-paragraph pieces have none), each a different article
    const main = (await library.listArticles()).filter((a) => a.paragraphCount >= 3)
    expect(examples.map((e) => e.callback_data).sort()).toEqual(main.map((a) => `e:${a.id}`).sort())
    for (const [i, example] of examples.entries()) {
      user.press(start.result as Message, example.callback_data)
      const answer = await h.api.waitForCall('sendMessage', (c) => c.params.text.startsWith(`❓ <b>${example.text}</b>`))
      expect(answer.params.text).not.toContain('没有找到可靠的答案')
      // the first passage is from the article the example was made from
      expect(answer.params.text).toContain(`—— 《${escapeHtml(main.find((a) => `e:${a.id}` === example.callback_data)!.title)}》`)
      expect(i).toBeLessThan(main.length)
    }
  })

  it('sends every article in full as valid HTML under 4096 characters', async () => {
    const user = createFakeUser(h.api)
    const answer = user.say('派出所')
    const reply = await h.api.waitForCall('sendMessage', (c) => c.params.reply_parameters?.message_id === answer.message_id)
    const passages = new Map<string, string>()
    const articles = await library.listArticles()
    for (const article of articles) {
      for (const n of [1, 2, 3]) if (!passages.has(article.id) && (await library.findPassage(`${article.id}#${n}`))) passages.set(article.id, `${article.id}#${n}`)
    }
    expect(passages.size).toBe(articles.length)
    for (const article of articles) {
      user.press(reply.result as Message, `f:${passages.get(article.id)}`)
      const heading = `<b>《${escapeHtml(article.title)}》</b>`
      const sent = await h.api.waitForCall('sendMessage', (c) => c.params.text.startsWith(heading))
      expect(sent.params.text).toContain('1. ')
    }
    expect(h.api.violations).toEqual([])
    expect(h.logLines.join('\n')).not.toContain(testToken)
  })
})
