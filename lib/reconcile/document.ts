import { MAX_DOCUMENT_BYTES, type DocumentFile } from '../corpus/files'
import { parseFile } from '../corpus/parse'
import { planImport } from '../corpus/transform/plan'
import type { Segment } from './types'

/**
 * A document file as the checks read it: parsed and segmented exactly as the
 * import does (same segment ids and texts), in the language its manifest
 * gives or the parser detects. Throws ImportInputError on bad input.
 */
export function documentSegments(document: DocumentFile): { language: string; segments: Segment[] } {
  const { rawText, tree } = parseFile(document.bytes, document.fileName, { maxBytes: MAX_DOCUMENT_BYTES, language: document.manifest?.language })
  const plan = planImport(tree, rawText, document.manifest ?? {})
  return { language: plan.source.language, segments: plan.source.segments.map((segment) => ({ id: segment.segmentId, text: segment.text, kind: segment.kind })) }
}
