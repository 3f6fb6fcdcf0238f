import { fileURLToPath } from 'node:url'
import madge from 'madge'
import { beforeAll, describe, expect, it } from 'vitest'

// The layering the style guide states, read off the real import graph (type imports included).
const root = fileURLToPath(new URL('../../', import.meta.url))
let graph: Record<string, string[]>
let circular: string[][]

beforeAll(async () => {
  const result = await madge(`${root}src`, {
    fileExtensions: ['ts'],
    tsConfig: `${root}tsconfig.json`,
    detectiveOptions: { ts: { skipTypeImports: false } },
  })
  graph = result.obj()
  circular = result.circular()
}, 60_000)

const importsOf = (prefix: string) => Object.entries(graph).filter(([file]) => file.startsWith(prefix))

describe('the source tree', () => {
  it('has no import cycle anywhere, type imports included', () => {
    expect(circular).toEqual([])
  })

  it('keeps the core free of everything outside it (files, Telegram, the database, jieba)', () => {
    const outward = importsOf('core/').flatMap(([file, deps]) => deps.filter((dep) => !dep.startsWith('core/')).map((dep) => `${file} → ${dep}`))
    expect(outward).toEqual([])
  })

  it('lets adapters depend on the core only', () => {
    const outward = importsOf('adapters/').flatMap(([file, deps]) => deps.filter((dep) => !dep.startsWith('core/') && !dep.startsWith('adapters/')).map((dep) => `${file} → ${dep}`))
    expect(outward).toEqual([])
  })

  it('lets nothing but main import the bot, and the bot not import the command line', () => {
    const intoBot = Object.entries(graph).flatMap(([file, deps]) => (file.startsWith('bot/') || file === 'main.ts' ? [] : deps.filter((dep) => dep.startsWith('bot/')).map((dep) => `${file} → ${dep}`)))
    const botToCli = importsOf('bot/').flatMap(([file, deps]) => deps.filter((dep) => dep.startsWith('cli/')).map((dep) => `${file} → ${dep}`))
    expect([...intoBot, ...botToCli]).toEqual([])
  })
})
