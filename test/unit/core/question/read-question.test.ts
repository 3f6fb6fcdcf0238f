import { describe, expect, it } from 'vitest'
import { createAnalyzer } from '../../../../src/core/text/analyzer.js'
import { createNormalizer } from '../../../../src/core/text/normalize.js'
import { dropDemonstratives, dropHearsay, readQuestion } from '../../../../src/core/question/read-question.js'
import { detectQuestionType } from '../../../../src/core/question/question-type.js'
import { detectUnit, type Unit } from '../../../../src/core/question/unit.js'
import { parseSynonyms } from '../../../../src/core/text/synonyms.js'
import { parseThesaurus } from '../../../../src/core/text/thesaurus.js'
import { createDictionarySegmenter } from '../../../helpers/dictionary-segmenter.js'
import { createPipeSegmenter } from '../../../helpers/pipe-segmenter.js'

describe('detectQuestionType', () => {
  it.each([
    ['民警是谁', 'who'],
    ['是哪一年成立的', 'when'],
    ['什么时候开始', 'when'],
    ['一共有多少人', 'how_many'],
    ['抓了几个嫌疑人', 'how_many'],
    ['地铁最快能开多快', 'how_many'],
    ['贝雕展在市博物馆几楼哪个厅', 'where'],
    ['最后谁能跑是咋定的', 'how'],
    ['名单是谁定的', 'who'],
    ['睡眠中心在哪栋楼', 'where'],
    ['接下来几天天气怎么样', 'how'],
    ['这头牛有多重', 'how_many'],
    ['属于哪个区', 'where'],
    ['王女士住哪', 'where'],
    ['下一步去哪家医院', 'where'],
    ['哪个地方降雨最多', 'where'],
    ['活动在哪个地点举行', 'where'],
    ['在哪里', 'where'],
    ['货放在哪', 'where'],
    // the instance of a kind asked (哪家银行: its name), not a place
    ['吴大妈是在哪家银行转的账', 'which'],
    ['为什么有那么多煤气瓶', 'why'],
    ['这个公式是用来干什么的', 'why'],
    ['怎么帮助年轻人成长', 'how'],
    ['平时都是咋巡逻的', 'how'],
    ['小巫啥时候到社区的', 'when'],
    ['三轮车年审方便在哪里', 'what'],
    ['刘阿姨家住小营巷几号', 'where'],
    ['事故易发路段是哪条路', 'where'],
    ['那位党员代表姓啥', 'who'],
    ['派出所在哪里', 'where'],
    ['咋会想到去银行', 'why'],
    ['那场火是怎么烧起来的', 'why'],
    ['这起纠纷是怎么回事', 'why'],
    ['怎么办理身份证', 'how'],
    ['搞这些仪式图的是啥', 'why'],
    ['地图是什么', 'what'],
    ['是哪个单位', 'which'],
    ['是讲反诈的吗？', 'yes_no'],
    ['红心调解 化解纠纷 数量', 'how_many'],
    ['施林松 年龄', 'how_many'],
    ['是不是只有上了年纪的女性？', 'yes_no'],
    ['警队品牌口号', 'what'],
    ['那个片警叫啥名字', 'name'],
    ['老何的全名叫什么', 'name'],
    ['调解员叫什么，是谁派来的', 'who'],
    ['这几年辖区里出过大案子没有', 'yes_no'],
    ['那几个驿站算不算联盟的一部分', 'yes_no'],
    ['大厅能不能办护照', 'yes_no'],
    ['他结婚了没？', 'yes_no'],
    ['近几天几乎每天都有人来吗', 'yes_no'],
    ['他被评为了什么先进个人', 'what'],
    ['两次被命名为什么单位', 'what'],
    ['他为啥要抽自己的血', 'why'],
    ['这么做是为了什么', 'why'],
    // 换谁, 谁都: anyone, no one asked for
    ['她是怎么做到换谁来煮味道都不变的', 'how'],
    ['谁说的谁都想美一点', 'who'],
  ])('reads %s as %s', (question, type) => {
    expect(detectQuestionType(question)).toBe(type)
  })
})

describe('readQuestion', () => {
  it('lets a nickname (老李) stand for its surname, which jieba cuts off the full name', () => {
    const analyzer = createAnalyzer({ segmenter: createPipeSegmenter(), normalizer: createNormalizer(), stopWords: new Set(['是', '谁', '|']) })
    const parsed = readQuestion('老李|的|师傅|是|谁', analyzer, parseSynonyms(''))
    expect(parsed.words.find((w) => w.term === '老李')?.forms).toEqual(['老李', '李'])
    expect(parsed.words.find((w) => w.term === '师傅')?.forms).toEqual(['师傅'])
  })

  it('lets a surname before a title (吴老师) or after 老 (老吴) stand for the corpus\' full names of that surname, which jieba keeps whole', () => {
    const dictionary = createAnalyzer({ segmenter: createDictionarySegmenter(['老师', '多大', '退休', '吴秀兰']), normalizer: createNormalizer(), stopWords: new Set(['了']) })
    const names = new Map([['吴', ['吴秀兰']]])
    const forms = (question: string, term: string) => readQuestion(question, dictionary, parseSynonyms(''), undefined, names).words.find((w) => w.term === term)?.forms
    expect(forms('吴老师多大了', '吴')).toEqual(['吴', '吴秀兰'])
    expect(forms('老吴多大了', '吴')).toContain('吴秀兰')
    expect(forms('吴退休了吗', '吴')).toEqual(['吴'])
    expect(forms('吴老师多大了', '老师')).toEqual(['老师'])
  })

  const analyzer = createAnalyzer({ segmenter: createPipeSegmenter(), normalizer: createNormalizer(), stopWords: new Set(['有', '多少', '几', '|']) })

  it('drops the measure word that belongs to 多少 or 几', () => {
    const parsed = readQuestion('红巷|派出所|有|多少|名|民警', analyzer, parseSynonyms(''))
    expect(parsed.words.map((w) => w.term)).toEqual(['红巷', '派出所', '民警'])
  })

  it('drops 里, 内 or 中 after a noun, which only says "in" (诈骗案里)', () => {
    const cutter = createAnalyzer({ segmenter: createDictionarySegmenter(['诈骗案', '里', '从犯', '叫', '什么']), normalizer: createNormalizer(), stopWords: new Set(['的', '叫', '什么']) })
    const parsed = readQuestion('诈骗案里的从犯叫什么', cutter, parseSynonyms(''))
    expect(parsed.words.map((w) => w.term)).not.toContain('里')
    expect(parsed.words.map((w) => w.term)).toContain('从犯')
  })

  it('drops the words of an A-not-A question (能不能) and of a closing 没有, which only ask yes or no', () => {
    const cutter = createAnalyzer({ segmenter: createDictionarySegmenter(['大厅', '能', '不能', '护照', '辖区', '出过', '大案', '没有']), normalizer: createNormalizer(), stopWords: new Set() })
    const read = (question: string) => readQuestion(question, cutter, parseSynonyms(''))
    expect(read('大厅能不能办护照').words.map((w) => w.term)).toEqual(['大厅', '办', '护照'])
    expect(read('大厅能不能办护照').bigrams).not.toContain('不能')
    expect(read('辖区出过大案没有').words.map((w) => w.term)).toEqual(['辖区', '出过', '大案'])
    expect(read('辖区没有大案').words.map((w) => w.term)).toContain('没有')
  })

  it('keeps a single-character word that does not follow a question word', () => {
    const parsed = readQuestion('几|名|警|在|所', analyzer, parseSynonyms(''))
    expect(parsed.words.map((w) => w.term)).toEqual(['警', '在', '所'])
  })

  it('drops a demonstrative and its measure word, even where the segmenter glues the measure word on', () => {
    expect(readQuestion('那支义警|队', analyzer, parseSynonyms('')).words.map((w) => w.term)).toEqual(['义警', '队'])
    expect(readQuestion('那家小|饭店', analyzer, parseSynonyms('')).words.map((w) => w.term)).toEqual(['小', '饭店'])
    expect(readQuestion('那位88|岁', analyzer, parseSynonyms('')).words.map((w) => w.term)).toEqual(['88', '岁'])
  })

  it('keeps the character after a demonstrative when it is no measure word or reads otherwise', () => {
    expect(readQuestion('这只是|误会', analyzer, parseSynonyms('')).words.map((w) => w.term)).toEqual(['这只是', '误会'])
  })

  it('drops 开始 right after a when question word, and only there', () => {
    // (哪一年 itself is scaffolding too: a question word with its measure)
    expect(readQuestion('哪一年|开始|创建', analyzer, parseSynonyms('')).words.map((w) => w.term)).toEqual(['创建'])
    expect(readQuestion('什么时候|开始|创建', analyzer, parseSynonyms('')).words.map((w) => w.term)).toEqual(['什么时候', '创建'])
    expect(readQuestion('开始|创建', analyzer, parseSynonyms('')).words.map((w) => w.term)).toEqual(['开始', '创建'])
  })

  it('leaves out a quantity noun that only names the count a how-many question asks for', () => {
    const parsed = readQuestion('小营|党员|人数', analyzer, parseSynonyms(''))
    expect(parsed).toMatchObject({ type: 'how_many', unit: { kind: 'count', measure: '人' } })
    expect(parsed.words.map((w) => w.term)).toEqual(['小营', '党员'])
  })

  it('leaves out the word naming the telephone number asked for, which passages give as the number itself', () => {
    const cutter = createAnalyzer({ segmenter: createDictionarySegmenter(['反诈', '咨询电话', '是', '多少', '有', '几部']), normalizer: createNormalizer(), stopWords: new Set(['是', '多少', '有']) })
    const parsed = readQuestion('反诈咨询电话是多少', cutter, parseSynonyms(''))
    expect(parsed.unit).toEqual({ kind: 'phone' })
    expect(parsed.words.map((w) => w.term)).toEqual(['反诈'])
    expect(readQuestion('咨询电话有几部', cutter, parseSynonyms('')).words.map((w) => w.term)).toContain('咨询电话')
  })

  it('leaves out the words asking how often (一次 of 多久更新一次), which the answer states as 每周', () => {
    const cutter = createAnalyzer({ segmenter: createDictionarySegmenter(['快报', '多久', '更新', '一次']), normalizer: createNormalizer(), stopWords: new Set(['多久']) })
    expect(readQuestion('快报多久更新一次', cutter, parseSynonyms('')).words.map((w) => w.term)).toEqual(['快报', '更新'])
    expect(readQuestion('快报更新一次', cutter, parseSynonyms('')).words.map((w) => w.term)).toContain('一次')
  })

  it('leaves out both halves of 多大 and reads 今年多大 as an age', () => {
    const cutter = createAnalyzer({ segmenter: createDictionarySegmenter(['李鹏程', '今年', '参加']), normalizer: createNormalizer(), stopWords: new Set() })
    const parsed = readQuestion('李鹏程今年多大', cutter, parseSynonyms(''))
    expect(parsed).toMatchObject({ type: 'how_many', unit: { kind: 'count', measure: '岁' } })
    expect(parsed.words.map((w) => w.term)).toEqual(['李鹏程', '今年'])
    expect(readQuestion('多人参加了吗', cutter, parseSynonyms('')).words.map((w) => w.term)).toContain('多')
  })

  it('leaves out the words after the one whose honours are asked (得过, 称号): the answer is the title itself', () => {
    const parsed = readQuestion('驻所|的|王立新|得|过|什么|荣誉|称号', analyzer, parseSynonyms(''))
    expect(parsed.cues.honoured).toBe('王立新')
    expect(parsed.words.map((w) => w.term)).toContain('王立新')
    expect(parsed.words.map((w) => w.term)).not.toContain('称号')
    expect(parsed.words.map((w) => w.term)).not.toContain('荣誉')
  })

  it('leaves out the words after the one whose post is asked for (担任什么职务): the post answers', () => {
    const parsed = readQuestion('王立新|担任|什么|职务', analyzer, parseSynonyms(''))
    expect(parsed.cues.identity).toBe('王立新')
    expect(parsed.words.map((w) => w.term)).toEqual(['王立新'])
  })

  it('keeps only the quoted words of a question asking their source (谁说过…, …出自哪篇文章)', () => {
    const cutter = createAnalyzer({ segmenter: createDictionarySegmenter(['谁', '说过', '党建', '队建', '警力', '有限', '出自', '哪篇', '文章']), normalizer: createNormalizer(), stopWords: new Set() })
    expect(readQuestion('谁说过以党建带队建', cutter, parseSynonyms('')).words.map((w) => w.term)).toEqual(['以', '党建', '带', '队建'])
    expect(readQuestion('警力有限出自哪篇文章', cutter, parseSynonyms('')).words.map((w) => w.term)).toEqual(['警力', '有限'])
  })

  it('leaves out the words after the one whose words are asked for (在会上说): a quotation answers', () => {
    const parsed = readQuestion('王立新|在|会上|说|了|什么', analyzer, parseSynonyms(''))
    expect(parsed.cues.speaker).toBe('王立新')
    expect(parsed.words.map((w) => w.term)).toEqual(['王立新'])
  })

  it('leaves out a word that only names a place in a where question', () => {
    const parsed = readQuestion('派出所|的|地址|在哪里', analyzer, parseSynonyms(''))
    expect(parsed).toMatchObject({ type: 'where', unit: { kind: 'address' } })
    expect(parsed.words.map((w) => w.term)).not.toContain('地址')
    expect(parsed.words.map((w) => w.term)).toContain('派出所')
  })

  it('reads what a yes-no question asks its subject has after 有, which the analyzer drops as a stop word', () => {
    const stops = createAnalyzer({ segmenter: createDictionarySegmenter(['滑坡', '有', '人员', '伤亡', '没有', '所有']), normalizer: createNormalizer(), stopWords: new Set(['有', '吗', '没有', '所有']) })
    expect(readQuestion('滑坡有人员伤亡吗', stops, parseSynonyms('')).cues.asserted).toEqual(['人员', '伤亡'])
    expect(readQuestion('滑坡没有人员伤亡吗', stops, parseSynonyms('')).cues.asserted).toEqual([])
  })

  it('leaves out a word that only names the means a how question asks for (用什么办法)', () => {
    const means = createAnalyzer({ segmenter: createDictionarySegmenter(['桥墩', '什么', '办法', '施工']), normalizer: createNormalizer(), stopWords: new Set(['是', '用', '什么', '的']) })
    const parsed = readQuestion('桥墩是用什么办法施工的', means, parseSynonyms(''))
    expect(parsed.type).toBe('how')
    expect(parsed.words.map((w) => w.term)).not.toContain('办法')
    expect(parsed.words.map((w) => w.term)).toContain('桥墩')
  })

  it('glues a one-character word to the whole words it touches in the question, for highlighting', () => {
    const glued = createAnalyzer({ segmenter: createDictionarySegmenter(['大队', '博士', '有']), normalizer: createNormalizer(), stopWords: new Set(['有', '几']) })
    const parsed = readQuestion('七大队有几个博士', glued, parseSynonyms(''))
    expect(parsed.words.find((w) => w.term === '七')?.compounds).toEqual(['七大队'])
    expect(parsed.words.find((w) => w.term === '大队')?.compounds).toBeUndefined()
  })

  it('adds the thesaurus near-synonyms a whole word has beyond its synonyms, and none to a word found inside another', () => {
    const searchMode = createAnalyzer({
      segmenter: { cut: () => [{ word: '徒弟', start: 0 }, { word: '派出所', start: 2 }, { word: '派出', start: 2 }] },
      normalizer: createNormalizer(),
      stopWords: new Set(),
    })
    const parsed = readQuestion('徒弟派出所', searchMode, parseSynonyms('派出所 警所'), parseThesaurus('徒弟 学徒 师徒\n派出 派遣\n派出所 警所 分局'))
    expect(parsed.words.map(({ term, near }) => ({ term, near }))).toEqual([
      { term: '徒弟', near: ['学徒', '师徒'] },
      { term: '派出所', near: ['分局'] },
      { term: '派出', near: undefined },
    ])
  })

  it('lists each word with its synonyms, itself first', () => {
    const parsed = readQuestion('民警|多少', analyzer, parseSynonyms('民警 警察'))
    expect(parsed.words).toEqual([{ term: '民警', forms: ['民警', '警察'], within: '' }])
    expect(parsed.type).toBe('how_many')
  })
})

describe('detectUnit', () => {
  it.each<[string, Unit]>([
    ['有多少名民警', { kind: 'count', measure: '名' }],
    ['门票多少钱', { kind: 'count', measure: '元' }],
    ['今年几岁', { kind: 'count', measure: '岁' }],
    ['江城队现在排第几', { kind: 'rank' }],
    ['这次比赛的名次', { kind: 'rank' }],
    ['江城队排多少', { kind: 'rank' }],
    // 安排多少: how many are arranged, a count and no place in an order
    ['街道要安排多少志愿者', { kind: 'any' }],
    ['半马要多大年龄才能参加', { kind: 'count', measure: '岁' }],
    ['参赛者年龄多大', { kind: 'count', measure: '岁' }],
    ['施林松 年龄？', { kind: 'count', measure: '岁' }],
    ['几点开门', { kind: 'date', part: 'hour' }],
    ['是哪一年成立的', { kind: 'date', part: 'year' }],
    ['在哪条路上', { kind: 'place', suffix: '路' }],
    ['叶小青哪个学校毕业的', { kind: 'place', suffix: '学校' }],
    ['走访社区有多长时间了', { kind: 'duration' }],
    ['多久开一次', { kind: 'frequency' }],
    ['警情快报多长时间更新一次', { kind: 'frequency' }],
    ['一个月巡逻几次', { kind: 'frequency' }],
    ['更新频率是多少', { kind: 'frequency' }],
    ['一次要多久', { kind: 'duration' }],
    ['当了多少年刑警', { kind: 'count', measure: '年' }],
    ['砍了多少棵树', { kind: 'count', measure: '棵' }],
    ['音量上限是多少分贝', { kind: 'count', measure: '分贝' }],
    ['被骗了多少万元', { kind: 'count', measure: '元' }],
    ['诈骗 涉案金额', { kind: 'count', measure: '元' }],
    ['参加 人数', { kind: 'count', measure: '人' }],
    ['只有几个人', { kind: 'count', measure: '人' }],
    ['有几个', { kind: 'count', measure: '个' }],
    ['有多少个基层所队', { kind: 'count', measure: '个' }],
    ['有什么特点', { kind: 'any' }],
    ['老何的全名叫什么', { kind: 'name', of: 'person' }],
    ['那个地址是哪儿', { kind: 'address' }],
    ['刘阿姨家住小营巷几号', { kind: 'address' }],
    ['小欢是几零后', { kind: 'generation' }],
    ['三无牌子上显示多少天', { kind: 'count', measure: '天' }],
    ['派出所的报警电话是多少', { kind: 'phone' }],
    ['遇到可疑情况打什么电话', { kind: 'phone' }],
    ['接到多少个报警电话', { kind: 'count', measure: '个' }],
    ['那家火锅店叫什么店名', { kind: 'name', of: 'thing' }],
    ['广场舞扰民最后是怎么解决的', { kind: 'outcome' }],
    ['纠纷最终如何化解', { kind: 'outcome' }],
    ['调解结果是什么', { kind: 'outcome' }],
    ['广场舞扰民是怎么解决的', { kind: 'any' }],
    ['3号线多长', { kind: 'count', measure: '公里|千米|厘米|毫米|米' }],
    ['地铁最快能开多快', { kind: 'count', measure: '公里|千米|厘米|毫米|米' }],
    ['这座桥有多高', { kind: 'count', measure: '公里|千米|厘米|毫米|米' }],
    ['这头牛有多重', { kind: 'count', measure: '公斤|千克|吨|斤|克' }],
    ['辖区面积有多大', { kind: 'count', measure: '平方公里|平方米|公顷|亩' }],
    ['山区最低能降到几度', { kind: 'count', measure: '摄氏度|℃|度' }],
    ['明天气温有多高', { kind: 'count', measure: '摄氏度|℃|度' }],
    ['测尸体温度的两位老法医是谁', { kind: 'any' }],
    ['决赛比分是多少', { kind: 'count', measure: '比' }],
    ['最后几比几', { kind: 'count', measure: '比' }],
    ['解放大道封路要封到什么时候', { kind: 'until' }],
    ['施工什么时候结束', { kind: 'until' }],
    ['展览到哪一天', { kind: 'date', part: 'day', until: true }],
    ['睡眠中心在门诊楼几层', { kind: 'floor' }],
    ['展览什么时候开幕', { kind: 'any' }],
  ])('reads the unit of %s as %o', (question, unit) => {
    expect(detectUnit(question)).toEqual(unit)
  })

  it('reads no measure in a measure character that opens a two-character word of the cut', () => {
    const opens = (words: string[]) => (question: string) => (index: number) => words.some((w) => w.length === 2 && question.startsWith(w, index))
    const of = (question: string, words: string[]) => detectUnit(question, opens(words)(question))
    expect(of('转移了多少群众', ['群众'])).toEqual({ kind: 'any' })
    expect(of('有几位家长参加', ['家长'])).toEqual({ kind: 'count', measure: '位' })
    expect(of('有多少家长参加', ['家长'])).toEqual({ kind: 'any' })
    expect(of('有几条线索', ['条线索', '线索'])).toEqual({ kind: 'count', measure: '条' })
    expect(of('转移了多少人', ['转移'])).toEqual({ kind: 'count', measure: '人' })
  })

  it('reads a question word glued to its measure (多少岁) as no content word', () => {
    const analyzer = createAnalyzer({ segmenter: createDictionarySegmenter(['孙文华', '去世', '多少岁', '几倍']), normalizer: createNormalizer(), stopWords: new Set(['时', '是']) })
    expect(readQuestion('孙文华去世时多少岁', analyzer, new Map()).words.map((w) => w.term)).toEqual(['孙文华', '去世'])
    expect(readQuestion('去世是几倍', analyzer, new Map()).words.map((w) => w.term)).toEqual(['去世'])
  })

  it('drops a measure word after the question word, but keeps what is counted when it is no measure (书 of 多少书)', () => {
    const analyzer = createAnalyzer({ segmenter: createDictionarySegmenter(['多少', '藏', '骗']), normalizer: createNormalizer(), stopWords: new Set(['多少', '能', '了']) })
    expect(readQuestion('能藏多少书', analyzer, new Map()).words.map((w) => w.term)).toEqual(['藏', '书'])
    expect(readQuestion('骗了多少钱', analyzer, new Map()).words.map((w) => w.term)).toEqual(['骗'])
    expect(readQuestion('藏多少册', analyzer, new Map()).words.map((w) => w.term)).toEqual(['藏'])
  })

  it('reads the thing counted out of a count jieba glued to it (几本书), and nothing of the count', () => {
    // jieba's search mode: 几本书 whole, and 本书 found inside it
    const segmenter = { cut: () => [{ word: '一次', start: 0 }, { word: '借', start: 2 }, { word: '几本书', start: 3 }, { word: '本书', start: 4 }] }
    const analyzer = createAnalyzer({ segmenter, normalizer: createNormalizer(), stopWords: new Set() })
    expect(readQuestion('一次借几本书', analyzer, new Map()).words.map((w) => w.term)).toEqual(['一次', '借', '书'])
  })

  it('drops the measure of 哪一段 when jieba cuts it 哪/一段', () => {
    const analyzer = createAnalyzer({ segmenter: createDictionarySegmenter(['滨江路', '哪', '一段', '管制']), normalizer: createNormalizer(), stopWords: new Set(['哪']) })
    expect(readQuestion('滨江路哪一段管制', analyzer, new Map()).words.map((w) => w.term)).toEqual(['滨江路', '管制'])
  })

  it('drops the noun naming a share asked for (淘汰比例是多少)', () => {
    const analyzer = createAnalyzer({ segmenter: createDictionarySegmenter(['淘汰', '比例', '多少']), normalizer: createNormalizer(), stopWords: new Set(['是', '多少']) })
    expect(readQuestion('淘汰比例是多少', analyzer, new Map()).words.map((w) => w.term)).toEqual(['淘汰'])
  })

  it('drops the asking of a place in an order (排第几)', () => {
    const analyzer = createAnalyzer({ segmenter: createDictionarySegmenter(['江城队', '积分', '排', '第几']), normalizer: createNormalizer(), stopWords: new Set() })
    expect(readQuestion('江城队积分排第几', analyzer, new Map()).words.map((w) => w.term)).toEqual(['江城队', '积分'])
  })

  it('drops the word naming the name a name question asks for (叫什么名字)', () => {
    const analyzer = createAnalyzer({ segmenter: createDictionarySegmenter(['茶馆', '什么', '名字']), normalizer: createNormalizer(), stopWords: new Set(['叫', '什么']) })
    expect(readQuestion('茶馆叫什么名字', analyzer, new Map()).words.map((w) => w.term)).toEqual(['茶馆'])
  })

  it('drops the words naming the time a when question asks for, and the 到 of a range asked for', () => {
    const analyzer = createAnalyzer({ segmenter: createDictionarySegmenter(['开放', '时间', '几点', '什么', '日期', '开业']), normalizer: createNormalizer(), stopWords: new Set(['是', '几点', '什么']) })
    expect(readQuestion('开放时间是几点到几点', analyzer, new Map()).words.map((w) => w.term)).toEqual(['开放'])
    expect(readQuestion('开业是什么日期', analyzer, new Map()).words.map((w) => w.term)).toEqual(['开业'])
  })

  it('drops the words asking for a purpose (做什么用), however they are cut', () => {
    const analyzer = createAnalyzer({ segmenter: createDictionarySegmenter(['老馆', '以后', '什么', '设备']), normalizer: createNormalizer(), stopWords: new Set(['什么', '有', '这个']) })
    expect(readQuestion('老馆以后做什么用', analyzer, new Map()).words.map((w) => w.term)).toEqual(['老馆', '以后'])
    expect(readQuestion('这个设备有什么用处', analyzer, new Map()).words.map((w) => w.term)).toEqual(['设备'])
  })

  it('drops 真的吗 closing a question that repeats what was heard, but keeps 真的 inside one', () => {
    const analyzer = createAnalyzer({ segmenter: createDictionarySegmenter(['总投入', '超过', '真的', '好吃']), normalizer: createNormalizer(), stopWords: new Set(['了', '吗']) })
    expect(readQuestion('总投入超过了，真的吗', analyzer, new Map()).words.map((w) => w.term)).toEqual(['总投入', '超过'])
    expect(readQuestion('真的好吃吗', analyzer, new Map()).words.map((w) => w.term)).toEqual(['真的', '好吃'])
  })

  it('cuts the one whose words are asked apart from the asking when the cut glues them (赵/明说)', () => {
    const analyzer = createAnalyzer({ segmenter: createDictionarySegmenter(['明说', '什么']), normalizer: createNormalizer(), stopWords: new Set(['了', '什么']) })
    const parsed = readQuestion('赵明说了什么', analyzer, new Map())
    expect(parsed.cues.speaker).toBe('赵明')
    expect(parsed.words.map((w) => w.term)).toEqual(['赵', '明'])
  })

  it('reads the item of a list a question asks (第三类) as a cue, not as words, and no item in 第一批 or 第五中队', () => {
    const analyzer = createAnalyzer({ segmenter: createDictionarySegmenter(['第三', '三类', '第三类', '诈骗', '什么', '第一批', '中队']), normalizer: createNormalizer(), stopWords: new Set(['是', '什么']) })
    const parsed = readQuestion('第三类诈骗是什么', analyzer, new Map())
    expect(parsed.cues.ordinal).toBe(3)
    expect(parsed.words.map((w) => w.term)).toEqual(['诈骗'])
    expect(readQuestion('第一批是什么', analyzer, new Map()).cues.ordinal).toBe(0)
    expect(readQuestion('第五中队是什么', analyzer, new Map()).cues.ordinal).toBe(0)
    expect(readQuestion('第4点是什么', analyzer, new Map()).cues.ordinal).toBe(4)
  })

  it('reads no item of a list in a yes-no question claiming firstness (是不是第一条), but does in one about a later item', () => {
    const analyzer = createAnalyzer({ segmenter: createDictionarySegmenter(['是不是', '第一', '第三', '公交', '诈骗']), normalizer: createNormalizer(), stopWords: new Set(['是', '的', '条', '类']) })
    expect(readQuestion('K12路是不是第一条开进山村的公交？', analyzer, new Map()).cues.ordinal).toBe(0)
    expect(readQuestion('第一条是什么', analyzer, new Map()).cues.ordinal).toBe(1)
    expect(readQuestion('第三类是不是诈骗？', analyzer, new Map()).cues.ordinal).toBe(3)
  })

  it('joins a verb and its object split by a particle (报的警), or two lone characters side by side, as a form of each', () => {
    const analyzer = createAnalyzer({ segmenter: createDictionarySegmenter([]), normalizer: createNormalizer(), stopWords: new Set(['谁', '的']) })
    const words = readQuestion('谁报的警', analyzer, new Map()).words
    expect(words.map((w) => [w.term, w.forms])).toEqual([['报', ['报', '报警']], ['警', ['警', '报警']]])
    expect(readQuestion('谁在警报', createAnalyzer({ segmenter: createDictionarySegmenter([]), normalizer: createNormalizer(), stopWords: new Set(['谁', '在']) }), new Map()).words.map((w) => w.forms)).toEqual([['警', '警报'], ['报', '警报']])
    expect(readQuestion('谁报的警', analyzer, parseSynonyms('报警 报案')).words[0]!.forms).toEqual(['报', '报警', '报案'])
    const counted = createAnalyzer({ segmenter: createDictionarySegmenter(['几次']), normalizer: createNormalizer(), stopWords: new Set(['谁', '了', '几次']) })
    expect(readQuestion('谁报了几次警', counted, new Map()).words.map((w) => w.forms)).toEqual([['报', '报警'], ['警', '报警']])
    expect(readQuestion('报在警', createAnalyzer({ segmenter: createDictionarySegmenter([]), normalizer: createNormalizer(), stopWords: new Set(['在']) }), new Map()).words.map((w) => w.forms)).toEqual([['报'], ['警']])
  })

  it('leaves out the asking of a size jieba keeps whole (有多深, 多长) as it leaves out its halves', () => {
    const whole = createAnalyzer({ segmenter: createDictionarySegmenter(['隧道', '有多深', '路', '多长']), normalizer: createNormalizer(), stopWords: new Set() })
    expect(readQuestion('隧道水有多深', whole, new Map()).words.map((w) => w.term)).toEqual(['隧道', '水'])
    expect(readQuestion('路多长', whole, new Map()).words.map((w) => w.term)).toEqual(['路'])
  })

  it('reads the unit of a question through its cut', () => {
    const analyzer = createAnalyzer({ segmenter: createDictionarySegmenter(['转移', '多少', '群众']), normalizer: createNormalizer(), stopWords: new Set(['了', '多少']) })
    expect(readQuestion('转移了多少群众', analyzer, new Map()).unit).toEqual({ kind: 'any' })
    expect(readQuestion('转移了多少名群众', analyzer, new Map()).unit).toEqual({ kind: 'count', measure: '名' })
  })
})

describe('the focus of a question', () => {
  const analyzer = createAnalyzer({ segmenter: createPipeSegmenter(), normalizer: createNormalizer(), stopWords: new Set(['的', '是', '谁', '多少', '什么', '得', '过', '|']) })
  it.each([
    ['纪念馆|门票|多少|钱', '门票'],
    ['公安局|局长|是谁', '局长'],
    ['方增明|用|过|什么|办法', '办法'],
    ['红巷|派出所|介绍', ''],
    ['派出所|所长|是哪位', '所长'],
    ['中队|中队长|分别|是谁', '中队长'],
    ['派出所|的|负责人|叫啥', '负责人'],
    ['七大队|支部|有|多少个|党员', '党员'],
    ['主要|看|的|是|哪方面|工作', '工作'],
    ['什么样|的|民警', '民警'],
    ['施林松|带|过|啥|徒弟', '徒弟'],
    ['口号|是啥', '口号'],
    ['山门|派出所|民警|人数', '民警'],
  ])('finds what %s asks about', (question, focus) => {
    expect(readQuestion(question, analyzer, parseSynonyms('')).focus).toBe(focus)
  })

  it('finds none in a question about honours, whose cue says what it asks', () => {
    expect(readQuestion('方增明|得|过|什么|称号', analyzer, parseSynonyms(''))).toMatchObject({ focus: '', cues: { honoured: '方增明' } })
  })
})

describe('dropHearsay', () => {
  it('blanks where the asker read or heard it, keeping every other character where it was', () => {
    expect(dropHearsay('看到新闻说有个大叔打呼噜,他叫啥')).toBe('     有个大叔打呼噜,他叫啥')
    expect(dropHearsay('听说解放大道要封路,封到什么时候')).toBe('  解放大道要封路,封到什么时候')
    expect(dropHearsay('我在报上看到的?')).toBe('我在报上看到的?')
  })

  it('leaves a question whose news is what it asks about', () => {
    expect(dropHearsay('新闻发言人是谁')).toBe('新闻发言人是谁')
    expect(dropHearsay('孙立伟说了什么')).toBe('孙立伟说了什么')
  })
})

describe('dropDemonstratives', () => {
  it('blanks a demonstrative with its measure word (这起, 那家)', () => {
    expect(dropDemonstratives('这起案件判了几年')).toBe('  案件判了几年')
    expect(dropDemonstratives('那家饭店在哪')).toBe('  饭店在哪')
    expect(dropDemonstratives('那两个骗子冒充的是什么身份')).toBe('   骗子冒充的是什么身份')
    expect(dropDemonstratives('那几支队伍叫啥名')).toBe('那几支队伍叫啥名')
  })

  it('keeps 某 after a surname, which names a person (柴某起诉时), not a case (某起)', () => {
    expect(dropDemonstratives('柴某起诉时要求赔偿多少')).toBe('柴某起诉时要求赔偿多少')
    expect(dropDemonstratives('有某起案件')).toBe('有  案件')
  })
})
