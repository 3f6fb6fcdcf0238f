/** Administrative levels, from the country down to the village. */
export const LEVELS = '国省市县区镇乡村'

// Characters that name one member of a closed set, so that swapping one for another names a
// sibling of the same kind: numerals, compass points, sides, administrative levels, opposites
// (出境 and 入境; but 进 and 入 say the same).
const CONTRAST_GROUPS = ['一二三四五六七八九十两', '东南西北', '上下', '前后', '左右', '内外', LEVELS, '高低平', '大中小', '新旧', '男女', '日夜昼', '早晚午', '初高', '春夏秋冬', '正副', '出入', '出进']

const WEEKDAYS = '一二三四五六日天'

// Each character's partners across the groups, for listing siblings without scanning the groups.
const PARTNERS: ReadonlyMap<string, string> = (() => {
  const partners = new Map<string, string>()
  for (const group of CONTRAST_GROUPS) for (const c of group) partners.set(c, (partners.get(c) ?? '') + group.replace(c, ''))
  return partners
})()
const WEEKDAY_AFTER = /(?:周|星期|礼拜)$/u
// 运出去, 开不进去, 拿上来: a direction after a verb, of the motion, not a member of a set asked about
const DIRECTIONAL = /^[上下进出回过起开][来去]$/u

/**
 * Every sibling of a word: the same word with one character swapped for another of its closed set
 * (一期 → 二期, 三期 …; 南段 → 北段; 省级 → 市级; 平峰 → 高峰), or, after 周, 星期 or 礼拜, one day
 * of the week for another (周六 → 周日; but 一天 and 一日 are the same day).
 */
export function siblingsOf(word: string): string[] {
  if (DIRECTIONAL.test(word)) return []
  const out = new Set<string>()
  for (let i = 0; i < word.length; i++) {
    const x = word[i]!
    // 城市, 城区, 城镇, 城乡: town and country in general, no administrative level
    let partners = word[i - 1] === '城' && LEVELS.includes(x) ? '' : (PARTNERS.get(x) ?? '')
    if (WEEKDAYS.includes(x) && WEEKDAY_AFTER.test(word.slice(0, i))) partners += WEEKDAYS
    for (const y of partners) if (y !== x) out.add(word.slice(0, i) + y + word.slice(i + 1))
  }
  return [...out]
}

/** Whether two words are siblings, not the same thing (see {@link siblingsOf}). */
export function isSibling(a: string, b: string): boolean {
  return a.length === b.length && siblingsOf(a).includes(b)
}

// Closed sets whose members exclude one another, each member written in one or more ways (一季度,
// 第一季度): the parts of a year that figures are reported for, the levels of schooling, and the
// levels of a listing or protection (国家级 or 全国重点, 省级, 市级, 县级).
const EXCLUSIVE_SETS: readonly (readonly string[])[][] = [
  [['一季度', '第一季度', '1季度'], ['二季度', '第二季度', '2季度'], ['三季度', '第三季度', '3季度'], ['四季度', '第四季度', '4季度'], ['前三季度'], ['上半年'], ['下半年'], ['全年']],
  [['幼儿园'], ['小学'], ['初中'], ['高中'], ['大学']],
  [['国家级', '全国重点'], ['省级'], ['市级'], ['县级']],
]

const names = (member: readonly string[], text: string) => member.some((form) => text.includes(form))

/**
 * Whether a text names another member of a closed set than the one a question asks about, and
 * not it: 上半年 figures for 一季度, 小学 for 初中.
 */
export function namesOtherMember(question: string, text: string): boolean {
  return EXCLUSIVE_SETS.some((set) => {
    const asked = set.filter((member) => names(member, question))
    if (asked.length === 0 || asked.some((member) => names(member, text))) return false
    return set.some((member) => names(member, text))
  })
}
