import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { decodeCallback, encodeCallback, type CallbackAction } from '../../../src/bot/callback-data.js'

describe('callback data', () => {
  it('round-trips every kind of action', () => {
    const actions: CallbackAction[] = [
      { kind: 'more', offset: 3 },
      { kind: 'example', articleId: '001-2' },
      { kind: 'context', passageId: '001-2#12.3' },
      { kind: 'full', passageId: 't1#1' },
      { kind: 'cite', passageId: 't1#1' },
      { kind: 'vote', vote: -1, passageId: 't1#1' },
      { kind: 'vote', vote: 1, passageId: '红巷#2' },
    ]
    for (const action of actions) expect(decodeCallback(encodeCallback(action))).toEqual(action)
  })

  it('refuses to encode data over 64 bytes', () => {
    expect(encodeCallback({ kind: 'context', passageId: `${'长'.repeat(30)}#1` })).toBeUndefined()
  })

  it('rejects malformed, oversized or path-like data', () => {
    for (const data of [undefined, '', 'm:0', 'm:301', 'm:abc', 'e:../x', 'e:a b', 'e:-a', 'c:../../etc/passwd', 'c:a b#1', 'c:#1', 'c:a#1\n', 'x:1', `c:${'a'.repeat(70)}#1`]) {
      expect(decodeCallback(data), String(data)).toBeUndefined()
    }
  })

  it('never throws and only returns known kinds for arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (data) => {
        const action = decodeCallback(data)
        return action === undefined || ['more', 'example', 'context', 'full', 'cite', 'vote'].includes(action.kind)
      }),
      { numRuns: 2000 },
    )
  })
})
