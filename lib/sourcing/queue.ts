import type { EditorState } from '@/lib/richtext/walk'
import { comparable, needsOf, passagesOf, type NeedKind, type Passage } from './passages'

export type { NeedKind } from './passages'

/** An article's latest draft, every locale's body. */
export type ArticleDraft = {
  id: string
  title: Partial<Record<string, null | string>>
  updatedAt: string
  bodies: Partial<Record<string, EditorState>>
  /** Sources it was drafted from. */
  sourceIds: string[]
}

export type SourceFlag = { kind: string; segmentId: null | string; marker: null | string; resolved: boolean | null; message?: null | string }

export type SourceRecord = {
  id: string
  title: string
  language: string
  /** When the import raised its flags. */
  createdAt: string
  segments: { segmentId: string; kind: string; text: string }[]
  flags: SourceFlag[]
}

export type QueueRow = {
  /** Stable within one computation: the row's identity for lists and tests. */
  key: string
  kind: NeedKind
  /** The passage in words. */
  text: string
  locale: string
  /** Since when it has waited: the draft's last save, or the flag's creation. */
  since: string
  article: null | { id: string; title: string; block: number }
  source: null | { id: string; title: string; segmentId: null | string }
}

export type QueueInput = {
  articles: ArticleDraft[]
  sources: SourceRecord[]
  /** Whether a work id still exists (a deleted work leaves its citations dangling). */
  workExists?: (id: string) => boolean
  /** The drafts' passages when the caller has read them already (PassageCache), so they are read once. */
  passages?: DraftPassages
}

/** Each draft's passages by article id and locale. */
export type DraftPassages = Map<string, Passage[]>

const draftKey = (articleId: string, locale: string) => `${articleId}\u0000${locale}`

/**
 * Every draft's passages, every locale: what the queue reads, and what tells
 * which works are cited. Read again only for a draft saved since the last
 * call (its `updatedAt` changed); the rest come from `previous`, so a queue
 * asked for again costs the drafts that changed, not all of them.
 */
export class PassageCache {
  private entries = new Map<string, { updatedAt: string; passages: Passage[] }>()

  read(articles: readonly ArticleDraft[]): DraftPassages {
    const next = new Map<string, { updatedAt: string; passages: Passage[] }>()
    const passages: DraftPassages = new Map()
    for (const article of articles) {
      for (const [locale, body] of Object.entries(article.bodies)) {
        const key = draftKey(article.id, locale)
        const known = this.entries.get(key)
        const entry = known && known.updatedAt === article.updatedAt ? known : { updatedAt: article.updatedAt, passages: passagesOf(body) }
        next.set(key, entry)
        passages.set(key, entry.passages)
      }
    }
    // Only what this read saw is kept: deleted articles and dropped locales go.
    this.entries = next
    return passages
  }
}

/** The importer's flags that ask for a source, and the need each is. */
const FLAG_NEEDS: Partial<Record<string, NeedKind>> = {
  'unsourced-paragraph': 'uncited-paragraph',
  'citation-needed': 'citation-needed',
  'dangling-marker': 'dangling-citation',
  'empty-note': 'empty-note',
}

const titleIn = (title: ArticleDraft['title'], locale: string) => title[locale] || Object.values(title).find(Boolean) || ''

type IndexedPassage = { passage: Passage; comparable: string }

// A passage's comparable form, kept as long as the passage is (PassageCache keeps unchanged drafts' passages across queue computations).
const comparableForms = new WeakMap<Passage, string>()
function comparableOf(passage: Passage): string {
  let form = comparableForms.get(passage)
  if (form === undefined) comparableForms.set(passage, (form = comparable(passage.text)))
  return form
}

/** Finds where a source's passage went in an article body: the same words, or one containing the other. */
class PassageFinder {
  private readonly exact = new Map<string, Passage>()
  private readonly list: IndexedPassage[]
  constructor(passages: Passage[]) {
    this.list = passages.map((passage) => ({ passage, comparable: comparableOf(passage) })).filter((entry) => entry.comparable)
    for (const entry of this.list) if (!this.exact.has(entry.comparable)) this.exact.set(entry.comparable, entry.passage)
  }
  find(text: string): Passage | null {
    const wanted = comparable(text)
    if (wanted.length < 8) return null
    return this.exact.get(wanted) ?? this.list.find((entry) => entry.comparable.length >= 8 && (entry.comparable.includes(wanted) || wanted.includes(entry.comparable)))?.passage ?? null
  }
}

/** The paragraph a note marker `[n]` sits in, for a flag raised on the note itself. */
function passageOfFlag(source: SourceRecord, flag: SourceFlag, bySegment: Map<string, SourceRecord['segments'][number]>): null | string {
  const segment = flag.segmentId ? bySegment.get(flag.segmentId) : undefined
  if (flag.kind !== 'empty-note' || !flag.marker) return segment?.text ?? null
  const number = flag.marker.replace(/\D/g, '')
  const marker = new RegExp(`\\\\?\\[\\s*${number}\\s*\\\\?\\](?!\\()`)
  const citing = source.segments.find((candidate) => candidate.kind !== 'note' && marker.test(candidate.text))
  return citing?.text ?? segment?.text ?? null
}

const readable = (text: string) =>
  text
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\\([[\]*_])/g, '$1')
    .replace(/\s+/g, ' ')
    .trim()

/**
 * Everything that needs a source, computed from the current drafts: each
 * article passage that needs one (every locale), and each importer flag on a
 * source whose passage is not cited in the article drafted from it. A flag
 * whose passage the article still leaves uncited is the article's row (one
 * row per passage); a flag whose passage is cited there has been resolved.
 */
export function sourcingQueue({ articles, sources, workExists = () => true, passages: known }: QueueInput): QueueRow[] {
  const rows: QueueRow[] = []
  const finders = new Map<string, PassageFinder>()
  const passagesByArticle = new Map<string, Passage[]>()

  for (const article of articles) {
    for (const [locale, body] of Object.entries(article.bodies)) {
      const key = draftKey(article.id, locale)
      const passages = known?.get(key) ?? passagesOf(body)
      // Kept only where a source's flags will be looked for in them.
      if (article.sourceIds.length) passagesByArticle.set(key, passages)
      const title = titleIn(article.title, locale)
      for (const passage of passages) {
        needsOf(passage, workExists).forEach((need, index) => {
          rows.push({
            key: `article:${article.id}:${locale}:${passage.block}:${need.kind}:${index}:${rows.length}`,
            kind: need.kind,
            text: need.text,
            locale,
            since: article.updatedAt,
            article: { id: article.id, title, block: passage.block },
            source: null,
          })
        })
      }
    }
  }

  const draftedFrom = new Map<string, ArticleDraft[]>()
  for (const article of articles) for (const sourceId of article.sourceIds) draftedFrom.set(sourceId, [...(draftedFrom.get(sourceId) ?? []), article])

  for (const source of sources) {
    const bySegment = new Map(source.segments.map((segment) => [segment.segmentId, segment]))
    const drafts = draftedFrom.get(source.id) ?? []
    source.flags.forEach((flag, flagIndex) => {
      const kind = FLAG_NEEDS[flag.kind]
      if (!kind || flag.resolved) return
      const text = passageOfFlag(source, flag, bySegment)
      const locales = (article: ArticleDraft) => (article.bodies[source.language] !== undefined ? [source.language] : Object.keys(article.bodies))
      for (const article of drafts) {
        for (const locale of locales(article)) {
          const cacheKey = draftKey(article.id, locale)
          let finder = finders.get(cacheKey)
          if (!finder) finders.set(cacheKey, (finder = new PassageFinder(passagesByArticle.get(cacheKey) ?? [])))
          // Found in the article: cited there, it is resolved; uncited, the article's own row stands for it.
          if (text && finder.find(text)) return
        }
      }
      rows.push({
        key: `source:${source.id}:${flagIndex}`,
        kind,
        text: text ? readable(text) : (flag.message ?? ''),
        locale: source.language,
        since: source.createdAt,
        article: null,
        source: { id: source.id, title: source.title, segmentId: flag.segmentId },
      })
    })
  }
  return rows
}

export type QueueFilter = { article?: null | string; locale?: null | string; kind?: null | string }

/** The rows an editor asked for, oldest waiting first. */
export function filterQueue(rows: QueueRow[], filter: QueueFilter): QueueRow[] {
  return rows
    .filter((row) => (!filter.article || row.article?.id === filter.article) && (!filter.locale || row.locale === filter.locale) && (!filter.kind || row.kind === filter.kind))
    .sort((a, b) => a.since.localeCompare(b.since))
}
