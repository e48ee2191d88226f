/**
 * `npm run import -- [--version-of <source id>] <file-or-directory> [...]`:
 * imports documents through the same write stage as the admin's "Import
 * document" and the first start, each document in its own transaction. A
 * `<file>.json` (or `<name>.json`) manifest beside a file is used when
 * present. A document is a new version of an existing source only when
 * `--version-of` names it (one file) or its manifest's origin URL matches;
 * otherwise it becomes a new source. Prints a line per document, then a
 * summary table; exits non-zero when any document could not be imported.
 */
import { parseArgs } from 'node:util'
import { getPayload } from 'payload'

import config from '@/payload.config'
import { importDocument, readDocuments, type ImportSummary } from '@/server/import'
import { ensureParseWorker } from '@/server/import/worker/build'

const USAGE = 'Usage: npm run import -- [--version-of <source id>] <file-or-directory> [...]'
const { values, positionals: targets } = parseArgs({ options: { 'version-of': { type: 'string' } }, allowPositionals: true })
const versionOf = values['version-of']
if (!targets.length || (versionOf !== undefined && !versionOf.trim())) {
  console.error(USAGE)
  process.exit(2)
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error))

await ensureParseWorker()
const payload = await getPayload({ config })
const summaries: ImportSummary[] = []
let failures = 0
for (const target of targets) {
  let documents
  try {
    documents = await readDocuments(target)
  } catch (error) {
    console.error(`✗ ${target}: ${message(error)}`)
    failures++
    continue
  }
  if (versionOf !== undefined && (targets.length > 1 || documents.length > 1)) {
    console.error(`✗ --version-of names one source: give it one file, not ${target}${targets.length > 1 ? ' and others' : ''}.`)
    failures++
    break
  }
  for (const document of documents) {
    const started = performance.now()
    try {
      const summary = await importDocument(payload, document, { versionOf })
      summaries.push(summary)
      const note = [summary.sourceNote, summary.articleNote].map((line) => (line ? ` — ${line}` : '')).join('')
      console.log(`✓ ${summary.status.padEnd(9)} ${document.path}: "${summary.title}" in ${Math.round(performance.now() - started)} ms${note}`)
    } catch (error) {
      console.error(`✗ ${document.path}: ${message(error)}`)
      failures++
    }
  }
}

if (summaries.length) {
  const flagKinds = [...new Set(summaries.flatMap((summary) => Object.keys(summary.flags)))].sort()
  const rows = summaries.map((summary) => ({
    document: summary.fileName,
    status: summary.status,
    segments: summary.segments,
    'citations new': summary.citations.new,
    'citations reused': summary.citations.reused,
    'entities new': summary.entities.new,
    'entities reused': summary.entities.reused,
    ...Object.fromEntries(flagKinds.map((kind) => [kind, summary.flags[kind] ?? 0])),
  }))
  console.log()
  console.table(rows)
}
console.log(`${summaries.length} imported, ${failures} failed`)
await payload.destroy()
process.exit(failures ? 1 : 0)
