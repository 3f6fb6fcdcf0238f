// Lists news stories number item by item: 一是…二是…, 第一，…, 其一，…, （一）…, 1.…

const ITEM_NUMERALS = '一二三四五六七八九十'
const patterns = new Map<number, RegExp>()

/** Whether `text` opens item `ordinal` of a list, at its start or after a sentence or clause end (…；三是…). */
export function opensItem(text: string, ordinal: number): boolean {
  let pattern = patterns.get(ordinal)
  if (pattern === undefined) {
    const n = `(?:${ITEM_NUMERALS[ordinal - 1] ?? ordinal}|${ordinal})`
    pattern = new RegExp(`(?:^|[。；;！？!?\\n])\\s*(?:${n}是|第${n}[，,、：:]|其${n}[，,、]|[（(]${n}[)）]|${n}[、.．])`, 'u')
    patterns.set(ordinal, pattern)
  }
  return pattern.test(text)
}
