import { describe, expect, it } from 'vitest'
import { isArticleId, maxIdBytes } from '../../../src/core/article-id.js'

describe('isArticleId', () => {
  it('accepts letters, digits, - and _ starting with a letter or digit', () => {
    for (const id of ['000', '001-2', 'syn_42', '红巷']) expect(isArticleId(id), id).toBe(true)
  })

  it('refuses separators, paths, a leading dash and ids over the byte limit', () => {
    for (const id of ['', '-a', 'a b', '../x', 'a#1', 'a/b', '长'.repeat(maxIdBytes / 3 + 1)]) expect(isArticleId(id), id).toBe(false)
  })
})
