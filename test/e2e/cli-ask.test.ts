import { spawn } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { makeOneArticleCorpus as makeCorpus } from '../helpers/one-article-corpus.js'
import { makeTemporaryDirectory } from '../helpers/temporary-directory.js'

// Runs `npm run -s ask -- …` the way a user would and collects what it prints.
function runAsk(args: string[], input: string, env: Record<string, string>): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('npx', ['tsx', 'src/cli/ask.ts', ...args], { env: { ...process.env, ...env } })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')))
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')))
    child.on('error', reject)
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }))
    child.stdin.end(input)
  })
}

type AnswerLine = { abstained: boolean; results: { sentence: string }[] }

// Asks `questions` of a corpus of these articles (file text by id), one JSON line each, as a user would.
async function askArticles(articles: Record<string, string>, questions: string[]): Promise<AnswerLine[]> {
  const root = makeTemporaryDirectory('wenda-articles-')
  mkdirSync(join(root, 'corpus'))
  for (const [id, article] of Object.entries(articles)) writeFileSync(join(root, 'corpus', `${id}.md`), article)
  const { code, stdout } = await runAsk(['--json'], questions.join('\n'), { CORPUS_DIR: join(root, 'corpus'), INDEX_DIR: join(root, 'index') })
  expect(code).toBe(0)
  return stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as AnswerLine)
}

// The sentence each answer shows first, or 'declined'.
const shownOf = (lines: readonly AnswerLine[]) => lines.map((l) => (l.abstained ? 'declined' : l.results[0]!.sentence))

describe('ask --json', () => {
  it('writes exactly one JSON line per question read from stdin, and nothing else on stdout', async () => {
    const { corpusDir, indexDir } = makeCorpus()
    const input = '红巷派出所有多少名民警？\n\n紅巷派出所成立於哪一年\n宫保鸡丁怎么做\n红巷派出所哪一天成立\n'
    const { code, stdout, stderr } = await runAsk(['--json'], input, { CORPUS_DIR: corpusDir, INDEX_DIR: indexDir })
    expect(code).toBe(0)
    const lines = stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>)
    expect(lines.map((l) => l.question)).toEqual(['红巷派出所有多少名民警？', '紅巷派出所成立於哪一年', '宫保鸡丁怎么做', '红巷派出所哪一天成立'])
    type Line = { abstained: boolean; results: { text: string; sentence: string; score: number; source: Record<string, unknown> }[]; related?: Line['results'] }
    const [staff, founded, recipe, day] = lines as Line[]
    expect(staff!.abstained).toBe(false)
    expect(staff!.results[0]!.sentence).toContain('民警25名')
    expect(staff!.results[0]!.source).toMatchObject({ id: 't1', title: '红巷派出所的一天', newspaper: '测试报', date: '2021-07-01', page: '4', paragraph: 2, firstParagraph: 1, lastParagraph: 2, kind: 'body' })
    expect(typeof staff!.results[0]!.score).toBe('number')
    expect(founded!.results[0]!.sentence).toContain('1922')
    expect(recipe).toMatchObject({ abstained: true, results: [], related: [] })
    expect(staff!.related).toBeUndefined()
    // the year is there, the day is not: declined, with the passage offered as maybe related
    expect(day).toMatchObject({ abstained: true, results: [] })
    expect(day!.related![0]!.sentence).toContain('1922')
    expect(stderr).toContain('index')
  }, 60_000)

  it('explains its usage and exits 2 when no question is given outside JSON mode', async () => {
    const { corpusDir, indexDir } = makeCorpus()
    const { code, stdout, stderr } = await runAsk([], '', { CORPUS_DIR: corpusDir, INDEX_DIR: indexDir })
    expect(code).toBe(2)
    expect(stdout).toBe('')
    expect(stderr).toContain('usage')
  }, 60_000)

  it('says what is wrong with a --limit that is no whole number from 1 to 50, and exits 2', async () => {
    const { corpusDir, indexDir } = makeCorpus()
    const { code, stdout, stderr } = await runAsk(['--limit', 'abc', '红巷派出所'], '', { CORPUS_DIR: corpusDir, INDEX_DIR: indexDir })
    expect(code).toBe(2)
    expect(stdout).toBe('')
    expect(stderr).toContain('--limit takes a whole number from 1 to 50, not "abc"')
  }, 60_000)
})

// An article of another paper on another subject: the readings of questions about people must not
// depend on the project's own corpus.
const fireStation = `---
id: "f1"
title: 守护城市的“火焰蓝”
newspaper: 江城日报
date: 2023-05-12
page: "3"
---

城东消防救援站成立于1998年，现有指战员42名，其中党员19名。

站长张建国从事消防工作已有22年。“火场就是战场，多一分准备，就多一分胜算。”张建国说。

2022年，城东消防救援站被应急管理部授予“全国青年文明号”称号。全国优秀消防员刘海涛是站里的骨干，曾荣立个人二等功。

去年夏天，站里的年轻队员王晓东在一次仓库火灾中救出3名被困群众。他说：“那一刻根本来不及多想，只想着把人救出来。”
`

describe('ask about people, on another paper\'s article (real jieba)', () => {
  it('answers what someone said, their honours and post, and who said given words, and declines what the article never says', async () => {
    const shown = shownOf(await askArticles({ f1: fireStation }, ['张建国说了什么', '王晓东说了什么', '刘海涛得过什么荣誉', '张建国担任什么职务', '谁说过多一分准备就多一分胜算', '刘海涛说了什么', '王晓东得过什么奖']))
    expect(shown[0]).toContain('“火场就是战场')
    expect(shown[1]).toContain('那一刻根本来不及多想')
    expect(shown[2]).toContain('全国优秀消防员刘海涛')
    expect(shown[3]).toContain('站长张建国')
    expect(shown[4]).toContain('张建国说')
    expect(shown.slice(5)).toEqual(['declined', 'declined'])
  }, 60_000)
})

// A Hong Kong paper's article in traditional script with corner quotation marks, asked in simplified.
const traditional = `---
id: "h1"
title: 港島警區推出長者防騙計劃
newspaper: 香江日報
date: 2023-11-02
page: "A8"
author: 記者 黃嘉欣
---

港島總區指揮官陳志偉表示，今年首九個月，全港共錄得電話騙案2,861宗，其中六成受害人為60歲以上長者。

「騙徒的手法不斷翻新，我們要比騙徒走快一步。」陳志偉說。
`

describe('ask about people, on a traditional-script article (real jieba, OpenCC)', () => {
  it('reads names, posts and quotations in traditional script as the simplified question asks them', async () => {
    const [post, source, byline] = await askArticles({ h1: traditional }, ['陈志伟是什么职务', '骗徒的手法不断翻新是谁说的', '《港岛警区推出长者防骗计划》是谁写的'])
    expect(post!.abstained).toBe(false)
    expect(post!.results[0]!.sentence).toContain('指揮官陳志偉')
    expect(source!.results[0]!.sentence).toBe('「騙徒的手法不斷翻新，我們要比騙徒走快一步。」陳志偉說。')
    expect(byline!.results[0]!.sentence).toBe('記者 黃嘉欣')
  }, 60_000)
})


// An interview, as papers print them: the reporter's question in a paragraph of its own, the answer
// in the next, each opened by who speaks. Answers are long enough that a question and its answer do
// not fit one passage's 300 characters together.
const interview = `---
id: "i1"
title: 让群众在家门口办成事——访宁远市公安局副局长郑春华
newspaper: 宁远日报
date: 2025-03-18
page: "3"
---

今年以来，宁远市公安局推出“一窗通办”改革，群众办理户籍、出入境、车驾管等46项业务只需跑一个窗口。近日，记者就此专访了市公安局副局长郑春华。

记者：推出“一窗通办”改革的初衷是什么？

郑春华：过去群众办事要在不同窗口之间来回跑，一件事往往要排三次队。${'我们走访了全市各个派出所的办事大厅，听取了群众和窗口民警的意见。'.repeat(4)}改革就是要让数据多跑路，群众少跑腿。

记者：下一步还有哪些打算？

郑春华：今年下半年，我们计划把其中30项业务搬到“宁远警务”小程序上，群众足不出户就能办理。
`

describe('ask an interview (real jieba)', () => {
  it('answers with the answer after the reporter\'s question, reads each answer as its speaker\'s words, and names who said given words', async () => {
    const shown = shownOf(await askArticles({ i1: interview }, ['一窗通办改革的初衷是什么', '下一步有什么打算', '郑春华说了什么', '谁说过要让数据多跑路']))
    expect(shown[0]).toMatch(/^郑春华：/)
    expect(shown[1]).toContain('今年下半年')
    expect(shown[2]).toMatch(/^郑春华：/)
    expect(shown[3]).toMatch(/^郑春华：/)
  }, 60_000)
})

// A figures report of another paper: compounds the question writes whole and the text splits
// (挽回损失 / 挽回经济损失), and a telephone number asked for by the word 电话 the text never uses.
const report = `---
id: "r1"
title: 去年全市电信网络诈骗案件发案数同比下降31%
newspaper: 宁远日报
date: 2025-01-09
page: "1"
authors:
  - 记者 方晓雯
  - 通讯员 罗建
---

1月8日，记者从宁远市公安局获悉，2024年全市共接报电信网络诈骗案件1842起，同比下降31%，群众被骗金额同比下降27.5%。

其中，冒充客服类诈骗仍是发案最多的类型，占全部案件的34%；刷单返利类诈骗占21%，位居第二。

全年，全市公安机关共破获电信网络诈骗案件655起，抓获犯罪嫌疑人912名，为群众挽回经济损失3100余万元。

“反诈工作的关键在于预防。”市公安局刑侦支队支队长彭立军介绍，去年全市民警走进社区、学校、企业开展宣传2.3万场次，国家反诈中心App注册量达到86万人。

彭立军提醒，凡是要求“先转账”“交保证金”的，都是诈骗，群众遇到可疑情况可拨打96110咨询。
`

describe('ask a figures report (real jieba)', () => {
  it('finds a compound written with a modifier inside and a number asked for as a telephone, and declines another year', async () => {
    const shown = shownOf(await askArticles({ r1: report }, ['挽回损失多少钱', '反诈咨询电话是多少', '2023年全市接报多少起电信诈骗']))
    expect(shown[0]).toContain('3100余万元')
    expect(shown[1]).toContain('96110')
    expect(shown[2]).toBe('declined')
  }, 60_000)
})

const typhoon = `---
id: typhoon
title: 台风“海燕”过境 全市无人员伤亡
newspaper: 江城晚报
date: 2025-08-02
page: 1
authors:
  - 记者 何雨
---

受今年第8号台风“海燕”影响，7月31日夜间至8月1日，江城市普降暴雨到大暴雨。据市气象台统计，全市平均降雨量达156毫米，最大降雨出现在北山镇，为289毫米。

台风来临前，全市共转移危险区域群众1.2万人，关闭景区23个，停运客轮航线6条。市防指于7月30日17时启动防台风Ⅲ级应急响应，8月1日20时解除。
`

const economy = `---
id: economy
title: 一季度全市经济开局良好
newspaper: 江城晚报
date: 2025-04-18
page: 2
---

4月17日，江城市统计局发布一季度经济运行数据。数据显示，一季度全市实现地区生产总值1286亿元，同比增长6.2%，增速比去年同期提高0.5个百分点。

消费市场持续回暖。一季度全市社会消费品零售总额达到402亿元，同比增长8.1%，其中网上零售额增长15.3%。
`

const medicalQa = `---
id: medicalQa
title: 医保新政问答
newspaper: 江城晚报
date: 2025-03-12
page: 5
---

问：一年最多能报多少？

答：门诊统筹年度最高支付限额为5000元，比去年增加了1000元。
`

describe('ask a weather report and an economy report (real jieba)', () => {
  it('counts people asked for by a noun opening with a measure character, and takes measurements, not the month of a date, for figures', async () => {
    const shown = shownOf(await askArticles({ typhoon, economy }, ['转移了多少群众', '台风海燕带来多大降雨', '一季度经济增速多少', '一季度GDP是多少', '哪个地方降雨最多']))
    expect(shown[0]).toContain('1.2万人')
    expect(shown[1]).toContain('156毫米')
    expect(shown[2]).toContain('6.2%')
    expect(shown[3]).toContain('1286亿元')
    expect(shown[4]).toContain('北山镇')
  }, 60_000)

  it('reranks a passage that holds the rarest word asked even when another holds the common ones many times over', async () => {
    const shown = shownOf(await askArticles({ typhoon, medicalQa }, ['哪里降雨最多']))
    expect(shown[0]).toContain('北山镇')
  }, 60_000)
})

const verdict = `---
id: verdict
title: 男子冒充军官骗婚敛财 获刑八年
newspaper: 江城晚报
date: 2025-06-20
page: 7
---

近日，江城市南湖区人民法院公开审理了一起诈骗案，被告人刘某先后骗取5名女性财物共计86万元。法院以诈骗罪判处刘某有期徒刑八年，并处罚金10万元。

2024年6月，被害人王女士察觉异常后报警，刘某随即被警方抓获。庭审中，刘某对指控的犯罪事实供认不讳。
`

const libraryNotice = `---
id: libraryNotice
title: 市图书馆新馆下月开放
newspaper: 江城晚报
date: 2025-11-02
page: 2
---

位于江城市新区文华路8号的市图书馆新馆将于12月1日正式对外开放。新馆总建筑面积4.2万平方米，设有阅览座位2800个。

开放后，新馆每周二至周日9时至21时开放，周一闭馆。读者凭身份证或社保卡即可免费办理借书证，每证最多可借10册，借期30天。
`

describe('ask a court report and a notice (real jieba)', () => {
  it('reads a verb split by a particle, a sentence asked in other words, a range of hours and a count of books in volumes', async () => {
    const shown = shownOf(await askArticles({ verdict, libraryNotice }, ['谁报的警', '刘某被判了几年', '开放时间是几点到几点', '每次最多借几本']))
    expect(shown[0]).toContain('王女士')
    expect(shown[1]).toContain('有期徒刑八年')
    expect(shown[2]).toContain('9时至21时')
    expect(shown[3]).toContain('10册')
  }, 60_000)
})

const warnings = `---
id: warnings
title: 警方提醒：暑期谨防四类诈骗
newspaper: 江城晚报
date: 2025-07-08
page: 6
---

暑假来临，江城市公安局反诈中心发布预警，提醒广大学生和家长警惕以下四类诈骗。

一是游戏装备交易诈骗。骗子以低价出售游戏装备为诱饵，诱导学生私下转账。

二是“刷单返利”诈骗。骗子以“动动手指就能赚钱”为名，先返小利，再骗大钱。

三是冒充明星粉丝福利诈骗。骗子冒充明星工作人员，以“粉丝专属福利”为名索要费用。

四是虚假兼职诈骗。骗子发布“日结工资”的兼职信息，要求先交押金或培训费。
`

describe('ask a list of warnings (real jieba)', () => {
  it('answers the item of a list asked by its place (第三类) with that item, and declines an item the list does not have', async () => {
    const shown = shownOf(await askArticles({ warnings }, ['第三类诈骗是什么', '第二类是什么诈骗', '第五类诈骗是什么']))
    expect(shown[0]).toContain('三是冒充明星粉丝福利诈骗')
    expect(shown[1]).toContain('二是“刷单返利”诈骗')
    expect(shown[2]).toBe('declined')
  }, 60_000)
})

const lifelines = `---
id: lifelines
title: 守护城市“生命线”的人们
newspaper: 江城晚报
date: 2025-12-01
page: 5
---

## 巡线员的“万步路”

27岁的刘婷是江城供电公司的一名巡线员，也是班组里唯一的女性。她每天要徒步巡查约15公里线路。

“以前觉得巡线就是走路，现在才知道每一根杆子都有故事。”刘婷说。去年，她发现并排除线路隐患37处，被评为公司“青年岗位能手”。
`

describe('ask a feature about people (real jieba)', () => {
  it('finds an honour told of a person through 她 in the sentence after the one naming her', async () => {
    const [honour] = shownOf(await askArticles({ lifelines }, ['刘婷获得过什么称号']))
    expect(honour).toContain('青年岗位能手')
  }, 60_000)
})

const bulletin = `---
id: bulletin
title: 男子醉驾撞护栏
newspaper: 江城晚报
date: 2025-02-11
page: 7
---

2月9日23时40分许，江城交警南湖大队民警在滨江路设卡检查时，发现一辆牌照为浙C·8K365的白色轿车撞上路边护栏后停在路中。

民警上前检查，驾驶人张某某（男，35岁，本地人）满身酒气。经呼气式酒精检测，其血液酒精含量为286mg/100ml。

据张某某交代，当晚他在朋友家聚餐喝了一斤白酒，以为睡了一觉就没事了。
`

describe('ask a police bulletin (real jieba)', () => {
  it('reads a withheld name (张某某) as the person whose age is asked, and a plate asked as 车牌号', async () => {
    const [age, plate] = shownOf(await askArticles({ bulletin }, ['张某某多大', '车牌号是多少']))
    expect(age).toContain('35岁')
    expect(plate).toContain('浙C·8K365')
  }, 60_000)
})

const metro = `---
id: metro
title: 地铁3号线一期今日开通
newspaper: 江城日报
date: 2025-12-28
page: 1
---

12月28日上午，江城地铁3号线一期工程正式开通运营。线路全长24.6公里，设车站18座，其中换乘站4座。

3号线一期西起星河路站，东至滨海新城站，与1号线、2号线在市民中心站、火车站站换乘。

3号线一期工程于2020年6月开工建设，总投资约156亿元。
`

const bridge = `---
id: bridge
title: 跨江大桥今日通车
newspaper: 江城晚报
date: 2025-09-30
page: 2
---

9月30日，江城跨江大桥正式建成通车。大桥全长1.6公里，桥面宽32米，双向六车道，设计时速60公里。

大桥主塔高126米，是目前我市最高的桥梁建筑。大桥用钢量达到4.2万吨。
`

describe('ask reports of a metro line and a bridge (real jieba)', () => {
  it('reads 一期 as a phase, not a count, 三号线 as the 3号线 printed, a height asked as 多高, 主塔 where jieba cuts 主/塔高, and 建 inside 建设', async () => {
    const [stations, written, height, width, built] = shownOf(await askArticles({ metro, bridge }, ['3号线一共几个站', '三号线一共几个站', '主塔有多高', '桥面有多宽', '3号线什么时候开始建的']))
    expect(stations).toContain('设车站18座')
    expect(written).toContain('设车站18座')
    expect(height).toContain('126米')
    expect(width).toContain('32米')
    // 建 alone in the question, 建设 in the passage
    expect(built).toContain('2020年6月')
  }, 60_000)
})

const flu = `---
id: flu
title: 这个冬天，流感怎么防？
newspaper: 江城日报
date: 2025-12-10
page: 6
---

入冬以来，我市流感病例明显增多。记者采访了市第一人民医院感染科主任医师黄建国。

问：现在打疫苗还来得及吗？

答：来得及。接种疫苗后大约两周产生保护性抗体，所以现在接种仍然有效。

问：得了流感一定要吃抗病毒药吗？

答：不一定。症状轻的年轻人多休息、多喝水，一般一周左右可以自愈。高危人群最好在发病48小时内用药，可以减少重症。
`

describe('ask a health Q&A in everyday words (real jieba)', () => {
  it('finds 有效 for 管用, 医师 for 医生 and 用药 for 吃药 (general synonyms)', async () => {
    const [works, doctor, medicine] = shownOf(await askArticles({ flu }, ['打完疫苗多久管用', '接受采访的医生是谁', '得了流感要不要吃药']))
    expect(works).toContain('大约两周')
    expect(doctor).toContain('黄建国')
    expect(medicine).toContain('用药')
  }, 60_000)
})

const wages = `---
id: wages
title: 一份迟到十年的工资
newspaper: 江城法治报
date: 2025-11-20
page: 3
---

“拿到这笔钱，心里的石头终于落地了。”11月12日，58岁的农民工老许握着法官的手连声道谢。这笔拖欠了十年的工资，一共是3.8万元。

今年8月，老许在女儿的帮助下向滨江区人民法院提起诉讼。

承办法官刘敏先后三次组织调解。最终，建筑公司同意先行垫付老许的全部工资，再向钱某追偿。
`

describe('ask a court story in everyday words (real jieba)', () => {
  it('reads 老许 where jieba cuts 老/许多, and finds 告 as 提起诉讼 and 出的钱 as 垫付', async () => {
    const [age, sued, paid] = shownOf(await askArticles({ wages }, ['老许多大年纪', '老许啥时候去告的', '最后谁出的钱']))
    expect(age).toContain('58岁')
    expect(sued).toContain('今年8月')
    expect(paid).toContain('建筑公司')
  }, 60_000)
})

const tea = `---
id: tea
title: 山村“茶姑娘”的直播间
newspaper: 江城日报
date: 2025-05-06
page: 5
---

起步并不容易。第一次直播，只有十几个人观看，一斤茶也没卖出去。半年后，直播间的粉丝涨到了5万。

去年，合作社线上销售茶叶1.2万斤，销售额达到480万元。

村党支部书记王德明说，以前村里年轻人都往外跑，这两年已经有十几个年轻人回来了。
`

describe('ask a rural feature in everyday words (real jieba)', () => {
  it('counts 十几个人, finds 卖 as 销售 and 村支书 as 村党支部书记', async () => {
    const [viewers, sold, secretary] = shownOf(await askArticles({ tea }, ['第一次直播有多少人看', '卖了多少钱', '村支书叫什么']))
    expect(viewers).toContain('十几个人')
    expect(sold).toContain('480万元')
    expect(secretary).toContain('王德明')
  }, 60_000)
})

const lostCash = `---
id: cash
title: 的哥捡到5万元现金 归还失主
newspaper: 江城晚报
date: 2025-03-12
page: 6
---

3月10日晚上9点多，出租车司机孙建华在送完一位乘客后，发现后座上有一个黑色手提包，里面装着厚厚几沓现金。

据了解，孙建华开出租车已经12年，这已经是他第三次归还乘客遗失的财物。
`

const lanterns = `---
id: lanterns
title: 元宵灯会下周开幕
newspaper: 江城日报
date: 2025-02-05
page: 4
---

2025江城元宵灯会将于2月10日晚在古城公园开幕，持续至2月20日。

灯会期间，公园内还将举办猜灯谜、舞龙舞狮等活动。
`

describe('ask city news in everyday words (real jieba)', () => {
  it('finds 的哥 as 出租车司机, 东西 as 财物 and 开始 as 开幕 (general synonyms)', async () => {
    const [driver, times, opening] = shownOf(await askArticles({ lostCash, lanterns }, ['的哥叫啥', '这是他第几次还东西', '灯会啥时候开始']))
    expect(driver).toContain('孙建华')
    expect(times).toContain('第三次')
    expect(opening).toContain('2月10日')
  }, 60_000)
})

const lifts = `---
id: lifts
title: 老旧小区加装电梯 今年完成210台
newspaper: 江城日报
date: 2025-11-28
page: 2
---

从2019年试点至今，全市已累计加装电梯870台，惠及居民约2.6万户。

明年，我市计划再加装电梯250台，并将探索“先租后买”等新模式。
`

describe('ask a report on lifts in everyday words (real jieba)', () => {
  it('finds 打算 as 计划 and 受益 as 惠及 (general synonyms)', async () => {
    const [plan, households] = shownOf(await askArticles({ lifts }, ['明年打算装多少', '有多少户受益']))
    expect(plan).toContain('250台')
    expect(households).toContain('2.6万户')
  }, 60_000)
})

const newborn = `---
id: newborn
title: 新生儿出生“一件事”可一次办好
newspaper: 江城日报
date: 2025-04-08
page: 3
---

从4月1日起，我市推出新生儿出生“一件事”联办服务，家长只需在线提交一次材料，就能全部办好。

现在通过“浙里办”APP提交申请，最快3个工作日就能办结，社保卡还能免费邮寄到家。
`

describe('ask a public-service notice in everyday words (real jieba)', () => {
  it('takes 3个工作日 for how long, and finds 办好 as 办结', async () => {
    const [howLong] = shownOf(await askArticles({ newborn }, ['多久能办好']))
    expect(howLong).toContain('3个工作日')
  }, 60_000)
})

const kitchen = `---
id: kitchen
title: 全市首家“共享厨房”开张
newspaper: 江城晚报
date: 2025-09-18
page: 4
---

共享厨房按小时收费，每小时10元。厨房每天上午9点到晚上8点开放，居民通过社区小程序预约即可。

陈丽萍说，下一步社区还打算在共享厨房开设烹饪课。
`

describe('ask a community notice in everyday words (real jieba)', () => {
  it('finds 开门 as 开放 and 以后 as 下一步 (general synonyms)', async () => {
    const [opens, plans] = shownOf(await askArticles({ kitchen }, ['几点开门', '以后还有啥打算']))
    expect(opens).toContain('上午9点')
    expect(plans).toContain('烹饪课')
  }, 60_000)
})

const teaShop = `---
id: teashop
title: 本土奶茶品牌开出第500家门店
newspaper: 江城商报
date: 2025-08-08
page: 9
---

8月6日，江城本土奶茶品牌“茶小满”在杭州开出了第500家门店。

目前，公司员工超过3200人，去年营业收入达到7.8亿元。
`

describe('ask business news in everyday words (real jieba)', () => {
  it('finds 店 as 门店 and 挣 as 收入 (general synonyms)', async () => {
    const [shops, earned] = shownOf(await askArticles({ teaShop }, ['茶小满有多少家店', '去年挣了多少']))
    expect(shops).toContain('第500家门店')
    expect(earned).toContain('7.8亿元')
  }, 60_000)
})

const river = `---
id: river
title: 黑臭河变身“网红打卡地”
newspaper: 江城日报
date: 2025-05-20
page: 2
---

新塘河全长4.5公里，流经3个街道，过去沿岸有20多家小作坊。
`

describe('ask an environment report in everyday words (real jieba)', () => {
  it('finds 流过 as 流经 (general synonyms)', async () => {
    const [streets] = shownOf(await askArticles({ river }, ['流过几个街道']))
    expect(streets).toContain('流经3个街道')
  }, 60_000)
})

const drunkDriving = `---
id: drunk
title: 男子醉驾撞伤两人 被判拘役五个月
newspaper: 江城法治报
date: 2025-09-18
page: 3
---

9月16日，南湖区人民法院公开审理了一起危险驾驶案。被告人刘某因醉酒驾驶机动车发生事故，被判处拘役五个月，并处罚金8000元。

事故发生后，刘某没有逃离现场，而是拨打了120和110。经鉴定，刘某属于醉酒驾驶。

鉴于刘某案发后主动报警、如实供述，并积极赔偿被害人经济损失共计6.5万元，取得了被害人谅解，依法可以从轻处罚。

承办法官提醒，酒后驾车不仅要承担刑事责任，还将被吊销机动车驾驶证，五年内不得重新取得驾驶证。
`

const nightClinic = `---
id: clinic
title: 社区医院开设“夜间门诊”
newspaper: 江城晚报
date: 2025-11-03
page: 5
---

中心主任赵红梅介绍，开诊第一周，夜间门诊共接诊患者156人次，其中儿童占了近一半。
`

describe('ask a court report and a clinic report in everyday words (real jieba)', () => {
  it('finds 判 as 判处, 赔 as 赔偿 and 病人 as 患者 (general synonyms)', async () => {
    const [sentence, paid] = shownOf(await askArticles({ drunkDriving }, ['那个人判了多久', '赔了多少钱']))
    expect(sentence).toContain('拘役五个月')
    expect(paid).toContain('6.5万元')
    const [patients] = shownOf(await askArticles({ nightClinic }, ['第一周看了多少病人']))
    expect(patients).toContain('156人次')
  }, 60_000)
})

const oldStreet = `---
id: street
title: 老街上的“活地图”
newspaper: 江城晚报
date: 2025-03-01
page: 6
---

在老城区的青石街，提起社区民警王建国，几乎无人不知。他在这条街上一干就是31年，哪家有几口人、哪户老人独居、哪条巷子夜里没有路灯，他都记得清清楚楚，被居民们亲切地称为“活地图”。

王建国今年58岁，明年春天就要退休了。说起退休后的打算，他笑着说，还是放心不下街上那些独居的老人，以后有空还会常回来转转，陪他们说说话，帮他们修修水管、换换灯泡。
`

describe('ask about a person described, not named (real jieba)', () => {
  it('asks again by the name the article gives the one described (社区民警王建国), and says so', async () => {
    const [line] = await askArticles({ oldStreet }, ['青石街那个老民警多大岁数'])
    expect(line!.abstained).toBe(false)
    expect(line!.results[0]!.sentence).toContain('58岁')
    expect((line as AnswerLine & { described?: unknown }).described).toEqual({ words: '青石街那个老民警', name: '王建国' })
  }, 60_000)
})

// The made-up 海州日报's story of a closed gym: the refund sentence names the member, not her trade.
const gymRefunds = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'coast', 'corpus', 'b05.md'), 'utf8')

describe('ask about a person described by age and trade (那个32岁的程序员)', () => {
  it('takes the answer asked by her name over the less confident one the description alone found', async () => {
    const [line] = await askArticles({ gymRefunds }, ['那个32岁的程序员能拿回多少退款'])
    expect(line!.abstained).toBe(false)
    expect(line!.results[0]!.sentence).toContain('9821元')
    expect((line as AnswerLine & { described?: unknown }).described).toEqual({ words: '那个32岁的程序员', name: '宇文思琪' })
  }, 60_000)
})

const teacher = `---
id: teacher
title: 退休教师办起“四点半课堂” 免费辅导孩子十年
newspaper: 江城晚报
date: 2025-04-15
page: 7
---

每天下午四点半，68岁的退休教师吴秀兰都会准时出现在幸福里社区活动室，辅导放学后没人照看的孩子写作业。这样的“四点半课堂”，她已经办了整整十年。

吴秀兰退休前在江城实验小学教了35年数学。2015年退休后，她发现社区里不少双职工家庭的孩子放学后无处可去，就主动找到社区，免费办起了课堂。

十年来，先后有300多名孩子在这里学习过。现在课堂有6名志愿者，大多是附近的退休教师和大学生。“孩子们的一声‘吴奶奶’，就是对我最好的回报。”吴秀兰说。

去年，吴秀兰被评为“江城市优秀志愿者”。
`

describe('ask about a person by surname and title (real jieba)', () => {
  it('finds 吴老师 as 吴秀兰, a name jieba keeps whole once the corpus taught it', async () => {
    const [age] = shownOf(await askArticles({ teacher }, ['吴老师多大了']))
    expect(age).toContain('68岁')
  }, 60_000)
})

const roadWorks = `---
id: road
title: 解放路下月起施工 公交线路临时调整
newspaper: 江城日报
date: 2025-06-20
page: 4
---

为配合地铁5号线建设，解放路将从7月1日起封闭施工，工期约8个月，预计明年2月底恢复通行。

施工期间，途经该路段的12路、35路、K8路等6条公交线路将临时绕行，取消2个站点。
`

const inspection = `---
id: food
title: 食品安全抽检结果公布
newspaper: 江城晚报
date: 2025-10-09
page: 6
---

9月下旬，市市场监管局对城区32家餐馆开展了食品安全抽检，其中7家不合格。
`

describe('ask a traffic notice and an inspection report in everyday words (real jieba)', () => {
  it('finds 封路 as 封闭施工, 绕道 as 绕行 and 饭店 as 餐馆 (general synonyms)', async () => {
    const [closed, detour] = shownOf(await askArticles({ roadWorks }, ['什么时候封路', '哪几路公交要绕道']))
    expect(closed).toContain('7月1日起封闭施工')
    expect(detour).toContain('临时绕行')
    const [inspected] = shownOf(await askArticles({ inspection }, ['查了多少家饭店']))
    expect(inspected).toContain('32家餐馆')
  }, 60_000)
})

const parking = `---
id: parking
title: 小区停车难题有了解法
newspaper: 江城晚报
date: 2025-05-10
page: 5
---

小区车位紧张，业主之间常为停车发生纠纷。社区主任张华多次组织业主代表和物业公司进行沟通协商，最终商定在夜间开放周边单位的停车场。
`

describe('ask a community report in everyday words (real jieba)', () => {
  it('finds 协调 as 协商 (general synonyms)', async () => {
    const [who] = shownOf(await askArticles({ parking }, ['停车纠纷是谁协调的']))
    expect(who).toContain('张华')
  }, 60_000)
})

const carpenter = `---
id: carpenter
title: 老木匠的“榫卯人生”
newspaper: 江城晚报
date: 2025-07-12
page: 8
---

他最拿手的是榫卯结构的家具，一件不用一颗钉子。2019年，他制作的一套明式圈椅被市博物馆收藏。2021年，周德福被认定为市级非物质文化遗产代表性传承人。
`

describe('ask a craftsman profile in everyday words (real jieba)', () => {
  it('finds 非遗 as 非物质文化遗产 (general synonyms)', async () => {
    const [when] = shownOf(await askArticles({ carpenter }, ['他什么时候评上非遗的']))
    expect(when).toContain('2021年')
  }, 60_000)
})

const marathon = `---
id: marathon
title: 江城马拉松11月开跑
newspaper: 江城晚报
date: 2025-08-30
page: 10
---

全程马拉松参赛者须年满20周岁。组委会提醒，患有心脏病、高血压等疾病的人员不宜参赛。
`

describe('ask a sports notice in everyday words (real jieba)', () => {
  it('finds 参加 as 参赛 (general synonyms)', async () => {
    const [illness] = shownOf(await askArticles({ marathon }, ['有高血压能参加吗']))
    expect(illness).toContain('不宜参赛')
  }, 60_000)
})

const village = `---
id: village
title: 平安村里的“老娘舅”
newspaper: 江城晚报
date: 2025-06-01
page: 3
---

近三年来，青石镇派出所辖区未发生重大案事件，群众安全感满意度达到99%。
`

describe('ask a rural police report in everyday words (real jieba)', () => {
  it('finds 大案 as 重大案事件 (general synonyms)', async () => {
    const [cases] = shownOf(await askArticles({ village }, ['青石镇出过大案没']))
    expect(cases).toContain('未发生重大案事件')
  }, 60_000)
})

const mediator = `---
id: mediator
title: 社区里的“老娘舅”
newspaper: 江城晚报
date: 2025-06-08
page: 3
---

邻里有了矛盾，他上门调解；夫妻吵架闹情绪，他苦口婆心当起“老娘舅”。
`

describe('ask a community profile in everyday words (real jieba)', () => {
  it('finds 小两口 as 夫妻 (general synonyms)', async () => {
    const [role] = shownOf(await askArticles({ mediator }, ['小两口吵架他当啥角色']))
    expect(role).toContain('老娘舅')
  }, 60_000)
})

const busLines = `---
id: buses
title: 两条接驳公交下周开通
newspaper: 江城晚报
date: 2025-07-01
page: 3
---

新开的215路由北岸客运站开往滨江路站，全长11.6公里。两条线路票价均为2元，可使用公交卡或手机扫码乘车。
`

describe('ask a bus notice in everyday words (real jieba)', () => {
  it('finds 车费 as 票价 (general synonyms)', async () => {
    const [fare] = shownOf(await askArticles({ busLines }, ['坐215路车费多少钱']))
    expect(fare).toContain('票价均为2元')
  }, 60_000)
})

const sleepClinic = `---
id: sleep
title: 睡眠门诊开诊首日
newspaper: 江城晚报
date: 2025-03-19
page: 2
---

58岁的出租车司机王建国是当天第一位患者。他告诉记者，自己打鼾已有十多年，白天开车时常犯困。
`

const tourism = `---
id: tourism
title: 上半年文旅数据发布
newspaper: 江城晚报
date: 2025-07-23
page: 3
---

数据显示，上半年全市接待入境游客8.6万人次，同比增长41.2%，其中来自日本、韩国的游客占比过半。
`

describe('ask a clinic report and tourism figures in everyday words (real jieba)', () => {
  it('finds 打呼噜 as 打鼾, 十几 as 十多, 外国游客 as 入境游客 and 涨 as 增长 (general synonyms)', async () => {
    const [snorer] = shownOf(await askArticles({ sleepClinic }, ['那个打呼噜十几年的司机叫啥']))
    expect(snorer).toContain('王建国')
    const [growth] = shownOf(await askArticles({ tourism }, ['外国游客涨了多少']))
    expect(growth).toContain('增长41.2%')
  }, 60_000)
})

const arrest = `---
id: arrest
title: 冒充社保专员骗老人 两被告人一审获刑
newspaper: 江城晚报
date: 2025-05-21
page: 6
---

被告人孙某伙同钱某冒充社保专员，先后骗取多名老人共计86万元。

2024年9月，望月派出所立案侦查，于9月12日在一处出租屋内将孙某抓获。次日，钱某到派出所投案。
`

describe('ask a court report in everyday words (real jieba)', () => {
  it('finds 落网 as 抓获 (general synonyms)', async () => {
    const [place] = shownOf(await askArticles({ arrest }, ['孙某最后在哪儿落网的']))
    expect(place).toContain('出租屋')
  }, 60_000)
})
