/**
 * `npm run check -- <file> [--json] [--authority <file>]`: runs the
 * reconciliation checks (lib/reconcile) over a document without importing it.
 * The file is parsed and segmented exactly as the import does (same segment
 * ids), with its `<file>.json` manifest when one is beside it, and checked
 * against the seed name authority (or the one given). Prints a table of
 * findings, or with --json `{ "findings": [...] }` whose offsets index each
 * segment's text. Exits 0 whether or not there are findings, 2 on bad input.
 */
import { existsSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'

import { readDocuments } from '../lib/corpus/files'
import { authorityFrom, type AuthorityInput } from '../lib/reconcile/authority'
import { checkText } from '../lib/reconcile/check'
import { documentSegments } from '../lib/reconcile/document'
import type { Finding } from '../lib/reconcile/types'

const USAGE = 'Usage: npm run check -- <file> [--json] [--authority <name-authority.json>]'
const DEFAULT_AUTHORITY = path.join(process.cwd(), 'corpus', 'name-authority.json')

function fail(message: string): never {
  console.error(message)
  process.exit(2)
}

const args = process.argv.slice(2)
const json = args.includes('--json')
const authorityAt = args.indexOf('--authority')
const authorityFile = authorityAt >= 0 ? args[authorityAt + 1] : DEFAULT_AUTHORITY
const targets = args.filter((arg, index) => !arg.startsWith('--') && (authorityAt < 0 || index !== authorityAt + 1))
if (targets.length !== 1 || !authorityFile) fail(USAGE)
const target = targets[0]!
if (!existsSync(target)) fail(`No such file: ${target}`)
if (!statSync(target).isFile()) fail(`${target} is not a file: check one document at a time.`)

const message = (error: unknown) => (error instanceof Error ? error.message : String(error))
let findings: Finding[]
let segmentCount: number
try {
  const [document] = await readDocuments(target)
  if (!document) fail(`No such file: ${target}`)
  const { language, segments } = documentSegments(document)
  const authority = authorityFrom(JSON.parse(readFileSync(authorityFile, 'utf8')) as AuthorityInput)
  segmentCount = segments.length
  findings = checkText({ segments, language, authority })
} catch (error) {
  fail(`${target}: ${message(error)}`)
}

if (json) {
  console.log(JSON.stringify({ findings }, null, 2))
} else {
  const clip = (text: string, length: number) => (text.length > length ? `${text.slice(0, length - 1)}…` : text)
  if (findings.length) {
    console.table(
      findings.map((finding) => ({
        severity: finding.severity,
        kind: finding.kind,
        segment: finding.segmentId,
        at: `${finding.start}–${finding.end}`,
        quote: clip(finding.quote.replace(/\s+/g, ' '), 40),
        suggestion: finding.suggestion ?? '',
      })),
    )
  }
  const by = (severity: Finding['severity']) => findings.filter((finding) => finding.severity === severity).length
  console.log(`${findings.length} findings in ${segmentCount} segments (${by('high')} high, ${by('medium')} medium, ${by('low')} low)`)
}
