import { alternation, PLACE_MEASURES, PLACE_SUFFIXES, SCHOOL_WORDS, SIZE_ADJECTIVES, WHEN_WORDS } from '../text/vocabulary.js'

/** What kind of thing a question asks for. */
export type QuestionType = 'who' | 'name' | 'when' | 'where' | 'how_many' | 'which' | 'why' | 'how' | 'yes_no' | 'what'

/** A keyword query ending in 年龄 (王五 年龄) asks for an age; 上了年纪的人 asks nothing of it. */
export const AGE_KEYWORD = '(?:年龄|年纪|岁数)[\\s?!.？！。]*$'

/**
 * 能不能, 算不算, 要不要 (A-not-A) and a closing 没有 / 了没 ask yes or no as 吗 does; no word inside
 * them is content (jieba cuts 能不能办 as 能/不能/办, and 不能 is never what a passage states).
 */
export const ASKING_YES_NO = /(\p{Script=Han})[不没]\1|(?:没有|了没|没)(?=[^\p{Script=Han}]*$)/u

// Checked in order: the first pattern that matches decides. Patterns read the normalized question.
const TYPE_PATTERNS: [QuestionType, RegExp][] = [
  // a purpose (用来干什么, 有什么用, 图的是啥) is answered like a reason: 为了…, 用于…
  // 某某巷几号 asks for a house number, not a date
  ['where', /[路街巷弄]几号|门牌/],
  // 几楼, 哪一层, 哪栋楼: which floor or building, a place, not a count
  ['where', /几楼|几层|哪一?层|哪一?[栋幢]|第几层/],
  // 被命名为什么单位, 评为了什么, 成为什么样的人: 为 after a verb naming what one became is no why
  ['why', /(?<!命名|[评称选认改列定视成作])为(?:了)?什么|为何|什么原因|原因是|何故|怎么会|咋会|用来[干做]什么|有什么用|目的是什么|(?<![地意企试蓝构插版截制绘草])图(?:的是|个)?什么/],
  // 怎么烧起来的, 怎么发生的, 是怎么回事: how it came about asks for its cause, not a means
  ['why', /怎么[^，。？?]{0,4}(?:起来|发生|引起|造成|导致|回事)/],
  // 谁能跑是咋定的, 名额是怎么分的: how a choice was made, whatever the choice is of
  ['how', /(?:是|由)?(?:怎么|怎样|如何|咋)(?:定|确定|决定|选|选出|选定|挑选|分配|分|安排)(?:的|出来)/],
  ['when', new RegExp(`${WHEN_WORDS.join('|')}|日期`)],
  // 姓什么 asks for a person, and 林某 answers it
  ['who', /(?<!换|无论|不管|不论|随便)谁(?![^，,。？?谁]{0,8}[都也])|哪位|什么人|哪些人|哪几[个位]人|哪几位|姓什么|姓啥|贵姓/],
  // what someone or something is called (叫啥名字, 全名, 叫做什么): a person or a quoted name
  ['name', /叫什么|叫啥|什么名字|啥名字|全名|姓名|叫做什么|什么名称|名称是什么|店名/],
  ['which', /哪几/],
  // 方便在哪里, 难在哪儿: in what respect, not where
  ['what', /(?:方便|好|难|强|特别|特殊|不同|区别|差别|优势|特色|亮点|问题|新|妙|厉害|关键)在哪/],
  // keyword queries name the quantity instead of asking for it (调解纠纷 数量, 王五 年龄)
  // 这几年, 那几个驿站, 近几天, 好几个, 接下来几天, 几乎 say "these few", "several", "the next few", "almost": 几 asks nothing there
  ['how_many', new RegExp(`数量|人数|次数|金额|数目|${AGE_KEYWORD}|多少|(?<![这那近前好]|接下来|未来|今后|以后)几(?!乎)|多[${SIZE_ADJECTIVES}]|百分之|比例|占比|第几`)],
  // 住哪, 去哪: where, unless a measure word follows 哪 (去哪家医院 is read by the place words)
  ['where', new RegExp(`[住去到回搬]哪(?![个些位种样一家所条座类项件])|哪里|哪儿|什么地方|哪一?个?地方|什么地点|哪一?个?地点|何地|何处|在哪(?![个些位种样家所条座类项件])|哪[一${PLACE_MEASURES}]?(?:${alternation([...PLACE_SUFFIXES, ...SCHOOL_WORDS, '医院'])})`)],
  ['how', /怎么|怎样|如何|咋|什么办法|什么方式|什么方法|哪些措施|靠什么/],
  ['which', /哪/],
  ['yes_no', new RegExp(`(?<!什)[吗么嘛][?？]?$|是不是|有没有|是否|能否|对不对|${ASKING_YES_NO.source}`, 'u')],
]

/** Detects the question type from its normalized wording; `what` when nothing more specific fits. */
export function detectQuestionType(normalizedQuestion: string): QuestionType {
  // 啥时候, 为啥, 咋办: the colloquial question words read as the standard ones
  const standard = normalizedQuestion.replaceAll('啥', '什么').replaceAll('咋', '怎么')
  for (const [type, pattern] of TYPE_PATTERNS) if (pattern.test(standard)) return type
  return 'what'
}
