import { contentHash } from '@/lib/contentHash'
import type { Manifest } from '@/lib/corpus/manifest'
import { inlineText, markersIn } from '@/lib/corpus/parse/inline'
import { infoboxFieldOf, isPerSideField, type InfoboxField } from '@/lib/corpus/parse/infoboxLabels'
import { languageCodeOf, languageOfName, scriptOf } from '@/lib/corpus/script'
import type { Block, DocumentTree, Infobox, Inline, Note, Section } from '@/lib/corpus/tree'
import { eraDateAgrees, findEraDates } from '@/lib/reconcile/eras'
import { buildCitations, type CitationIndex } from './citations'
import { isConverterNotice } from './converterNotice'
import { EntityCollector, linkOccurrences } from './entities'
import { namesAnEvent } from './eventNames'
import { referenceFlags } from './referenceFlags'
import { summaryOf } from './summary'
import type {
  BodyInline,
  BodyNode,
  CiteUse,
  HistoricalDate,
  ImportPlan,
  InfoboxValueName,
  PlannedFlag,
  PlannedInfobox,
  PlannedName,
  PlannedSegment,
  SegmentKind,
} from './types'

/** Options for documents without a manifest (uploads by editors). */
export type PlanOptions = { title?: string; language?: string; kind?: string; machineTranslated?: boolean; translatedFrom?: string | null }

const isManifest = (value: Manifest | PlanOptions): value is Manifest => 'publishOnFirstStart' in value

/** A piece of the document that becomes one segment, with the inline content it carries (and the note, for a note). */
type Unit = { kind: SegmentKind; start: number; end: number; content: Inline[]; section: Section; block: Block; note?: Note }

function unitsOf(section: Section): Unit[] {
  return section.blocks.flatMap((block): Unit[] => {
    const unit = (kind: SegmentKind, start: number, end: number, content: Inline[]) => ({ kind, start, end, content, section, block })
    switch (block.kind) {
      case 'heading':
        return [unit('heading', block.start, block.end, [])]
      case 'paragraph':
        return [unit('paragraph', block.start, block.end, block.content)]
      case 'quotation':
        return [unit('quotation', block.start, block.end, block.content)]
      case 'caption':
        return [unit('caption', block.start, block.end, [])]
      case 'list':
        return block.items.map((item) => unit('list-item', item.start, item.end, item.content))
      case 'infobox':
        return block.rows.map((row) => unit('infobox', row.start, row.end, row.sides.flat()))
      case 'table':
        return block.rows.map((row) => unit('table-row', row.start, row.end, row.cells.flat()))
      case 'noteList':
        return block.notes.map((note) => ({ ...unit('note', note.start, note.end, []), note }))
    }
  })
}

/** Segment ids hash the kind and the exact text, so re-importing the same text gives the same ids; repeats get an ordinal. */
function segmentsOf(units: Unit[], rawText: string): PlannedSegment[] {
  const seen = new Map<string, number>()
  return units.map((unit) => {
    const text = rawText.slice(unit.start, unit.end)
    const hash = contentHash(`${unit.kind}\u0000${text}`).slice(0, 16)
    const occurrence = (seen.get(hash) ?? 0) + 1
    seen.set(hash, occurrence)
    return {
      segmentId: occurrence === 1 ? `seg-${hash}` : `seg-${hash}-${occurrence}`,
      kind: unit.kind,
      sectionPath: unit.section.headingPath.join(' > '),
      text,
      start: unit.start,
      end: unit.end,
    }
  })
}

const yearDate = (year: number, originalText: string): HistoricalDate => ({ date: String(year), precision: 'year', originalText })

const MAP_WORDS = /\b(?:maps?|borders?|boundary|boundaries|frontiers?|basin|regions?)\b|地图|地圖|舆图|輿圖|疆域|边界|邊界/i
const HEADCOUNT = /^(?:[^:：]{1,30}[:：]\s*)?(?:c\.\s*|about\s*|约|約)?[\d,.]+\s*(?:万|萬)?\s*(?:men|troops|soldiers|gunners|cavalry|人|兵)\b/iu
const INFOBOX_VALUE: Partial<Record<InfoboxField, InfoboxValueName>> = {
  belligerents: 'belligerents',
  commanders: 'commanders',
  strength: 'strength',
  casualties: 'casualties',
  result: 'result',
  location: 'location',
  date: 'date',
  territorialChanges: 'territorialChanges',
}

/** Each value's text; footnote markers become the infobox's citation rows. */
function planInfobox(infoboxes: Infobox[], index: CitationIndex, entities: EntityCollector, language: string): { infobox: PlannedInfobox; nativeNames: PlannedName[] } {
  const infobox: PlannedInfobox = { start: null, end: null, location: null, result: null, territorialChanges: null, sides: [], citations: [], otherRows: [] }
  const nativeNames: PlannedName[] = []
  const cite = (value: InfoboxValueName, side: null | number, content: Inline[]) => {
    for (const marker of markersIn(content)) {
      const target = index.notes.get(marker)
      if (target?.citationKey) infobox.citations.push({ value, side, citationKey: target.citationKey, locator: target.locator?.locator ?? null })
    }
  }
  for (const row of infoboxes.flatMap((box) => box.rows)) {
    const field = infoboxFieldOf(row.label)
    const values = row.sides.map((side) => inlineText(side))
    const joined = values.filter(Boolean).join('\n')
    if (field === 'nativeName') {
      for (const value of values) {
        const labelled = /^([A-Za-z]+)\s*[:：]\s*(.+)$/.exec(value)
        // Quotation marks around the whole name go; those inside it ("Форт «Или»") stay.
        const name = (labelled?.[2] ?? value).replace(/^[«“"](.+)[»”"]$/, '$1').trim()
        const nameLanguage = (labelled?.[1] && languageCodeOf(labelled[1])) || languageOfName(name, language)
        if (name) nativeNames.push({ name, language: nameLanguage, script: scriptOf(name), kind: 'official' })
      }
      continue
    }
    if (isPerSideField(field) && field) {
      row.sides.forEach((side, sideIndex) => {
        const text = inlineText(side)
        if (!text) return
        // Flattened infoboxes lose the "Strength" label; head counts filed under commanders are strengths.
        const entries = text.split('\n')
        const target = field === 'commanders' && entries.every((entry) => HEADCOUNT.test(entry)) ? 'strength' : field
        const planned = (infobox.sides[sideIndex] ??= { belligerents: null, commanders: null, strength: null, casualties: null })
        planned[target] = text
        cite(target, sideIndex + 1, side)
        // "Qing: Zhaohui" names Zhaohui; a head count among the commanders ("3,000 men") names nobody.
        if (target === 'commanders') for (const entry of entries) if (!HEADCOUNT.test(entry)) entities.addInfoboxName(entry.replace(/^[^:：]{1,30}[:：]\s*/, ''), 'person', row.label, language)
      })
      for (let sideIndex = 0; sideIndex < infobox.sides.length; sideIndex++) infobox.sides[sideIndex] ??= { belligerents: null, commanders: null, strength: null, casualties: null }
      continue
    }
    const valueName = field ? INFOBOX_VALUE[field] : undefined
    if (!valueName || !joined) {
      if (joined || row.label) infobox.otherRows.push({ label: row.label, value: joined })
      continue
    }
    cite(valueName, null, row.sides.flat())
    if (valueName === 'date') {
      const years = [...joined.matchAll(/\b(\d{3,4})\b/g)].map((match) => Number(match[1]))
      const first = years[0]
      if (first !== undefined) {
        infobox.start = yearDate(first, joined)
        infobox.end = yearDate(years[1] ?? first, joined)
      }
    } else if (valueName === 'location') {
      infobox.location = joined
      for (const place of joined.split(/[,，、;\n]/)) entities.addInfoboxName(place, 'place', row.label, language)
    } else if (valueName === 'result' || valueName === 'territorialChanges') infobox[valueName] = joined
  }
  return { infobox, nativeNames }
}

function bodyInlines(content: Inline[], index: CitationIndex): BodyInline[] {
  const inlines: BodyInline[] = []
  // A marker belongs to the word before it, as readers see it printed ("Commission[4]"): the space a copied page puts between them goes.
  const attach = (marker: BodyInline) => {
    const last = inlines.at(-1)
    if (last?.type === 'text') last.text = last.text.trimEnd()
    inlines.push(marker)
  }
  for (const inline of content) {
    const text = inline.type === 'text' ? inline.text : inline.type === 'wikiLink' ? inline.label : null
    const last = inlines.at(-1)
    if (text !== null) {
      if (last?.type === 'text') last.text += text
      else inlines.push({ type: 'text', text })
    } else if (inline.type === 'citationNeeded') attach({ type: 'citationNeeded' })
    // Stryker disable next-line ConditionalExpression: the one kind left is an image reference, which has no note to find
    else if (inline.type === 'footnoteMarker') {
      const target = index.notes.get(inline.number)
      if (target?.citationKey) attach({ type: 'cite', citationKey: target.citationKey, locator: target.locator, quote: target.quote })
    }
  }
  return inlines
    .map((inline) => (inline.type === 'text' ? { ...inline, text: inline.text.replace(/\s+/g, ' ') } : inline))
    .filter((inline) => inline.type !== 'text' || inline.text.trim())
}

/** The article body: headings, paragraphs, lists and quotations of the article proper (no infobox, captions or back matter). */
function planBody(sections: Section[], index: CitationIndex): BodyNode[] {
  return sections
    .filter((section) => section.role === 'body')
    .flatMap((section) => section.blocks)
    .filter((block) => !((block.kind === 'paragraph' || block.kind === 'quotation') && isConverterNotice(inlineText(block.content))))
    .flatMap((block): BodyNode[] => {
      switch (block.kind) {
        case 'heading':
          return [{ type: 'heading', level: Math.min(Math.max(block.level, 2), 6), children: [{ type: 'text', text: block.text }] }]
        // A paragraph left with nothing (only markers of notes that are not there) is not written.
        case 'paragraph':
        case 'quotation': {
          const children = bodyInlines(block.content, index)
          return children.length ? [{ type: block.kind === 'paragraph' ? 'paragraph' : 'quote', children }] : []
        }
        case 'list':
          return [{ type: 'list', ordered: block.ordered, items: block.items.map((item) => bodyInlines(item.content, index)) }]
        default:
          return []
      }
    })
}

/**
 * Turns a parsed document into everything the import writes: the source with
 * its segments, figures and flags; the works it cites; places, people, events
 * and maps; and the article in the document's language. Pure and deterministic.
 */
export function planImport(tree: DocumentTree, rawText: string, manifestOrOptions: Manifest | PlanOptions = {}): ImportPlan {
  const manifest = isManifest(manifestOrOptions) ? manifestOrOptions : null
  const options: PlanOptions = manifest ?? manifestOrOptions
  const language = options.language ?? tree.metadata.language
  const title = options.title ?? tree.metadata.title
  const machineTranslated = options.machineTranslated ?? false

  const units = tree.sections.flatMap(unitsOf)
  const segments = segmentsOf(units, rawText)
  // Stryker disable next-line OptionalChaining,StringLiteral: every unit has its segment (segmentsOf maps units one to one); the fallback only satisfies the index type.
  const segmentIdOf = (unitIndex: number) => segments[unitIndex]?.segmentId ?? ''
  const index = buildCitations(tree)
  const flags: PlannedFlag[] = []
  const citeUses: CiteUse[] = []
  const citedNotes = new Set<number>()
  const entities = new EntityCollector(machineTranslated ? 'machine-translation' : 'official')
  const eraDates: ImportPlan['eraDates'] = []

  units.forEach((unit, unitIndex) => {
    const segmentId = segmentIdOf(unitIndex)
    let sourced = false
    for (const inline of unit.content) {
      if (inline.type === 'citationNeeded') {
        flags.push({ kind: 'citation-needed', segmentId, marker: null, message: 'The text asks for a citation here.' })
      }
      if (inline.type !== 'footnoteMarker') continue
      const target = index.notes.get(inline.number)
      citedNotes.add(inline.number)
      citeUses.push({ segmentId, marker: inline.number, citationKey: target?.citationKey ?? null, locator: target?.locator ?? null, quote: target?.quote ?? null })
      if (target?.citationKey) sourced = true
      if (!target) {
        const message = index.notes.size ? `Marker [${inline.number}] has no note in the note list.` : `Marker [${inline.number}] points to a note list the document does not have.`
        flags.push({ kind: 'dangling-marker', segmentId, marker: `[${inline.number}]`, message })
      }
    }
    if (unit.kind === 'paragraph' && unit.section.role === 'body' && !sourced) {
      flags.push({ kind: 'unsourced-paragraph', segmentId, marker: null, message: 'No citation supports this paragraph.' })
    }
    if (unit.section.role === 'body') for (const occurrence of linkOccurrences(unit.content)) entities.addLink(occurrence)
    for (const eraDate of findEraDates(inlineText(unit.content) || rawText.slice(unit.start, unit.end))) {
      if (eraDate.gregorianGiven === null) continue
      eraDates.push({ ...eraDate, segmentId })
      if (!eraDateAgrees(eraDate)) {
        flags.push({
          kind: 'date-mismatch',
          segmentId,
          marker: null,
          message: `${eraDate.originalText} is ${eraDate.gregorianComputed}, but the text gives ${eraDate.gregorianGiven}.`,
        })
      }
    }
  })

  units.forEach(({ note }, unitIndex) => {
    if (!note) return
    const segmentId = segmentIdOf(unitIndex)
    if (!note.text) flags.push({ kind: 'empty-note', segmentId, marker: `[${note.number}]`, message: `Note ${note.number} is empty.` })
    else if (!citedNotes.has(note.number)) flags.push({ kind: 'uncited-note', segmentId, marker: `[${note.number}]`, message: `No marker in the text cites note ${note.number}.` })
  })
  flags.push(...referenceFlags(index, segments))
  for (const use of citeUses) {
    const citation = index.citations.find((candidate) => candidate.key === use.citationKey)
    if (citation) citation.uses++
  }

  const captions = units.flatMap((unit, unitIndex) => (unit.block.kind === 'caption' ? [{ caption: unit.block, segmentId: segmentIdOf(unitIndex) }] : []))
  const isMap = ({ caption }: (typeof captions)[number]) => MAP_WORDS.test(caption.text) || /map/i.test(caption.fileName ?? '')
  const maps = captions.filter(isMap).map(({ caption, segmentId }) => ({
    // The first sentence: to a full stop before a space, or to 。 (Chinese puts no space after it).
    // Stryker disable next-line Regex: without ^ the first match still starts at 0, and without |$ a caption of one sentence loses its stop by the replace.
    title: (/^(.+?(?:\.(?=\s|$)|。))/.exec(caption.text)?.[1] ?? caption.text).replace(/[.。]$/, ''),
    caption: caption.text,
    originalFileName: caption.fileName,
    imageStatus: caption.fileName ? ('missing' as const) : ('none' as const),
    segmentId,
  }))
  const figures = captions.filter((entry) => !isMap(entry)).map(({ caption, segmentId }) => ({ caption: caption.text, fileName: caption.fileName, segmentId }))

  const events = tree.sections
    .filter((section) => section.role === 'body')
    .flatMap((section) => section.blocks)
    .flatMap((block) => {
      // Stryker disable next-line ConditionalExpression: only headings have dates; the kind test narrows for the compiler
      if (block.kind !== 'heading' || !block.dates) return []
      const name = block.text.replace(/^\s*\d{3,4}(?:\s*[-–—~至]\s*\d{2,4})?\s*年?\s*[:：]\s*/, '').replace(/\s*[(（][^()（）]*[)）]\s*$/, '').trim()
      if (!namesAnEvent(name)) return []
      const { start, end, originalText } = block.dates
      return [{ key: `${start.year}-${end.year}:${name.toLowerCase()}`, name, start: yearDate(start.year, originalText), end: yearDate(end.year, originalText), sectionPath: block.text }]
    })

  const infoboxes = tree.sections.flatMap((section) => section.blocks).filter((block): block is Infobox => block.kind === 'infobox')
  const { infobox, nativeNames } = planInfobox(infoboxes, index, entities, language)
  const { entities: planned, unclassified } = entities.result()
  const body = planBody(tree.sections, index)

  return {
    source: {
      title,
      language,
      kind: manifest?.kind ?? options.kind ?? null,
      machineTranslated,
      translatedFrom: options.translatedFrom ?? null,
      public: manifest?.public ?? false,
      origin: manifest
        ? { site: manifest.origin.site, url: manifest.origin.url, retrievedAt: manifest.origin.retrieved, licence: manifest.origin.licence, attribution: manifest.origin.attribution }
        : null,
      rawText,
      contentHash: contentHash(rawText),
      segments,
      figures,
      flags,
    },
    citations: index.citations,
    citeUses,
    entities: planned,
    unclassifiedLinks: unclassified,
    events,
    eraDates,
    maps,
    article: { locale: language, title, summary: summaryOf(body, language), nativeNames, infobox, body, publish: manifest?.publishOnFirstStart ?? false },
  }
}
