/**
 * Whether the text holds the phrase, or loosely: some stretch at most half as long again holds
 * 80% of its characters in order (最具幸福感城市 for 最幸福城市, 浙江省党史教育基地 for 省级党史教育基地).
 */
export function holdsLoosely(text: string, phrase: string): boolean {
  if (text.includes(phrase)) return true
  const span = Math.ceil(phrase.length * 1.5)
  const need = Math.ceil(phrase.length * 0.8)
  for (let at = 0; at < text.length; at++) {
    if (phrase.includes(text[at]!) && countInOrder(text.slice(at, at + span), phrase) >= need) return true
  }
  return false
}

// The length of the longest run of the phrase's characters the text holds in order (their LCS).
function countInOrder(text: string, phrase: string): number {
  const row = new Array<number>(phrase.length + 1).fill(0)
  for (const c of text) {
    let diagonal = 0
    for (let j = 1; j <= phrase.length; j++) {
      const above = row[j]!
      row[j] = c === phrase[j - 1] ? diagonal + 1 : Math.max(above, row[j - 1]!)
      diagonal = above
    }
  }
  return row[phrase.length]!
}
