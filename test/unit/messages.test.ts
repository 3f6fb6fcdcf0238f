import { describe, expect, it } from 'vitest'
import type { Source } from '../../src/core/types.js'
import { lacksChinese, messagesFor, messagesForQuestion } from '../../src/messages.js'

const source: Source = { id: 'a', title: '标题', newspaper: '报', date: '2021-07-01', page: '4', paragraph: 12, heading: '', passageId: 'a#12' }
const zh = messagesFor('zh')
const en = messagesFor('en')

describe('citation', () => {
  it('cites one paragraph, in both languages', () => {
    expect(zh.citation(source)).toBe('《标题》 报 2021-07-01 第4版 第12段')
    expect(en.citation(source)).toBe('《标题》, 报, 2021-07-01, p. 4, para. 12')
  })

  it('cites the range of a passage that spans paragraphs, whichever sentence answered', () => {
    expect(zh.citation({ ...source, paragraph: 13, firstParagraph: 12, lastParagraph: 13 })).toBe('《标题》 报 2021-07-01 第4版 第12–13段')
    expect(en.citation({ ...source, firstParagraph: 12, lastParagraph: 13 })).toBe('《标题》, 报, 2021-07-01, p. 4, paras. 12–13')
  })

  it('cites a picture caption as one, with no paragraph number', () => {
    expect(zh.citation({ ...source, kind: 'caption', paragraph: 32 })).toBe('《标题》 报 2021-07-01 第4版 图片说明')
    expect(en.citation({ ...source, kind: 'caption' })).toBe('《标题》, 报, 2021-07-01, p. 4, picture caption')
  })

  it('cites an answer from an article\'s metadata as its details, with no paragraph number', () => {
    expect(zh.citation({ ...source, kind: 'meta' })).toBe('《标题》 报 2021-07-01 第4版 文章信息')
    expect(en.citation({ ...source, kind: 'meta' })).toBe('《标题》, 报, 2021-07-01, p. 4, article details')
  })

  it('says nothing of a date or page the article does not give', () => {
    expect(zh.citation({ ...source, date: '', page: '' })).toBe('《标题》 报 第12段')
  })
})

describe('messagesForQuestion', () => {
  it('answers a question in Latin letters without Chinese in English, and any other in the chat\'s language', () => {
    expect(messagesForQuestion('How many police?', zh).language).toBe('en')
    expect(messagesForQuestion('派出所 police?', zh).language).toBe('zh')
    expect(messagesForQuestion('12345', zh).language).toBe('zh')
    expect(lacksChinese('12345')).toBe(true)
  })
})

describe('follow-up and decline wording', () => {
  it('says what a follow-up assumed, and offers an example only when there is one, in both languages', () => {
    expect(messagesFor('zh').followUpAssumed('李兔儿')).toBe('（按上一问：李兔儿）')
    expect(messagesFor('en').followUpAssumed('李兔儿')).toBe('(Read as about 李兔儿, from your previous question)')
    expect(messagesFor('zh').askInChinese(undefined)).toBe('文章都是中文的，请用中文提问。')
    expect(messagesFor('en').askInChinese('谁？')).toBe('The articles are in Chinese: please ask in Chinese, e.g. 谁？')
  })
})
