import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { checkQuestion, readQuestion } from '../../src/bot/answer-handler.js'
import { escapeHtml, formatAnswer, formatArticle, formatContext, formatHit, formatNoAnswer, formatSources } from '../../src/bot/format.js'
import type { Library } from '../../src/core/library.js'
import type { Article, Hit } from '../../src/core/types.js'
import { allMessages } from '../../src/messages.js'
import { fuzzRuns, openFuzzLibrary } from './fuzz-library.js'
import { messageArbitrary } from './messages.js'
import { checkTelegramHtml } from '../helpers/telegram-html.js'
import { findHtmlProblems } from './telegram-html.js'

const runs = fuzzRuns

let library: Library
let fragments: string[]
let close: () => Promise<void>

beforeAll(async () => {
  ;({ library, fragments, close } = await openFuzzLibrary('wenda-fuzz-bot-'))
})
afterAll(async () => {
  await close()
})

const expectValidReplies = (replies: readonly string[], input: unknown): void => {
  expect(replies.length, JSON.stringify(input)).toBeGreaterThan(0)
  for (const reply of replies) {
    expect(findHtmlProblems(reply), JSON.stringify({ input, reply })).toEqual([])
    expect(checkTelegramHtml(reply), JSON.stringify({ input, reply })).toEqual([]) // the fake Bot API's own check
  }
}

// corpus text is decoded from UTF-8, so it is always well-formed: no lone surrogates here
const markupUnit = fc.oneof(fc.string({ unit: 'binary', maxLength: 2 }), fc.constantFrom('<', '>', '&', '&amp;', '<b>', '</i>', '"', '南京', '大桥'))
const text = fc.oneof(fc.string({ unit: 'binary', maxLength: 60 }), fc.string({ unit: markupUnit, maxLength: 30 }))
const longText = (maxLength: number) => fc.string({ unit: markupUnit, minLength: 1, maxLength })

const hitArbitrary: fc.Arbitrary<Hit> = fc.record({
  text: longText(400),
  sentence: fc.string({ unit: markupUnit, maxLength: 40 }),
  terms: fc.array(fc.string({ unit: markupUnit, maxLength: 4 }), { maxLength: 5 }),
  score: fc.double({ noNaN: true }),
  source: fc.record({
    id: fc.string(), title: text, newspaper: text, date: text, page: text,
    paragraph: fc.nat(), heading: text, passageId: fc.string(),
  }),
})

describe('the bot reply formatting under fuzzed messages', () => {
  it(`replies to ${runs} generated messages, as the bot does, with valid Telegram HTML under 4096 characters`, async () => {
    const articles = await library.listArticles()
    await fc.assert(
      fc.asyncProperty(messageArbitrary(fragments), fc.constantFrom(...allMessages), fc.integer({ min: 0, max: 4 }), async (message, messages, offset) => {
        const question = readQuestion(message, 'wenda_bot')
        const refusal = checkQuestion(question, messages)
        if (refusal !== undefined) {
          expectValidReplies([escapeHtml(refusal)], { message })
          return
        }
        const answer = (await library.answer(question, { offset }))
        const replies = answer.abstained
          ? [formatNoAnswer(messages, articles, { question, example: (await library.examples())[0]?.question, assumed: answer.assumed })]
          : formatAnswer(answer, messages, { offset })
        expectValidReplies(replies, { message, offset })
      }),
      { numRuns: runs },
    )
    // 10,000 real answers: 14 s alone at load 8, over 30 s beside the rest of the suite
  }, 120_000)

  it('heads the answer to an example question with the question, as valid HTML', async () => {
    for (const messages of allMessages) {
      for (const { question } of await library.examples()) {
        expectValidReplies(formatAnswer((await library.answer(question)), messages, { showQuestion: true }), question)
      }
    }
  })

  it('formats arbitrary hits, with snippet text, sentence and terms that need not agree, as valid HTML', () => {
    fc.assert(
      fc.property(fc.array(hitArbitrary, { minLength: 1, maxLength: 12 }), fc.constantFrom(...allMessages), (hits, messages) => {
        expectValidReplies(hits.map((hit, i) => formatHit(hit, i + 1, messages)), hits)
        expectValidReplies(formatAnswer({ question: '问题<b>', abstained: false, results: hits }, messages, { showQuestion: true }), hits)
      }),
      { numRuns: Math.ceil(runs / 5) },
    )
  })

  it('formats arbitrary articles (sources, context, full text) as valid HTML messages', () => {
    const paragraph = fc.record({ n: fc.nat({ max: 50 }), heading: text, text: longText(3000) })
    const article: fc.Arbitrary<Article> = fc.record({
      id: fc.string(), title: text, subtitle: text, newspaper: text, date: text, page: text, column: text,
      authors: fc.array(text, { maxLength: 3 }), paragraphs: fc.array(paragraph, { minLength: 1, maxLength: 6 }),
    })
    fc.assert(
      fc.property(fc.array(article, { minLength: 1, maxLength: 40 }), fc.constantFrom(...allMessages), (articles, messages) => {
        const first = articles[0]!
        const source = { id: first.id, title: first.title, newspaper: first.newspaper, date: first.date, page: first.page, paragraph: 1, heading: '', passageId: 'x' }
        expectValidReplies(formatSources(messages, articles), 'sources')
        expectValidReplies(formatArticle(messages, first), first)
        expectValidReplies(formatContext(messages, source, first.paragraphs, { from: 1, to: 2 }), first)
      }),
      { numRuns: Math.ceil(runs / 20) },
    )
  })
})
