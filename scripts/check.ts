/**
 * `npm run check -- <file | source id> [--json] [--authority <file>]`: runs
 * the reconciliation checks (lib/reconcile) over a document without importing
 * it, or over a stored source. A file is parsed and segmented exactly as the
 * import does (same segment ids), with its `<file>.json` manifest when one is
 * beside it, and checked against the seed name authority (or the one given);
 * a source id reads the source's segments and the gazetteer's names through
 * Payload's Local API. Prints a table of findings, or with --json
 * `{ "findings": [...] }` whose offsets index each segment's text. Exits 0
 * whether or not there are findings, 2 on bad input.
 */
import { existsSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import type { SanitizedConfig } from 'payload'

import { readDocuments } from '@/lib/corpus/files'
import { authorityFrom, type Authority, type AuthorityIndex, type AuthorityInput } from '@/lib/reconcile/authority'
import { checkText } from '@/lib/reconcile/check'
import { documentSegments } from '@/lib/reconcile/document'
import type { Finding, Segment } from '@/lib/reconcile/types'

const USAGE = 'Usage: npm run check -- <file | source id> [--json] [--authority <name-authority.json>]'
const DEFAULT_AUTHORITY = path.join(process.cwd(), 'corpus', 'name-authority.json')

function fail(message: string): never {
  console.error(message)
  process.exit(2)
}
const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error))

const args = process.argv.slice(2)
const json = args.includes('--json')
const authorityAt = args.indexOf('--authority')
const authorityFile = authorityAt >= 0 ? args[authorityAt + 1] : DEFAULT_AUTHORITY
const targets = args.filter((arg, index) => !arg.startsWith('--') && (authorityAt < 0 || index !== authorityAt + 1))
if (targets.length !== 1 || !authorityFile) fail(USAGE)
const target = targets[0]!
// Anything that is not a path (no directory, no extension) is taken for a source id, whatever its form.
const isSourceId = !existsSync(target) && !/[/\\.]/.test(target)

type Text = { label: string; language: string; segments: Segment[]; authority: Authority | AuthorityIndex }

async function fromFile(): Promise<Text> {
  if (!existsSync(target)) fail(`No such file: ${target}`)
  if (!statSync(target).isFile()) fail(`${target} is not a file: check one document at a time.`)
  const [document] = await readDocuments(target)
  if (!document) fail(`No such file: ${target}`)
  const { language, segments } = documentSegments(document)
  return { label: target, language, segments, authority: authorityFrom(JSON.parse(readFileSync(authorityFile!, 'utf8')) as AuthorityInput) }
}

async function fromSource(): Promise<Text> {
  const [{ getPayload }, { default: config }, { readSourceText, SourceNotFoundError }] = await Promise.all([import('payload'), import('@/payload.config'), import('@/server/reconcile/sourceText')])
  // Payload's log goes to stderr, so stdout carries only the findings (--json stays parseable).
  // (The sanitized config types its logger options as all-required; Payload reads them as pino options.)
  const logger = { options: { level: 'warn' }, destination: process.stderr } as unknown as SanitizedConfig['logger']
  const payload = await getPayload({ config: { ...(await config), logger } })
  try {
    const source = await readSourceText(payload, target)
    return { label: `source ${target} ("${source.title}")`, ...source }
  } catch (error) {
    if (error instanceof SourceNotFoundError) fail(error.message)
    throw error
  } finally {
    await payload.destroy()
  }
}

let findings: Finding[]
let segmentCount: number
try {
  const text = isSourceId ? await fromSource() : await fromFile()
  segmentCount = text.segments.length
  findings = checkText({ segments: text.segments, language: text.language, authority: text.authority })
} catch (error) {
  fail(`${target}: ${messageOf(error)}`)
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
process.exit(0)
