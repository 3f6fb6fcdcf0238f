import { describe, expect, it } from 'vitest'
import { defaultDeriveOptions, deriveNearSynonyms, normaliseGloss, type GlossedWord } from '../../../src/cli/derive-near-synonyms.js'

const entry = (word: string, ...glosses: string[]): GlossedWord => ({ word, pinyin: 'x1', glosses })
const keepAll = { ...defaultDeriveOptions, keep: () => true }

describe('normaliseGloss', () => {
  it('drops parentheses, a leading "to" and case so that glosses of synonyms compare equal', () => {
    expect(normaliseGloss('to retire (from the workforce)')).toBe('retire')
    expect(normaliseGloss('Apprentice')).toBe('')
    expect(normaliseGloss('an apprentice')).toBe('apprentice')
  })

  it('gives nothing for glosses that describe the word instead of translating it', () => {
    expect(normaliseGloss('variant of 徒弟[tu2 di4]')).toBe('')
    expect(normaliseGloss('surname Li')).toBe('')
    expect(normaliseGloss('abbr. for 出入境')).toBe('')
  })
})

describe('deriveNearSynonyms', () => {
  it('links words that share a sense and a character, both ways', () => {
    const near = deriveNearSynonyms([entry('徒弟', 'apprentice', 'disciple'), entry('学徒', 'apprentice')], keepAll)
    expect(near).toEqual(new Map([['学徒', ['徒弟']], ['徒弟', ['学徒']]]))
  })

  it('does not link words that share one sense and no character (another sense of the English word)', () => {
    expect(deriveNearSynonyms([entry('窗口', 'window', 'medium'), entry('介质', 'medium')], keepAll).size).toBe(0)
  })

  it('links words without a shared character when they share two senses', () => {
    expect(deriveNearSynonyms([entry('客人', 'guest', 'visitor'), entry('来宾', 'guest', 'visitor')], keepAll).get('客人')).toEqual(['来宾'])
  })

  it('skips a sense shared by more words than the group limit, single characters, proper nouns and words not kept', () => {
    const generic = ['好处', '好事', '好感', '好意', '好心', '好评', '好转', '好人', '好手', '好友', '好运'].map((w) => entry(w, 'good'))
    expect(deriveNearSynonyms(generic, keepAll).size).toBe(0)
    expect(deriveNearSynonyms([entry('徒', 'apprentice'), entry('学徒', 'apprentice')], keepAll).size).toBe(0)
    expect(deriveNearSynonyms([{ word: '长安', pinyin: 'Chang2 an1', glosses: ['peace'] }, entry('安宁', 'peace')], keepAll).size).toBe(0)
    expect(deriveNearSynonyms([entry('徒弟', 'apprentice'), entry('学徒', 'apprentice')], { ...keepAll, keep: (w) => w !== '学徒' }).size).toBe(0)
  })

  it('links a word whose sense is a phrase to the word whose whole sense it holds, unless told not to', () => {
    const entries = [entry('师徒', 'master and disciple'), entry('徒弟', 'disciple')]
    expect(deriveNearSynonyms(entries, { ...keepAll, containment: false }).size).toBe(0)
    expect(deriveNearSynonyms(entries, keepAll).get('徒弟')).toEqual(['师徒'])
  })
})
