import { describe, expect, it } from 'vitest'
import { citePassage } from '../../../../src/core/present/cite.js'
import type { Passage } from '../../../../src/core/types.js'

const article = { id: '002', title: '红心警队', newspaper: '浙江法制报', date: '2021-07-01', page: '4' }
const passage = (id: string, heading: string, paragraph: number, lastParagraph: number): Passage => ({ id, articleId: '002', heading, paragraph, lastParagraph, text: '' })

describe('citePassage', () => {
  it('cites body text by the whole paragraph range of its passage, beside the answering paragraph', () => {
    expect(citePassage(article, passage('002#12', '红心铸魂', 12, 13), 13)).toEqual({
      ...article,
      paragraph: 13,
      firstParagraph: 12,
      lastParagraph: 13,
      kind: 'body',
      heading: '红心铸魂',
      passageId: '002#12',
    })
  })

  it('cites a picture caption as a caption, the one asked for among captions sharing a passage', () => {
    expect(citePassage(article, passage('002#15', '图片说明', 15, 19), 17)).toMatchObject({ kind: 'caption', paragraph: 17, firstParagraph: 17, lastParagraph: 17, passageId: '002#15' })
    expect(citePassage(article, passage('002#15', '图片说明', 15, 19))).toMatchObject({ kind: 'caption', paragraph: 15, firstParagraph: 15, lastParagraph: 15 })
  })
})
