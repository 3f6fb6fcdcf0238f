import { spawn } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { makeOneArticleCorpus } from '../helpers/one-article-corpus.js'

const questions = [
  { id: 'e1', q: '红巷派出所有多少名民警？', answers: ['25名'], doc: 't1', type: 'how_many' },
  { id: 'e2', q: '红巷派出所是哪一年成立的', answers: ['1922年'], doc: 't1', type: 'when' },
  { id: 'e3', q: '宫保鸡丁怎么做', answers: [], doc: null, type: 'how', unanswerable: true },
]

function run(args: string[], env: Record<string, string>): Promise<{ code: number; stdout: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('npx', ['tsx', 'src/cli/evaluate.ts', ...args], { env: { ...process.env, ...env } })
    let stdout = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')))
    child.on('error', reject)
    child.on('close', (code) => resolve({ code: code ?? -1, stdout }))
  })
}

describe('npm run eval', () => {
  it('scores a question set for wenda and the baseline, per type too', async () => {
    const { root, corpusDir, indexDir } = makeOneArticleCorpus()
    const set = join(root, 'set.jsonl')
    writeFileSync(set, questions.map((q) => JSON.stringify(q)).join('\n'))
    const { code, stdout } = await run(['--set', set], { CORPUS_DIR: corpusDir, INDEX_DIR: indexDir })
    expect(code).toBe(0)
    expect(stdout).toContain('## set.jsonl')
    expect(stdout).toMatch(/\| wenda \| 2\+1 \| 1\.000 \| 1\.000 \| 1\.000 \| 1\.000 \| 1\.000 \| 0\.000 \|/)
    expect(stdout).toMatch(/\| baseline \(jieba cutForSearch \+ MiniSearch\) \| 2\+1 \|/)
    expect(stdout).toMatch(/\| how_many \| 1\+0 \|/)
  }, 60_000)
})
