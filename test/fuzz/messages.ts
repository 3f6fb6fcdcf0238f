import fc from 'fast-check'

/** Question words a user may send alone. */
export const questionWords = [
  '什么', '谁', '哪', '哪里', '哪儿', '哪个', '哪些', '哪一年', '哪天', '何时', '何地', '几', '几个', '多少', '多久', '多大',
  '多长', '多远', '第几', '为什么', '为何', '怎么', '怎样', '如何', '是否', '是不是', '吗', '呢', '什么时候', '什么地方', '？', '?',
]

const zeroWidth = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad']
const directionMarks = ['\u200e', '\u200f', '\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069']
const markup = ['<', '>', '&', '&amp;', '&lt;', '<b>', '</b>', '<i>', '<a href="x">', '"', "'", '*', '_', '`', '```', '[', ']', '(', ')', '~', '|', '#', '\\', '||', '__']
const emoji = ['😀', '👍', '👎', '🇨🇳', '👨‍👩‍👧', '🏳️‍🌈', '❤️', '🔥', '1️⃣', '🙏🏽']
const controls = [...Array.from({ length: 32 }, (_, i) => String.fromCharCode(i)), '\u007f', '\u0085', '\u2028', '\u2029']

const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code))
const han = fc.integer({ min: 0x4e00, max: 0x9fff }).map((code) => String.fromCharCode(code))

/** One piece of a message: a character class that has broken text handling somewhere before. */
const piece = fc.oneof(
  { arbitrary: fc.constantFrom(...questionWords), weight: 3 },
  { arbitrary: han, weight: 4 },
  { arbitrary: fc.constantFrom(...zeroWidth, ...directionMarks), weight: 2 },
  { arbitrary: fc.constantFrom(...markup), weight: 2 },
  { arbitrary: fc.constantFrom(...emoji), weight: 1 },
  { arbitrary: fc.constantFrom(...controls), weight: 1 },
  { arbitrary: loneSurrogate, weight: 1 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 3 }), weight: 2 },
  { arbitrary: fc.string({ unit: 'grapheme-ascii', maxLength: 4 }), weight: 2 },
  { arbitrary: fc.integer({ min: -1e6, max: 1e9 }).map(String), weight: 1 },
)

/**
 * Messages a stranger might send: mixes of the pieces above, corpus fragments (so some questions do
 * match), every question word alone, digits only, one character, emoji only, and rare long texts.
 */
export function messageArbitrary(corpusFragments: readonly string[]): fc.Arbitrary<string> {
  const fragment = fc.constantFrom(...corpusFragments)
  return fc.oneof(
    { arbitrary: fc.array(piece, { maxLength: 12 }).map((parts) => parts.join('')), weight: 30 },
    { arbitrary: fc.tuple(fragment, fc.array(piece, { maxLength: 4 })).map(([f, parts]) => f + parts.join('')), weight: 20 },
    { arbitrary: fc.tuple(fc.array(piece, { maxLength: 3 }), fragment, fc.constantFrom(...questionWords)).map(([p, f, q]) => p.join('') + f + q), weight: 20 },
    { arbitrary: fc.constantFrom(...questionWords), weight: 5 },
    { arbitrary: fc.stringMatching(/^[0-9]{1,30}$/), weight: 3 },
    { arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }), weight: 3 },
    { arbitrary: fc.array(fc.constantFrom(...emoji), { minLength: 1, maxLength: 20 }).map((e) => e.join('')), weight: 3 },
    { arbitrary: fc.string({ unit: 'binary', maxLength: 40 }), weight: 10 },
    { arbitrary: fc.array(fc.oneof(piece, fragment), { minLength: 300, maxLength: 1500 }).map((parts) => parts.join('')), weight: 1 },
  )
}
