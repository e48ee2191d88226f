import type { Inline } from '@/lib/corpus/tree'

/** `[3]`, `[ 3 ]`, `[citation needed]`, `[ citation needed ]`, `[来源请求]`: what wiki renderings leave in running text. */
const MARKER = /\[\s*(?:(\d{1,3})|(citation needed|来源请求|來源請求|需要引用|需要来源|需要來源))\s*\]/gi

const VARIANT = /^\s*[a-z]{2,3}(?:-[a-z]{2,4})?\s*:/i

/** The text of conversion markup: `里` as it is; of a variant list `zh-hans:伊犁;zh-hant:伊犂`, the first variant. */
function conversionText(inner: string): string {
  const parts = inner.split(';').filter((part) => part.trim())
  if (!parts.length || !parts.every((part) => VARIANT.test(part))) return inner
  return (parts[0] ?? '').replace(VARIANT, '').trim()
}

/** MediaWiki's language-conversion markup `-{里}-` keeps its content (one variant of a variant list). */
const stripConversionMarkup = (text: string) => text.replace(/-\{([^{}|]*)\}-/g, (_, inner: string) => conversionText(inner))

/** Appends inline content, merging adjacent text so callers see one text node per run. */
export function pushInline(content: Inline[], inline: Inline): void {
  const last = content.at(-1)
  if (inline.type === 'text' && last?.type === 'text') last.text += inline.text
  else if (inline.type !== 'text' || inline.text) content.push(inline)
}

/** Splits plain text into text, footnote markers and "citation needed" markers. */
export function parseInlineText(text: string): Inline[] {
  const content: Inline[] = []
  const clean = stripConversionMarkup(text)
  let last = 0
  for (const match of clean.matchAll(MARKER)) {
    pushInline(content, { type: 'text', text: clean.slice(last, match.index) })
    pushInline(content, match[1] ? { type: 'footnoteMarker', number: Number(match[1]) } : { type: 'citationNeeded' })
    last = match.index + match[0].length
  }
  pushInline(content, { type: 'text', text: clean.slice(last) })
  return content
}

/** The readable text of inline content (markers dropped, links by their label). */
export function inlineText(content: readonly Inline[]): string {
  return content
    // Stryker disable next-line ConditionalExpression: the other inlines have no label, and join prints nothing for it
    .map((inline) => (inline.type === 'text' ? inline.text : inline.type === 'wikiLink' ? inline.label : ''))
    .join('')
    .replace(/[ \t]+/g, ' ')
    .trim()
}

/** The footnote numbers cited in inline content, in order. */
export const markersIn = (content: readonly Inline[]) =>
  content.flatMap((inline) => (inline.type === 'footnoteMarker' ? [inline.number] : []))

/** Inline content without the whitespace markup leaves at its edges (HTML's indentation between tags). */
export function trimEdges(content: readonly Inline[]): Inline[] {
  const trimmed = content.map((inline, index) => {
    if (inline.type !== 'text') return inline
    const start = index === 0 ? inline.text.trimStart() : inline.text
    return { ...inline, text: index === content.length - 1 ? start.trimEnd() : start }
  })
  return trimmed.filter((inline) => inline.type !== 'text' || inline.text)
}
