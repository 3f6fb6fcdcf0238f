import type { ArticleMeta, Source } from './core/types.js'

/** The languages wenda speaks; Chinese is the default. */
export type Language = 'zh' | 'en'

/** Every string a user can see, in one language; all plain text (the bot escapes it for HTML). */
export interface Messages {
  language: Language
  /** Printed once when there is no bot token, before the terminal chat opens. */
  noToken: string
  terminalPrompt: string
  terminalWelcome: (articles: number, passages: number) => string
  /** The reply to a bot command (/help) typed in the terminal chat, where there are none. */
  terminalCommands: string
  /** After a terminal answer that may go on: how to see the next results (the bot has a button). */
  terminalMoreHint: string
  welcome: (articles: number, passages: number) => string
  titlesHeading: string
  examplesHeading: string
  help: string
  about: string
  sourcesHeading: (articles: number) => string
  noAnswer: string
  /** Heading of passages that came close to answering, below the confidence threshold. */
  mayBeRelated: string
  /** Marks an inline result offered below the confidence threshold (title and posted message). */
  inlineMayBeRelated: string
  corpusCovers: string
  /** After a short list of the main articles: how many other items (photos, briefs) it leaves out. */
  moreItems: (count: number) => string
  tryAsking: string
  /** To a question without Chinese characters: the articles are Chinese, ask in Chinese, like `example`. */
  askInChinese: (example: string | undefined) => string
  /** Heads an answer to a follow-up question read as being about the previous question's focus. */
  followUpAssumed: (focus: string) => string
  /** Heads an answer about a person the question described (那个老民警), asked about by the name the articles give them. */
  describedAs: (words: string, name: string) => string
  moreHeading: (from: number) => string
  noMoreResults: string
  askUsage: string
  emptyQuestion: string
  notWords: string
  tooLong: (max: number) => string
  onlyText: string
  unknownCommand: string
  sorry: string
  rateLimited: (seconds: number) => string
  notAllowed: string
  adminOnly: string
  noLongerAvailable: string
  thanksFeedback: string
  /** A 👍/👎 tapped again: the vote is withdrawn. */
  voteWithdrawn: string
  /** A button pressed in a chat whose replies are queued up (a flooded group). */
  busy: string
  reloadStarted: string
  reloadDone: (passages: number, ms: number) => string
  reloadFailed: string
  reloadUnavailable: string
  stats: (s: { questionsToday: number; abstentionRate: number; up: number; down: number; uptimeMinutes: number }) => string
  /** /disputed: heading of the passages voted both up and down; whether votes move answers now. */
  disputedHeading: (nudging: boolean) => string
  noDisputed: string
  /** /resetvotes without a passage id. */
  resetVotesUsage: string
  resetVotesDone: (passageId: string) => string
  resetVotesNone: (passageId: string) => string
  contextHeading: string
  fullPart: (part: number, parts: number) => string
  citeHeading: string
  buttons: { more: string; context: string; full: string; cite: string }
  commands: { command: string; description: string }[]
  /** A citation in one line: 《标题》 浙江法制报 2021-07-01 第4版 第3段 (en: p. 4, para. 3). */
  citation: (source: Source) => string
  /** Article line for /sources: title, paper, date. */
  sourceLine: (article: ArticleMeta) => string
  /** The byline of a whole article: paper, date, page, authors. */
  articleLine: (article: ArticleMeta) => string
}

// Where in the article: a picture caption, a range of paragraphs (a passage spanning several,
// cited alike whatever the question), or one paragraph.
const placeOf = (source: Source, labels: { caption: string; meta: string; paragraph: (n: string) => string }): string => {
  if (source.kind === 'caption') return labels.caption
  if (source.kind === 'meta') return labels.meta
  const first = source.firstParagraph ?? source.paragraph
  const last = source.lastParagraph ?? source.paragraph
  return labels.paragraph(first < last ? `${first}–${last}` : String(source.paragraph))
}

const zhCitation = (source: Source): string =>
  [`《${source.title}》`, source.newspaper, source.date, source.page && `第${source.page}版`, placeOf(source, { caption: '图片说明', meta: '文章信息', paragraph: (n) => `第${n}段` })]
    .filter((part) => part !== '')
    .join(' ')

const zh: Messages = {
  language: 'zh',
  noToken: '没有设置 TELEGRAM_BOT_TOKEN：在 Telegram 里找 @BotFather 发送 /newbot 领取令牌，写进 .env；现在先在终端里试试。',
  terminalPrompt: '问题> ',
  terminalWelcome: (a, p) => `问答：已读入 ${a} 篇文章、${p} 个段落。输入问题后回车，Ctrl+D 退出。`,
  terminalCommands: '这里没有命令：直接输入问题后回车即可（例如：小营巷在哪里？），Ctrl+D 退出。/help 等命令在 Telegram 里使用。',
  terminalMoreHint: '（输入“更多”查看后面的结果）',
  welcome: (a, p) => `你好！我是问答机器人。我读过 ${a} 篇报纸文章（${p} 个段落），直接发问题给我，我会找出回答它的原文段落并注明出处。`,
  titlesHeading: '我读过的文章：',
  examplesHeading: '可以这样问（点按钮试试）：',
  help: [
    '直接发送问题，我会回复最相关的三段原文和出处（报纸、日期、版面、段落）。',
    '按钮：更多结果 · 上下文（前后段落）· 全文 · 引用（可复制的出处）· 👍/👎（告诉我答得好不好）。',
    '可以接着上一问追问（他、这个所、那里、还有呢），也可以问文章本身：谁写的、哪天登的、第几版、讲什么、有哪些文章。',
    '还可以问某人说过什么、得过什么称号、担任什么职务，或者一句话是谁说的、出自哪篇文章。',
    '命令：/start 简介 · /sources 文章列表 · /ask 问题（群组里用）· /about 关于',
    '群组里：用 /ask 提问、@我，或回复我的消息。任何聊天里都可以输入 @机器人名 关键词 来搜索。',
  ].join('\n'),
  about: '问答（wenda）：只根据收录的报纸文章回答，每个答案都给出原文和出处；找不到可靠答案时会直说。反馈只记录段落编号和评分，不记录姓名。',
  sourcesHeading: (a) => `收录的文章（${a} 篇）：`,
  noAnswer: '抱歉，在收录的文章里没有找到可靠的答案。',
  mayBeRelated: '下面的段落可能相关，但不一定回答了你的问题，引用前请核对原文：',
  inlineMayBeRelated: '可能相关',
  corpusCovers: '我读过的文章有：',
  moreItems: (n) => `另有 ${n} 篇图片新闻或短讯未列出。`,
  tryAsking: '可以试着问：',
  askInChinese: (example) => `文章都是中文的，请用中文提问${example === undefined ? '。' : `，例如：${example}`}`,
  followUpAssumed: (focus) => `（按上一问：${focus}）`,
  describedAs: (words, name) => `（${words}：按文中的${name}来答）`,
  moreHeading: (from) => `更多结果（从第 ${from} 条起）：`,
  noMoreResults: '没有更多结果了。',
  askUsage: '用法：/ask 问题，例如 /ask 派出所有多少名民警？',
  emptyQuestion: '请输入一个问题。',
  notWords: '请用文字提问（只有表情或符号我看不懂）。',
  tooLong: (max) => `问题太长了，请控制在 ${max} 字以内。`,
  onlyText: '我只能回答文字问题，请把问题打出来。',
  unknownCommand: '没有这个命令。发送 /help 查看用法。',
  sorry: '抱歉，出了点问题，请稍后再试。',
  rateLimited: (s) => `提问太快了，请 ${s} 秒后再试。`,
  notAllowed: '抱歉，这个机器人只对受邀用户开放。',
  adminOnly: '只有管理员可以使用这个命令。',
  noLongerAvailable: '这条内容已经不可用了（文章可能已更新），请重新提问。',
  thanksFeedback: '谢谢反馈！',
  voteWithdrawn: '已撤回你的反馈。',
  busy: '这里的消息太多了，请过一分钟再试。',
  reloadStarted: '正在重新载入文章和索引……',
  reloadDone: (p, ms) => `已重新载入：${p} 个段落，用时 ${ms} 毫秒。`,
  reloadFailed: '重新载入失败，继续使用原来的索引。详情见日志。',
  reloadUnavailable: '这个部署不支持重新载入。',
  stats: (s) =>
    `今天的问题：${s.questionsToday}\n没有答案的比例：${Math.round(s.abstentionRate * 100)}%\n反馈（每人每段一票）：👍 ${s.up} · 👎 ${s.down}\n运行时间：${s.uptimeMinutes} 分钟`,
  disputedHeading: (nudging) => `争议最大的段落（👍/👎，每人每段一票；反馈${nudging ? '正在' : '目前不'}影响排序）：`,
  noDisputed: '还没有同时得到 👍 和 👎 的段落。',
  resetVotesUsage: '用法：/resetvotes 段落编号（见 /disputed），例如 /resetvotes 000#3',
  resetVotesDone: (id) => `已清除段落 ${id} 的全部反馈。`,
  resetVotesNone: (id) => `段落 ${id} 没有反馈。`,
  contextHeading: '上下文：',
  fullPart: (part, parts) => `（${part}/${parts}）`,
  citeHeading: '引用：',
  buttons: { more: '更多结果', context: '上下文', full: '全文', cite: '引用' },
  commands: [
    { command: 'start', description: '简介和示例问题' },
    { command: 'help', description: '用法' },
    { command: 'sources', description: '收录的文章' },
    { command: 'ask', description: '提问（群组里用）' },
    { command: 'about', description: '关于这个机器人' },
  ],
  citation: zhCitation,
  sourceLine: (a) => [`《${a.title}》`, a.newspaper, a.date].filter((p) => p !== '').join(' '),
  articleLine: (a) => [a.newspaper, a.date, a.page && `第${a.page}版`, a.authors.join(' ')].filter((p) => p !== '').join(' · '),
}

const en: Messages = {
  language: 'en',
  noToken: 'No TELEGRAM_BOT_TOKEN: get one from @BotFather in Telegram (/newbot) and put it in .env; meanwhile, try it here in the terminal.',
  terminalPrompt: 'question> ',
  terminalWelcome: (a, p) => `wenda: ${a} articles, ${p} passages loaded. Type a question and press Enter; Ctrl+D quits.`,
  terminalCommands: 'There are no commands here: type a question (in Chinese) and press Enter; Ctrl+D quits. /help and the other commands are for Telegram.',
  terminalMoreHint: '(Type "more" or 更多 for the next results)',
  welcome: (a, p) => `Hi! I have read ${a} newspaper articles (${p} passages). Send me a question and I will reply with the passages that answer it, with their sources.`,
  titlesHeading: 'Articles I know:',
  examplesHeading: 'Try asking (tap a button):',
  help: [
    'Send a question and I reply with the three best passages and their sources (paper, date, page, paragraph).',
    'Buttons: more results · context (neighbouring paragraphs) · full text · cite (copy-ready source) · 👍/👎 (was it a good answer?).',
    'Follow-ups lean on your previous question (他, 这个所, 那里, 还有呢); you can also ask about the articles themselves: 谁写的, 哪天登的, 第几版, 讲什么, 有哪些文章.',
    'You can also ask what someone said (说了什么), what honours or post they have (得过什么称号, 担任什么职务), or who said given words and where they come from (“…”是谁说的, 出自哪篇文章).',
    'Commands: /start intro · /sources list of articles · /ask question (for groups) · /about',
    'In groups: use /ask, mention me, or reply to my message. In any chat, type @botname keywords to search inline.',
  ].join('\n'),
  about: 'wenda (问答) answers only from the newspaper articles it has read, always with the original passage and its source, and says so when it has no reliable answer. Feedback stores passage ids and votes only, never names.',
  sourcesHeading: (a) => `Articles (${a}):`,
  noAnswer: 'Sorry, I found no reliable answer in the articles I have read.',
  mayBeRelated: 'These passages may be related, but may not answer your question; check the source before citing them:',
  inlineMayBeRelated: 'May be related',
  corpusCovers: 'The articles I have read:',
  moreItems: (n) => `…and ${n} more short items (photos, briefs).`,
  tryAsking: 'You could ask:',
  askInChinese: (example) => `The articles are in Chinese: please ask in Chinese${example === undefined ? '.' : `, e.g. ${example}`}`,
  followUpAssumed: (focus) => `(Read as about ${focus}, from your previous question)`,
  describedAs: (words, name) => `(Read ${words} as ${name}, whom the articles describe so)`,
  moreHeading: (from) => `More results (from #${from}):`,
  noMoreResults: 'No more results.',
  askUsage: 'Usage: /ask question, e.g. /ask 派出所有多少名民警？',
  emptyQuestion: 'Please type a question.',
  notWords: 'Please ask in words (I cannot read emoji or symbols alone).',
  tooLong: (max) => `That question is too long; please keep it under ${max} characters.`,
  onlyText: 'I can only answer text questions; please type yours.',
  unknownCommand: 'Unknown command. Send /help for usage.',
  sorry: 'Sorry, something went wrong. Please try again later.',
  rateLimited: (s) => `You are asking too fast; please try again in ${s} s.`,
  notAllowed: 'Sorry, this bot is open to invited users only.',
  adminOnly: 'Only administrators can use this command.',
  noLongerAvailable: 'This is no longer available (the articles may have changed); please ask again.',
  thanksFeedback: 'Thanks for the feedback!',
  voteWithdrawn: 'Your feedback is withdrawn.',
  busy: 'Too many messages here right now; please try again in a minute.',
  reloadStarted: 'Reloading the articles and the index…',
  reloadDone: (p, ms) => `Reloaded: ${p} passages in ${ms} ms.`,
  reloadFailed: 'Reload failed; still using the previous index. See the log.',
  reloadUnavailable: 'Reloading is not available in this deployment.',
  stats: (s) =>
    `Questions today: ${s.questionsToday}\nNo answer: ${Math.round(s.abstentionRate * 100)}%\nFeedback (one vote per user and passage): 👍 ${s.up} · 👎 ${s.down}\nUptime: ${s.uptimeMinutes} min`,
  disputedHeading: (nudging) => `Most disputed passages (👍/👎, one vote per user and passage; votes ${nudging ? 'now move' : 'do not move'} rankings):`,
  noDisputed: 'No passage has both 👍 and 👎 votes yet.',
  resetVotesUsage: 'Usage: /resetvotes passage-id (see /disputed), e.g. /resetvotes 000#3',
  resetVotesDone: (id) => `All feedback on passage ${id} is cleared.`,
  resetVotesNone: (id) => `Passage ${id} has no feedback.`,
  contextHeading: 'Context:',
  fullPart: (part, parts) => `(${part}/${parts})`,
  citeHeading: 'Citation:',
  buttons: { more: 'More results', context: 'Context', full: 'Full text', cite: 'Cite' },
  commands: [
    { command: 'start', description: 'Introduction and example questions' },
    { command: 'help', description: 'How to use the bot' },
    { command: 'sources', description: 'The articles it knows' },
    { command: 'ask', description: 'Ask a question (in groups)' },
    { command: 'about', description: 'About this bot' },
  ],
  // sources are Chinese newspapers: the citation keeps their titles and names as printed
  citation: (source) =>
    [`《${source.title}》`, source.newspaper, source.date, source.page && `p. ${source.page}`, placeOf(source, { caption: 'picture caption', meta: 'article details', paragraph: (n) => (n.includes('–') ? `paras. ${n}` : `para. ${n}`) })]
      .filter((part) => part !== '')
      .join(', '),
  sourceLine: zh.sourceLine,
  articleLine: (a) => [a.newspaper, a.date, a.page && `p. ${a.page}`, a.authors.join(' ')].filter((p) => p !== '').join(' · '),
}

/** The message set for a Telegram `language_code` (or a locale such as `en_US`); Chinese by default. */
export function messagesFor(languageCode?: string): Messages {
  return /^en\b|^en[-_]/i.test(languageCode ?? '') ? en : zh
}

/** Both message sets, for registering the command menu in every language. */
export const allMessages: readonly Messages[] = [zh, en]

/** True when a question has no Chinese character: its asker is told the articles are Chinese. */
export function lacksChinese(question: string): boolean {
  return !/\p{Script=Han}/u.test(question)
}

/** The messages to answer `question` in: English for one written in Latin letters without Chinese, else `messages`. */
export function messagesForQuestion(question: string, messages: Messages): Messages {
  return lacksChinese(question) && /\p{Script=Latin}/u.test(question) ? en : messages
}
