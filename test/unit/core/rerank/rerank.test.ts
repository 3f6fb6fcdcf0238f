import { describe, expect, it } from 'vitest'
import type { AnswererOptions } from '../../../../src/core/create-answerer.js'
import { createEmbeddedLibrary } from '../../../../src/core/create-embedded-library.js'
import { createMemoryCorpus } from '../../../../src/core/retrieve/memory-corpus.js'
import { buildPassageIndex } from '../../../../src/core/retrieve/passage-index.js'
import type { Article } from '../../../../src/core/types.js'
import { readQuestion } from '../../../../src/core/question/read-question.js'
import { defaultRankWeights } from '../../../../src/core/rerank/rank-weights.js'
import { answerKindWeight } from '../../../../src/core/rerank/rerank.js'
import { weighQuestion } from '../../../../src/core/rerank/weigh-question.js'
import { createAnalyzer } from '../../../../src/core/text/analyzer.js'
import { createNormalizer } from '../../../../src/core/text/normalize.js'
import { parseSynonyms } from '../../../../src/core/text/synonyms.js'
import { createPipeSegmenter } from '../../../helpers/pipe-segmenter.js'

const analyzer = createAnalyzer({ segmenter: createPipeSegmenter(), normalizer: createNormalizer(), stopWords: new Set(['的', '是', '谁', '|']) })
const statistics = { passageCount: 1, documentFrequency: new Map<string, number>() }

describe('answerKindWeight', () => {
  const weightFor = (question: string) => answerKindWeight(weighQuestion(statistics, readQuestion(question, analyzer, parseSynonyms(''))), defaultRankWeights)

  it('weighs a count in the unit the question names more than any other answer kind', () => {
    expect(weightFor('党员|有|多少人')).toBe(defaultRankWeights.answerKindWithUnit)
    expect(weightFor('党员|有|多少')).toBe(defaultRankWeights.answerKind)
    expect(weightFor('所长|是|谁')).toBe(defaultRankWeights.answerKind)
    expect(defaultRankWeights.answerKindWithUnit).toBeGreaterThan(defaultRankWeights.answerKind)
  })

  it('weighs how something ended (最后是怎么解决的) as much as a count in its unit', () => {
    expect(weightFor('纠纷|最后|是|怎么|解决|的')).toBe(defaultRankWeights.answerKindWithUnit)
    expect(weightFor('纠纷|是|怎么|解决|的')).toBe(defaultRankWeights.answerKind)
  })
})

describe('the sentence shown after a scene-setting one', () => {
  const library = (text: string) => {
    const articles: Article[] = [
      { id: 'a', title: '测试', subtitle: '', newspaper: '测试报', date: '', page: '', authors: [], column: '', paragraphs: [{ n: 1, heading: '', text }] },
    ]
    return (options: Partial<AnswererOptions> = {}) =>
      createEmbeddedLibrary({ corpus: createMemoryCorpus(articles, buildPassageIndex(articles, analyzer)), analyzer, synonyms: parseSynonyms(''), answerer: { minConfidence: 0, ...options } })
  }
  const shown = async (of: ReturnType<typeof library>, question: string, options: Partial<AnswererOptions> = {}) =>
    (await of(options).answer(question)).results[0]!.sentence.replaceAll('|', '')

  const carrier = library('长庆|派出所|在|最强|党支部|的|创建|上|想|办法|。|他们|以|五个一|为|载体|，|使|学习|成为|常态|。')

  it('is the next sentence when only it names the thing asked for after the question word (啥载体)', async () => {
    expect(await shown(carrier, '长庆|派出所|创建|最强|党支部|用|的|是|啥|载体')).toBe('他们以五个一为载体，使学习成为常态。')
    expect(await shown(carrier, '长庆|派出所|创建|最强|党支部|用|的|是|啥|载体', { followAskedFocus: false })).toBe('长庆派出所在最强党支部的创建上想办法。')
  })

  it('stays put when the focus word is who acts (长庆所怎么做), not the thing asked for', async () => {
    const acting = library('派出所|在|最强|党支部|的|创建|上|想|办法|。|长庆所|民警|常|学习|。')
    expect(await shown(acting, '最强|党支部|创建|长庆所|怎么|做')).toBe('派出所在最强党支部的创建上想办法。')
  })

  const sites = library('今年|3月|，|红巷|纪念|旧址群|被|列为|教育|基地|。|由|纪念馆|、|故居|、|旧居|组成|。')

  it('is the next sentence when the question asks for several (哪几处) and only that sentence lists some', async () => {
    expect(await shown(sites, '红巷|纪念|旧址群|包括|哪几处')).toBe('由纪念馆、故居、旧居组成。')
    expect(await shown(sites, '红巷|纪念|旧址群|包括|哪几处', { followListForPlural: false })).toBe('今年3月，红巷纪念旧址群被列为教育基地。')
  })

  it('stays put when the question asks for one thing, whatever the next sentence lists', async () => {
    expect(await shown(sites, '红巷|纪念|旧址群|被|列为|什么|基地')).toBe('今年3月，红巷纪念旧址群被列为教育基地。')
  })
})

describe('the sentence shown after one that asks', () => {
  const library = (text: string) => {
    const articles: Article[] = [
      { id: 'a', title: '测试', subtitle: '', newspaper: '测试报', date: '', page: '', authors: [], column: '', paragraphs: [{ n: 1, heading: '', text }] },
    ]
    return createEmbeddedLibrary({ corpus: createMemoryCorpus(articles, buildPassageIndex(articles, analyzer)), analyzer, synonyms: parseSynonyms(''), answerer: { minConfidence: 0 } })
  }
  const shown = async (text: string, question: string) => (await library(text).answer(question)).results[0]!.sentence.replaceAll('|', '')

  it('is the answer after an interviewer\'s question that restates the question asked', async () => {
    expect(await shown('记者|：|改革|的|初衷|是|什么|？|王立新|：|让|群众|少|跑腿|。', '改革|的|初衷|是|什么')).toBe('王立新：让群众少跑腿。')
  })
})

describe('the sentence shown for the object of an act (讲的是啥)', () => {
  const articles: Article[] = [
    {
      id: 'a', title: '测试', subtitle: '', newspaper: '测试报', date: '', page: '', authors: [], column: '',
      paragraphs: [{ n: 1, heading: '', text: '近日|，|民警|走进|新居民|子弟|学校|，|开展|关爱|新二代|活动|。|图为|民警|给|学生|讲解|反诈|知识|。' }],
    },
  ]
  const shown = async (question: string, options: Partial<AnswererOptions> = {}) =>
    (await createEmbeddedLibrary({ corpus: createMemoryCorpus(articles, buildPassageIndex(articles, analyzer)), analyzer, synonyms: parseSynonyms(''), answerer: { minConfidence: 0, ...options } })
      .answer(question)).results[0]!.sentence.replaceAll('|', '')

  it('is the next sentence when only it has the act (讲 in 讲解): the scene names the event, the next what was said', async () => {
    expect(await shown('新居民|子弟|学校|关爱|新二代|的|民警|讲|的|是|啥')).toBe('图为民警给学生讲解反诈知识。')
    expect(await shown('新居民|子弟|学校|关爱|新二代|的|民警|讲|的|是|啥', { followAskedAct: false })).toBe('近日，民警走进新居民子弟学校，开展关爱新二代活动。')
  })
})
