import { describe, expect, it } from 'vitest'
import { findHtmlProblems } from './telegram-html.js'

describe('findHtmlProblems', () => {
  it('returns [] for nested supported tags and escaped text', () => {
    expect(findHtmlProblems('<b>1.</b> <i>a &lt; b &amp;&amp; <b>c</b></i>\n—— 《标题》 &#128512; <a href="https://x">x</a>')).toEqual([])
  })

  it('reports unescaped characters, unknown, crossed and unclosed tags', () => {
    expect(findHtmlProblems('a < b')).toEqual(['unescaped < at 2'])
    expect(findHtmlProblems('a & b')).toEqual(['unescaped & at 2'])
    expect(findHtmlProblems('<div>x</div>')).toEqual(['unsupported tag <div> at 0', 'unsupported tag </div> at 6'])
    expect(findHtmlProblems('<b><i>x</b></i>')).toEqual(['</b> at 7 crosses <i>', '</i> at 11 crosses <b>'])
    expect(findHtmlProblems('x</b>')).toEqual(['</b> at 1 closes nothing open'])
    expect(findHtmlProblems('<b>x')).toEqual(['unclosed <b>'])
    expect(findHtmlProblems('<b onclick="x">y</b>')).toEqual(['<b> may not carry onclick'])
  })

  it('reports empty text, lone surrogates and messages over 4096 characters', () => {
    expect(findHtmlProblems('<b> </b>')).toEqual(['no visible text'])
    expect(findHtmlProblems('a\uD800b')).toEqual(['lone surrogate (not encodable as UTF-8)'])
    expect(findHtmlProblems('好'.repeat(4097))).toEqual(['too long: 4097 > 4096'])
  })
})
