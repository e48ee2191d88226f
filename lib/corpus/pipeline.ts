import type { Manifest } from './manifest'
import { ImportInputError, parseFile, type ImportInputErrorCode } from './parse'
import { planImport, type PlanOptions } from './transform/plan'
import type { DocumentFormat } from './tree'
import type { ImportPlan } from './transform/types'

/** One document to read: its bytes and name, a language to use instead of detecting one, and the manifest or the editor's choices. */
export type PlanJob = { bytes: Uint8Array; fileName: string; language?: string; plan: Manifest | PlanOptions }

/** What the parser found before any choice was applied: shown to the editor, who may correct the title. */
export type Detected = { title: string; language: string; format: DocumentFormat; bytes: number; characters: number }

export type PlanResult = { plan: ImportPlan; detected: Detected }

/** A job's outcome in a form that survives structured cloning (errors lose their class on the way). */
export type PlanOutcome = { ok: true; result: PlanResult } | { ok: false; code: ImportInputErrorCode | null; message: string }

/** The parse and transform stages of the import, in one call: bytes → tree → plan. Throws ImportInputError for bad input. */
export function planDocument(job: PlanJob): PlanResult {
  const { rawText, tree } = parseFile(job.bytes, job.fileName, { language: job.language })
  const plan = planImport(tree, rawText, job.plan)
  const { title, language } = tree.metadata
  return { plan, detected: { title, language, format: tree.format, bytes: job.bytes.length, characters: rawText.length } }
}

export function planOutcome(job: PlanJob): PlanOutcome {
  try {
    return { ok: true, result: planDocument(job) }
  } catch (error) {
    if (error instanceof ImportInputError) return { ok: false, code: error.code, message: error.message }
    return { ok: false, code: null, message: error instanceof Error ? (error.stack ?? error.message) : String(error) }
  }
}

/** The error an outcome carries, as the caller's own class again. */
export function outcomeError(outcome: Extract<PlanOutcome, { ok: false }>): Error {
  return outcome.code ? new ImportInputError(outcome.code, outcome.message) : new Error(outcome.message)
}
