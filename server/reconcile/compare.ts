import type { Payload } from 'payload'

import { alignTexts, type Anchor } from '@/lib/reconcile/align'
import type { ReconcileResponse, ReconcileSide } from '@/lib/reconcile/api'
import { CheckInputError } from '@/lib/reconcile/check'
import { isLanguage, type Segment } from '@/lib/reconcile/types'
import { textBlocks } from '@/lib/richtext/blocks'
import type { EditorState } from '@/lib/richtext/walk'
import type { User } from '@/payload-types'
import { ReconcileError } from './errors'
import { authorityIndex } from './authorityIndex'
import { readSourceText, SourceNotFoundError } from './sourceText'

const REF = /^(sources|articles):(.+)$/

type Side = ReconcileSide & { segments: Segment[] }

/** An article's body flattened to one segment per text block, `p1`, `p2`, … in reading order. */
export const articleSegments = (body: unknown): Segment[] => textBlocks(body as EditorState).map((block, index) => ({ id: `p${index + 1}`, text: block.text, kind: block.kind }))

async function readSide(payload: Payload, user: User, ref: string, locale: 'en' | 'zh'): Promise<Side> {
  const [, collection, id] = REF.exec(ref)!
  const access = { overrideAccess: false, user: { ...user, collection: 'users' as const } }
  if (collection === 'sources') {
    try {
      const source = await readSourceText(payload, id!, access)
      return { ref, title: source.title, language: source.language, segments: source.segments }
    } catch (error) {
      if (error instanceof SourceNotFoundError) throw new ReconcileError(400, `Unknown text "${ref}": there is no source with id ${id}.`)
      throw error
    }
  }
  const article = await payload.findByID({ collection: 'articles', id: id!, draft: true, locale, fallbackLocale: false, depth: 0, disableErrors: true, ...access })
  if (!article) throw new ReconcileError(400, `Unknown text "${ref}": there is no article with id ${id}.`)
  return { ref, title: article.title ?? '', language: locale, segments: articleSegments(article.body) }
}

const passage = (sentence: { segmentId: string; start: number; end: number; text: string }) => ({ segmentId: sentence.segmentId, start: sentence.start, end: sentence.end, text: sentence.text })
const anchorText = (anchor: Anchor | undefined) => anchor?.text

export type CompareQuery = { left: string | null; right: string | null; locale: string | null }

/**
 * Aligns two stored texts (sources, or articles in a locale) by the facts
 * they share, through the Local API as the user. Refuses (400) a missing or
 * malformed ref, the same ref twice, an unknown id, a locale other than en
 * or zh, and texts the alignment cannot read (empty, another language).
 */
export async function compareTexts(payload: Payload, user: User, query: CompareQuery): Promise<ReconcileResponse> {
  const { left, right } = query
  for (const [name, ref] of [['left', left], ['right', right]] as const) {
    if (!ref || !REF.test(ref)) throw new ReconcileError(400, `Give the ${name} text as "sources:<id>" or "articles:<id>".`)
  }
  if (left === right) throw new ReconcileError(400, `Both sides are ${left}: choose another text to compare it with.`)
  const locale = query.locale ?? 'en'
  if (locale !== 'en' && locale !== 'zh') throw new ReconcileError(400, `The locale must be "en" or "zh", not "${locale}".`)
  const [leftSide, rightSide, authority] = await Promise.all([readSide(payload, user, left!, locale), readSide(payload, user, right!, locale), authorityIndex(payload)])
  for (const side of [leftSide, rightSide]) {
    if (!isLanguage(side.language)) throw new ReconcileError(400, `${side.ref} ("${side.title}") is in "${side.language}": the comparison reads English (en) and Chinese (zh).`)
  }
  let alignment
  try {
    alignment = alignTexts({ left: leftSide, right: rightSide, authority })
  } catch (error) {
    if (error instanceof CheckInputError) throw new ReconcileError(400, error.message)
    throw error
  }
  const side = ({ ref, title, language, segments }: Side): ReconcileSide => ({ ref, title, language, segments: segments.map(({ id, text }) => ({ id, text })) })
  return {
    left: side(leftSide),
    right: side(rightSide),
    pairs: alignment.pairs.map((pair) => ({
      left: passage(pair.left),
      right: passage(pair.right),
      score: pair.score,
      anchors: pair.anchors.map((anchor) => ({ kind: anchor.kind, left: anchorText(anchor.left), right: anchorText(anchor.right), verdict: anchor.status })),
    })),
  }
}
