// The words the reading rules share: measure words, place and organisation words, question words.
// Each rule builds its pattern from these lists (taking the part it needs, and saying why when it
// leaves some out), so a word added here reaches every rule that reads that kind of word.

/** Measure words (量词) of one character that count people: 三名民警, 几位老人. */
export const PERSON_MEASURES = '个名位人'

/** Measure words that count things, groups or events: 三所学校, 几支队伍, 两起案件. */
export const THING_MEASURES = '家所支条项件起座户只辆台套场批届种栋间处棵株张本艘架根群段份幢封笔篇首组班册瓶箱袋杯碗颗枚匹盏球粒'

/** The measure words a place takes: 哪条路, 哪座桥, 哪家医院. */
export const PLACE_MEASURES = '个条座所家'

/** Units of time; in a count they give a length of time (3年, 18个月), in a date a point in it. */
export const TIME_UNITS = '年月天日周时分秒'

/** The unit of an age (59岁), which is no length of time a question asks for. */
export const AGE_UNIT = '岁'

/** Units of money, length, weight and area, and of how often or how many times as much. */
export const QUANTITY_UNITS = '元块米里吨斤亩次倍期步℃'

/** Every one-character measure word and unit. */
export const MEASURE_WORDS = PERSON_MEASURES + THING_MEASURES + TIME_UNITS + AGE_UNIT + QUANTITY_UNITS

/** The adjectives 多 asks a size or an amount by (多大, 多高, 多久, 多快). */
export const SIZE_ADJECTIVES = '大高长远久重快宽深沉'

/** A noun naming people (负责人, 队员, 女民警, 法官, 失主, 居民, 游客, 孩子): what it names is a person. */
export const PERSON_NOUN = /(?:人|员|警|官|者|师|生|主|民|客|友|迷|士|孩子?|儿童|家长|家属|娘|伙子?|叔|姨|妈|爷|婆|嫂)$/

/** Demonstratives (这位, 那帮人, 该所, 每户): they point at a thing or person, and never start a name. */
export const DEMONSTRATIVES = '这那该此每各某'

/** Units of more than one character, longest first where one holds another. */
export const COMPOUND_UNITS = ['平方公里', '平方米', '立方米', '千瓦时', '千瓦', '摄氏度', '分贝', '公里', '千米', '厘米', '毫米', '毫升', '公斤', '千克', '小时', '分钟', '周岁', '人次', '公顷']

/** The last word of a place's name (南京市, 鼓楼区, 东湖巷), administrative levels first. */
export const PLACE_SUFFIXES = ['省', '市', '区', '县', '镇', '乡', '村', '街道', '街', '路', '巷', '弄', '社区']

/** The last word of a school's name, of any kind. */
export const SCHOOL_WORDS = ['学校', '小学', '中学', '大学', '学院', '幼儿园']

/** Words that end an organisation's name (a police station, a court, a company); any answers 哪个单位. */
export const ORGANIZATION_WORDS = ['派出所', '分局', '公安局', '大队', '中队', '支队', '法院', '法庭', '检察院', '医院', '学校', '小学', '中学', '学院', '公司', '银行', '协会', '委员会', '部门', '单位', '中心']

/** What ends the name of an office or a body (县自然资源局, 县气象台, 市社保中心): what 哪个部门 or 哪家单位 asks for. */
export const BODY_ENDINGS = [...ORGANIZATION_WORDS.filter((w) => w !== '部门' && w !== '单位'), '局', '台', '院', '委', '办', '厅', '研究所', '事务所', '集团', '合作社']

/** Public places that end a place's name but are no organisation. */
export const VENUE_WORDS = ['公园', '广场', '馆']

/** What an honour is called when asked about (得过什么称号, 获得哪些荣誉): the honour nouns. */
export const HONOUR_NOUNS = ['荣誉称号', '荣誉', '称号', '殊荣', '奖项', '奖励', '表彰', '奖']

/**
 * How Chinese honour titles are worded (全国优秀民警, 先进个人, 二级英模, 三八红旗手, 集体一等功): the
 * heads and qualifiers of official honours, general vocabulary, not any corpus' names.
 */
export const HONOUR_TITLE_WORDS = ['先进', '优秀', '模范', '英模', '劳模', '标兵', '能手', '红旗手', '积极分子', '好干部', '功臣', '一等功', '二等功', '三等功']

/** Verbs that report what someone said (说, 表示, 告诉记者): the speech follows or precedes them. */
export const SPEECH_VERBS = ['说', '表示', '介绍', '告诉', '坦言', '感慨', '笑道', '强调', '指出', '回忆', '打招呼', '提醒', '认为', '透露', '解释']

/** Verbs by which one receives an honour (荣获, 被评为, 荣立): what follows them is the honour. */
export const HONOUR_VERBS = ['荣获', '获评', '斩获', '评为', '荣立', '评上']

/** Question words that ask when (as patterns: 哪一?年 is 哪年 and 哪一年). */
export const WHEN_WORDS = ['什么时候', '何时', '哪一?年份?', '哪一?天', '哪一?个?月', '几月', '几号', '几日', '几点', '什么时间', '哪个时间', '哪段时间']

/** Question words a measure word may follow (多少名, 几所, 哪位, 第几届). */
export const COUNTING_QUESTION_WORDS = ['多少', '几', '哪一?', '第几']

/** An alternation of words for a regular expression, longest first so none hides a longer one. */
export function alternation(words: readonly string[]): string {
  return [...new Set(words)].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')
}

/** `text` with every character a regular expression reads as syntax escaped, to match it as written. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** The characters of `set` not in `leaveOut`, as the inside of a character class. */
export function without(set: string, leaveOut: string): string {
  return [...set].filter((c) => !leaveOut.includes(c)).join('')
}

/** Ends with the last word of a place, an institution, a school or a venue (西湖区, 东湖派出所, 人民公园). */
export const ENDS_IN_PLACE_OR_INSTITUTION = new RegExp(`(?:${alternation([...PLACE_SUFFIXES, ...ORGANIZATION_WORDS, ...SCHOOL_WORDS, ...VENUE_WORDS])})$`, 'u')
