/** One article (or one self-contained item such as a photo-news piece) with its metadata. */
export interface Article {
  /** Stable id, also the corpus file's base name, e.g. `000` or `001-2`. */
  id: string
  title: string
  /** Kicker or subtitle printed with the title; empty when none. */
  subtitle: string
  newspaper: string
  /** ISO date `YYYY-MM-DD` when the text gives it, else empty. */
  date: string
  /** Page as printed (e.g. `4`), else empty. */
  page: string
  /** Byline entries as printed, e.g. `['见习记者 王梓', '通讯员 周海凡 陈奇']`. */
  authors: string[]
  /** The column or rubric the item ran under (e.g. `图说平安`), else empty. */
  column: string
  /** Body paragraphs in reading order; headings are carried by the paragraphs. */
  paragraphs: Paragraph[]
}

/** An article's metadata without its text. */
export type ArticleMeta = Omit<Article, 'paragraphs'>

/** An article as lists of sources show it: its metadata and how many paragraphs it has. */
export interface ArticleSummary extends ArticleMeta {
  paragraphCount: number
}

/** A body paragraph, numbered from 1 within its article, with the heading it stands under. */
export interface Paragraph {
  n: number
  /** The section heading above this paragraph; empty before the first heading. */
  heading: string
  text: string
}

/** A searchable unit: one paragraph or a few short neighbouring ones, at most ~300 characters. */
export interface Passage {
  /** `${articleId}#${firstParagraph}` plus `.${part}` when a long paragraph is split. */
  id: string
  articleId: string
  heading: string
  /** First paragraph number covered, as cited. */
  paragraph: number
  /** Last paragraph number covered (equal to `paragraph` for a single paragraph). */
  lastParagraph: number
  text: string
}

/**
 * Where an answer comes from, in the shape a citation needs: body text by the paragraph range of
 * its passage (第12段, 第12–13段), the same whichever sentence answered; a picture caption as
 * 图片说明 of its article. The optional fields are absent in citations made before they existed.
 */
export interface Source {
  id: string
  title: string
  newspaper: string
  date: string
  page: string
  /** The paragraph the answering sentence stands in (for a caption, the caption's own number). */
  paragraph: number
  /** First and last paragraph of the passage cited; equal for one paragraph; absent: `paragraph` alone. */
  firstParagraph?: number
  lastParagraph?: number
  /**
   * `caption` for a picture caption (under the 图片说明 heading); `meta` for the article's own
   * details (byline, date, page) answering a question about them; absent or `body` for body text.
   */
  kind?: 'body' | 'caption' | 'meta'
  heading: string
  passageId: string
}

/** A word found in a text, with the offset of its first character. */
export interface SegmentedWord {
  word: string
  start: number
}

/** Cuts text into words; the only thing the core knows about word segmentation. */
export interface Segmenter {
  /**
   * Search-mode words of a run of Han characters: a partition of `text` into words, plus the
   * dictionary words found inside the longer ones (中华人民共和国 → 中华, 人民, 共和国, …).
   */
  cut(text: string): SegmentedWord[]
  /**
   * `cut` of each run, in one call where the segmenter gains from it (one native call per passage
   * instead of one per run); optional.
   */
  cutEach?(runs: readonly string[]): SegmentedWord[][]
  /** Words with part-of-speech tags (jieba's tag set); optional, used to read questions. */
  tag?(text: string): TaggedWord[]
  /**
   * How specific a word is in general language (IDF from the segmenter's own corpus statistics),
   * or undefined when unknown; optional, used to weigh question words the corpus never uses.
   */
  generalIdf?(word: string): number | undefined
}

/** A word with its part-of-speech tag (jieba/ICTCLAS tags: n, nr, ns, m, v, …). */
export interface TaggedWord {
  word: string
  tag: string
}

/** One ranked result for a question. */
export interface Hit {
  /** The snippet to show (≤ 400 characters), containing the answering sentence. */
  text: string
  /** The single best sentence of the passage for this question. */
  sentence: string
  /** Surface forms (as in the original text) of the matched terms, for highlighting. */
  terms: string[]
  score: number
  source: Source
}

/** The product's answer to one question: ranked hits, or an honest abstention. */
export interface Answer {
  question: string
  /** True when nothing matches well enough to be shown as an answer. */
  abstained: boolean
  results: Hit[]
  /**
   * When abstained: passages that came close (confidence at least `relatedFloor`), to be shown as
   * "may be related", never as the answer. Empty when abstained on nothing close; absent otherwise.
   */
  related?: Hit[]
  /** How sure the best result is (0–1), compared with the abstention threshold; 0 when none. */
  confidence?: number
  /** For a follow-up read against the previous question: what was assumed (its topic); absent otherwise. */
  assumed?: string
  /** For a follow-up: the question as answered (the pronoun replaced); absent otherwise. */
  asked?: string
  /** When a person the question describes (那个老民警) was asked about by the name the passages give them: both; absent otherwise. */
  described?: DescribedPerson
}

/** Words of a question describing a person (那个老民警), and the name the articles give them (李兔儿). */
export interface DescribedPerson {
  words: string
  name: string
}
