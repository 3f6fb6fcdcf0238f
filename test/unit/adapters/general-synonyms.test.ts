import { describe, expect, it } from 'vitest'
import { readGeneralSynonyms } from '../../../src/adapters/general-synonyms.js'
import { parseSynonyms } from '../../../src/core/text/synonyms.js'

describe('readGeneralSynonyms', () => {
  it('reads the shipped groups, which make a house of 房子 and 房屋 alike, 放回 of 放归, 花钱 of 消费, 被评上 of 被评为, 庭上 of 当庭, 诉至 (法院) of 起诉, 抓住 of 抓获, 餐饮店 of 饭店, 老太 of 老人, 加收 of 收钱, 输送 of 送走, and whether one pays (要钱, 买票, 门票) of 免费', async () => {
    const synonyms = parseSynonyms(await readGeneralSynonyms())
    expect(synonyms.get('房子')).toContain('房屋')
    expect(synonyms.get('房屋')).toContain('房子')
    expect(synonyms.get('放回')).toContain('放归')
    expect(synonyms.get('花钱')).toContain('消费')
    expect(synonyms.get('被评上')).toContain('被评为')
    expect(synonyms.get('庭上')).toContain('当庭')
    expect(synonyms.get('起诉')).toContain('诉至')
    expect(synonyms.get('抓住')).toContain('抓获')
    expect(synonyms.get('饭店')).toContain('餐饮店')
    expect(synonyms.get('老太')).toContain('老人')
    expect(synonyms.get('收钱')).toContain('加收')
    expect(synonyms.get('送走')).toContain('输送')
    for (const asked of ['要钱', '买票', '门票', '收费']) expect(synonyms.get(asked)).toContain('免费')
  })

  it('reads the same text on a second call, from one read', async () => {
    expect(await readGeneralSynonyms()).toBe(await readGeneralSynonyms())
  })
})
