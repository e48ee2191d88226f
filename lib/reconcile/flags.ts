import { settledFindings, type DecidedFinding } from './publishRule'
import type { Finding, Segment } from './types'

/** The flag kind of a high-severity finding of the checks, beside the importer's own kinds. */
export const FINDING_FLAG_KIND = 'check-finding'

/** A flag as people read it: what is wrong, the passage it is about, and whether it is settled. */
export type SourceFlag = {
  kind: string
  segmentId: null | string
  marker: null | string
  message: string
  passage: string
  quote: null | string
  resolved: boolean
}

/** What the importer found, as it reports it. */
export type ImporterFlag = { kind: string; segmentId?: null | string; marker?: null | string; message: string }

/** How much of a segment a flag quotes around what it is about. */
export const PASSAGE_CHARS = 240

/** The segment's text, shortened to PASSAGE_CHARS around the quote (with … where cut). */
export function passageOf(text: string, quote?: null | string): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  if (flat.length <= PASSAGE_CHARS) return flat
  const at = quote ? Math.max(0, flat.indexOf(quote.replace(/\s+/g, ' '))) : 0
  const start = Math.max(0, Math.min(at - Math.floor((PASSAGE_CHARS - (quote?.length ?? 0)) / 2), flat.length - PASSAGE_CHARS))
  const end = start + PASSAGE_CHARS
  return `${start > 0 ? '…' : ''}${flat.slice(start, end).trim()}${end < flat.length ? '…' : ''}`
}

/**
 * A source's editorial flags, computed: the importer's (as the last import
 * found them) and one per high-severity finding of the checks on its current
 * text. A finding's flag is resolved once a decision settles it (by kind and
 * quote); a flag whose cause is gone is not listed at all. Pure.
 */
export function computeFlags(input: { importerFlags: ImporterFlag[]; segments: Segment[]; findings: Finding[]; decisions: DecidedFinding[] }): SourceFlag[] {
  const texts = new Map(input.segments.map((segment) => [segment.id, segment.text]))
  const settled = settledFindings(input.decisions)
  const imported = input.importerFlags
    .filter((flag) => flag.kind !== FINDING_FLAG_KIND)
    .map((flag) => ({
      kind: flag.kind,
      segmentId: flag.segmentId ?? null,
      marker: flag.marker ?? null,
      message: flag.message,
      passage: passageOf(texts.get(flag.segmentId ?? '') ?? '', flag.marker),
      quote: null,
      resolved: false,
    }))
  const found = input.findings
    .filter((finding) => finding.severity === 'high')
    .map((finding) => ({
      kind: FINDING_FLAG_KIND,
      segmentId: finding.segmentId,
      marker: null,
      message: `${finding.message.en} / ${finding.message.zh}`,
      passage: passageOf(texts.get(finding.segmentId) ?? '', finding.quote),
      quote: finding.quote,
      resolved: settled(finding),
    }))
  return [...imported, ...found]
}

/** What lists filter sources by: how many flags are open, and of which kinds. */
export function openFlagSummary(flags: { kind: string; resolved?: boolean | null }[]): { openFlagCount: number; openFlagKinds: string[] } {
  const open = flags.filter((flag) => !flag.resolved)
  return { openFlagCount: open.length, openFlagKinds: [...new Set(open.map((flag) => flag.kind))].sort() }
}
