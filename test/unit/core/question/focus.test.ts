import { describe, expect, it } from 'vitest'
import { findFocus } from '../../../../src/core/question/focus.js'
import { cutTerms as cut } from '../../../helpers/cut-terms.js'

describe('findFocus', () => {
  it('takes the last noun of the phrase after the question word (哪个刑侦支队 → 支队)', () => {
    const text = '七大队属于哪个刑侦支队'
    expect(findFocus(text, cut(text, ['七大队', '属于', '哪个', '刑侦', '支队']), () => true)).toBe('支队')
  })

  it('stops the phrase before a word of place after its noun (哪个支队下面的 → 支队)', () => {
    const text = '七大队是哪个支队下面的'
    expect(findFocus(text, cut(text, ['七大队', '是', '哪个', '支队', '下面', '的']), (term) => term !== '是' && term !== '的')).toBe('支队')
  })

  it('takes no noun that only says what kind of answer is wanted (什么问题, 什么身份) as the focus', () => {
    const text = '有选手违规具体是什么问题'
    const content = (term: string) => !['有', '具体', '是', '什么', '的'].includes(term)
    expect(findFocus(text, cut(text, ['有', '选手', '违规', '具体', '是', '什么', '问题']), content)).toBe('')
    const role = '骗子上门时是什么身份'
    expect(findFocus(role, cut(role, ['骗子', '上门', '时', '是', '什么', '身份']), content)).toBe('')
  })

  it('takes no unit a price is asked per as the focus (一针多少钱, 多少钱一碗)', () => {
    const before = '三价流感疫苗一针多少钱'
    expect(findFocus(before, cut(before, ['三价', '流感疫苗', '一针', '多少钱']), () => true)).toBe('')
    const after = '牛肉面多少钱一碗'
    expect(findFocus(after, cut(after, ['牛肉面', '多少钱', '一碗']), () => true)).toBe('牛肉面')
  })
})
