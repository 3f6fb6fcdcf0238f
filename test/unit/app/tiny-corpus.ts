import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'

/** Two small articles with distinct, answerable facts, written as corpus files into `dir`. */
export async function writeTinyCorpus(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true })
  await writeFile(join(dir, 'bridge.md'), [
    '---', 'id: bridge', 'title: 南京长江大桥建成', 'newspaper: 人民日报', 'date: 1968-12-30', 'page: "1"', '---', '',
    '南京长江大桥于1968年12月29日全面通车，是长江上第一座由中国自行设计和建造的双层铁路、公路两用桥。', '',
    '大桥的铁路桥全长6772米，公路桥全长4589米。', '',
  ].join('\n'))
  await writeFile(join(dir, 'lake.md'), [
    '---', 'id: lake', 'title: 西湖龙井', 'newspaper: 浙江日报', 'date: 2021-04-02', '---', '',
    '西湖龙井茶产于杭州西湖周围的群山之中，以色绿、香郁、味甘、形美著称。', '',
    '今年的明前茶于三月二十五日开采，比去年早了五天。', '',
  ].join('\n'))
}
