/**
 * The shapes the reconciliation REST endpoints answer and accept, shared by
 * the server and the admin's reconcile view. Types only: nothing here runs.
 */
import type { AnchorKind } from './align'
import type { Finding, FindingKind, Language, Severity } from './types'

/** A finding's identity across re-runs and re-imports (see findingKey.ts). */
export type FindingKey = string

export type DecisionAction = 'accepted' | 'corrected' | 'dismissed' | 'disputed' | 'added-to-authority'

/** An open annotation on the source (a flagged machine-translation error or a correction), listed among the findings. */
export type AnnotationFinding = Omit<Finding, 'kind'> & {
  kind: 'annotation'
  annotation: { id: string; motivation: 'flagging-mt-error' | 'correcting'; body: string | null; suggestedReplacement: string | null }
}

/** A stored decision on a finding, as the endpoints return it. */
export type FindingDecision = {
  id: string
  key: FindingKey
  action: DecisionAction
  kind: FindingKind | 'annotation'
  severity: Severity
  segmentId: string
  quote: string
  start: number
  end: number
  locale: Language | null
  reason: string | null
  replacement: string | null
  article: string | null
  /** The annotation a dispute opened. */
  annotation: string | null
  /** The id of the article draft version the correction wrote. */
  articleVersion: string | null
  decidedBy: { id: string; email: string | null } | null
  decidedAt: string
}

export type FindingWithDecision = (Finding | AnnotationFinding) & { key: FindingKey; decision: FindingDecision | null }

/** decided / total findings; a segment is reviewed when every finding in it is decided (a dispute is not a decision). */
export type ReviewProgress = { decided: number; total: number; segmentsReviewed: number; segmentsTotal: number }

export type FindingsResponse = {
  source: { id: string; title: string; language: string }
  /** The article drafted from the source, if any. */
  article: { id: string; title: string } | null
  findings: FindingWithDecision[]
  progress: ReviewProgress
  /** Decisions whose finding is gone (the text changed): shown, never attached elsewhere. */
  staleDecisions: FindingDecision[]
}

export type DecisionRequest = {
  key: FindingKey
  action: DecisionAction
  /** Required for 'dismissed'; the annotation's note for 'disputed'. */
  reason?: string
  /** For 'corrected' (required) and 'accepted' (defaults to the finding's suggestion). */
  replacement?: string
  /** The article to correct; defaults to the article drafted from the source. */
  article?: string
  /** The article locale to correct; defaults to the source's language. */
  locale?: Language
  /** For 'added-to-authority': the entity that gets the rendering as a recorded name (created when no id is given). */
  authority?: { collection: 'people' | 'places' | 'terms'; id?: string; name: string; nameKind: 'machine-translation' | 'pinyin' | 'variant' | 'historic' | 'official' }
}

export type DecisionResponse = { decision: FindingDecision; progress: ReviewProgress }

/** `sources:<id>` or `articles:<id>`. */
export type TextRef = string

export type ReconcileSide = { ref: TextRef; title: string; language: string; segments: { id: string; text: string }[] }

export type AnchorVerdict = 'agree' | 'conflict' | 'left-only' | 'right-only'

export type ReconcilePassage = { segmentId: string; start: number; end: number; text: string }

export type ReconcilePair = {
  left: ReconcilePassage
  right: ReconcilePassage
  score: number
  anchors: { kind: AnchorKind; left?: string; right?: string; verdict: AnchorVerdict }[]
}

export type ReconcileResponse = { left: ReconcileSide; right: ReconcileSide; pairs: ReconcilePair[] }

/** The error body of every refusal (400, 403, 404, 409). */
export type ErrorResponse = { errors: { message: string }[] }
