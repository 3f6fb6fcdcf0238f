import { describe, expect, it } from 'vitest'
import { namesTitle, readMetaQuestion, selectListed } from '../../../../src/core/question/meta-question.js'

describe('readMetaQuestion', () => {
  it('reads a question for the byline of a piece it points at, keeping what finds the article', () => {
    expect(readMetaQuestion('小营巷那篇文章的作者都有谁?')).toMatchObject({ field: 'authors', subject: '小营巷' })
    expect(readMetaQuestion('交警叔叔上安全课这张照片是谁拍的?')).toMatchObject({ field: 'authors', subject: '交警叔叔上安全课' })
  })

  it('reads the day a piece ran, its page, column and subtitle', () => {
    expect(readMetaQuestion('《红巷沃土 向阳生长》这篇报道是哪天登的?')?.field).toBe('date')
    expect(readMetaQuestion('金华那篇登在第几版?')?.field).toBe('page')
    expect(readMetaQuestion('小营巷那篇文章登在哪个栏目下?')?.field).toBe('column')
    expect(readMetaQuestion('最强党支部那篇的副标题是什么?')?.field).toBe('subtitle')
  })

  it('reads what a piece it points at is about, but not what someone in the text said', () => {
    expect(readMetaQuestion('金华那篇文章主要讲什么')).toMatchObject({ field: 'about', subject: '金华' })
    expect(readMetaQuestion('小营巷那篇报道讲的是什么?')).toMatchObject({ field: 'about', subject: '小营巷' })
    expect(readMetaQuestion('民警讲了什么')).toBeUndefined()
  })

  it('reads a question about what a picture caption says as asked of the text, not the piece', () => {
    expect(readMetaQuestion('图片说明里周慧敏在给患者讲什么')).toBeUndefined()
    expect(readMetaQuestion('图说里讲了什么')).toBeUndefined()
    expect(readMetaQuestion('那张照片讲的是什么')).toMatchObject({ field: 'about' })
  })

  it('reads a question for every piece, or for those under a named column', () => {
    expect(readMetaQuestion('有哪些文章?')).toEqual({ field: 'title', subject: '', every: true })
    expect(readMetaQuestion('你读过什么报道')).toEqual({ field: 'title', subject: '', every: true })
    expect(readMetaQuestion('图说平安栏目有哪些?')).toEqual({ field: 'title', subject: '', column: '图说平安' })
    expect(readMetaQuestion('民警有哪些荣誉')).toBeUndefined()
  })

  it('takes a piece named by its title without book-title marks as pointing at it, given the titles', () => {
    const isTitle = namesTitle(['东湖夜话 警灯长明', '“红心”守护'])
    expect(readMetaQuestion('东湖夜话警灯长明是谁写的', false, isTitle)).toEqual({ field: 'authors', subject: '东湖夜话警灯长明' })
    expect(readMetaQuestion('东湖夜话是哪天登的', false, isTitle)).toMatchObject({ field: 'date' })
    expect(readMetaQuestion('东湖夜话警灯长明是谁写的')).toBeUndefined()
    // a short word of a title (守护) names no piece: 谁写的 of it asks the text
    expect(readMetaQuestion('守护是谁写的', false, isTitle)).toBeUndefined()
  })

  it('takes a title in book-title marks as pointing at the piece', () => {
    expect(readMetaQuestion('《运河码头旧事》哪天登的')).toMatchObject({ field: 'date', subject: '《运河码头旧事》' })
    expect(readMetaQuestion('码头哪天登的')).toBeUndefined()
  })

  it('reads a question that is nothing but a field (谁写的, 哪天登的, 它是哪天登的) as asked of a piece, with nothing left to find it by', () => {
    expect(readMetaQuestion('谁写的?')).toEqual({ field: 'authors', subject: '' })
    expect(readMetaQuestion('哪天登的?')).toEqual({ field: 'date', subject: '' })
    expect(readMetaQuestion('它是哪天登的?')?.field).toBe('date')
  })

  it('takes a piece named by its kind (这篇评论, 这则简讯) as the piece pointed at, with nothing left to find it by', () => {
    expect(readMetaQuestion('这篇评论是谁写的')).toEqual({ field: 'authors', subject: '' })
    expect(readMetaQuestion('这则简讯哪天登的')?.subject).toBe('')
  })

  it('right after a question about a piece, still reads a question naming something of the text as about the text', () => {
    expect(readMetaQuestion('记者在现场看到了什么?', true)).toBeUndefined()
    expect(readMetaQuestion('记者是谁?', true)?.field).toBe('authors')
  })

  it('reads which article ran on a page the question names', () => {
    expect(readMetaQuestion('哪篇文章刊登在第4版?')).toEqual({ field: 'title', subject: '', page: '4' })
    expect(readMetaQuestion('第四版有哪些文章?')).toEqual({ field: 'title', subject: '', page: '4' })
  })

  it('reads a field no article records as unknown, so it is declined', () => {
    expect(readMetaQuestion('小营巷那篇文章的责任编辑是谁?')?.field).toBe('unknown')
  })

  it('leaves questions about the text alone, even with a byline word or a topic word in them', () => {
    expect(readMetaQuestion('记者在现场看到了什么?')).toBeUndefined()
    expect(readMetaQuestion('金华公安开展了哪几个“我为”专题实践活动?')).toBeUndefined()
    expect(readMetaQuestion('民警接到什么报警后出发的?')).toBeUndefined()
    expect(readMetaQuestion('讲座的题目是什么?')).toBeUndefined()
    expect(readMetaQuestion('李兔儿是哪一年入党的?')).toBeUndefined()
  })

  it('selects the articles a listing asks for, and none for a question about one article', () => {
    const article = { id: 'a', title: '', subtitle: '', newspaper: '', date: '', page: '4', authors: [], column: '图说' }
    expect(selectListed({ field: 'title', subject: '', every: true })?.(article)).toBe(true)
    expect(selectListed({ field: 'title', subject: '', page: '4' })?.(article)).toBe(true)
    expect(selectListed({ field: 'title', subject: '', page: '5' })?.(article)).toBe(false)
    expect(selectListed({ field: 'title', subject: '', column: '图说' })?.(article)).toBe(true)
    expect(selectListed({ field: 'date', subject: '东湖' })).toBeUndefined()
  })
})
