import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { readThesaurus, thesaurusUrl } from '../../../src/adapters/thesaurus-file.js'
import { createCorpusNormalizer } from '../../../src/app/corpus-analyzer.js'

describe('readThesaurus', () => {
  it('reads the shipped near-synonym table, both ways', async () => {
    const thesaurus = await readThesaurus()
    expect(thesaurus.get('徒弟')).toContain('师徒')
    expect(thesaurus.get('师徒')).toContain('徒弟')
    expect(thesaurus.size).toBeGreaterThan(10_000)
  })

  it('ships a table whose every word reads the same normalized, since answering does not normalize it', () => {
    const { normalize } = createCorpusNormalizer()
    const words = readFileSync(thesaurusUrl, 'utf8').split('\n').filter((line) => !line.startsWith('#')).flatMap((line) => line.split(' ')).filter(Boolean)
    expect(words.length).toBeGreaterThan(30_000)
    expect(words.filter((word) => normalize(word) !== word)).toEqual([])
  })

  it('rejects with the path when the file is missing', async () => {
    const missing = new URL('file:///nonexistent/near-synonyms.txt')
    await expect(readThesaurus(missing)).rejects.toThrow('cannot read the thesaurus /nonexistent/near-synonyms.txt')
  })
})
