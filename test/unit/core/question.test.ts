import { describe, expect, it } from 'vitest'
import { detectQuestionType } from '../../../src/core/question.js'

describe('detectQuestionType', () => {
  it.each([
    ['民警是谁', 'who'],
    ['是哪一年成立的', 'when'],
    ['什么时候开始', 'when'],
    ['一共有多少人', 'how_many'],
    ['抓了几个嫌疑人', 'how_many'],
    ['属于哪个区', 'where'],
    ['在哪里', 'where'],
    ['为什么有那么多煤气瓶', 'why'],
    ['怎么帮助年轻人成长', 'how'],
    ['是哪个单位', 'which'],
    ['是讲反诈的吗？', 'yes_no'],
    ['警队品牌口号', 'what'],
  ])('reads %s as %s', (question, type) => {
    expect(detectQuestionType(question)).toBe(type)
  })
})
