import { describe, expect, it } from 'vitest'
import { readGeneralSynonyms } from '../../../src/adapters/general-synonyms.js'
import { parseSynonyms } from '../../../src/core/text/synonyms.js'

describe('readGeneralSynonyms', () => {
  // each pair was added for a question a tuning set asked in other words than its article
  const pairs: [string, string][] = [
    ['房子', '房屋'], ['房屋', '房子'], ['放回', '放归'], ['花钱', '消费'], ['被评上', '被评为'], ['庭上', '当庭'], ['起诉', '诉至'],
    ['抓住', '抓获'], ['饭店', '餐饮店'], ['老太', '老人'], ['收钱', '加收'], ['送走', '输送'], ['头一天', '首日'], ['开张', '开诊'], ['消防员', '指战员'], ['过路费', '通行费'], ['多掏钱', '加钱'], ['最早', '始建'], ['标箱', '标准箱'],
    // whether one pays is answered by 免费
    ['要钱', '免费'], ['买票', '免费'], ['门票', '免费'], ['收费', '免费'],
  ]

  it.each(pairs)('reads the shipped groups, which make %s and %s alike', async (asked, written) => {
    expect(parseSynonyms(await readGeneralSynonyms()).get(asked)).toContain(written)
  })

  it('reads the same text on a second call, from one read', async () => {
    expect(await readGeneralSynonyms()).toBe(await readGeneralSynonyms())
  })
})
