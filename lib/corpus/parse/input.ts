import type { DocumentFormat } from '@/lib/corpus/tree'

export type ImportInputErrorCode =
  | 'binary'
  | 'empty'
  | 'invalid-utf8'
  | 'line-too-long'
  | 'no-text'
  | 'too-deep'
  | 'too-large'
  | 'too-many-links'
  | 'too-slow'
  | 'unknown-source'
  | 'unsupported-type'

/** Why a file cannot be imported; `code` lets callers react, `message` tells an editor what to fix. */
export class ImportInputError extends Error {
  readonly code: ImportInputErrorCode

  constructor(code: ImportInputErrorCode, message: string) {
    super(message)
    this.name = 'ImportInputError'
    this.code = code
  }
}

const FORMAT_BY_EXTENSION: Record<string, DocumentFormat> = {
  txt: 'text',
  md: 'markdown',
  markdown: 'markdown',
  html: 'html',
  htm: 'html',
}

// Stryker disable next-line OptionalChaining,StringLiteral: a match always has its group
const extensionOf = (fileName: string) => /\.([^./\\]+)$/.exec(fileName)?.[1]?.toLowerCase() ?? ''

/** C0 control characters other than tab, line feed, form feed and carriage return never occur in text documents. */
const isBinaryByte = (byte: number) => byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d

/**
 * Checks an uploaded file before any parsing and returns its text.
 * Throws an ImportInputError for an empty, oversized, binary or non-UTF-8 file or an unsupported file type.
 */
export function checkInput(bytes: Uint8Array, fileName: string, maxBytes: number): string {
  if (!(extensionOf(fileName) in FORMAT_BY_EXTENSION)) {
    throw new ImportInputError('unsupported-type', `"${fileName}" is not a supported document type: use .txt, .md, .markdown, .html or .htm.`)
  }
  if (bytes.length === 0) throw new ImportInputError('empty', `"${fileName}" is empty.`)
  if (bytes.length > maxBytes) {
    throw new ImportInputError('too-large', `"${fileName}" is ${bytes.length} bytes; the limit is ${maxBytes} bytes.`)
  }
  const binaryAt = bytes.findIndex(isBinaryByte)
  if (binaryAt >= 0) {
    const byte = bytes[binaryAt] ?? 0
    throw new ImportInputError(
      'binary',
      `"${fileName}" looks like a binary file: it contains the control byte 0x${byte.toString(16).padStart(2, '0')} at byte ${binaryAt}.`,
    )
  }
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    throw new ImportInputError('invalid-utf8', `"${fileName}" is not valid UTF-8 text; save it as UTF-8 and try again.`)
  }
  if (!text.trim()) throw new ImportInputError('empty', `"${fileName}" contains only whitespace.`)
  return text
}

/** The format a document is written in: by its extension when that is specific, else by what the text looks like. */
export function detectFormat(text: string, fileName?: string): DocumentFormat {
  const byExtension = fileName ? FORMAT_BY_EXTENSION[extensionOf(fileName)] : undefined
  if (byExtension && byExtension !== 'text') return byExtension
  if (/^\s*(?:<!doctype html|<html[\s>])/i.test(text) || /<\/(?:p|div|h[1-6]|li|table)>/i.test(text)) return 'html'
  // Links and ATX headings are what Markdown conversions carry; pipe tables alone also occur in flattened plain text.
  // Labels exclude brackets and targets exclude parentheses, so every match attempt stops at the next one: linear time.
  const markdownLinks = text.match(/\[[^[\]\n]+\]\([^()\s]+(?:\s+"[^"\n]*")?\)/g)?.length ?? 0
  const atxHeadings = text.match(/^#{1,6}\s+\S/gm)?.length ?? 0
  return markdownLinks + atxHeadings >= 2 ? 'markdown' : 'text'
}
