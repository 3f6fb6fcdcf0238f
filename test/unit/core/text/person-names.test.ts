import { describe, expect, it } from 'vitest'
import { createDictionaryTagger } from '../../../helpers/dictionary-tagger.js'
import { findNamesAfterRoles, findPersons, groupNamesBySurname, hasPerson, isNicknameOf, surnameOfNickname } from '../../../../src/core/text/person-names.js'

// A tagger that returns the given words and tags, whatever the text
const tagged = (...pairs: [string, string][]) => () => pairs.map(([word, tag]) => ({ word, tag }))

describe('findPersons', () => {
  it('joins a surname jieba cut off its given name (李/nr 兔儿/n)', () => {
    const tag = () => [{ word: '李', tag: 'nr' }, { word: '兔儿', tag: 'n' }, { word: '今年', tag: 't' }]
    expect(findPersons('李兔儿今年', tag)).toEqual(['李兔儿'])
  })

  it('reads the next person of a list after a name, where jieba tags the surname otherwise (金佛庄、于/p 树德/n)', () => {
    const tag = () => [{ word: '金佛庄', tag: 'x' }, { word: '、', tag: 'x' }, { word: '于', tag: 'p' }, { word: '树德', tag: 'n' }, { word: '等', tag: 'u' }]
    expect(findPersons('金佛庄、于树德等', tag)).toEqual(['金佛庄', '于树德'])
    const things = () => [{ word: '桌子', tag: 'n' }, { word: '、', tag: 'x' }, { word: '于', tag: 'p' }, { word: '树德', tag: 'n' }]
    expect(findPersons('桌子、于树德', things)).toEqual([])
  })

  it('reads no person into a short quotation naming a group or brand (“武林大妈”, “红巷义警”), but takes a name quoted alone that jieba knows', () => {
    const q = (word: string) => ({ word, tag: 'x' })
    expect(findPersons('“武林大妈”走访', () => [q('“'), { word: '武林', tag: 'nr' }, { word: '大妈', tag: 'n' }, q('”'), { word: '走访', tag: 'v' }])).toEqual([])
    expect(findPersons('“红巷义警”', () => [q('“'), { word: '红巷义警', tag: 'x' }, q('”')])).toEqual([])
    expect(findPersons('“李兔儿”来了', () => [q('“'), { word: '李兔儿', tag: 'nr' }, q('”'), { word: '来', tag: 'v' }, { word: '了', tag: 'ul' }])).toEqual(['李兔儿'])
    expect(findPersons('“武林大妈”王芳说', () => [q('“'), { word: '武林', tag: 'nr' }, { word: '大妈', tag: 'n' }, q('”'), { word: '王芳', tag: 'nr' }, { word: '说', tag: 'v' }])).toEqual(['王芳'])
  })

  it('reads no name into a word right after a number (5500余人: 余 is a surname too)', () => {
    expect(findPersons('5500余人前来', () => [{ word: '5500', tag: 'm' }, { word: '余人', tag: 'nr' }, { word: '前来', tag: 'v' }])).toEqual([])
  })

  it('takes a foreign name joined by the middle dot (托马斯·施密特) for a person, and no lone transliteration (里拉)', () => {
    expect(findPersons('托马斯·施密特率领', () => [{ word: '托马斯', tag: 'nrt' }, { word: '·', tag: 'x' }, { word: '施密特', tag: 'nr' }, { word: '率领', tag: 'v' }])).toEqual(['托马斯·施密特'])
    expect(findPersons('平房里拉起', () => [{ word: '平房', tag: 'n' }, { word: '里拉', tag: 'nrt' }, { word: '起', tag: 'v' }])).toEqual([])
  })

  it('splits off the verb jieba glued to a two-character name before 了 (王浩得/x 了), but keeps a three-character name', () => {
    expect(findPersons('王浩得了第几名', () => [{ word: '王浩得', tag: 'x' }, { word: '了', tag: 'ul' }, { word: '第几名', tag: 'm' }])).toEqual(['王浩'])
    expect(findPersons('陈永进是谁', () => [{ word: '陈永进', tag: 'x' }, { word: '是', tag: 'v' }, { word: '谁', tag: 'r' }])).toEqual(['陈永进'])
  })

  it('splits off the verb jieba glued to a three-character name before 在 (汪美华住/x 在), but keeps a name of three before it', () => {
    expect(findPersons('汪美华住在哪里', () => [{ word: '汪美华住', tag: 'x' }, { word: '在', tag: 'p' }, { word: '哪里', tag: 'r' }])).toEqual(['汪美华'])
    expect(findPersons('施林松在医院', () => [{ word: '施林松', tag: 'x' }, { word: '在', tag: 'p' }, { word: '医院', tag: 'n' }])).toEqual(['施林松'])
  })

  it('takes a name the story withholds (张某某, 李某) for a person, however jieba tags it', () => {
    expect(findPersons('张某某多大', () => [{ word: '张', tag: 'q' }, { word: '某某', tag: 'r' }, { word: '多大', tag: 'x' }])).toEqual(['张某某'])
    expect(findPersons('李某说', () => [{ word: '李', tag: 'nr' }, { word: '某', tag: 'r' }, { word: '说', tag: 'v' }])).toEqual(['李某'])
  })

  it('joins a surname to the word after it, but not to a verb (赵/明说 is 赵 who said)', () => {
    expect(findPersons('王二妮说', () => [{ word: '王', tag: 'nr' }, { word: '二妮', tag: 'n' }, { word: '说', tag: 'v' }])).toEqual(['王二妮'])
    expect(findPersons('赵明说了什么', () => [{ word: '赵', tag: 'nr' }, { word: '明说', tag: 'v' }, { word: '了', tag: 'ul' }, { word: '什么', tag: 'r' }])).not.toContain('赵明说')
  })

  it('reads a name jieba glued to the 多 of 多大 (何俊多/x 大)', () => {
    expect(findPersons('何俊多大', () => [{ word: '何俊多', tag: 'x' }, { word: '大', tag: 'a' }])).toEqual(['何俊'])
  })

  it('reads a three-character name jieba cut after two (梁国/ns 栋/zg), or glued to the verb before 了 (梁国/ns 栋考/x 了)', () => {
    expect(findPersons('梁国栋多大了', () => [{ word: '梁国', tag: 'ns' }, { word: '栋', tag: 'zg' }, { word: '多', tag: 'm' }, { word: '大', tag: 'a' }, { word: '了', tag: 'ul' }])).toEqual(['梁国栋'])
    expect(findPersons('梁国栋考了几次', () => [{ word: '梁国', tag: 'ns' }, { word: '栋考', tag: 'x' }, { word: '了', tag: 'ul' }, { word: '几次', tag: 'm' }])).toEqual(['梁国栋'])
    expect(findPersons('王府井在哪', () => [{ word: '王府', tag: 'ns' }, { word: '井', tag: 'n' }, { word: '在', tag: 'p' }, { word: '哪', tag: 'r' }])).toEqual([])
  })

  it('joins a surname jieba tags a noun morpheme (林/ng) to a name after it (文华/nz), not to a plain noun', () => {
    expect(findPersons('校长林文华介绍', () => [{ word: '校长', tag: 'n' }, { word: '林', tag: 'ng' }, { word: '文华', tag: 'nz' }, { word: '介绍', tag: 'v' }])).toEqual(['林文华'])
    expect(findPersons('造林面积', () => [{ word: '造', tag: 'v' }, { word: '林', tag: 'ng' }, { word: '面积', tag: 'n' }])).toEqual([])
  })

  it('takes nicknames (老何) and leaves a name before a place word (杜桥派出所)', () => {
    const tag = () => [{ word: '老', tag: 'a' }, { word: '何', tag: 'nr' }, { word: '杜桥', tag: 'x' }, { word: '派出所', tag: 'n' }]
    expect(findPersons('老何杜桥派出所', tag)).toEqual(['老何'])
  })

  it('reads no name into a demonstrative phrase (那帮人, 这位老人) or a phrase holding a particle (成了没)', () => {
    const persons = (word: string, tag: string) => findPersons(`${word}说`, () => [{ word, tag }, { word: '说', tag: 'v' }])
    expect(persons('那帮人', 'x')).toEqual([])
    expect(persons('这位', 'nr')).toEqual([])
    expect(persons('成了没', 'x')).toEqual([])
    expect(persons('丁怎么', 'x')).toEqual([])
    expect(persons('丁一山', 'x')).toEqual(['丁一山'])
  })

  it('reads a compound surname and its given name as one person (欧阳/ns 春帆/x, 诸葛/nr 婧/g), but not 东方 (the east)', () => {
    expect(findPersons('理事长欧阳春帆说', () => [{ word: '理事长', tag: 'n' }, { word: '欧阳', tag: 'ns' }, { word: '春帆', tag: 'x' }, { word: '说', tag: 'v' }])).toEqual(['欧阳春帆'])
    expect(findPersons('副馆长诸葛婧介绍', () => [{ word: '副馆长', tag: 'n' }, { word: '诸葛', tag: 'nr' }, { word: '婧', tag: 'g' }, { word: '介绍', tag: 'v' }])).toEqual(['诸葛婧'])
    expect(findPersons('东方红日升起', () => [{ word: '东方', tag: 'ns' }, { word: '红日', tag: 'x' }, { word: '升起', tag: 'v' }])).toEqual([])
  })

  it('reads back a name with a rare doubled character that jieba cut as 聂芃/x 芃/x, but no known word after a surname', () => {
    expect(findPersons('女子组冠军聂芃芃获得', tagged(['女子组', 'n'], ['冠军', 'n'], ['聂芃', 'x'], ['芃', 'x'], ['获得', 'v']))).toEqual(['聂芃芃'])
    expect(findPersons('女子组冠军聂芃获得', tagged(['女子组', 'n'], ['冠军', 'n'], ['聂芃', 'x'], ['获得', 'v']))).toEqual([])
  })

  it('reads a compound surname and a given name jieba tags a verb as a person before a title (司徒/n 蔓/v 医生), but 司徒医生 as no full name', () => {
    expect(findPersons('司徒蔓医生带着小组', tagged(['司徒', 'n'], ['蔓', 'v'], ['医生', 'n'], ['带', 'v'], ['着', 'uz'], ['小组', 'n']))).toEqual(['司徒蔓'])
    expect(findPersons('司徒医生他们', tagged(['司徒', 'n'], ['医生', 'n'], ['他们', 'r']))).toEqual([])
    expect(findPersons('司马说完就走', tagged(['司马', 'nr'], ['说', 'v'], ['完', 'v'], ['就', 'd'], ['走', 'v']))).toEqual([])
  })

  it('joins a classic surname jieba tags as one to a given name it tags as a name (蒲/nr 长庚/nrt), not to another word', () => {
    expect(findPersons('夜班保安蒲长庚说', tagged(['夜班', 'n'], ['保安', 'nz'], ['蒲', 'nr'], ['长庚', 'nrt'], ['说', 'v']))).toEqual(['蒲长庚'])
    expect(findPersons('蒲长庚说', tagged(['蒲', 'nr'], ['长庚', 'nrt'], ['说', 'v']))).toEqual(['蒲长庚'])
    expect(findPersons('蒲公英开了', tagged(['蒲', 'nr'], ['公英', 'n'], ['开', 'v'], ['了', 'ul']))).toEqual([])
  })

  it('takes a word jieba does not know opening with the rarest surnames (邝以宁) only right after a role', () => {
    expect(findPersons('总工程师邝以宁说', () => [{ word: '总工程师', tag: 'n' }, { word: '邝以宁', tag: 'x' }, { word: '说', tag: 'v' }])).toEqual(['邝以宁'])
    expect(findPersons('他说邝以宁好', () => [{ word: '他', tag: 'r' }, { word: '说', tag: 'v' }, { word: '邝以宁', tag: 'x' }, { word: '好', tag: 'a' }])).toEqual([])
  })

  it('takes no rare surname that is also a measure word (支义警, 家门口) as a name', () => {
    const persons = (word: string) => findPersons(word, () => [{ word, tag: 'x' }])
    expect(persons('支义警')).toEqual([])
    expect(persons('家门口')).toEqual([])
    expect(persons('施林松')).toEqual(['施林松'])
  })
})

describe('findNamesAfterRoles', () => {
  const tag = createDictionaryTagger({ 收购商: 'n', 说: 'v', 所长: 'n', 乐正: 'nr', 介绍: 'v', 警务: 'n', 助理: 'n', 有人: 'r', 我: 'r', 傻: 'a', 局长: 'n', 甘: 'nr', 霁月: 'n', 经理: 'n', 管漪: 'x', 经理说: 'n' })

  it('reads a name jieba cut into pieces it does not know right after a role (收购商韩秀娥说, 所长乐正岚介绍)', () => {
    expect(findNamesAfterRoles('水产收购商韩秀娥说。', tag)).toEqual(['韩秀娥'])
    expect(findNamesAfterRoles('园林管理所所长乐正岚介绍，', tag)).toEqual(['乐正岚'])
  })

  it('reads a surname jieba tags as a name before a given name it knows as a noun (局长甘霁月说)', () => {
    expect(findNamesAfterRoles('县文旅局局长甘霁月说，', tag)).toEqual(['甘霁月'])
  })

  it('reads a two-character name jieba leaves unknown between a role and a verb of saying (经理管漪说)', () => {
    expect(findNamesAfterRoles('人力资源部经理管漪说，', tag)).toEqual(['管漪'])
  })

  it('reads no name holding a word jieba knows (警务助理), nor one a verb opens (有人说我傻)', () => {
    expect(findNamesAfterRoles('聘请警务助理说，', tag)).toEqual([])
    expect(findNamesAfterRoles('有人说我傻。', tag)).toEqual([])
  })
})

describe('isNicknameOf', () => {
  it('matches a nickname to a name of its surname only', () => {
    expect(isNicknameOf('小王', '王伟勇')).toBe(true)
    expect(isNicknameOf('小王', '李兔儿')).toBe(false)
    expect(isNicknameOf('王伟勇', '王伟勇')).toBe(false)
  })

  it('takes only the common surnames for nicknames: 小时 is an hour', () => {
    expect(isNicknameOf('小时', '时光')).toBe(false)
  })

  it('matches a surname with a title (吴老师, 王所长) to a name of that surname', () => {
    expect(isNicknameOf('吴老师', '吴秀兰')).toBe(true)
    expect(isNicknameOf('王所长', '吴秀兰')).toBe(false)
    expect(surnameOfNickname('王所长')).toBe('王')
    expect(surnameOfNickname('老师')).toBeUndefined()
    expect(surnameOfNickname('高素质')).toBeUndefined()
  })

  it('matches a surname with a familiar word for an elder or a coach (谭老汉, 张大娘, 刘教练) to a name of that surname', () => {
    expect(isNicknameOf('谭老汉', '谭满仓')).toBe(true)
    expect(isNicknameOf('张大娘', '张秀英')).toBe(true)
    expect(isNicknameOf('刘教练', '刘建国')).toBe(true)
  })
})

describe('groupNamesBySurname', () => {
  it('groups three-character words opening with a common surname by it, and nothing else', () => {
    expect(groupNamesBySurname(['吴秀兰', '吴建国', '红巷丽警', '王飞', '陆春妹', '巫伟勇'])).toEqual(new Map([['吴', ['吴秀兰', '吴建国']], ['陆', ['陆春妹']]]))
  })
})

describe('hasPerson', () => {
  it('does not count the person the question names', () => {
    const tag = () => [{ word: '张林松', tag: 'nr' }, { word: '说', tag: 'v' }]
    expect(hasPerson('张林松说', new Set(['张林松']), tag)).toBe(false)
    expect(hasPerson('张林松说', new Set(), tag)).toBe(true)
  })

  it('reads a rarer classic surname as a name only in a full name of three characters learnt from the corpus', () => {
    const said = (word: string, tag: string) => hasPerson(`${word}说`, new Set(), () => [{ word, tag }, { word: '说', tag: 'v' }])
    expect(said('施林松', 'x')).toBe(true)
    expect(said('施林', 'x')).toBe(false)
    expect(said('越传越', 'nr')).toBe(false)
    expect(said('张林', 'nr')).toBe(true)
  })
})
