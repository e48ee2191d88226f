import type { DocumentFile } from '@/lib/corpus/files'
import { planDocument } from '@/lib/corpus/pipeline'
import type { Segment } from './types'

/**
 * A document file as the checks read it: parsed and segmented exactly as the
 * import does (same segment ids and texts, same limits), in the language its
 * manifest gives or the parser detects. Throws ImportInputError on bad input.
 */
export function documentSegments(document: DocumentFile): { language: string; segments: Segment[] } {
  const { plan } = planDocument({ bytes: document.bytes, fileName: document.fileName, language: document.manifest?.language, plan: document.manifest ?? {} })
  return { language: plan.source.language, segments: plan.source.segments.map((segment) => ({ id: segment.segmentId, text: segment.text, kind: segment.kind })) }
}
