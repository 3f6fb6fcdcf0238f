/** What the analyzer asks of its stop words: whether a word is one (a `Set` will do). */
export interface StopWords {
  has(word: string): boolean
}

const LISTED: ReadonlySet<string> = new Set(
  [
    // question words and scaffolding
    '什么', '啥', '哪', '哪个', '哪些', '哪里', '哪儿', '哪家', '哪位', '哪天', '哪年', '哪一年', '哪一天',
    '几楼', '几层', '哪层', '哪栋', '哪幢', '哪条', '哪所', '哪支', '哪项', '哪种', '哪次', '哪届', '哪条路', '多少', '多大', '多久', '多长', '多远',
    '几', '几个', '几次', '几年', '几位', '几名', '几天', '怎么', '怎么样', '怎样', '如何', '为什么', '为何',
    '什么样', '怎么办', '谁', '谁是', '是谁', '吗', '呢', '吧', '啊', '呀', '么', '嘛', '请问', '一下',
    '告诉', '知道', '想', '问', '问问', '是不是', '有没有', '是否', '能否', '可否', '可以', '能不能',
    '什么时候', '何时', '何地', '何处', '多少次', '多少个', '多少名', '多少人', '叫', '叫做', '称为',
    '几点', '几号', '几岁', '几家', '几种', '几项', '几月', '几日', '几所', '几支', '几条', '几次', '哪几',
    '哪几个', '哪几位', '哪一个', '哪一位', '多长时间', '多少钱', '多少年', '多少天', '干什么', '做什么',
    '干啥', '是什么', '叫什么', '怎么回事', '一共', '总共', '共有', '到底', '究竟', '请问', '请',
    // colloquial question words (为啥 for 为什么, 咋 for 怎么)
    '为啥', '咋', '咋样', '咋办', '咋回事', '干嘛', '啥时候', '啥样', '多会儿', '哪门子',
    // discourse fillers that questions add and passages do not need to share
    '差点', '已经', '曾经', '现在', '当时', '那次', '这次', '那边', '这边', '那里', '这里', '最后',
    '一直', '刚', '刚刚', '还是', '就是', '啦', '哦', '嗯', '呗', '了吗', '的话', '时候', '搞', '弄', '些', '一些', '只有', '只是', '仅仅',
    '那么', '这么', '当初', '平时', '天天', '都是', '一般', '具体', '主要', '一下子',
    // function words
    '的', '了', '着', '过', '地', '得', '之', '是', '在', '和', '与', '及', '或', '也', '都', '就', '还',
    '又', '被', '把', '对', '将', '从', '以', '于', '为', '向', '给', '让', '由', '而', '并', '但', '等',
    '这', '那', '这个', '那个', '这些', '那些', '其', '其中', '此', '该', '我', '你', '他', '她', '它',
    '我们', '你们', '他们', '她们', '有', '个', '一个', '是从', '为了', '还有', '有些',
  ],
)

// 哪些地方, 几块, 多少岁, 几乎: a word the segmenter opens with a question word asks (or hedges),
// and names nothing a passage could share
const OPENS_WITH_QUESTION_WORD = /^(?:哪|几|多少|什么|啥|咋)/u

/**
 * Words that carry no content for matching: question scaffolding (什么, 哪个, 多少 …) and function
 * words, listed or opening with a question word. Dropped from questions and passages alike, so both
 * sides agree on what counts.
 */
export const defaultStopWords: StopWords = {
  has: (word) => LISTED.has(word) || OPENS_WITH_QUESTION_WORD.test(word),
}
