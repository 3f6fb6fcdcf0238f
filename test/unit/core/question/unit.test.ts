import { describe, expect, it } from 'vitest'
import { isRateUnit } from '../../../../src/core/question/unit.js'

describe('isRateUnit', () => {
  const at = (asked: string, stretch: string) => isRateUnit(asked, stretch, asked.indexOf(stretch))

  it('takes 一 and a unit beside the price or count asked as what an amount is per', () => {
    expect(at('明前茶多少钱一斤', '一斤')).toBe(true)
    expect(at('三价流感疫苗一针多少钱', '一针')).toBe(true)
    expect(at('一天能采几斤鲜叶', '一天')).toBe(true)
  })

  it('takes no unit away from the amount asked, and not 一期', () => {
    expect(at('一斤茶叶是哪年采的', '一斤')).toBe(false)
    expect(at('一期工程投资多少', '一期')).toBe(false)
    expect(at('打一针要排队吗', '一针')).toBe(false)
  })
})
