import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { splitPassages } from '../src/core/text/passages.js'
import type { Article, Paragraph } from '../src/core/types.js'

/** A seeded PRNG (mulberry32): the same seed always gives the same corpus. */
export function createRandom(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** What synthetic articles are recombined from, all taken from the real corpus. */
export interface Material {
  sentences: string[]
  headings: string[]
  titles: string[]
  newspapers: string[]
  /** Place names (山门 in 山门派出所) and people's names found in the corpus, replaced per article. */
  places: string[]
  people: string[]
}

const PLACE = /(\p{Script=Han}{2})(?=派出所|街道|社区|镇|村|县|区|巷|分局)/gu
const ROLE = /^(见习)?(记者|通讯员|摄影|编辑)$/

/** Collects sentences, headings, titles and names from real articles. */
export function collectMaterial(articles: readonly Article[]): Material {
  const sentences = new Set<string>()
  const headings = new Set<string>()
  const places = new Set<string>()
  const people = new Set<string>()
  for (const article of articles) {
    for (const p of article.paragraphs) {
      if (p.heading !== '' && p.heading !== '图片说明') headings.add(p.heading)
      for (const s of p.text.split(/(?<=[。！？])/)) if (s.trim().length >= 6) sentences.add(s.trim())
      for (const m of p.text.matchAll(PLACE)) places.add(m[1]!)
    }
    for (const line of article.authors) for (const w of line.split(/\s+/)) if (/^\p{Script=Han}{2,3}$/u.test(w) && !ROLE.test(w)) people.add(w)
  }
  const titles = articles.flatMap((a) => [a.title, a.subtitle]).filter((t) => t !== '')
  const newspapers = [...new Set([...articles.map((a) => a.newspaper).filter((n) => n !== ''), '钱江晚报', '人民公安报', '法治日报'])]
  return { sentences: [...sentences], headings: [...headings], titles, newspapers, places: [...places], people: [...people] }
}

/** Reads the raw seed texts (one paragraph a line) as articles: the fallback when corpus/ is empty. */
export async function readSeedArticles(dir: string): Promise<Article[]> {
  const files = (await readdir(dir)).filter((f) => f.endsWith('.txt')).sort()
  return Promise.all(
    files.map(async (file, i) => {
      const lines = (await readFile(join(dir, file), 'utf8')).split('\n').map((l) => l.trim()).filter((l) => l !== '')
      const paragraphs: Paragraph[] = lines.slice(1).map((text, n) => ({ n: n + 1, heading: '', text }))
      return { id: `seed-${i}`, title: lines[0] ?? file, subtitle: '', newspaper: '', date: '', page: '', authors: [], column: '', paragraphs }
    }),
  )
}

const SYLLABLES = [...'东西南北安宁和新华兴龙凤桥湖海清溪石岭江山门平阳金川云松竹梅兰青白沙河塘田林泉峰源乐康福泰嘉禾丰盛']
const SURNAMES = [...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁沈任姚卢傅钟姜崔谭廖范汪陆金石戴贾韦夏邱方侯邹熊孟秦白江阎薛尹段雷黎史龙陶贺顾毛郝龚邵万钱严覃武']
const GIVEN = [...'伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建国志文斌鹏飞宇浩然晨阳欣怡梓涵子轩海波俊峰']

/** Words to draw by frequency, as a cumulative table (the same seed draws the same words). */
export interface Vocabulary {
  words: string[]
  /** cumulative[i] is the sum of the frequencies of words[0..i]. */
  cumulative: Float64Array
}

/**
 * The words of two to four Han characters in a jieba dictionary file (`word freq tag` per line),
 * weighted by their frequency: drawn from, they give a Zipf-shaped vocabulary, as news text has.
 */
export function readVocabulary(dictionaryText: string): Vocabulary {
  const words: string[] = []
  const frequencies: number[] = []
  for (const line of dictionaryText.split('\n')) {
    const [word = '', freq = ''] = line.split(' ')
    const n = Number(freq)
    if (!/^\p{Script=Han}{2,4}$/u.test(word) || !(n > 0)) continue
    words.push(word)
    frequencies.push(n)
  }
  const cumulative = new Float64Array(words.length)
  let sum = 0
  frequencies.forEach((n, i) => (cumulative[i] = sum += n))
  return { words, cumulative }
}

function drawWord(vocabulary: Vocabulary, random: () => number): string {
  const target = random() * vocabulary.cumulative[vocabulary.cumulative.length - 1]!
  let low = 0
  let high = vocabulary.cumulative.length - 1
  while (low < high) {
    const mid = (low + high) >> 1
    if (vocabulary.cumulative[mid]! < target) low = mid + 1
    else high = mid
  }
  return vocabulary.words[low]!
}

/**
 * Writes synthetic articles until they hold at least `passages` passages; same seed, same corpus.
 * Without a vocabulary every sentence is a real one recombined (few distinct terms, each in many
 * passages: pessimistic); with one, each paragraph keeps its real sentences and gains sentences of
 * words drawn by their frequency, so the number of distinct terms grows with the corpus as in news.
 */
export function synthesizeArticles(material: Material, passages: number, seed: number, vocabulary?: Vocabulary): Article[] {
  const random = createRandom(seed)
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!
  // a pool that grows with the corpus, as an archive names more places and people as it grows
  const placePool = Array.from({ length: Math.max(50, Math.ceil(passages / 20)) }, () => pick(SYLLABLES) + pick(SYLLABLES))
  const peoplePool = Array.from({ length: Math.max(50, Math.ceil(passages / 10)) }, () => pick(SURNAMES) + pick(GIVEN) + (random() < 0.6 ? pick(GIVEN) : ''))
  const articles: Article[] = []
  let count = 0
  while (count < passages) {
    const article = synthesizeArticle(material, `syn-${String(articles.length).padStart(6, '0')}`, random, pick, placePool, peoplePool, vocabulary)
    count += splitPassages(article).length
    articles.push(article)
  }
  return articles
}

function synthesizeArticle(
  material: Material,
  id: string,
  random: () => number,
  pick: <T>(list: readonly T[]) => T,
  placePool: readonly string[],
  peoplePool: readonly string[],
  vocabulary: Vocabulary | undefined,
): Article {
  // each article renames the corpus' places and people consistently, so it reads as one story
  const renames = new Map<string, string>()
  for (const place of material.places) renames.set(place, pick(placePool))
  for (const person of material.people) renames.set(person, pick(peoplePool))
  const vary = (text: string) => varyNumbers(replaceNames(text, renames), random)
  const paragraphs: Paragraph[] = []
  let heading = ''
  const total = 4 + Math.floor(random() * 9)
  for (let n = 1; n <= total; n++) {
    if (n > 2 && random() < 0.2) heading = vary(pick(material.headings))
    const sentences = Array.from({ length: 1 + Math.floor(random() * (vocabulary ? 2 : 4)) }, () => vary(pick(material.sentences)))
    if (vocabulary !== undefined) {
      for (let k = Math.floor(random() * 4); k > 0; k--) {
        const words = Array.from({ length: 6 + Math.floor(random() * 11) }, () => drawWord(vocabulary, random))
        sentences.splice(Math.floor(random() * (sentences.length + 1)), 0, `${words.join('')}。`)
      }
    }
    paragraphs.push({ n, heading, text: sentences.join('') })
  }
  const year = 2015 + Math.floor(random() * 11)
  const date = `${year}-${pad(1 + Math.floor(random() * 12))}-${pad(1 + Math.floor(random() * 28))}`
  const authors = [`记者 ${pick(peoplePool)}`, `通讯员 ${pick(peoplePool)} ${pick(peoplePool)}`]
  return { id, title: vary(pick(material.titles)), subtitle: '', newspaper: pick(material.newspapers), date, page: String(1 + Math.floor(random() * 16)), authors, column: '', paragraphs }
}

function replaceNames(text: string, renames: ReadonlyMap<string, string>): string {
  let out = text
  for (const [from, to] of renames) if (out.includes(from)) out = out.replaceAll(from, to)
  return out
}

// Years stay plausible years; other numbers keep their number of digits.
function varyNumbers(text: string, random: () => number): string {
  return text.replace(/\d+/g, (digits) => {
    if (/^(19|20)\d\d$/.test(digits)) return String(1950 + Math.floor(random() * 76))
    const low = digits.length === 1 ? 1 : 10 ** (digits.length - 1)
    return String(low + Math.floor(random() * (10 ** digits.length - low)))
  })
}

function pad(n: number): string {
  return String(n).padStart(2, '0')
}
