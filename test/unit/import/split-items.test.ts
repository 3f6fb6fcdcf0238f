import { describe, expect, it } from 'vitest'
import { readRawLines } from '../../../src/import/read-raw-lines.js'
import { splitItems } from '../../../src/import/split-items.js'

const body = `全市公安实现了党建、队伍、业务“三丰收”。

图说平安

警方关爱“新二代”

近日,温州市公安局龙湾区分局民警走进新居民子弟学校。

通讯员 杨继划 摄



共同勘查案件现场

图为近日,法院联合检察、公安等部门一同勘查一起滥伐林木案的现场。

通讯员 姜杨彪 吴警宇 摄`

describe('splitItems', () => {
  it('returns the photo-news items after the main text, each with its title, credit and column', () => {
    const { main, items } = splitItems(readRawLines(body))
    expect(main.map((line) => line.text)).toEqual(['全市公安实现了党建、队伍、业务“三丰收”。'])
    expect(items.map((item) => [item.title, item.credit, item.column, item.lines.length])).toEqual([
      ['警方关爱“新二代”', '通讯员 杨继划 摄', '图说平安', 1],
      ['共同勘查案件现场', '通讯员 姜杨彪 吴警宇 摄', '图说平安', 1],
    ])
  })

  it('returns the whole body as the main text when only one photo credit appears', () => {
    const lines = readRawLines('民警在巡逻。\n\n巡逻的民警\n\n通讯员 杨继划 摄\n\n后来又发生了一件事。')
    expect(splitItems(lines)).toEqual({ main: lines, items: [] })
  })
})
