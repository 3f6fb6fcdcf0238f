import { describe, expect, it } from 'vitest'
import { findPersonDescription, mayDescribePerson, nameDescribedPerson } from '../../../../src/core/question/described-person.js'
import { createDictionaryTagger } from '../../../helpers/dictionary-tagger.js'

const tag = createDictionaryTagger({
  他: 'r', 叫: 'v', 李兔儿: 'nr', 一名: 'm', 在: 'p', 社区: 'n', 民警: 'n', 岗位: 'n', 上: 'f', 的: 'uj', 老: 'a', 党员: 'n',
  以: 'p', 王立新: 'nr', 为: 'p', 榜样: 'n', '。': 'x', '，': 'x', 居民: 'n', 张芳: 'nr', 说: 'v',
})

describe('mayDescribePerson', () => {
  it('lets through a question with a pointer or 老, which findPersonDescription may read, and no other', () => {
    expect(mayDescribePerson('那个32岁的程序员能拿回多少退款')).toBe(true)
    expect(mayDescribePerson('小营巷老片警今年多大岁数')).toBe(true)
    expect(mayDescribePerson('派出所有多少名民警')).toBe(false)
  })
})

describe('findPersonDescription', () => {
  it('finds one person pointed at by 那个, 这位 or 老 before a noun naming people, with what describes them', () => {
    expect(findPersonDescription('那个老民警多大了', ['民警'])).toEqual({ start: 0, end: 5, role: '民警' })
    expect(findPersonDescription('小营巷老片警今年多大岁数', ['小营', '片警', '今年'])).toEqual({ start: 3, end: 6, role: '片警' })
    expect(findPersonDescription('那个退休老师得过什么荣誉', ['退休', '老师', '荣誉'])).toEqual({ start: 0, end: 6, role: '老师' })
    expect(findPersonDescription('这位大妈住在哪', ['大妈'])).toEqual({ start: 0, end: 4, role: '大妈' })
    expect(findPersonDescription('那个32岁的程序员能拿回多少退款', ['32', '岁', '程序员', '退款'])).toEqual({ start: 0, end: 9, role: '程序员' })
  })

  it('finds none for people of a kind counted or asked about in general, nor for a noun naming no one', () => {
    expect(findPersonDescription('派出所有多少名民警', ['派出所', '民警'])).toBeUndefined()
    expect(findPersonDescription('民警多大年纪退休', ['民警', '年纪', '退休'])).toBeUndefined()
    expect(findPersonDescription('那个派出所在哪', ['派出所'])).toBeUndefined()
  })
})

describe('nameDescribedPerson', () => {
  it('names the person a passage gives the role to, right before the name or in the sentence that gives the name', () => {
    expect(nameDescribedPerson(['以社区民警李兔儿为榜样。'], ['民警'], tag)).toBe('李兔儿')
    expect(nameDescribedPerson(['他叫李兔儿，一名在社区民警岗位上的老党员。'], ['片警', '民警'], tag)).toBe('李兔儿')
  })

  it('names no one the passages do not bind to the role, and takes the first passage that does', () => {
    expect(nameDescribedPerson(['居民张芳说，社区民警来了。'], ['民警'], tag)).toBeUndefined()
    expect(nameDescribedPerson(['他叫李兔儿。一名社区民警。'], ['民警'], tag)).toBeUndefined()
    expect(nameDescribedPerson(['居民张芳说。', '以社区民警王立新为榜样。', '以社区民警李兔儿为榜样。'], ['民警'], tag)).toBe('王立新')
  })
})
