/**
 * `npm run import -- <file-or-directory> [...]`: imports documents through the
 * same write stage as the admin's "Import document" and the first start, each
 * document in its own transaction. A `<file>.json` (or `<name>.json`) manifest
 * beside a file is used when present. Prints a line per document, then a
 * summary table; exits non-zero when any document could not be imported.
 */
import { getPayload } from 'payload'

import config from '../payload.config'
import { importDocument, readDocuments, type ImportSummary } from '../server/import'

const targets = process.argv.slice(2)
if (!targets.length) {
  console.error('Usage: npm run import -- <file-or-directory> [...]')
  process.exit(2)
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error))

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
  for (const document of documents) {
    const started = performance.now()
    try {
      const summary = await importDocument(payload, document)
      summaries.push(summary)
      const note = summary.articleNote ? ` — ${summary.articleNote}` : ''
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
