import { describe, expect, it } from 'vitest'
import { findQuestionNumbers, findUnitAfter, readChineseNumeral, readNumbers, statesWithUnit, writeLabelsInDigits } from '../../../../src/core/text/numbers.js'

describe('readChineseNumeral', () => {
  it('reads numerals with and without multipliers', () => {
    expect(readChineseNumeral('五')).toEqual([5])
    expect(readChineseNumeral('十五')).toEqual([15])
    expect(readChineseNumeral('二十')).toEqual([20])
    expect(readChineseNumeral('一百二十')).toEqual([120])
  })

  it('reads a run of digits both as one number and digit by digit', () => {
    expect(readChineseNumeral('二〇一八')).toEqual(expect.arrayContaining([2018, 2, 0, 1, 8]))
    expect(readChineseNumeral('五六')).toEqual(expect.arrayContaining([5, 6]))
  })

  it('multiplies by 万', () => {
    expect(readChineseNumeral('三万')).toEqual(expect.arrayContaining([3, 30_000]))
  })
})

describe('findQuestionNumbers', () => {
  it('reads an hour of the afternoon or night (晚上10点) as itself and the hour twelve later (22时)', () => {
    expect(findQuestionNumbers('晚上10点以后还施工吗')).toEqual([[10, 22]])
    expect(findQuestionNumbers('下午5点半关门吗')).toEqual([[5, 17]])
    expect(findQuestionNumbers('上午10点开门吗')).toEqual([[10]])
  })

  it('reads two digits before 年 (83年, 05年) as a year said short as well as a count of years', () => {
    expect(findQuestionNumbers('剧团83年咋解散了')).toEqual([[83, 1983, 2083]])
    expect(findQuestionNumbers('05年建的吗')).toEqual([[5, 1905, 2005]])
    expect(findQuestionNumbers('他干了15年级长吗')).toEqual([[15]])
    expect(findQuestionNumbers('2018年开的吗')).toEqual([[2018]])
  })

  it('takes no bound the question compares with (超过了98%, 不到三成), but a condition it states (65岁以上)', () => {
    expect(findQuestionNumbers('2017年安全感是不是超过了98%')).toEqual([[2017]])
    expect(findQuestionNumbers('总投入超过400万了吗')).toEqual([])
    expect(findQuestionNumbers('是不是不到三成')).toEqual([])
    expect(findQuestionNumbers('65岁以上的老人要买票吗')).toEqual([[65]])
  })

  it('finds years, house numbers, ordinals and numbered units', () => {
    expect(findQuestionNumbers('2018年杭州市民安全感是多少')).toEqual([[2018]])
    expect(findQuestionNumbers('武林路133号的老板叫什么')).toEqual([[133]])
    expect(findQuestionNumbers('第五中队去了哪个幼儿园')).toEqual([[5]])
    expect(findQuestionNumbers('刑侦七大队的大队长是谁')).toEqual([[7]])
  })

  it('leaves out what is asked for, the article 一 and words that count nothing', () => {
    expect(findQuestionNumbers('一共有几个人')).toEqual([])
    expect(findQuestionNumbers('一名民警救了多少人')).toEqual([])
    expect(findQuestionNumbers('老百姓十分满意吗')).toEqual([])
    expect(findQuestionNumbers('核心理念是哪八个字')).toEqual([])
  })

  it('leaves out how many answers a 谁 or 哪个 question wants, when told to', () => {
    expect(findQuestionNumbers('两位老法医是谁', true)).toEqual([])
    expect(findQuestionNumbers('两位老法医是谁')).toEqual([[2]])
    expect(findQuestionNumbers('第五中队的两位民警是谁', true)).toEqual([[5]])
  })

  it('reads 第一 before a measure word as "first", which a passage may write 首班 or 首批, and keeps other ordinals', () => {
    expect(findQuestionNumbers('公交早上第一班几点发车')).toEqual([])
    expect(findQuestionNumbers('第一个党组织在哪里')).toEqual([])
    expect(findQuestionNumbers('第二个党组织在哪里')).toEqual([[2]])
    expect(findQuestionNumbers('第一中队去了哪个幼儿园')).toEqual([[1]])
  })
})

describe('readNumbers', () => {
  it('collects digits (full-width too) and Chinese numerals', () => {
    const values = readNumbers('2017年安全感98.94%，三中队有１２名民警')
    expect([2017, 98.94, 3, 12].every((v) => values.has(v))).toBe(true)
    expect(values.has(2018)).toBe(false)
  })
})

describe('findUnitAfter', () => {
  it('reads the measure word after a number the question writes in digits, past 多 or 余', () => {
    expect(findUnitAfter('哪个派出所有民警25名', [25])).toBe('名')
    expect(findUnitAfter('2018年的满意度是多少', [2018])).toBe('年')
    expect(findUnitAfter('有30余人参加吗', [30])).toBe('人')
  })

  it('returns undefined when no unit follows or the value is not written in digits', () => {
    expect(findUnitAfter('编号25是什么', [25])).toBeUndefined()
    expect(findUnitAfter('第五中队有几人', [5])).toBeUndefined()
  })
})

describe('statesWithUnit', () => {
  it('finds the value with that unit in digits or Chinese numerals, 号 and 日 alike', () => {
    expect(statesWithUnit('全所有民警25名。', 25, '名')).toBe(true)
    expect(statesWithUnit('共有二十五名民警。', 25, '名')).toBe(true)
    expect(statesWithUnit('截至8月25日。', 25, '号')).toBe(true)
  })

  it('does not take the same digits with another unit', () => {
    expect(statesWithUnit('截至11月25日，共有民警30名。', 25, '名')).toBe(false)
  })
})

describe('writeLabelsInDigits', () => {
  it('writes the numeral of a line, building or gate in digits, as papers print it', () => {
    expect(writeLabelsInDigits('三号线一共几个站')).toBe('3号线一共几个站')
    expect(writeLabelsInDigits('十二号楼住了几户')).toBe('12号楼住了几户')
  })

  it('leaves ordinals, question words, dates and words that only hold 号 as they are', () => {
    for (const text of ['第三号选手是谁', '几号开通', '十月三号发生了什么', '一号召全村']) expect(writeLabelsInDigits(text)).toBe(text)
  })
})
