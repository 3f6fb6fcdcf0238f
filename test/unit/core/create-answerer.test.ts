import { describe, expect, it } from 'vitest'
import { createAnalyzer } from '../../../src/core/text/analyzer.js'
import fc from 'fast-check'
import { defaultAnswererOptions, type AnswererOptions } from '../../../src/core/create-answerer.js'
import { createEmbeddedLibrary } from '../../../src/core/create-embedded-library.js'
import { readQuestion } from '../../../src/core/question/read-question.js'
import { rerank } from '../../../src/core/rerank/rerank.js'
import { weighQuestion } from '../../../src/core/rerank/weigh-question.js'
import { buildRetrievalRequest } from '../../../src/core/retrieve/build-request.js'
import { createMemoryCorpus } from '../../../src/core/retrieve/memory-corpus.js'
import { createMiniSearchRetriever } from '../../../src/core/retrieve/minisearch-retriever.js'
import { buildPassageIndex, type PassageIndex } from '../../../src/core/retrieve/passage-index.js'
import { indexFormat, loadPassageIndex, serializePassageIndex } from '../../../src/core/retrieve/passage-index-file.js'
import type { QueryPlanOptions } from '../../../src/core/retrieve/plan-query.js'
import { createNormalizer } from '../../../src/core/text/normalize.js'
import { parseSynonyms } from '../../../src/core/text/synonyms.js'
import type { Article } from '../../../src/core/types.js'
import { createDictionarySegmenter } from '../../helpers/dictionary-segmenter.js'
import { createFeedbackLedger } from '../../../src/core/feedback-ledger.js'
import { createDictionaryTagger } from '../../helpers/dictionary-tagger.js'
import { createFixtureArticle, createFixtureLibrary } from '../../helpers/fixture-library.js'
import { createPipeSegmenter } from '../../helpers/pipe-segmenter.js'

// Fixture words are separated by | so each test spells out its own segmentation.
const articles: Article[] = [
  {
    id: 'a', title: '小营|派出所', subtitle: '', newspaper: '测试报', date: '2021-07-01', page: '4', authors: [], column: '',
    paragraphs: [
      { n: 1, heading: '', text: '小营|派出所|在|1922|年|成立|。|民警|施林松|守护|医院|。' },
      { n: 2, heading: '红巷', text: '李兔儿|是|社区|民警|，|扎根|社区|30多年|。|他|帮助|居民|治理|卫生|。' },
    ],
  },
  {
    id: 'b', title: '山门|派出所', subtitle: '', newspaper: '测试报', date: '', page: '', authors: [], column: '',
    paragraphs: [{ n: 1, heading: '', text: '红都|义警|有|120余名|成员|，|遍布|20余个|村居|。|他们|巡逻|山区|。' }],
  },
]
const analyzer = createAnalyzer({ segmenter: createPipeSegmenter(), normalizer: createNormalizer(), stopWords: new Set(['是', '的', '多少', '谁', '|']) })
const synonyms = parseSynonyms('民警 警察')
const embedded = (of: Article[], index: PassageIndex, answerer: Partial<AnswererOptions> = {}, queryPlan?: QueryPlanOptions, withAnalyzer = analyzer) =>
  createEmbeddedLibrary({ corpus: createMemoryCorpus(of, index), analyzer: withAnalyzer, synonyms, answerer, queryPlan })
const library = (index = buildPassageIndex(articles, analyzer)) => embedded(articles, index)

describe('answer', () => {
  it('puts the passage holding the answer first, with its citation', async () => {
    const answer = (await library().answer('红都|义警|有|多少|成员'))
    expect(answer.abstained).toBe(false)
    expect(answer.results[0]!.source).toMatchObject({ id: 'b', title: '山门|派出所', paragraph: 1, newspaper: '测试报' })
    expect(answer.results[0]!.sentence).toContain('120')
  })

  it('matches a synonym of a question word', async () => {
    const answer = (await library().answer('社区|警察|扎根|多少|年'))
    expect(answer.results[0]!.source.passageId).toBe('a#2')
    expect(answer.results[0]!.terms).toEqual(expect.arrayContaining(['扎根', '民警']))
  })

  it('answers a question about an article\'s date from its metadata, cited as its details', async () => {
    const answer = await library().answer('小营|派出所|那篇|文章|是|哪天|登|的')
    expect(answer.abstained).toBe(false)
    expect(answer.results[0]).toMatchObject({ sentence: '2021-07-01', source: { id: 'a', kind: 'meta' } })
  })

  it('declines a question about a date the article does not record, offering its details as related', async () => {
    const answer = await library().answer('红都|义警|那篇|文章|是|哪天|登|的')
    expect(answer).toMatchObject({ abstained: true, results: [] })
    expect(answer.related?.[0]?.source).toMatchObject({ id: 'b', kind: 'meta' })
  })

  it('declines a metadata question that names no article, rather than answer from a passage with its words', async () => {
    expect(await library().answer('这篇|文章|是|谁|写|的')).toMatchObject({ abstained: true, results: [], related: [] })
  })

  it('reads "this article" as the only article when the collection holds one', async () => {
    const one = [articles[0]!]
    const answer = await embedded(one, buildPassageIndex(one, analyzer)).answer('这篇|文章|是|哪天|登|的')
    expect(answer.abstained).toBe(false)
    expect(answer.results[0]).toMatchObject({ sentence: '2021-07-01', source: { id: 'a', kind: 'meta' } })
  })

  it('reads "this article" in a metadata question as the article the previous question was answered from', async () => {
    const answer = await library().answer('这篇|文章|是|哪天|登|的', { previous: '社区|警察|扎根|多少|年' })
    expect(answer).toMatchObject({ abstained: false, assumed: '《小营|派出所》', asked: '《小营|派出所》这篇|文章|是|哪天|登|的' })
    expect(answer.results[0]).toMatchObject({ sentence: '2021-07-01', source: { id: 'a', kind: 'meta' } })
  })

  it('reads a question that is nothing but a field (哪天登的) as asked of the article the previous question was answered from', async () => {
    const answer = await library().answer('哪天|登|的', { previous: '社区|警察|扎根|多少|年' })
    expect(answer).toMatchObject({ abstained: false, assumed: '《小营|派出所》' })
    expect(answer.results[0]).toMatchObject({ sentence: '2021-07-01', source: { id: 'a', kind: 'meta' } })
  })

  it('declines a metadata question about "this article" when the previous question found no answer', async () => {
    expect(await library().answer('这篇|文章|是|哪天|登|的', { previous: '宫保|鸡丁|做法' })).toMatchObject({ abstained: true, results: [], related: [] })
  })

  it('abstains when the question shares nothing with the corpus', async () => {
    expect((await library().answer('宫保|鸡丁|做法'))).toMatchObject({ question: '宫保|鸡丁|做法', abstained: true, results: [], confidence: 0 })
  })

  it('abstains on a question made only of stop words and punctuation', async () => {
    expect((await library().answer('是|谁|？')).abstained).toBe(true)
  })

  it('reranks only candidates within the candidate floor of the best BM25 score', async () => {
    const withFloor = async (candidateFloor: number) =>
      (await embedded(articles, buildPassageIndex(articles, analyzer), { candidateFloor, minConfidence: 0 })
        .answer('红都|义警|民警', { limit: 5 })).results.map((r) => r.source.passageId)
    expect((await withFloor(0))).toHaveLength(3)
    expect((await withFloor(0.99))).toEqual(['b#1'])
  })

  it('pages through results with offset and limit', async () => {
    const all = (await library().answer('派出所|民警', { limit: 5 })).results.map((r) => r.source.passageId)
    const second = (await library().answer('派出所|民警', { limit: 1, offset: 1 })).results.map((r) => r.source.passageId)
    expect(second).toEqual(all.slice(1, 2))
  })

  it('gives the same results after a save and load round trip', async () => {
    const built = buildPassageIndex(articles, analyzer)
    const loaded = await loadPassageIndex(serializePassageIndex(built))
    const question = '施林松|守护|什么'
    expect((await library(loaded).answer(question))).toEqual((await library(built).answer(question)))
  })

  it('refuses to load a truncated index', async () => {
    const { json, numbers } = serializePassageIndex(buildPassageIndex(articles, analyzer))
    await expect(loadPassageIndex({ json: json.slice(0, json.length / 2), numbers })).rejects.toThrow('the index is not JSON (truncated?)')
    await expect(loadPassageIndex({ json: json.replace(`"format":${indexFormat}`, '"format":9'), numbers })).rejects.toThrow(`index format 9 is not ${indexFormat}`)
    await expect(loadPassageIndex({ json, numbers: numbers.subarray(1) })).rejects.toThrow('the index is damaged (its numbers are from another save)')
  })
})

describe('createLibrary', () => {
  it('returns context paragraphs around a passage and nothing for unknown ids', async () => {
    expect((await library().contextOf('a#2', 1)).map((p) => p.n)).toEqual([1, 2])
    expect((await library().contextOf('../etc/passwd'))).toEqual([])
    expect((await library().findArticle('nope'))).toBeUndefined()
    expect((await library().sourceOf('b#1'))).toMatchObject({ id: 'b', paragraph: 1 })
  })
})

describe('answer citations', () => {
  const merged: Article[] = [
    {
      id: 'm', title: '红巷|派出所', subtitle: '', newspaper: '测试报', date: '', page: '', authors: [], column: '',
      paragraphs: [
        { n: 1, heading: '', text: '红巷|派出所|成立|于|1922|年|。' },
        { n: 2, heading: '', text: '所里|有|民警25名|。' },
      ],
    },
  ]
  const index = buildPassageIndex(merged, analyzer)

  it('cites the whole range of a passage that spans paragraphs, whichever sentence answered, and the answering paragraph in it', async () => {
    expect([...index.passages.keys()]).toEqual(['m#1'])
    const count = (await embedded(merged, index).answer('红巷|派出所|有|多少|名|民警')).results[0]!
    const year = (await embedded(merged, index, { minConfidence: 0 }).answer('红巷|派出所|哪一年|成立')).results[0]!
    expect(year.sentence).toContain('1922')
    expect(count.sentence).toContain('25')
    expect(count.source).toMatchObject({ passageId: 'm#1', paragraph: 2, firstParagraph: 1, lastParagraph: 2, kind: 'body' })
    expect(year.source).toEqual({ ...count.source, paragraph: 1 })
    expect(await embedded(merged, index).sourceOf('m#1')).toEqual(year.source)
  })

  it('shows and cites one picture caption of a passage of captions, as a caption', async () => {
    const pictured: Article[] = [
      {
        id: 'p', title: '山门|派出所', subtitle: '', newspaper: '测试报', date: '', page: '', authors: [], column: '',
        paragraphs: [
          { n: 1, heading: '', text: '山门|派出所|有|民警|。' },
          { n: 2, heading: '图片说明', text: '组织|培训|志愿者' },
          { n: 3, heading: '图片说明', text: '上门|为|老人|办理|身份证' },
        ],
      },
    ]
    const captions = buildPassageIndex(pictured, analyzer)
    expect([...captions.passages.keys()]).toEqual(['p#1', 'p#2'])
    const hit = (await embedded(pictured, captions, { minConfidence: 0 }).answer('上门|为|老人|办理|什么')).results[0]!
    expect(hit.text).toBe('上门|为|老人|办理|身份证')
    expect(hit.source).toMatchObject({ passageId: 'p#2', kind: 'caption', paragraph: 3, firstParagraph: 3, lastParagraph: 3, heading: '图片说明' })
    const explained = (await embedded(pictured, captions).explain('上门|为|老人|办理|什么')).candidates[0]!
    expect(explained).toMatchObject({ passageId: 'p#2', kind: 'caption', paragraph: 3, firstParagraph: 3, lastParagraph: 3 })
  })
})

describe('explain', () => {
  it('shows the factors whose product is each candidate\'s confidence, and a missing count lowers its kind factor', async () => {
    const team: Article[] = [
      {
        id: 't', title: '七大队', subtitle: '', newspaper: '测试报', date: '', page: '', authors: [], column: '',
        paragraphs: [{ n: 1, heading: '', text: '七|大队|的|党员|很|优秀|。' }],
      },
    ]
    const top = (await embedded(team, buildPassageIndex(team, analyzer)).explain('七|大队|有|多少|党员')).candidates[0]!
    const product = Object.values(top.factors).reduce((a, b) => a * b, 1)
    expect(top.confidence).toBeCloseTo(product, 2)
    expect(top.factors.kind).toBeLessThan(1)
    expect(top.factors.year).toBe(1)
  })

  it('wants a named office for 哪家设计院 (a body by its ending), as for 哪家银行', async () => {
    const park: Article[] = [
      {
        id: 'p', title: '口袋|公园', subtitle: '', newspaper: '测试报', date: '', page: '', authors: [], column: '',
        paragraphs: [{ n: 1, heading: '', text: '渔灯巷|口袋|公园|建成|开放|。' }],
      },
    ]
    const top = (await embedded(park, buildPassageIndex(park, analyzer)).explain('渔灯巷|口袋|公园|是|哪家|设计院|设计|的')).candidates[0]!
    expect(top.factors.kind).toBeLessThan(1)
  })

  it('wants a named firm for 哪家律师事务所 (any 所, 校 or 社), not the kind named in a list', async () => {
    const team: Article[] = [
      {
        id: 't', title: '板凳|夜话', subtitle: '', newspaper: '测试报', date: '', page: '', authors: [], column: '',
        paragraphs: [{ n: 1, heading: '', text: '夜话|团队|有|律师|事务所|、|银行|等|参加|。' }],
      },
    ]
    const top = (await embedded(team, buildPassageIndex(team, analyzer)).explain('夜话|团队|的|律师|是|哪家|事务所|的')).candidates[0]!
    expect(top.factors.kind).toBeLessThan(1)
  })

  it('finds the one-character verb a how-question asks (咋绕) inside a word beside the answer (绕行) as its event', async () => {
    const road: Article[] = [
      {
        id: 'r', title: '解放大道|封闭', subtitle: '', newspaper: '测试报', date: '', page: '', authors: [], column: '',
        paragraphs: [{ n: 1, heading: '', text: '小车|可|经|望江路|绕行|。' }],
      },
    ]
    const top = (await embedded(road, buildPassageIndex(road, analyzer)).explain('解放大道|封闭|以后|怎么|绕')).candidates[0]!
    expect(top.factors.onlySubject).toBe(1)
  })

  it('reads a number the article names in its subtitle (K12路开通) as stated in every passage of it', async () => {
    const line = (subtitle: string): Article[] => [
      {
        id: 'k', title: '山路|通|了|公交', subtitle, newspaper: '测试报', date: '', page: '', authors: [], column: '',
        paragraphs: [{ n: 1, heading: '', text: '司机|蒙岫川|开|这|趟|车|。' }],
      },
    ]
    const numberFactor = async (of: Article[]) => (await embedded(of, buildPassageIndex(of, analyzer)).explain('K12|路|司机|谁')).candidates[0]!.factors.number
    expect(await numberFactor(line('K12|路|开通'))).toBe(1)
    expect(await numberFactor(line('新|线路|开通'))).toBeLessThan(1)
  })
})

describe('the sentence shown', () => {
  it('is the one with a count of what a how-many question asks, not the topic sentence that names more of it', async () => {
    const team: Article[] = [
      {
        id: 't', title: '七大队', subtitle: '', newspaper: '测试报', date: '', page: '', authors: [], column: '',
        paragraphs: [{ n: 1, heading: '', text: '在|民警|党员|占比|95%|的|七|大队|中|。|目前|支部|有|党员|43人|。' }],
      },
    ]
    const hit = (await embedded(team, buildPassageIndex(team, analyzer), { minConfidence: 0 }).answer('七|大队|有|多少|党员')).results[0]!
    expect(hit.sentence).toContain('党员|43人')
  })

  it('for a when-question, is the dated one naming the event asked (通水), not the one naming more of its subject', async () => {
    const plant: Article[] = [
      {
        id: 'w', title: '淡化|工程', subtitle: '', newspaper: '测试报', date: '', page: '', authors: [], column: '',
        paragraphs: [{ n: 1, heading: '', text: '4月15日|，|淡化|工程|开工|。|工程|计划|于|2026年9月|建成|通水|。' }],
      },
    ]
    const shown = async (eventBonus: number) => (await embedded(plant, buildPassageIndex(plant, analyzer), { minConfidence: 0, eventBonus }).answer('淡化|工程|什么时候|通水')).results[0]!.sentence.replaceAll('|', '')
    expect(await shown(0.1)).toBe('工程计划于2026年9月建成通水。')
    expect(await shown(0)).toBe('4月15日，淡化工程开工。')
  })

  it('is not one naming a sibling of what is asked (女子组 for 男子组), when another names it', async () => {
    const race: Article[] = [
      {
        id: 'r', title: '半马', subtitle: '', newspaper: '测试报', date: '', page: '', authors: [], column: '',
        paragraphs: [{ n: 1, heading: '', text: '男子组|比赛|中|，|司马骁远|率先|冲线|。|女子组|全程|冠军|是|聂芃芃|，|成绩|1小时13分|。' }],
      },
    ]
    const shown = async (siblingShownPenalty: number) => (await embedded(race, buildPassageIndex(race, analyzer), { minConfidence: 0, siblingShownPenalty }).answer('男子组|全程|冠军|是|谁')).results[0]!.sentence.replaceAll('|', '')
    expect(await shown(0.5)).toBe('男子组比赛中，司马骁远率先冲线。')
    expect(await shown(0)).toBe('女子组全程冠军是聂芃芃，成绩1小时13分。')
  })

  it('may be one naming the sibling for a yes-no question, whose answer it is (男子组冠军是聂芃芃吗 — 女子组)', async () => {
    const race: Article[] = [
      {
        id: 'r', title: '半马', subtitle: '', newspaper: '测试报', date: '', page: '', authors: [], column: '',
        paragraphs: [{ n: 1, heading: '', text: '男子组|比赛|中|，|司马骁远|率先|冲线|。|女子组|全程|冠军|是|聂芃芃|，|成绩|1小时13分|。' }],
      },
    ]
    const shown = async (siblingShownPenalty: number) => (await embedded(race, buildPassageIndex(race, analyzer), { minConfidence: 0, siblingShownPenalty }).answer('男子组|全程|冠军|是|聂芃芃|吗')).results[0]!.sentence.replaceAll('|', '')
    expect(await shown(0.5)).toBe('女子组全程冠军是聂芃芃，成绩1小时13分。')
  })

  describe('a sentence that points back (其中…, 从这里…, 当年，他们…, …当天开通, 因此…)', () => {
    const libraryWith = createFixtureLibrary({
      words: ['半山', '街道', '田安乐', '警务室', '警情', '接收', '党课', '开始', '纪念馆', '青年', '党员', '重温', '誓词', '张三', '李四', '法医', '当年', '他们', '殡仪馆', '尸体', '温度', '中巴车', '客运站', '开出', '公交', '线路', '当天', '正式', '开通', '孩子', '时间', '阅读', '写进', '课表', '决定', '区里'],
      stopWords: ['在', '哪里', '的', '是', '什么', '了', '谁', '测'],
      paragraphs: [
        { text: '如半山街道，着力构建共同体。其中，田安乐警务室共接收警情49起。' },
        { text: '纪念馆内，青年党员重温誓词。他的第一堂党课，就是从这里开始。' },
        { text: '张三李四是老法医。当年，他们在殡仪馆测尸体温度。' },
        { text: '4月16日早上，一辆中巴车从客运站开出。这条公交线路当天正式开通。' },
        { text: '“孩子们没有时间。”因此区里决定把阅读写进课表。' },
      ],
    })

    it('is shown with the sentence before it, which holds what it points to', async () => {
      expect((await libraryWith().answer('田安乐警务室接收了什么')).results[0]!.sentence).toBe('如半山街道，着力构建共同体。其中，田安乐警务室共接收警情49起。')
      expect((await libraryWith().answer('第一堂党课从什么开始')).results[0]!.sentence).toBe('纪念馆内，青年党员重温誓词。他的第一堂党课，就是从这里开始。')
      expect((await libraryWith().answer('在殡仪馆测尸体温度的是谁')).results[0]!.sentence).toBe('张三李四是老法医。当年，他们在殡仪馆测尸体温度。')
      expect((await libraryWith().answer('这条公交线路是哪天正式开通的')).results[0]!.sentence).toBe('4月16日早上，一辆中巴车从客运站开出。这条公交线路当天正式开通。')
      expect((await libraryWith().answer('区里为什么决定把阅读写进课表')).results[0]!.sentence).toBe('“孩子们没有时间。”因此区里决定把阅读写进课表。')
    })

    it('is shown alone when it does not point back', async () => {
      const hit = (await libraryWith().answer('纪念馆内青年党员重温什么')).results[0]!
      expect(hit.sentence).toBe('纪念馆内，青年党员重温誓词。')
    })
  })
})

describe('answer highlighting', () => {
  // Forward maximum matching over a tiny dictionary, so bigrams can straddle two words.
  const segmenter = createDictionarySegmenter(['第一个', '党组织', '党员', '成立', '浙江'])
  const plain = createAnalyzer({ segmenter, normalizer: createNormalizer(), stopWords: new Set(['的', '是', '在']) })
  const text: Article[] = [
    {
      id: 'h', title: '标题', subtitle: '', newspaper: '测试报', date: '', page: '', authors: [], column: '',
      paragraphs: [{ n: 1, heading: '', text: '浙江第一个党组织在这里成立。每个党员都记得。' }],
    },
  ]

  it('reads a question with invisible characters inside its words as the same question', async () => {
    const index = buildPassageIndex(text, plain)
    const answerer = embedded(text, index, { minConfidence: 0 }, undefined, plain)
    const hit = (await answerer.answer('浙\u200b江第一个党\ufeff组织在哪成立')).results[0]!
    expect(hit).toEqual((await answerer.answer('浙江第一个党组织在哪成立')).results[0])
  })

  it('offers whole question words for highlighting, adjacent ones as one run, not bigrams that straddle two of them', async () => {
    const index = buildPassageIndex(text, plain)
    const hit = (await embedded(text, index, { minConfidence: 0 }, undefined, plain).answer('浙江第一个党组织在哪成立')).results[0]!
    expect(hit.terms).toEqual(['浙江第一个党组织', '成立'])
    expect(hit.terms).not.toContain('个党')
  })
})

describe('retrieval on a large corpus', () => {
  const many: Article[] = ['甲', '乙', '丙', '丁'].map((name, i) => ({
    id: `c${i}`, title: '报道', subtitle: '', newspaper: '测试报', date: '', page: '', authors: [], column: '',
    paragraphs: [{ n: 1, heading: '', text: `${name}|派出所|民警|巡逻|。${i === 2 ? '红都|义警|出动|。' : ''}` }],
  }))
  const index = buildPassageIndex(many, analyzer)

  it('reads the rarest terms within the posting budget, so only passages with them are retrieved', async () => {
    const answer = await embedded(many, index, { minConfidence: 0 }, { postingBudget: 2 }).answer('派出所|红都|义警', { limit: 5 })
    expect(answer.results.map((h) => h.source.id)).toEqual(['c2'])
  })

  it('still reads the rarest term when every term is over the budget', async () => {
    const answer = await embedded(many, index, { minConfidence: 0 }, { postingBudget: 1 }).answer('派出所|民警', { limit: 5 })
    expect(answer.results).toHaveLength(4)
  })
})

describe('confidence and the unit asked for', () => {
  const libraryWith = createFixtureLibrary({
    words: ['义警', '队伍', '成立', '多少', '成员', '银行', '项目'],
    stopWords: ['的', '有', '多少', '了'],
    paragraphs: [{ text: '义警队伍成立了3年。' }],
  })
  const confidenceOf = async (question: string, options: Partial<typeof defaultAnswererOptions> = {}) => (await libraryWith(options).answer(question)).confidence ?? 0

  it('does not let a count in another unit vouch for a question that names its unit', async () => {
    const years = (await confidenceOf('义警队伍成立多少年'))
    const members = (await confidenceOf('义警队伍成立多少名'))
    expect(years).toBeGreaterThan(0.4)
    expect(members).toBeCloseTo(years * defaultAnswererOptions.kindPenalty, 2)
  })

  it('lowers a 哪个 question about an institution without a named one, and not other 哪个 questions', async () => {
    expect((await confidenceOf('义警队伍是哪家银行的', { kindPenalty: 0.3 }))).toBeCloseTo((await confidenceOf('义警队伍是哪家银行的', { kindPenalty: 1 })) * 0.3, 2)
    expect((await confidenceOf('义警队伍成立了哪个项目', { kindPenalty: 0.3 }))).toBeCloseTo((await confidenceOf('义警队伍成立了哪个项目', { kindPenalty: 1 })), 5)
  })

  it('lowers a 谁 question without a person by its own factor, not by that of counts and dates', async () => {
    const full = (await confidenceOf('谁成立了义警队伍', { personKindPenalty: 1, kindPenalty: 0.1 }))
    expect(full).toBeGreaterThan(0)
    expect((await confidenceOf('谁成立了义警队伍', { personKindPenalty: 0.5, kindPenalty: 0.1 }))).toBeCloseTo(full * 0.5, 2)
  })
})

describe('the role a 谁 question asks about', () => {
  const spec = {
    words: ['中队', '中队长', '大队长', '巡逻', '张三', '表示', '城东', '满意', '多少'],
    stopWords: ['是', '谁', '在', '有', '多少'],
    paragraphs: [{ text: '中队在城东巡逻。大队长张三表示满意。' }],
  }
  // every word a noun, so the focus counts
  const libraryWith = createFixtureLibrary({ ...spec, tag: (t: string) => [{ word: t, tag: 'n' }] })
  const confidenceOf = async (question: string, roleFocusPenalty: number) => (await libraryWith({ roleFocusPenalty }).answer(question)).confidence ?? 0

  it('is missing when only pieced together from parts found apart (中队 here, 队长 of 大队长 there)', async () => {
    const full = (await confidenceOf('中队长是谁', 1))
    expect(full).toBeGreaterThan(0)
    expect((await confidenceOf('中队长是谁', 0.5))).toBeCloseTo(full * 0.5, 2)
  })

  it('lowers the score of a passage without it, so one that has it ranks first', async () => {
    const scoreOf = async (roleFocusRankFactor: number) => (await libraryWith({ roleFocusRankFactor }).answer('中队长是谁')).results[0]?.score ?? 0
    expect((await scoreOf(1))).toBeGreaterThan(0)
    expect((await scoreOf(0.5))).toBeCloseTo((await scoreOf(1)) * 0.5, 2)
  })

  it('is found when the passage names it', async () => {
    expect((await confidenceOf('大队长是谁', 0.5))).toBeCloseTo((await confidenceOf('大队长是谁', 1)), 5)
  })

  it('counts a word jieba knows only from the corpus (tagged x) as a focus too', async () => {
    const coinedTag = (t: string) => [...t.matchAll(/中队长|有|多少|./gu)].map((m) => ({ word: m[0], tag: m[0] === '中队长' ? 'x' : 'v' }))
    const withTag = createFixtureLibrary({ ...spec, tag: coinedTag })
    const confidence = async (roleFocusPenalty: number) => (await withTag({ roleFocusPenalty }).answer('中队长有多少')).confidence ?? 0
    expect((await confidence(1))).toBeGreaterThan(0)
    expect((await confidence(0.5))).toBeCloseTo((await confidence(1)) * 0.5, 2)
  })

  it('counts the same way for the thing a 多少 question counts', async () => {
    const full = (await confidenceOf('中队长有多少', 1))
    expect(full).toBeGreaterThan(0)
    expect((await confidenceOf('中队长有多少', 0.5))).toBeCloseTo(full * 0.5, 2)
  })
})

describe('a number the question names', () => {
  const libraryWith = createFixtureLibrary({
    words: ['中队', '城东', '巡逻', '召开', '会议', '表彰', '先进', '总结', '工作', '满意度', '哪里', '多少'],
    stopWords: ['是', '在', '哪里', '多少', '年'],
    paragraphs: [{ text: '三中队在城东巡逻。' }, { text: '2018年召开会议。会上表彰了先进。也总结了工作。2017年满意度98%。' }],
  })
  const confidenceOf = async (question: string, penalties: { numberFarPenalty: number; numberMissingPenalty: number }) =>
    (await libraryWith(penalties).answer(question)).confidence ?? 0
  const none = { numberFarPenalty: 1, numberMissingPenalty: 1 }

  it('lowers confidence when the passage does not hold it (第五中队 where the text has 三中队)', async () => {
    expect((await confidenceOf('三中队在哪里巡逻', { numberFarPenalty: 1, numberMissingPenalty: 0.4 }))).toBeCloseTo((await confidenceOf('三中队在哪里巡逻', none)), 5)
    const full = (await confidenceOf('第五中队在哪里巡逻', none))
    expect(full).toBeGreaterThan(0)
    expect((await confidenceOf('第五中队在哪里巡逻', { numberFarPenalty: 1, numberMissingPenalty: 0.4 }))).toBeCloseTo(full * 0.4, 2)
  })

  it('lowers it less when the number is only sentences away from the answering one', async () => {
    const full = (await confidenceOf('2018年满意度是多少', none))
    expect(full).toBeGreaterThan(0)
    expect((await confidenceOf('2018年满意度是多少', { numberFarPenalty: 0.6, numberMissingPenalty: 0.1 }))).toBeCloseTo(full * 0.6, 2)
  })

  it('ranks first the passage stating a number with the unit the question gives it (第3座, not 3条)', async () => {
    const piers = createFixtureLibrary({
      words: ['码头', '运河', '货船', '多长', '长'],
      stopWords: ['有', '的', '多长'],
      articles: [createFixtureArticle('a', [{ text: '运河边第1座码头长10米，货船有3条。' }]), createFixtureArticle('b', [{ text: '运河边第3座码头长30米，货船有5条。' }])],
    })
    const firstOf = async (numberUnitRankFactor: number) => (await piers({ numberUnitRankFactor }).answer('第3座码头有多长')).results[0]?.sentence ?? ''
    expect(await firstOf(0.8)).toContain('30米')
    expect(await firstOf(1)).toContain('10米')
  })

  it('ranks first the passage opening the item of a list asked (第二项), and lowers confidence where none does', async () => {
    const lists = createFixtureLibrary({
      words: ['举措', '春运', '推出', '五项', '加强', '巡逻', '严查', '酒驾', '第二项', '第六项'],
      stopWords: ['是', '什么'],
      articles: [
        createFixtureArticle('a', [{ text: '春运期间推出五项举措。一是加强巡逻，举措有力。' }]),
        createFixtureArticle('b', [{ text: '二是严查酒驾，这一举措成效明显。' }]),
      ],
    })
    const firstOf = async (numberUnitRankFactor: number) => (await lists({ numberUnitRankFactor }).answer('春运第二项举措是什么')).results[0]?.sentence ?? ''
    expect(await firstOf(0.5)).toContain('严查酒驾')
    expect(await firstOf(1)).toContain('推出五项举措')
    const ordinalFactors = async (question: string) => (await lists({}).explain(question)).candidates.map((c) => c.factors.ordinal)
    expect(await ordinalFactors('春运第六项举措是什么')).toEqual([0.3, 0.3])
    expect((await ordinalFactors('春运第二项举措是什么')).sort()).toEqual([0.3, 1])
  })

  it('counts a number with a unit only where the passage states it with that unit (2018名 is not 2018年)', async () => {
    const penalties = { numberFarPenalty: 1, numberMissingPenalty: 0.4 }
    const asked = async (question: string, numberUnitMustMatch: boolean) => (await libraryWith({ ...penalties, numberUnitMustMatch }).answer(question)).confidence ?? 0
    expect(await asked('2018年召开什么会议', true)).toBeCloseTo(await asked('2018年召开什么会议', false), 5)
    const full = await asked('2018名召开什么会议', false)
    expect(full).toBeGreaterThan(0)
    expect(await asked('2018名召开什么会议', true)).toBeCloseTo(full * 0.4, 2)
  })
})

describe('the event a when, why or how question asks about', () => {
  const libraryWith = createFixtureLibrary({
    words: ['张三', '李四', '参加', '工作', '入党', '出现', '最初', '来到', '社区'],
    stopWords: ['哪', '一', '年', '是', '的', '为什么', '怎么', '了', '吗'],
    paragraphs: [{ text: '张三2005年参加工作。' }, { text: '李四2010年最初来到社区。' }],
    tag: (t: string) => [...t.matchAll(/张三|李四|参加|工作|入党|出现|./gu)].map((m) => ({ word: m[0], tag: /张三|李四/.test(m[0]) ? 'nr' : m[0].length > 1 ? 'v' : 'x' })),
  })
  const confidenceOf = async (question: string, onlySubjectPenalty: number) => (await libraryWith({ onlySubjectPenalty }).answer(question)).confidence ?? 0

  it('lowers confidence when the sentence with the date states nothing of the event, only whom it is about', async () => {
    const full = await confidenceOf('张三是哪一年入党的', 1)
    expect(full).toBeGreaterThan(0)
    expect(await confidenceOf('张三是哪一年入党的', 0.5)).toBeCloseTo(full * 0.5, 2)
  })

  it('does the same for why and how questions, not for others', async () => {
    expect(await confidenceOf('张三为什么入党', 0.5)).toBeCloseTo((await confidenceOf('张三为什么入党', 1)) * 0.5, 2)
    expect(await confidenceOf('张三怎么入党', 0.5)).toBeCloseTo((await confidenceOf('张三怎么入党', 1)) * 0.5, 2)
    expect(await confidenceOf('张三入党了吗', 0.5)).toBeCloseTo(await confidenceOf('张三入党了吗', 1), 5)
  })

  it('leaves it when the sentence states the event, or a start (最初) for a start asked about', async () => {
    expect(await confidenceOf('张三是哪一年参加工作的', 0.5)).toBeCloseTo(await confidenceOf('张三是哪一年参加工作的', 1), 5)
    expect(await confidenceOf('李四是哪一年出现的', 0.5)).toBeCloseTo(await confidenceOf('李四是哪一年出现的', 1), 5)
  })
})

describe('who someone is (王立新是谁)', () => {
  const ask = createFixtureLibrary({
    words: ['王立新', '所长', '说', '要', '抓好', '队伍', '驿站', '红色', '建成', '了', '服务', '群众'],
    stopWords: ['是', '谁', '干什么', '的', '，', '。'],
    paragraphs: [{ text: '王立新说，要抓好队伍。所长王立新抓好队伍。' }, { text: '红色驿站建成了。驿站服务群众。' }],
    tag: (t: string) => [...t.matchAll(/王立新|所长|驿站|红色|群众|队伍|说|./gu)].map((m) => ({ word: m[0], tag: m[0] === '王立新' ? 'nr' : m[0].length > 1 ? 'n' : 'x' })),
  })
  const shown = async (question: string) => (await ask().answer(question)).results[0]?.sentence

  it('shows the sentence saying what they are, not the first that names them', async () => {
    expect(await shown('王立新是谁')).toBe('所长王立新抓好队伍。')
  })

  it('reads a question typed one character at a time, spaces between, as the same question', async () => {
    expect(await shown('王 立 新 是 谁')).toBe('所长王立新抓好队伍。')
  })

  it('reads a thing asked about (驿站是干什么的) as no person to introduce', async () => {
    // as 驿站干什么的 is read: a description before a thing's name (红色驿站) says nothing of its use
    expect(await shown('驿站是干什么的')).toBe(await shown('驿站干什么的'))
    expect(await shown('驿站是干什么的')).toBe('驿站服务群众。')
  })
})

describe('the honours of someone (王立新得过什么称号)', () => {
  const ask = createFixtureLibrary({
    words: ['王立新', '张三', '先进个人', '民警', '发言', '荣誉', '称号', '荣誉称号', '获得', '巡逻'],
    stopWords: ['得', '过', '了', '什么', '哪些', '，', '。', '、'],
    paragraphs: [
      { text: '荣誉称号的评选开始了。' },
      { text: '全省先进个人王立新作了发言。' },
      { text: '民警张三在巡逻。' },
    ],
    tag: (t: string) => [...t.matchAll(/王立新|张三|先进个人|民警|./gu)].map((m) => ({ word: m[0], tag: /王立新|张三/.test(m[0]) ? 'nr' : m[0].length > 1 ? 'n' : 'x' })),
  })

  it('answers with the title said of them, though it never says 称号', async () => {
    const answer = await ask({ minConfidence: defaultAnswererOptions.minConfidence }).answer('王立新得过什么称号')
    expect(answer.abstained).toBe(false)
    expect(answer.results[0]?.sentence).toBe('全省先进个人王立新作了发言。')
  })

  it('declines when the articles only name them, without an honour', async () => {
    const answer = await ask({ minConfidence: defaultAnswererOptions.minConfidence }).answer('张三得过什么称号')
    expect(answer.abstained).toBe(true)
  })
})

describe('what someone said (王立新说了什么)', () => {
  const ask = createFixtureLibrary({
    words: ['王立新', '张三', '村里', '赌博', '希望', '民警', '多来', '转转', '会上', '代表', '建议', '回应', '巡逻'],
    stopWords: ['说', '了', '什么', '这样', '有人', '，', '。', '“', '”'],
    paragraphs: [
      { text: '“村里有人赌博。希望民警多来转转。”会上，代表王立新这样说。他的建议得到了回应。' },
      { text: '民警张三在巡逻。' },
    ],
    tag: (t: string) => [...t.matchAll(/王立新|张三|民警|./gu)].map((m) => ({ word: m[0], tag: /王立新|张三/.test(m[0]) ? 'nr' : m[0].length > 1 ? 'n' : 'x' })),
  })

  it('shows their words, the whole quotation before the sentence naming them, not that sentence', async () => {
    const answer = await ask({ minConfidence: defaultAnswererOptions.minConfidence }).answer('王立新在会上说了什么')
    expect(answer.abstained).toBe(false)
    expect(answer.results[0]?.sentence).toBe('“村里有人赌博。希望民警多来转转。”')
  })

  it('declines when the articles only name them, saying nothing', async () => {
    expect((await ask({ minConfidence: defaultAnswererOptions.minConfidence }).answer('张三说了什么')).abstained).toBe(true)
  })
})

describe('who said given words (谁说过…)', () => {
  const ask = createFixtureLibrary({
    words: ['王立新', '张三', '村里', '赌博', '希望', '民警', '多来', '转转', '会上', '代表', '建议', '回应', '巡逻', '没问题'],
    stopWords: ['说', '了', '过', '的', '谁', '这样', '有人', '，', '。', '“', '”', '！'],
    paragraphs: [
      { text: '“村里有人赌博。希望民警多来转转。”会上，代表王立新这样说。“行，没问题！”他的建议得到了回应。' },
      { text: '张三说，民警在巡逻。' },
    ],
    tag: (t: string) => [...t.matchAll(/王立新|张三|民警|./gu)].map((m) => ({ word: m[0], tag: /王立新|张三/.test(m[0]) ? 'nr' : m[0].length > 1 ? 'n' : 'x' })),
  })
  const asked = (question: string) => ask({ minConfidence: defaultAnswererOptions.minConfidence }).answer(question)

  it('shows the sentence naming who said them, with the quotation before it', async () => {
    expect((await asked('谁说过希望民警多来转转')).results[0]?.sentence).toBe('“村里有人赌博。希望民警多来转转。”会上，代表王立新这样说。')
  })

  it('does not give a quotation to the speaker of the one before it', async () => {
    expect((await asked('“行，没问题”是谁说的')).results[0]?.sentence).toBe('“行，没问题！”')
  })

  it('declines words no article holds, though their words are there', async () => {
    expect((await asked('谁说过民警在村里巡逻')).abstained).toBe(true)
  })
})

describe('where someone works (张三在哪个派出所)', () => {
  const libraryWith = createFixtureLibrary({
    words: ['张三', '李四', '东湖', '派出所', '先进', '典型', '涌现', '民警'],
    stopWords: ['在', '哪个', '等', '，', '。'],
    articles: [createFixtureArticle('a', [{ text: '东湖派出所获得表彰。先进典型张三等涌现。' }]), createFixtureArticle('b', [{ text: '民警李四在东湖派出所。' }])],
    tag: (t: string) => [...t.matchAll(/张三|李四|东湖|派出所|./gu)].map((m) => ({ word: m[0], tag: /张三|李四/.test(m[0]) ? 'nr' : m[0].length > 1 ? 'n' : 'x' })),
  })
  const confidenceOf = async (question: string, personAfterPenalty: number) => (await libraryWith({ personAfterPenalty }).answer(question)).confidence ?? 0

  it('lowers confidence when the passage names them only after the sentence giving the place', async () => {
    expect(await confidenceOf('张三在哪个派出所', 0.5)).toBeCloseTo((await confidenceOf('张三在哪个派出所', 1)) * 0.5, 2)
  })

  it('leaves it when the sentence giving the place names them', async () => {
    expect(await confidenceOf('李四在哪个派出所', 0.5)).toBeCloseTo(await confidenceOf('李四在哪个派出所', 1), 5)
  })
})

describe('what a yes-no question asserts of its subject', () => {
  const libraryWith = createFixtureLibrary({
    words: ['张三', '李四', '党员', '社区', '工作'],
    stopWords: ['是', '吗', '在'],
    articles: [createFixtureArticle('a', [{ text: '张三在社区工作。' }]), createFixtureArticle('b', [{ text: '李四是社区党员。' }])],
    tag: (t: string) => [...t.matchAll(/张三|李四|党员|社区|工作|./gu)].map((m) => ({ word: m[0], tag: /张三|李四/.test(m[0]) ? 'nr' : m[0].length > 1 ? 'n' : 'x' })),
  })
  const confidenceOf = async (question: string, assertionPenalty: number) => (await libraryWith({ assertionPenalty }).answer(question)).confidence ?? 0

  it('lowers confidence when the passage names the subject and none of what is asserted', async () => {
    const full = await confidenceOf('张三是党员吗', 1)
    expect(full).toBeGreaterThan(0)
    expect(await confidenceOf('张三是党员吗', 0.5)).toBeCloseTo(full * 0.5, 2)
  })

  it('leaves it when the passage states it', async () => {
    expect(await confidenceOf('张三在社区工作吗', 0.5)).toBeCloseTo(await confidenceOf('张三在社区工作吗', 1), 5)
  })
})

describe('what a yes-no question asserts of a person the cut splits', () => {
  // 李/兔儿: the segmenter splits the name and tags its given name a common noun, as jieba does
  const libraryWith = createFixtureLibrary({
    words: ['兔儿', '社区', '工作', '结婚'],
    stopWords: ['是', '吗', '在', '了'],
    paragraphs: [{ text: '李兔儿在社区工作。' }],
    tag: (t: string) => [...t.matchAll(/兔儿|社区|工作|结婚|./gu)].map((m) => ({ word: m[0], tag: m[0] === '李' ? 'nr' : m[0].length > 1 ? 'n' : 'x' })),
  })
  const confidenceOf = async (question: string, assertionPenalty: number) => (await libraryWith({ assertionPenalty }).answer(question)).confidence ?? 0

  it('reads the split name as the subject, and lowers confidence when the passage says nothing of what is asserted', async () => {
    const full = await confidenceOf('李兔儿结婚了吗', 1)
    expect(full).toBeGreaterThan(0)
    expect(await confidenceOf('李兔儿结婚了吗', 0.5)).toBeCloseTo(full * 0.5, 2)
  })
})

// years in digits, and in Chinese numerals as some papers print them (二〇一七年 is 2017)
describe.each([['2018年召开会议。2017年满意度98%。'], ['二〇一八年召开会议。二〇一七年满意度98%。']])('a year the question names, the passage reading %s', (text) => {
  const libraryWith = createFixtureLibrary({
    words: ['召开', '会议', '满意度', '多少'],
    stopWords: ['是', '多少', '年'],
    paragraphs: [{ text }],
  })
  const confidenceOf = async (question: string, yearConflictPenalty: number) =>
    (await libraryWith({ yearConflictPenalty, numberFarPenalty: 1 }).answer(question)).confidence ?? 0

  it('lowers confidence when the answering sentence states another year and not the one asked about', async () => {
    const full = await confidenceOf('2018年满意度是多少', 1)
    expect(full).toBeGreaterThan(0)
    expect(await confidenceOf('2018年满意度是多少', 0.3)).toBeCloseTo(full * 0.3, 2)
  })

  it('leaves it when the sentence states the year asked about, or none', async () => {
    expect(await confidenceOf('2017年满意度是多少', 0.3)).toBeCloseTo(await confidenceOf('2017年满意度是多少', 1), 5)
    expect(await confidenceOf('满意度是多少', 0.3)).toBeCloseTo(await confidenceOf('满意度是多少', 1), 5)
  })

})

describe('a year the question names only as what a figure is compared with', () => {
  const libraryWith = (text: string) =>
    createFixtureLibrary({ words: ['接诊', '患者', '增加', '多少'], stopWords: ['了', '多少', '年', '比', '的'], paragraphs: [{ text }] })
  const confidenceOf = async (text: string, yearConflictPenalty: number) =>
    (await libraryWith(text)({ yearConflictPenalty, numberFarPenalty: 1 }).answer('2022年接诊了多少患者')).confidence ?? 0

  it('lowers confidence: 2024年接诊患者1万人次，比2022年增加四成 gives the figure of 2024', async () => {
    const text = '2024年接诊患者1万人次，比2022年增加四成。'
    const full = await confidenceOf(text, 1)
    expect(full).toBeGreaterThan(0)
    expect(await confidenceOf(text, 0.3)).toBeCloseTo(full * 0.3, 2)
  })

  it('leaves it when the figure of the year compared with follows (比2022年的6000人次)', async () => {
    const text = '2024年接诊患者1万人次，比2022年的6000人次增加四成。'
    expect(await confidenceOf(text, 0.3)).toBeCloseTo(await confidenceOf(text, 1), 5)
  })
})

describe('a question asking a part of an amount it gives (68万元里…出了多少)', () => {
  const libraryWith = (text: string) =>
    createFixtureLibrary({ words: ['街道', '出资', '改造', '多少', '食堂'], stopWords: ['了', '多少', '的', '里', '和', '共同', '其中'], paragraphs: [{ text }] })
  const confidenceOf = async (text: string, kindPenalty: number) => (await libraryWith(text)({ kindPenalty }).answer('食堂改造的68万元里，街道出了多少')).confidence ?? 0

  it('lowers confidence when the sentence states no amount in that unit but the one given', async () => {
    const text = '食堂改造由民政局和街道共同出资68万元。'
    const full = await confidenceOf(text, 1)
    expect(full).toBeGreaterThan(0)
    expect(await confidenceOf(text, 0.3)).toBeCloseTo(full * 0.3, 2)
  })

  it('leaves it when the sentence states another amount in that unit (其中街道出资20万元)', async () => {
    const text = '食堂改造由民政局和街道共同出资68万元，其中街道出资20万元。'
    expect(await confidenceOf(text, 0.3)).toBeCloseTo(await confidenceOf(text, 1), 5)
  })
})

describe('a year the question names, with the default factors', () => {
  const libraryWith = createFixtureLibrary({
    words: ['召开', '会议', '满意度', '多少'],
    stopWords: ['是', '多少', '年'],
    paragraphs: [{ text: '2018年召开会议。2017年满意度98%。' }],
  })

  it('declines the question about the other year', async () => {
    expect((await libraryWith({ minConfidence: 0.4 }).answer('2018年满意度是多少')).abstained).toBe(true)
    expect((await libraryWith({ minConfidence: 0.4 }).answer('2017年满意度是多少')).abstained).toBe(false)
  })
})

describe('a question asking which one is first by a measure', () => {
  const libraryWith = (text: string) =>
    createFixtureLibrary({
      words: ['东湖', '西湖', '派出所', '义警', '最多', '哪个', '有'],
      stopWords: ['的', '有', '哪个', '名'],
      paragraphs: [{ text }],
    })
  const confidenceOf = async (text: string, comparisonPenalty: number) => (await libraryWith(text)({ comparisonPenalty }).answer('哪个派出所的义警最多')).confidence ?? 0

  it('lowers confidence when the answer compares nothing, only gives one figure', async () => {
    const text = '东湖派出所有义警300名。'
    expect(await confidenceOf(text, 0.3)).toBeCloseTo((await confidenceOf(text, 1)) * 0.3, 2)
  })

  it('leaves it when the answer compares (最多, 比, 居首)', async () => {
    const text = '东湖派出所的义警最多，有300名。'
    expect(await confidenceOf(text, 0.3)).toBeCloseTo(await confidenceOf(text, 1), 5)
  })

  it('reads no comparison into an ordinal (第一派出所) or into 比例 and 比赛', async () => {
    for (const text of ['东湖第一派出所有义警300名。', '东湖派出所有义警300名，比例不高。', '东湖派出所有义警300名，常去比赛。']) {
      expect(await confidenceOf(text, 0.3)).toBeCloseTo((await confidenceOf(text, 1)) * 0.3, 2)
    }
    const ranked = '东湖派出所的义警人数全市第一，有300名。'
    expect(await confidenceOf(ranked, 0.3)).toBeCloseTo(await confidenceOf(ranked, 1), 5)
  })
})

describe('a count asked of one thing a sentence names only in a list', () => {
  const libraryWith = (text: string) =>
    createFixtureLibrary({
      words: ['东队', '西队', '南队', '义警', '多少', '注册', '打造', '品牌', '分别', '有'],
      stopWords: ['的', '有', '多少', '名', '出', '等', '了'],
      paragraphs: [{ text }],
      tag: (t: string) => [...t.matchAll(/东队|西队|南队|义警|注册|打造|品牌|分别|./gu)].map((m) => ({ word: m[0], tag: /^[东西南]队$/.test(m[0]) ? 'nz' : 'n' })),
    })
  const confidenceOf = async (text: string, listedPenalty: number) => (await libraryWith(text)({ listedPenalty }).answer('东队有多少义警')).confidence ?? 0

  it('lowers confidence when the count is of all those the list names (…92958名，打造出“东队”“西队”“南队”等品牌)', async () => {
    const text = '区里注册义警92958名，打造出“东队”“西队”“南队”等品牌。'
    const full = await confidenceOf(text, 1)
    expect(full).toBeGreaterThan(0)
    expect(await confidenceOf(text, 0.3)).toBeCloseTo(full * 0.3, 2)
  })

  it('leaves it when the sentence gives counts item by item (分别) or names the thing outside a list', async () => {
    const respectively = '东队、西队、南队分别有义警30名、20名、10名。'
    expect(await confidenceOf(respectively, 0.3)).toBeCloseTo(await confidenceOf(respectively, 1), 5)
    const own = '东队注册义警30名。'
    expect(await confidenceOf(own, 0.3)).toBeCloseTo(await confidenceOf(own, 1), 5)
  })
})

describe('a person the question names', () => {
  const libraryWith = createFixtureLibrary({
    words: ['张三', '李四', '今年', '多少', '退休', '岁'],
    stopWords: ['多少', '岁'],
    paragraphs: [{ text: '张三带着李四走访社区。张三今年59岁，即将退休。他今年60岁。' }],
    tag: (t: string) => [...t.matchAll(/张三|李四|他|./gu)].map((m) => ({ word: m[0], tag: m[0].length > 1 ? 'nr' : 'x' })),
  })
  const answerWith = (question: string, otherPersonPenalty: number) => libraryWith({ otherPersonPenalty }).answer(question)
  const confidenceOf = async (question: string, otherPersonPenalty: number) => (await answerWith(question, otherPersonPenalty)).confidence ?? 0

  it('lowers confidence when the answering sentence is about another person', async () => {
    expect((await answerWith('李四今年多少岁', 1)).results[0]!.sentence).toBe('张三今年59岁，即将退休。')
    expect((await confidenceOf('李四今年多少岁', 0.3))).toBeCloseTo((await confidenceOf('李四今年多少岁', 1)) * 0.3, 2)
  })

  it('leaves it when the sentence names the person asked about', async () => {
    expect((await confidenceOf('张三今年多少岁', 0.3))).toBeCloseTo((await confidenceOf('张三今年多少岁', 1)), 5)
  })

  it('takes a nickname (小张) for the person of its surname', async () => {
    expect((await confidenceOf('小张今年多少岁', 0.3))).toBeCloseTo((await confidenceOf('小张今年多少岁', 1)), 5)
  })
})

describe('a person the question names that the passage never names', () => {
  const libraryWith = createFixtureLibrary({
    words: ['张三', '王五', '今年', '多少', '退休', '岁'],
    stopWords: ['多少', '岁'],
    paragraphs: [{ text: '张三今年59岁，即将退休。' }],
    tag: (t: string) => [...t.matchAll(/张三|王五|那帮人|./gu)].map((m) => ({ word: m[0], tag: m[0].length > 1 ? 'nr' : 'x' })),
  })
  const confidenceOf = async (question: string, absentPersonPenalty: number) =>
    (await libraryWith({ absentPersonPenalty, otherPersonPenalty: 1 }).answer(question)).confidence ?? 0

  it('lowers confidence: the question is about someone the passage does not mention', async () => {
    const full = await confidenceOf('王五今年多少岁', 1)
    expect(full).toBeGreaterThan(0)
    expect(await confidenceOf('王五今年多少岁', 0.5)).toBeCloseTo(full * 0.5, 2)
  })

  it('leaves it when the passage names them, or when the "person" is a demonstrative (那帮人)', async () => {
    expect(await confidenceOf('张三今年多少岁', 0.5)).toBeCloseTo(await confidenceOf('张三今年多少岁', 1), 5)
    expect(await confidenceOf('那帮人今年多少岁', 0.5)).toBeCloseTo(await confidenceOf('那帮人今年多少岁', 1), 5)
  })
})

describe('the section before a passage', () => {
  const fixture = (headings: [string, string]) =>
    createFixtureLibrary({
      words: ['长庆', '派出所', '大厅', '户籍', '大伙儿', '阶梯', '坡道', '改成', '什么', '山门'],
      stopWords: ['把', '了', '的', '什么', '。'],
      paragraphs: [
        { heading: headings[0], text: '长庆派出所有大厅。' },
        { heading: headings[1], text: '大伙儿把阶梯改成了坡道。' },
      ],
      passageOptions: { minChars: 0 },
    })
  // the second paragraph answers; the confidence is its own
  const confidenceOf = async (libraryWith: ReturnType<typeof fixture>, sectionContext: number) => {
    const answer = (await libraryWith({ sectionContext }).answer('长庆派出所大伙儿把阶梯改成了什么'))
    expect(answer.results[0]?.sentence).toBe('大伙儿把阶梯改成了坡道。')
    return answer.confidence ?? 0
  }

  it('lends its words to a paragraph whose subject it named', async () => {
    const oneSection = fixture(['服务', '服务'])
    expect((await confidenceOf(oneSection, 2))).toBeGreaterThan((await confidenceOf(oneSection, 0)))
  })

  it('lends nothing across a heading', async () => {
    const twoSections = fixture(['甲', '乙'])
    expect((await confidenceOf(twoSections, 2))).toBeCloseTo((await confidenceOf(twoSections, 0)), 5)
  })
})

describe('the unit a question names', () => {
  const libraryWith = createFixtureLibrary({
    words: ['刑侦', '机动', '大队', '博士', '多少'],
    stopWords: ['有', '多少', '。'],
    paragraphs: [{ text: '刑侦大队有博士2名。' }],
  })
  const confidenceOf = async (question: string, instancePenalty: number) => (await libraryWith({ instancePenalty }).answer(question)).confidence ?? 0

  it('lowers confidence when the passage lacks its name (机动大队 where the text has 刑侦大队)', async () => {
    const full = (await confidenceOf('机动大队有多少博士', 1))
    expect(full).toBeGreaterThan(0)
    expect((await confidenceOf('机动大队有多少博士', 0.5))).toBeCloseTo(full * 0.5, 2)
  })

  it('leaves it when the passage has the name', async () => {
    expect((await confidenceOf('刑侦大队有多少博士', 0.5))).toBeCloseTo((await confidenceOf('刑侦大队有多少博士', 1)), 5)
  })
})

describe('passages that came close', () => {
  const libraryWith = createFixtureLibrary({
    words: ['义警', '队伍', '成立', '多少', '宫保', '鸡丁'],
    stopWords: ['的', '有', '多少', '了'],
    paragraphs: [{ text: '义警队伍成立了3年。' }],
  })
  const ask = (question: string) => libraryWith({ minConfidence: defaultAnswererOptions.minConfidence, relatedFloor: 0.2 }).answer(question)

  it('offers them as related when declining, never as results', async () => {
    // a count in years for a question about members: close, but no answer
    const answer = (await ask('义警队伍成立多少名'))
    expect(answer.confidence).toBeGreaterThanOrEqual(0.2)
    expect(answer).toMatchObject({ abstained: true, results: [] })
    expect(answer.related?.map((hit) => hit.source.passageId)).toEqual(['a#1'])
  })

  it('offers nothing when nothing came close', async () => {
    expect((await ask('宫保鸡丁'))).toMatchObject({ abstained: true, results: [], related: [] })
  })

  it('has no related list when it answers', async () => {
    const answer = (await ask('义警队伍成立多少年'))
    expect(answer.abstained).toBe(false)
    expect(answer.related).toBeUndefined()
  })
})

describe('the decision for a why-question', () => {
  const spec = {
    words: ['茶园', '工人', '加班', '订单', '增加'],
    stopWords: ['为什么', '因为', '了', '要'],
    paragraphs: [{ text: '茶园工人要加班，因为订单增加了。' }],
  }

  it('wants the margin above the threshold that other questions need', async () => {
    const confidence = (await createFixtureLibrary(spec)().answer('茶园工人为什么要加班？')).confidence ?? 0
    expect(confidence).toBeGreaterThan(0.1)
    const justAbove = { minConfidence: confidence - 0.01 }
    expect((await createFixtureLibrary(spec)({ ...justAbove, reasonMargin: 0.05 }).answer('茶园工人为什么要加班？')).abstained).toBe(true)
    expect((await createFixtureLibrary(spec)({ ...justAbove, reasonMargin: 0 }).answer('茶园工人为什么要加班？')).abstained).toBe(false)
  })
})

describe('a sentence pointing back to the passage before', () => {
  const library = createFixtureLibrary({
    words: ['翠坪村', '合作社', '车间', '机器', '分拣', '猕猴桃', '成立', '社员', '电商', '服务站', '镇里'],
    stopWords: ['的', '里', '正在', '该', '于', '现有', '哪年', '户', '了'],
    paragraphs: [
      { text: '翠坪村合作社的车间里机器正在分拣猕猴桃。' },
      { text: '该合作社成立于2016年，现有社员126户。' },
      ...['电商', '服务站', '社员'].map((word) => ({ text: `镇里成立了${word}。`, heading: word })),
    ],
    passageOptions: { minChars: 0 },
  })({ minConfidence: 0 })

  it('finds the words naming its subject (翠坪村) in that passage, as if elsewhere in its own', async () => {
    const answer = await library.answer('翠坪村合作社哪年成立的？')
    expect(answer.results[0]?.sentence).toBe('该合作社成立于2016年，现有社员126户。')
  })
})

describe('ranking only as far as needed', () => {
  const vocabulary = ['派出所', '民警', '社区', '红都', '义警', '巡逻', '调解', '纠纷', '成立', '25名', '2019年']
  const generated: Article[] = Array.from({ length: 40 }, (_, i) => ({
    id: `g${i}`, title: vocabulary[i % vocabulary.length]!, subtitle: '', newspaper: '测试报', date: '', page: '', authors: [], column: '',
    paragraphs: [0, 1].map((n) => ({
      n: n + 1,
      heading: '',
      text: Array.from({ length: 4 }, (_, s) => [0, 1, 2].map((k) => vocabulary[(i * 7 + n * 5 + s * 3 + k * (i % 4 + 1)) % vocabulary.length]).join('|')).join('|。'),
    })),
  }))
  const index = buildPassageIndex(generated, analyzer)
  const corpus = createMemoryCorpus(generated, index)
  const retriever = createMiniSearchRetriever(index, corpus.articleMeta)
  const caches = {
    termsOf: (p: { sentences: { terms: string[] }[] }) => new Set(p.sentences.flatMap((s) => s.terms)),
    sentenceTermsOf: (s: { terms: string[] }) => new Set(s.terms),
    contextTermsOf: (p: { contextTerms: string[] }) => new Set(p.contextTerms),
    sectionTermsOf: (c: { preceding: readonly { sentences: { terms: string[] }[] }[] }) => new Set(c.preceding.flatMap((p) => p.sentences.flatMap((s) => s.terms))),
    plainOf: (p: { text: string }) => p.text,
  }

  it('puts the same passages first, in the same order, as ranking every candidate', async () => {
    const question = fc.array(fc.constantFrom(...vocabulary), { minLength: 1, maxLength: 4 }).map((words) => words.join('|'))
    await fc.assert(
      fc.asyncProperty(question, fc.integer({ min: 1, max: 6 }), async (text, needed) => {
        const parsed = readQuestion(text, analyzer, synonyms)
        const { candidates, statistics } = await retriever.retrieve(buildRetrievalRequest(parsed, 2))
        const q = weighQuestion(statistics, parsed)
        const ids = (ranked: ReturnType<typeof rerank>) => ranked.slice(0, needed).map((r) => [r.candidate.passage.id, r.score])
        expect(ids(rerank(q, candidates, needed, caches, defaultAnswererOptions))).toEqual(ids(rerank(q, candidates, Infinity, caches, defaultAnswererOptions)))
      }),
      { numRuns: 300 },
    )
  })
})

describe('answering a follow-up', () => {
  // two stations with their own counts; 茶园 stands apart, so a question about it needs no station
  const library = createFixtureLibrary({
    words: ['红巷派出所', '山门派出所', '民警', '辅警', '茶园', '工人'],
    stopWords: ['有', '多少', '名', '几', '个'],
    paragraphs: [{ text: '红巷派出所有民警25名，辅警40名。' }, { text: '山门派出所有民警12名，辅警9名。' }, { text: '茶园有工人7名。' }],
    tag: createDictionaryTagger({ 红巷派出所: 'x', 山门派出所: 'x', 他们: 'r', 有: 'v', 民警: 'n', 辅警: 'n', 茶园: 'n', 工人: 'n', 多少: 'm' }),
  })({ minConfidence: 0.2 })

  it('answers a question pointing back as the question it stands for, saying what it assumed', async () => {
    const answer = await library.answer('他们有多少辅警？', { previous: '山门派出所有多少民警？' })
    expect([answer.assumed, answer.asked, answer.results[0]?.sentence]).toEqual(['山门派出所', '山门派出所有多少辅警?', '山门派出所有民警12名，辅警9名。'])
  })

  it('keeps a question without a subject of its own as asked when it answers alone', async () => {
    const answer = await library.answer('茶园有多少工人？', { previous: '山门派出所有多少民警？' })
    expect([answer.assumed, answer.asked, answer.abstained]).toEqual([undefined, undefined, false])
  })

  it('reads 她 after a who-question naming a person as the person its answer names when that reading answers with more confidence', async () => {
    const two = createFixtureLibrary({
      words: ['王立新', '张奶奶', '每天', '送餐', '退休', '治保主任', '做'],
      stopWords: ['给', '谁', '是', '的', '前', '什么'],
      paragraphs: [{ text: '王立新每天给张奶奶送餐。' }, { text: '张奶奶退休前是治保主任。' }],
      tag: createDictionaryTagger({ 王立新: 'nr', 张奶奶: 'nr', 每天: 'r', 给: 'p', 谁: 'r', 送餐: 'v', 她: 'r', 退休: 'v', 前: 'f', 是: 'v', 做: 'v', 什么: 'r', 的: 'uj', 治保主任: 'n' }),
    })({ minConfidence: 0.2 })
    const answer = await two.answer('她退休前是做什么的？', { previous: '王立新每天给谁送餐？' })
    expect([answer.abstained, answer.assumed, answer.results[0]?.sentence]).toEqual([false, '张奶奶', '张奶奶退休前是治保主任。'])
  })

  it('keeps the topic for the next question when a question naming no topic of its own answers alone', async () => {
    const lenient = createFixtureLibrary({
      words: ['山门派出所', '民警', '茶园', '工人'],
      stopWords: ['有', '多少', '名'],
      paragraphs: [{ text: '山门派出所有民警12名。' }, { text: '茶园有工人7名。' }],
      tag: createDictionaryTagger({ 山门派出所: 'x', 有: 'v', 民警: 'n', 茶园: 'n', 工人: 'n', 多少: 'm' }),
    })({ minConfidence: 0.1 })
    const answer = await lenient.answer('有多少工人？', { previous: '山门派出所有多少民警？' })
    expect([answer.assumed, answer.asked, answer.abstained, answer.results[0]?.sentence]).toEqual([undefined, '山门派出所 有多少工人?', false, '茶园有工人7名。'])
  })

  it('reads a question without a subject of its own against the previous one when it does not answer alone', async () => {
    const answer = await library.answer('有多少名辅警？', { previous: '山门派出所有多少民警？' })
    expect((await library.answer('有多少名辅警？')).abstained).toBe(true)
    expect([answer.assumed, answer.results[0]?.sentence]).toEqual(['山门派出所', '山门派出所有民警12名，辅警9名。'])
  })

  it('reads the same words alone without a previous question', async () => {
    expect((await library.answer('他们有多少辅警？')).assumed).toBeUndefined()
  })

  // what a pronoun stands for is named before the sentence answering it, or just after a quotation
  const ordered = (text: string) =>
    createFixtureLibrary({
      words: ['红巷派出所', '山门派出所', '民警', '辅警', '所长', '说'],
      stopWords: ['有', '多少', '名', '我们'],
      paragraphs: [{ text }],
      tag: createDictionaryTagger({ 红巷派出所: 'x', 山门派出所: 'x', 他们: 'r', 有: 'v', 民警: 'n', 辅警: 'n', 多少: 'm' }),
    })({ minConfidence: 0.2 })

  it('declines a follow-up whose only answer comes before what it assumed is named: that sentence is about something else', async () => {
    const answer = await ordered('辅警40名。山门派出所有民警12名。').answer('他们有多少辅警？', { previous: '山门派出所有多少民警？' })
    expect([answer.abstained, answer.related?.[0]?.sentence]).toEqual([true, '辅警40名。'])
    expect((await ordered('山门派出所有民警12名。辅警40名。').answer('他们有多少辅警？', { previous: '山门派出所有多少民警？' })).abstained).toBe(false)
  })

  it('answers from quoted speech whose speaker is named just after it', async () => {
    const answer = await ordered('“我们有辅警40名。”山门派出所所长说。').answer('他们有多少辅警？', { previous: '山门派出所有多少民警？' })
    expect([answer.abstained, answer.results[0]?.sentence]).toEqual([false, '“我们有辅警40名。”'])
  })
})

describe('readers\' votes in ranking', () => {
  const ledger = createFeedbackLedger()
  const library = createFixtureLibrary({
    words: ['红巷', '民警', '值班'],
    stopWords: ['有', '多少', '多', '少', '名', '的'],
    articles: [createFixtureArticle('a', [{ text: '红巷有民警25名。' }]), createFixtureArticle('b', [{ text: '红巷的民警值班有25名。' }])],
    feedback: ledger,
  })
  const firstOf = async (options: Parameters<typeof library>[0]) => (await library(options).answer('红巷有多少民警？')).results[0]?.source.passageId

  it('moves a passage once enough distinct readers agree on it for a similar question, only when switched on', async () => {
    const before = await firstOf({ feedbackNudge: true })
    const other = before === 'a#1' ? 'b#1' : 'a#1'
    ledger.record(other, { question: '红巷的民警有多少？', voter: 'v1', vote: 1 })
    expect(await firstOf({ feedbackNudge: true })).toBe(before)
    for (const voter of ['v2', 'v3', 'v4', 'v5', 'v6']) ledger.record(other, { question: '红巷的民警有多少？', voter, vote: 1 })
    expect(await firstOf({ feedbackNudge: true })).toBe(other)
    expect(await firstOf({})).toBe(before)
    ledger.reset(other)
    expect(await firstOf({ feedbackNudge: true })).toBe(before)
  })
})

describe('the sentence shown', () => {
  const scene: Article[] = [
    {
      id: 'c', title: '燃气|自查', subtitle: '', newspaper: '测试报', date: '', page: '', authors: [], column: '',
      paragraphs: [{ n: 1, heading: '', text: '武林|街道|开展|燃气|自查|工作|。|在|治武林|小程序|下发|任务|后|，|队员|查获|6个|煤气瓶|。' }],
    },
  ]
  // the margin alone: the asked-for 小程序, named only in the next sentence, would move it too
  const shown = async (question: string, answerFollowsMargin: number) =>
    (await embedded(scene, buildPassageIndex(scene, analyzer), { answerFollowsMargin, followAskedFocus: false, minConfidence: 0 }).answer(question)).results[0]!.sentence.replaceAll('|', '')

  it('is the sentence after the one restating the question when that one scores within the margin: the scene is set, then the answer given', async () => {
    expect(await shown('武林|街道|燃气|自查|用|的|什么|小程序', 0)).toBe('武林街道开展燃气自查工作。')
    expect(await shown('武林|街道|燃气|自查|用|的|什么|小程序', 1)).toBe('在治武林小程序下发任务后，队员查获6个煤气瓶。')
  })

  it('stays put for a question asking for a count, date, place or person, which its own sentence shows or lacks', async () => {
    expect(await shown('武林|街道|哪年|开展|燃气|自查|工作', 1)).toBe('武林街道开展燃气自查工作。')
  })
})

describe('a unit the question names by its name (上溪派出所)', () => {
  const words = { 上溪: 'x', 城中: 's', 派出所: 'n', 成立: 'v', 天数牌: 'n', 显示: 'v', 多少: 'm', 该: 'r' }
  const libraryWith = (text: string) =>
    createFixtureLibrary({
      words: Object.keys(words),
      stopWords: ['的', '多少', '天'],
      paragraphs: [{ text }],
      tag: createDictionaryTagger(words),
    })
  const confidenceOf = async (text: string, question: string, instancePenalty: number) =>
    (await libraryWith(text)({ instancePenalty }).answer(question)).confidence ?? 0
  const text = '上溪派出所成立多年。城中派出所天数牌显示8551天。'

  it('lowers confidence when the answering sentence names another unit of its kind and not it', async () => {
    const full = await confidenceOf(text, '上溪派出所的天数牌显示多少天', 1)
    expect(full).toBeGreaterThan(0)
    expect(await confidenceOf(text, '上溪派出所的天数牌显示多少天', 0.5)).toBeCloseTo(full * 0.5, 2)
  })

  it('leaves it when the sentence names the unit asked about, or only points at one (该派出所)', async () => {
    expect(await confidenceOf(text, '城中派出所的天数牌显示多少天', 0.5)).toBeCloseTo(await confidenceOf(text, '城中派出所的天数牌显示多少天', 1), 5)
    const pointing = '上溪派出所成立多年。该派出所天数牌显示8551天。'
    expect(await confidenceOf(pointing, '上溪派出所的天数牌显示多少天', 0.5)).toBeCloseTo(await confidenceOf(pointing, '上溪派出所的天数牌显示多少天', 1), 5)
  })
})

describe('a why-question', () => {
  const libraryWith = (text: string) =>
    createFixtureLibrary({
      words: ['舅舅', '调解', '顾客', '误会', '充值', '大闹', '火锅店', '为什么', '菜价', '专家', '分析', '产区', '遭遇', '持续', '降雨'],
      stopWords: ['的', '了', '也', '为什么', '来', '不'],
      paragraphs: [{ text }],
    })
  const confidenceOf = async (text: string, question: string, reasonMissingPenalty: number) =>
    (await libraryWith(text)({ reasonMissingPenalty }).answer(question)).confidence ?? 0

  it('lowers confidence when the answering sentence and its neighbours give no reason, only restate it', async () => {
    const text = '舅舅来了也调解不了。'
    const full = await confidenceOf(text, '为什么舅舅调解不了', 1)
    expect(full).toBeGreaterThan(0)
    expect(await confidenceOf(text, '为什么舅舅调解不了', 0.5)).toBeCloseTo(full * 0.5, 2)
  })

  it('leaves it when a reason is given there, even mid-sentence (顾客因…大闹)', async () => {
    const text = '顾客因充值误会大闹火锅店。'
    expect(await confidenceOf(text, '顾客为什么大闹火锅店', 0.5)).toBeCloseTo(await confidenceOf(text, '顾客为什么大闹火锅店', 1), 5)
  })

  it('leaves it when the article asks the why itself right before (为什么…？专家分析，一是…)', async () => {
    const text = '为什么今年菜价涨了？市农产品批发市场副总经理专家分析，一是南方产区遭遇持续降雨。'
    const full = await confidenceOf(text, '今年菜价为什么涨了', 1)
    expect(full).toBeGreaterThan(0)
    expect(await confidenceOf(text, '今年菜价为什么涨了', 0.5)).toBeCloseTo(full, 5)
  })
})

describe('a title the question says was conferred', () => {
  const libraryWith = createFixtureLibrary({
    words: ['品牌', '评为', '全国', '优秀', '党建', '义警', '哪个'],
    stopWords: ['的', '哪个', '被'],
    paragraphs: [{ text: '金华公安的红色品牌被评为全国优秀党建品牌。拱墅的义警品牌有十个。' }],
  })
  const confidenceOf = async (question: string, conferredMissingPenalty: number) =>
    (await libraryWith({ conferredMissingPenalty }).answer(question)).confidence ?? 0

  it('lowers confidence when the passage never names the title', async () => {
    const full = await confidenceOf('哪个义警品牌被评为全国优秀义警品牌', 1)
    expect(full).toBeGreaterThan(0)
    expect(await confidenceOf('哪个义警品牌被评为全国优秀义警品牌', 0.5)).toBeCloseTo(full * 0.5, 2)
  })

  it('leaves it when the passage names the title', async () => {
    expect(await confidenceOf('哪个品牌被评为全国优秀党建品牌', 0.5)).toBeCloseTo(await confidenceOf('哪个品牌被评为全国优秀党建品牌', 1), 5)
  })
})

describe('a question word the answering sentence has a sibling of instead', () => {
  const libraryWith = createFixtureLibrary({
    words: ['地铁', '一期', '二期', '工程', '通车', '计划', '什么时候'],
    stopWords: ['的', '什么时候', '于', '年底'],
    paragraphs: [{ text: '地铁一期工程计划于2027年底通车。' }],
  })
  const confidenceOf = async (question: string, siblingPenalty: number) => (await libraryWith({ siblingPenalty }).answer(question)).confidence ?? 0

  it('lowers confidence: the sentence is about the other one (一期 for 二期)', async () => {
    const full = await confidenceOf('地铁二期什么时候通车', 1)
    expect(full).toBeGreaterThan(0)
    expect(await confidenceOf('地铁二期什么时候通车', 0.5)).toBeCloseTo(full * 0.5, 2)
  })

  it('leaves it when the sentence names the one asked about', async () => {
    expect(await confidenceOf('地铁一期什么时候通车', 0.5)).toBeCloseTo(await confidenceOf('地铁一期什么时候通车', 1), 5)
  })
})

describe('a yes-no question whose answer names a sibling of what it asks', () => {
  const libraryWith = createFixtureLibrary({
    words: ['法治课', '小学生', '中学生', '检察官', '给', '上'],
    stopWords: ['的', '吗', '是', '了', '一堂'],
    paragraphs: [{ text: '检察官给小学生上了一堂法治课。' }],
  })
  const confidenceOf = async (question: string, siblingPenalty: number) => (await libraryWith({ siblingPenalty }).answer(question)).confidence ?? 0

  it('keeps confidence: the sibling is the answer (中学生? no, 小学生)', async () => {
    const full = await confidenceOf('法治课是给中学生上的吗', 1)
    expect(full).toBeGreaterThan(0)
    expect(await confidenceOf('法治课是给中学生上的吗', 0.5)).toBeCloseTo(full, 5)
  })
})

describe('a question about someone\'s relative', () => {
  const libraryWith = createFixtureLibrary({
    words: ['家住', '青云', '街道', '市民', '侯建平', '儿子', '哪里'],
    stopWords: ['的', '哪里', '今年', '岁'],
    paragraphs: [{ text: '家住青云街道的市民侯建平今年63岁。' }],
  })
  const confidenceOf = async (question: string, otherPersonPenalty: number) => (await libraryWith({ otherPersonPenalty }).answer(question)).confidence ?? 0

  it('lowers confidence when no sentence near the answer speaks of the relative (他儿子家住哪里)', async () => {
    const full = await confidenceOf('侯建平的儿子家住哪里', 1)
    expect(full).toBeGreaterThan(0)
    expect(await confidenceOf('侯建平的儿子家住哪里', 0.3)).toBeCloseTo(full * 0.3, 2)
  })

  it('leaves it for a question about the person themselves', async () => {
    expect(await confidenceOf('侯建平家住哪里', 0.3)).toBeCloseTo(await confidenceOf('侯建平家住哪里', 1), 5)
  })

  it('leaves it for a relative that only describes the one asked about (接儿子的那个市民家住哪里)', async () => {
    expect(await confidenceOf('接儿子的那个市民家住哪里', 0.3)).toBeCloseTo(await confidenceOf('接儿子的那个市民家住哪里', 1), 5)
    expect(await confidenceOf('他儿子家住哪里', 0.3)).toBeLessThan(await confidenceOf('他儿子家住哪里', 1))
  })
})

describe('a question word whose sibling the passage names away from the answering sentence', () => {
  const libraryWith = createFixtureLibrary({
    words: ['法院', '一审', '二审', '判决', '判令', '退还', '会员', '多少钱'],
    stopWords: ['的', '多少钱', '作出', '共计'],
    paragraphs: [{ text: '法院作出一审判决。判令退还会员共计68万元。' }],
  })
  const confidenceOf = async (question: string, siblingPenalty: number) => (await libraryWith({ siblingPenalty }).answer(question)).confidence ?? 0

  it('lowers confidence: the passage is about the other one (一审 for 二审)', async () => {
    const full = await confidenceOf('二审判令退还会员多少钱', 1)
    expect(full).toBeGreaterThan(0)
    expect(await confidenceOf('二审判令退还会员多少钱', 0.5)).toBeCloseTo(full * 0.5, 2)
  })

  it('leaves it when the passage names the one asked about', async () => {
    expect(await confidenceOf('一审判令退还会员多少钱', 0.5)).toBeCloseTo(await confidenceOf('一审判令退还会员多少钱', 1), 5)
  })
})

describe('a rate in the question (多少钱一斤) beside a count elsewhere in the passage (两斤)', () => {
  const libraryWith = createFixtureLibrary({
    words: ['明前茶', '售价', '超过', '采茶', '工人', '鲜叶', '多少钱', '两斤', '一天'],
    stopWords: ['的', '多少钱', '能', '每'],
    paragraphs: [{ text: '明前茶每斤售价超过3000元。采茶工人一天能采两斤鲜叶。' }],
  })
  it('is no sibling: 一斤 there says "per", and confidence stays', async () => {
    const confidenceOf = async (siblingPenalty: number) => (await libraryWith({ siblingPenalty }).answer('明前茶多少钱一斤')).confidence ?? 0
    expect(await confidenceOf(0.5)).toBeCloseTo(await confidenceOf(1), 5)
  })
})

describe('a range of counts in the passage (一两天) beside a question naming one of them (一天)', () => {
  const libraryWith = createFixtureLibrary({
    words: ['流感疫苗', '新冠疫苗', '同一天', '一天', '两天', '红肿', '消退', '接种', '可以'],
    stopWords: ['的', '吗', '和', '跟', '打', '会', '就', '一般', '在', '不同', '部位', '同时'],
    paragraphs: [{ text: '局部红肿一般一两天就会消退。流感疫苗和新冠疫苗可以在不同部位同时接种。' }],
  })
  it('is no sibling: the range names 一天 as well as 两天, and confidence stays', async () => {
    const confidenceOf = async (siblingPenalty: number) => (await libraryWith({ siblingPenalty }).answer('流感疫苗可以跟新冠疫苗同一天接种吗')).confidence ?? 0
    expect(await confidenceOf(1)).toBeGreaterThan(0)
    expect(await confidenceOf(0.5)).toBeCloseTo(await confidenceOf(1), 5)
  })
})

describe('a sibling the segmenter leaves in pieces in the question', () => {
  const libraryWith = createFixtureLibrary({
    words: ['公交', '高峰期', '发车', '间隔', '分钟', '几分钟', '一班'],
    stopWords: ['的', '几分钟', '一班'],
    paragraphs: [{ text: '公交高峰期发车间隔8分钟。' }],
  })
  const confidenceOf = async (question: string, siblingPenalty: number) => (await libraryWith({ siblingPenalty }).answer(question)).confidence ?? 0

  it('lowers confidence: 平/峰/期 asked, 高峰期 there', async () => {
    const full = await confidenceOf('公交平峰期几分钟一班', 1)
    expect(full).toBeGreaterThan(0)
    expect(await confidenceOf('公交平峰期几分钟一班', 0.5)).toBeCloseTo(full * 0.5, 2)
  })

  it('leaves it when the question asks what the sentence says', async () => {
    expect(await confidenceOf('公交高峰期几分钟一班', 0.5)).toBeCloseTo(await confidenceOf('公交高峰期几分钟一班', 1), 5)
  })
})

describe('a why-question whose reason is a benefit', () => {
  const libraryWith = createFixtureLibrary({
    words: ['社区', '腾出', '房子', '下雨天', '修理摊', '撑伞', '为什么'],
    stopWords: ['的', '了', '也', '为什么', '再', '不用', '一间'],
    paragraphs: [{ text: '社区腾出一间房子，以后遇到下雨天，修理摊也不用再撑伞了。' }],
  })
  it('reads 不用再 as giving it, and leaves confidence', async () => {
    const confidenceOf = async (reasonMissingPenalty: number) => (await libraryWith({ reasonMissingPenalty }).answer('社区为什么腾出房子')).confidence ?? 0
    expect(await confidenceOf(0.5)).toBeCloseTo(await confidenceOf(1), 5)
  })
})

describe('a question asking an amount, whose best-worded passage states none', () => {
  const libraryWith = createFixtureLibrary({
    words: ['驰远', '电池', '项目', '投资', '工厂', '投产', '车间', '多少钱', '一共', '新能源', '柳湾'],
    stopWords: ['的', '了', '一共', '多少钱', '该', '正式', '建有', '总'],
    paragraphs: [{ text: '柳湾的驰远新能源电池项目工厂正式投产。' }, { text: '该项目总投资12亿元，建有电池车间。' }],
    passageOptions: { minChars: 0 },
  })
  const firstOf = async (kindFirstMargin: number) => (await libraryWith({ kindFirstMargin }).answer('柳湾的驰远新能源电池项目一共投资多少钱')).results[0]!.sentence

  it('puts first the passage of its article stating the amount in the unit asked, when it scores within the margin', async () => {
    expect(await firstOf(0)).toBe('柳湾的驰远新能源电池项目工厂正式投产。')
    expect(await firstOf(0.1)).toBe('该项目总投资12亿元，建有电池车间。')
  })

  it('leaves the first when the other lacks a question word of the weight given that the first holds', async () => {
    const libraryOf = createFixtureLibrary({
      words: ['上塘', '康桥', '派出所', '街道', '哪个', '民警', '走访', '居民'],
      stopWords: ['在', '哪个', '的'],
      paragraphs: [{ heading: '一', text: '上塘派出所民警走访居民。' }, { heading: '二', text: '康桥派出所位于康桥街道。' }],
      passageOptions: { minChars: 0 },
    })
    const firstOf = async (kindFirstWordWeight: number) =>
      (await libraryOf({ kindFirstMargin: 0.6, kindFirstWordWeight }).answer('上塘派出所民警走访居民在哪个街道')).results[0]!.sentence
    expect(await firstOf(9)).toBe('康桥派出所位于康桥街道。')
    expect(await firstOf(0.5)).toBe('上塘派出所民警走访居民。')
  })
})

describe('a passage opening with a question of its own (…狗主人该赔多少？)', () => {
  const libraryWith = createFixtureLibrary({
    words: ['金毛', '咬伤', '老人', '狗主人', '小区', '法院', '判决', '赔偿', '多少'],
    stopWords: ['的', '了', '该', '多少', '要', '同'],
    paragraphs: [{ text: '金毛咬伤同小区68岁的老人，狗主人该赔多少？' }, { text: '法院判决，狗主人赔偿老人32380元。' }],
    passageOptions: { minChars: 0 },
  })

  it('takes no count from the asking sentence: the passage stating one comes first', async () => {
    const answer = await libraryWith().answer('金毛咬伤老人，狗主人要赔多少')
    expect(answer.results[0]!.sentence).toBe('法院判决，狗主人赔偿老人32380元。')
  })
})

describe('a who-question whose best-worded passage names the one asked by surname and title only (罗法官)', () => {
  const libraryWith = createFixtureLibrary({
    words: ['遛狗', '伤人', '法官', '承办', '提醒', '介绍', '拴绳', '录像'],
    stopWords: ['的', '是', '谁', '这起', '案', '一旦', '要'],
    tag: createDictionaryTagger({ 罗明漪: 'nr', 法官: 'n', 承办: 'v', 介绍: 'v', 遛狗: 'v', 提醒: 'v' }),
    paragraphs: [{ text: '承办法官罗明漪介绍，法院调取了录像。' }, { text: '遛狗一旦伤人，罗法官提醒，遛狗要拴绳。' }],
    passageOptions: { minChars: 0 },
  })
  const firstOf = async (fullNameFirstMargin: number) => (await libraryWith({ fullNameFirstMargin }).answer('这起遛狗伤人案的承办法官是谁')).results[0]!.sentence

  it('puts first the passage of its article giving the full name of that surname, within the margin', async () => {
    expect(await firstOf(0)).not.toContain('罗明漪')
    expect(await firstOf(0.5)).toBe('承办法官罗明漪介绍，法院调取了录像。')
  })
})
