import type { DocumentFormat, DocumentTree } from '@/lib/corpus/tree'
import { inlinesOf } from './assemble'
import { parseHtml } from './html'
import { inlineText } from './inline'
import { checkInput, detectFormat, ImportInputError } from './input'
import { detectLanguage } from './language'
import { PARSE_LIMITS, type ParseGuard, type ParseLimits } from './limits'
import { parseMarkdown } from './markdown'
import { parseText } from './text'

export { checkInput, detectFormat, ImportInputError } from './input'
export { PARSE_LIMITS, type ParseLimits } from './limits'
export type { ImportInputErrorCode } from './input'

export type ParseOptions = {
  fileName?: string
  /** Overrides format detection. */
  format?: DocumentFormat
  /** Overrides language detection (e.g. from the manifest). */
  language?: string
  /** Defaults to PARSE_LIMITS. */
  limits?: ParseLimits
}

const PARSERS: Record<DocumentFormat, (raw: string, language: string, guard: ParseGuard) => DocumentTree> = {
  html: parseHtml,
  markdown: parseMarkdown,
  text: parseText,
}

const hasText = (tree: DocumentTree) =>
  tree.sections.some((section) =>
    section.blocks.some((block) => (block.kind === 'caption' ? Boolean(block.text) : inlinesOf(block).some((content) => inlineText(content)))),
  )

/** Parses a document's text into the normalized tree; throws an ImportInputError when it holds no text blocks. */
export function parseDocument(raw: string, options: ParseOptions = {}): DocumentTree {
  const format = options.format ?? detectFormat(raw, options.fileName)
  const guard = { fileName: options.fileName ?? 'The document', limits: options.limits ?? PARSE_LIMITS }
  const tree = PARSERS[format](raw, options.language ?? detectLanguage(raw), guard)
  if (!hasText(tree)) {
    throw new ImportInputError('no-text', `"${options.fileName ?? 'The document'}" has no paragraphs, lists or other text blocks to import.`)
  }
  return tree
}

/** Validates an uploaded file and parses it: the whole parse stage in one call. */
export function parseFile(bytes: Uint8Array, fileName: string, options: { language?: string; limits?: ParseLimits } = {}): { rawText: string; tree: DocumentTree } {
  const limits = options.limits ?? PARSE_LIMITS
  const rawText = checkInput(bytes, fileName, limits.maxBytes)
  return { rawText, tree: parseDocument(rawText, { fileName, language: options.language, limits }) }
}
