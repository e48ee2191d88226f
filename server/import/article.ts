import { contentHash } from '@/lib/contentHash'
import { toLexical } from '@/lib/corpus/lexical'
import type { HistoricalDate, ImportPlan } from '@/lib/corpus/transform/types'
import type { Article } from '@/payload-types'
import type { EntityIds } from './entities'
import type { NamedInText } from './namedInText'
import { ID_ONLY, type DocId, type WriteContext } from './types'

type ArticleData = Omit<Article, 'createdAt' | 'id' | 'updatedAt'>
type Infobox = NonNullable<ArticleData['infobox']>
type Relations = Pick<ArticleData, 'events' | 'maps' | 'people' | 'places' | 'sources'>

/** A relationship value read at depth 0 is an id; read deeper, it is the document. */
const relationId = (value: unknown): DocId => (value !== null && typeof value === 'object' && 'id' in value ? value.id : value) as DocId
const idOf = (value: unknown): string => String(relationId(value) ?? '')

/** The editable content of a Lexical tree, without the bookkeeping keys Payload or the editor may add or reorder. */
function lexicalContent(node: unknown): unknown {
  if (node === null || typeof node !== 'object') return null
  const record = node as Record<string, unknown>
  if (record.type === 'text') return ['text', record.text, record.format ?? 0]
  if (record.type === 'inlineBlock') {
    const fields = (record.fields ?? {}) as Record<string, unknown>
    return ['block', fields.blockType, idOf(fields.citation), fields.locatorType ?? null, fields.locator || null, fields.quote || null]
  }
  if ('root' in record) return lexicalContent(record.root)
  const children = Array.isArray(record.children) ? record.children.map(lexicalContent) : []
  return [record.type, record.tag ?? record.listType ?? null, children]
}

const text = (value: null | string | undefined) => value || null
const dateContent = (date: Infobox['start']) => [text(date?.date), text(date?.originalText)]

/**
 * A digest of what an editor edits in the imported locale (title, body,
 * infobox values): equal for the article as the import wrote it and as it
 * reads back, different once anyone changed it.
 */
export function articleFingerprint(article: { title?: null | string; body?: unknown; infobox?: Infobox | null }): string {
  const infobox = article.infobox
  return contentHash(
    JSON.stringify([
      text(article.title),
      lexicalContent(article.body ?? null),
      dateContent(infobox?.start),
      dateContent(infobox?.end),
      [text(infobox?.location), text(infobox?.result), text(infobox?.territorialChanges)],
      (infobox?.sides ?? []).map((side) => [text(side.belligerents), text(side.commanders), text(side.strength), text(side.casualties)]),
      (infobox?.citations ?? []).map((row) => [row.value, row.side ?? null, idOf(row.citation), text(row.locator)]),
    ]),
  )
}

/** `namedInText`: records the text names in a form the name authority knows, beside those its links and infobox gave. */
export type ArticleLinks = { citations: Map<string, DocId>; entities: EntityIds; namedInText: NamedInText; events: DocId[]; maps: DocId[]; sourceId: DocId }

const citationId = (citations: Map<string, DocId>, key: string): DocId => {
  const id = citations.get(key)
  if (id === undefined) throw new Error(`The import plan cites "${key}", which is not among its works.`)
  return id
}

/** The people among the document's entities whose names a side's commanders value mentions. */
const peopleNamedIn = (value: null | string, plan: ImportPlan, people: Map<string, DocId>): DocId[] =>
  plan.entities.flatMap((entity) => {
    const id = people.get(entity.key)
    return id !== undefined && value && entity.names.some((name) => value.includes(name.name)) ? [id] : []
  })

function infoboxData(plan: ImportPlan, links: ArticleLinks): Infobox {
  const planned = plan.article.infobox
  const infoboxPlaces = plan.entities.filter((entity) => entity.kind === 'place' && entity.evidence.some((why) => why.startsWith('infobox')))
  return {
    start: planned.start ?? {},
    end: planned.end ?? {},
    location: planned.location,
    places: infoboxPlaces.flatMap((entity) => {
      const id = links.entities.places.get(entity.key)
      return id === undefined ? [] : [id]
    }),
    result: planned.result,
    territorialChanges: planned.territorialChanges,
    sides: planned.sides.map((side) => ({ ...side, people: peopleNamedIn(side.commanders, plan, links.entities.people) })),
    citations: planned.citations.map((row) => ({ value: row.value, side: row.side, citation: citationId(links.citations, row.citationKey), locator: row.locator })),
  }
}

const RELATIONS = ['places', 'people', 'events', 'maps', 'sources'] as const
type RelationIds = Record<(typeof RELATIONS)[number], DocId[]>

const distinct = (ids: DocId[]) => [...new Map(ids.map((id) => [String(id), id])).values()]

function relations(links: ArticleLinks): RelationIds {
  return {
    places: distinct([...links.entities.places.values(), ...links.namedInText.places]),
    people: distinct([...links.entities.people.values(), ...links.namedInText.people]),
    events: links.events,
    maps: links.maps,
    sources: [links.sourceId],
  }
}

/** Relations an editor added stay: the import only adds its own. */
function mergedRelations(current: Relations, imported: RelationIds): RelationIds {
  const merge = (stored: unknown[] | null | undefined, added: DocId[]) => {
    const ids = new Map<string, DocId>()
    for (const id of [...(stored ?? []).map(relationId), ...added]) ids.set(String(id), id)
    return [...ids.values()]
  }
  return Object.fromEntries(RELATIONS.map((name) => [name, merge(current[name], imported[name])])) as RelationIds
}

function articleData(plan: ImportPlan, links: ArticleLinks) {
  const { article, source } = plan
  const content = { title: article.title, body: toLexical(article.body, (key) => citationId(links.citations, key)), infobox: infoboxData(plan, links) }
  const yearOf = (date: HistoricalDate | undefined) => (date ? Number.parseInt(date.date, 10) : null)
  return {
    ...content,
    summary: article.summary,
    period: { startYear: yearOf(article.infobox.start ?? plan.events[0]?.start), endYear: yearOf(article.infobox.end ?? plan.events.at(-1)?.end) },
    credits: source.origin
      ? [{ name: source.origin.attribution, role: 'original-text' as const, note: [source.origin.licence, source.origin.site, source.origin.url].filter(Boolean).join(' · ') }]
      : [],
    importFingerprint: articleFingerprint(content),
  }
}

export type ArticleResult = { id: DocId; note?: string }

/**
 * Writes the article in the document's locale. A new one is created (published
 * when asked). An existing one is updated in place only when it is an
 * unpublished draft nobody changed since the last import; otherwise the import
 * becomes a new draft version beside the editor's text, and the note says why.
 */
export async function writeArticle(context: WriteContext, plan: ImportPlan, links: ArticleLinks, publish: boolean): Promise<ArticleResult> {
  const { payload, req, overrideAccess, locale } = context
  const data = articleData(plan, links)
  const imported = relations(links)
  const read = { collection: 'articles' as const, req, overrideAccess, depth: 0, locale, fallbackLocale: false as const }
  const { docs } = await payload.find({ ...read, limit: 1, pagination: false, where: { sources: { in: [links.sourceId] } } })
  const current = docs[0]
  if (!current) {
    const status = publish ? 'published' : 'draft'
    const created = await payload.create({ ...read, draft: !publish, data: { ...data, ...imported, _status: status }, select: ID_ONLY })
    return { id: created.id }
  }
  const latestDraft = await payload.findByID({ ...read, id: current.id, draft: true })
  const changedSinceImport = (doc: Article) => doc.importFingerprint !== articleFingerprint(doc)
  const edited = changedSinceImport(current) || changedSinceImport(latestDraft)
  const published = current._status === 'published'
  const update = { ...data, ...mergedRelations(latestDraft, imported), _status: 'draft' as const }
  if (!edited && !published) {
    await payload.update({ ...read, id: current.id, data: update, select: ID_ONLY })
    return { id: current.id }
  }
  await payload.update({ ...read, id: current.id, draft: true, data: update, select: ID_ONLY })
  return {
    id: current.id,
    note: edited
      ? 'The article was edited since the last import: the changed document is saved as a new draft version beside the edited text, which is unchanged. Compare the versions to reconcile them.'
      : 'The article is published: the changed document is saved as a new draft version for review; the published text is unchanged.',
  }
}
