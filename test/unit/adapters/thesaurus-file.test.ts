import { describe, expect, it } from 'vitest'
import { readThesaurus } from '../../../src/adapters/thesaurus-file.js'

describe('readThesaurus', () => {
  it('reads the shipped near-synonym table, both ways', async () => {
    const thesaurus = await readThesaurus((w) => w)
    expect(thesaurus.get('徒弟')).toContain('师徒')
    expect(thesaurus.get('师徒')).toContain('徒弟')
    expect(thesaurus.size).toBeGreaterThan(10_000)
  })

  it('rejects with the path when the file is missing', async () => {
    const missing = new URL('file:///nonexistent/near-synonyms.txt')
    await expect(readThesaurus((w) => w, missing)).rejects.toThrow('cannot read the thesaurus /nonexistent/near-synonyms.txt')
  })
})
