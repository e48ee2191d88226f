import type { PayloadRequest } from 'payload'

import { publishBlocks, type PublishBlock } from '@/lib/reconcile/publishRule'
import { isLanguage, type Finding, type Language } from '@/lib/reconcile/types'
import { measureUnmodified, type UnmodifiedMeasure } from '@/lib/reconcile/unmodified'
import { textBlocks } from '@/lib/richtext/blocks'
import { relationId, type EditorState } from '@/lib/richtext/walk'
import type { Source } from '@/payload-types'
import { decisionsOn } from './decisions'
import { findingsOn as checkedFindings } from './authorityIndex'

/** The machine-translated source an article was drafted from: its machine output is what the article is measured against. */
export type MachineSource = { id: Source['id']; title: string; language: Language; machineOutput: string[] }

/** Internal reads for a rule every writer is held to, whoever they are. */
const internal = (req: PayloadRequest) => ({ req, overrideAccess: true, depth: 0 }) as const

/** The first of the article's sources that is a machine translation in a language the checks read, if any. */
export async function machineSourceOf(req: PayloadRequest, sources: unknown): Promise<MachineSource | null> {
  const ids = (Array.isArray(sources) ? sources : []).map(relationId).filter((id): id is string => id !== null)
  if (!ids.length) return null
  const { docs } = await req.payload.find({
    collection: 'sources',
    ...internal(req),
    limit: 1,
    pagination: false,
    where: { and: [{ id: { in: ids } }, { or: [{ machineTranslated: { equals: true } }, { kind: { equals: 'machine-translation' } }] }] },
    select: { title: true, language: true, segments: true },
  })
  const source = docs[0]
  if (!source || !isLanguage(source.language)) return null
  return { id: source.id, title: source.title, language: source.language, machineOutput: (source.segments ?? []).map((segment) => segment.text) }
}

/** An article body's text blocks (paragraphs, headings, quotations, list items) as the checks and the measure read them. */
export const paragraphsOf = (body: unknown): string[] => textBlocks(body as EditorState).map((block) => block.text)

/** Findings on an article's paragraphs (ids p1, p2, …), or none for a text with no words. */
async function findingsOn(req: PayloadRequest, paragraphs: string[], language: Language): Promise<Finding[]> {
  if (!paragraphs.length) return []
  return checkedFindings(req.payload, { segments: paragraphs.map((text, index) => ({ id: `p${index + 1}`, text, kind: 'paragraph' })), language }, req)
}

export type PublishVerdict = { source: MachineSource; paragraphs: string[]; unmodified: UnmodifiedMeasure; findings: Finding[]; blocks: PublishBlock[] }

/**
 * Whether an article drafted from `source` may be published: its body in the
 * source's language is checked and measured against the machine output.
 */
export async function publishVerdict(req: PayloadRequest, article: { id?: unknown; body: unknown }, source: MachineSource): Promise<PublishVerdict> {
  const paragraphs = paragraphsOf(article.body)
  const [findings, decisions] = await Promise.all([findingsOn(req, paragraphs, source.language), decisionsOn(req, { source: source.id, article: article.id })])
  const unmodified = measureUnmodified(source.machineOutput, paragraphs)
  return { source, paragraphs, unmodified, findings, blocks: publishBlocks({ findings, decisions, unmodified, locale: source.language }) }
}

/** The latest draft's body in a locale, as stored. */
export async function draftBody(req: PayloadRequest, id: unknown, locale: Language): Promise<unknown> {
  if (id == null) return null
  const article = await req.payload.findByID({ collection: 'articles', id: id as never, ...internal(req), draft: true, locale, fallbackLocale: false, disableErrors: true, select: { body: true } })
  return article?.body ?? null
}
