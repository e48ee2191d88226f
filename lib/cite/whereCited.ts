import { relationId, type EditorState, type LexicalNode } from '@/lib/richtext/walk'
import { passagesOf } from '@/lib/sourcing/passages'

/**
 * Where a work is cited, in the articles' current drafts: each inline
 * citation with the words before it and its locator, each primary-source
 * quotation drawn from it, and each infobox value it is the source of.
 */

export type CitingArticle = {
  id: string
  title: Partial<Record<string, null | string>>
  bodies: Partial<Record<string, EditorState>>
  infobox: { value: string; locator?: null | string; citation: unknown }[]
}

export type CitedUse =
  | { kind: 'citation' | 'quotation'; article: string; title: string; locale: string; block: number; passage: string; locator: null | string; locatorType: null | string }
  | { kind: 'infobox'; article: string; title: string; locale: null; block: null; passage: string; locator: null | string; locatorType: null }

/** How many characters of the passage before a citation are quoted: about a sentence. */
const BEFORE_CHARS = 160

function excerptBefore(before: string): string {
  const folded = before.replace(/\s+/g, ' ').trim()
  if (folded.length <= BEFORE_CHARS) return folded
  const cut = folded.slice(-BEFORE_CHARS)
  // Start at a word (or, in Chinese, any character): drop the cut-off word's remains.
  const space = cut.indexOf(' ')
  return `…${space > 0 && space < 30 ? cut.slice(space + 1) : cut}`
}

const titleIn = (article: CitingArticle, locale: string) => article.title[locale]?.trim() || Object.values(article.title).find((title) => title?.trim()) || article.id

/** The primary-source quotation blocks of a body that name the work, with their top-level index. */
function quotations(state: EditorState, work: string): { block: number; original: string; locator: null | string; locatorType: null | string }[] {
  const found: { block: number; original: string; locator: null | string; locatorType: null | string }[] = []
  ;(state?.root?.children ?? []).forEach((node: LexicalNode, block) => {
    const fields = node.fields
    if (node.type !== 'block' || !fields || relationId(fields.citation) !== work) return
    const original = typeof fields.original === 'string' ? fields.original : ''
    const locator = typeof fields.locator === 'string' && fields.locator.trim() ? fields.locator.trim() : null
    const locatorType = locator ? (typeof fields.locatorType === 'string' && fields.locatorType ? fields.locatorType : 'page') : null
    found.push({ block, original: original.length > BEFORE_CHARS ? `${original.slice(0, BEFORE_CHARS)}…` : original, locator, locatorType })
  })
  return found
}

/** Every use of `work` in the articles given, locale by locale in the order `locales` lists them, then the infobox. */
export function whereCited(work: string, articles: readonly CitingArticle[], locales: readonly string[]): CitedUse[] {
  const uses: CitedUse[] = []
  for (const article of articles) {
    for (const locale of locales) {
      const body = article.bodies[locale]
      const title = titleIn(article, locale)
      for (const passage of passagesOf(body)) {
        for (const cite of passage.cites) {
          if (cite.work !== work) continue
          uses.push({ kind: 'citation', article: article.id, title, locale, block: passage.block, passage: excerptBefore(cite.before) || passage.text, locator: cite.locator, locatorType: cite.locatorType ?? (cite.locator ? 'page' : null) })
        }
      }
      for (const quotation of quotations(body, work)) {
        uses.push({ kind: 'quotation', article: article.id, title, locale, block: quotation.block, passage: quotation.original, locator: quotation.locator, locatorType: quotation.locatorType })
      }
    }
    for (const row of article.infobox) {
      if (relationId(row.citation) !== work) continue
      uses.push({ kind: 'infobox', article: article.id, title: titleIn(article, locales[0] ?? 'en'), locale: null, block: null, passage: row.value, locator: row.locator?.trim() || null, locatorType: null })
    }
  }
  return uses
}
