import { describe, expect, it } from 'vitest'
import { cutTerms } from '../../../helpers/cut-terms.js'
import { findAsserted, findSource, readAnswerCues, readHonoured, readIdentity, readSource, readSpeaker } from '../../../../src/core/question/answer-cues.js'

const words = (...terms: string[]) => terms.map((term) => ({ term, forms: [term] }))

describe('readAnswerCues', () => {
  it('takes the words after a when-question word (啥时候 read as 什么时候) as the event whose date is asked', () => {
    expect(readAnswerCues('淡化厂啥时候能通水', '', words('淡化厂', '能', '通水')).event).toEqual(['通水'])
    expect(readAnswerCues('淡化厂怎么通水', '', words('淡化厂', '通水')).event).toEqual([])
  })

  it('takes the focus named after the question word as the thing asked for, not one before 怎么', () => {
    expect(readAnswerCues('他们靠的是什么载体', '载体', words('靠', '载体')).askedForms).toEqual(['载体'])
    expect(readAnswerCues('王立新怎么做', '王立新', words('王立新', '做')).askedForms).toEqual([])
  })

  it('reads the act whose object is asked for, and a plural ask', () => {
    expect(readAnswerCues('民警讲的是啥', '', words('民警', '讲'))).toEqual({ askedForms: [], act: '讲', plural: false, identity: '', located: '', honoured: '', speaker: '', source: '', ordinal: 0, asserted: [], conferred: '', event: [] })
    expect(readAnswerCues('两位专家研究什么', '', words('专家', '研究')).act).toBe('研究')
    expect(readAnswerCues('民警讲了什么', '', words('民警', '讲')).act).toBe('')
    expect(readAnswerCues('有哪些 改动', '改动', words('改动')).plural).toBe(true)
  })

  it('reads whom a question asks to be introduced, but not a role or a pointer asked about', () => {
    expect(readAnswerCues('王立新是谁？', '', words('王立新')).identity).toBe('王立新')
    expect(readAnswerCues('王立新是干啥的', '', words('王立新')).identity).toBe('王立新')
    expect(readAnswerCues('老王到底是什么人', '', words('老王')).identity).toBe('老王')
    expect(readAnswerCues('所长是谁', '所长', words('所长')).identity).toBe('')
    expect(readAnswerCues('负责人是谁', '负责人', words('负责人')).identity).toBe('')
    expect(readAnswerCues('他是谁', '', words()).identity).toBe('')
    expect(readAnswerCues('是谁救了王立新', '', words('救', '王立新')).identity).toBe('')
  })

  it('reads a question asking someone\'s post or work as asking what they are', () => {
    expect(readIdentity('王立新的职务是什么')).toBe('王立新')
    expect(readIdentity('王立新是什么职务？')).toBe('王立新')
    expect(readIdentity('王立新在东湖所担任什么职务')).toBe('王立新')
    expect(readIdentity('王立新是做什么工作的')).toBe('王立新')
    expect(readIdentity('沈志远以前是干啥的')).toBe('沈志远')
    expect(readIdentity('沈志远现在是做啥的')).toBe('沈志远')
    expect(readIdentity('所长的职务是什么')).toBe('')
    expect(readIdentity('王立新做了什么工作')).toBe('')
  })

  it('reads what a question asks the place of', () => {
    expect(readAnswerCues('东湖派出所在哪里？', '', words('东湖', '派出所')).located).toBe('东湖派出所')
    expect(readAnswerCues('纪念馆具体在啥地方', '', words('纪念馆')).located).toBe('纪念馆')
    expect(readAnswerCues('民警去了哪所小学', '小学', words('民警', '小学')).located).toBe('')
  })

  it('reads whom or what a question asks the honours of, named, not a role or a pointer', () => {
    expect(readAnswerCues('王立新得过啥称号？', '称号', words('王立新', '称号')).honoured).toBe('王立新')
    expect(readAnswerCues('驻所民警王立新都获得过哪些荣誉', '荣誉', words('民警', '王立新', '荣誉')).honoured).toBe('驻所民警王立新')
    expect(readAnswerCues('东湖派出所有哪些荣誉', '荣誉', words('东湖', '派出所', '荣誉')).honoured).toBe('东湖派出所')
    expect(readAnswerCues('巡逻大队被评为什么', '', words('巡逻', '大队')).honoured).toBe('巡逻大队')
    expect(readAnswerCues('他获得过哪些荣誉', '荣誉', words('荣誉')).honoured).toBe('')
    expect(readAnswerCues('社区民警得过什么奖', '奖', words('民警', '奖')).honoured).toBe('')
  })

  it('does not read 素有什么称号, which asks what something is called, as asking its honours', () => {
    expect(readAnswerCues('东湖镇素有啥称号', '称号', words('东湖镇', '称号')).honoured).toBe('')
  })

  it('reads whose words a question asks for, a role too, but not a pointer', () => {
    expect(readAnswerCues('王立新说了什么？', '', words('王立新')).speaker).toBe('王立新')
    expect(readSpeaker('王立新在会上说过什么话')).toBe('王立新')
    expect(readSpeaker('大队负责人告诉记者什么')).toBe('大队负责人')
    expect(readSpeaker('王立新是怎么说的')).toBe('王立新')
    expect(readSpeaker('东湖派出所的民警们说了啥')).toBe('民警们')
    expect(readSpeaker('他说了什么')).toBe('')
  })

  it('does not read 讲了什么 as asking for words said: it more often asks what was taught', () => {
    expect(readSpeaker('民警给学生讲了什么')).toBe('')
  })

  it('reads the words whose source a question asks, without their punctuation', () => {
    expect(readAnswerCues('谁说过我是为了他们好', '', words('说', '为了')).source).toBe('我是为了他们好')
    expect(readSource('“辛苦你们了”是谁说的？')).toBe('辛苦你们了')
    expect(readSource('以党建带队建，这话是谁说的')).toBe('以党建带队建')
    expect(readSource('警力有限，民力无穷出自哪篇文章')).toBe('警力有限民力无穷')
    expect(findSource('谁说的谁都想美一点')).toEqual({ start: 3, end: 9, words: '谁都想美一点' })
  })

  it('reads no source in a question quoting too little, or asking who decides', () => {
    expect(readSource('谁说的')).toBe('')
    expect(readSource('谁说了算')).toBe('')
    expect(readSource('王立新是谁')).toBe('')
  })

  it('exposes the same reading for a whole normalized question', () => {
    expect(readHonoured('王立新，获得了什么荣誉称号')).toBe('王立新')
    expect(readHonoured('王立新获得了什么')).toBe('')
  })

  it('reads the title a question says was conferred, up to 的 or 是, and none when it asks for the title', () => {
    expect(readAnswerCues('哪个品牌被评为全国优秀党建品牌', '', []).conferred).toBe('全国优秀党建品牌')
    expect(readAnswerCues('金华入选全国首批枫桥式派出所的是哪个所', '', []).conferred).toBe('全国首批枫桥式派出所')
    expect(readAnswerCues('大队被评为什么', '', []).conferred).toBe('')
    expect(readAnswerCues('王飞获得了什么称号', '', []).conferred).toBe('')
  })
})

describe('findAsserted', () => {
  const cut = (text: string, ...words: string[]) => cutTerms(text, words)

  it('takes the words after 能, 会, 可以 or 有 (or 能不能, 有没有): what the subject is asked to do or have', () => {
    const terms = cut('年审能一次办完吗', '年审', '能', '一次', '办完', '吗')
    expect(findAsserted(terms, terms.filter((t) => ['年审', '一次', '办完'].includes(t.term)))).toEqual(['一次', '办完'])
    const more = cut('派出所有没有配无人机', '派出所', '有没有', '配', '无人机')
    expect(findAsserted(more, more.filter((t) => t.term !== '有没有'))).toEqual(['配', '无人机'])
  })

  it('takes nothing without a modal, or when the question opens with one', () => {
    const none = cut('他是党员吗', '他', '是', '党员', '吗')
    expect(findAsserted(none, none.filter((t) => t.term === '党员'))).toEqual([])
    const opening = cut('有人知道这事吗', '有', '人', '知道', '这事')
    expect(findAsserted(opening, opening.filter((t) => ['知道', '这事'].includes(t.term)))).toEqual([])
  })
})
