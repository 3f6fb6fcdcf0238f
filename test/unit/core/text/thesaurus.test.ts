import { describe, expect, it } from 'vitest'
import { parseThesaurus } from '../../../../src/core/text/thesaurus.js'

describe('parseThesaurus', () => {
  it('reads each line as a word and its near-synonyms, both ways, without making those near one another', () => {
    const near = parseThesaurus('# 注释\n徒弟 学徒 师徒\n')
    expect(near.get('徒弟')).toEqual(['学徒', '师徒'])
    expect(near.get('学徒')).toEqual(['徒弟'])
    expect(near.get('师徒')).toEqual(['徒弟'])
  })

  it('skips a word with no near-synonyms and a pair written twice', () => {
    expect(parseThesaurus('学徒 徒弟\n孤词\n徒弟 学徒\n')).toEqual(new Map([['学徒', ['徒弟']], ['徒弟', ['学徒']]]))
  })
})
