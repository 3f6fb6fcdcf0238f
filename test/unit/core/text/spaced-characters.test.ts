import { describe, expect, it } from 'vitest'
import { joinSpacedCharacters } from '../../../../src/core/text/spaced-characters.js'

describe('joinSpacedCharacters', () => {
  it('joins characters typed one by one with spaces between them', () => {
    expect(joinSpacedCharacters('李 兔 儿 是 谁')).toBe('李兔儿是谁')
    expect(joinSpacedCharacters('王　立　新　是谁')).toBe('王立新　是谁')
  })

  it('keeps the spaces between words, and between one character and a word', () => {
    expect(joinSpacedCharacters('小营巷 党员 人数')).toBe('小营巷 党员 人数')
    expect(joinSpacedCharacters('李 兔儿')).toBe('李 兔儿')
    expect(joinSpacedCharacters('x y z')).toBe('x y z')
  })
})
