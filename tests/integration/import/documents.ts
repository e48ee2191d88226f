/**
 * Test documents written for these tests (not the founding corpus): short
 * articles in the shape editors import, with a manifest whose origin URL is
 * the document's identity, so a changed text is a re-import of the same source.
 */
import type { DocumentFile } from '@/server/import'
import type { Manifest } from '@/lib/corpus/manifest'

export function manifestFor(title: string, url: string, language: Manifest['language'] = 'en'): Manifest {
  return {
    title,
    language,
    kind: 'wiki',
    origin: { site: 'Test wiki', url, retrieved: '2026-11-30', licence: 'CC BY-SA', attribution: `Test article "${title}"` },
    machineTranslated: false,
    translatedFrom: null,
    public: true,
    publishOnFirstStart: false,
  }
}

export function documentFile(fileName: string, text: string, manifest?: Manifest): DocumentFile {
  return { path: fileName, fileName, bytes: new TextEncoder().encode(text), ...(manifest ? { manifest } : {}) }
}

/** A note citing a book by author, title, year and page, without ISBN (so the dedup key is author, title and year). */
export const bookNote = (author: string, title: string, year: number, page: number) => `${author} (${year}). ${title}. Frontier Studies Press. p. ${page}.`

/** An English article about a frontier post: a lead, one section, and its notes. */
export function frontierArticle(title: string, options: { lead?: string; section?: string; notes: string[] }): string {
  // Long enough to be read as paragraphs: the plain-text parser takes a short line for a heading.
  const lead = options.lead ?? `${title} was a small outpost on the upper Argun River. It stood for six years and guarded a ford used by fur traders travelling towards Nerchinsk.`
  const section = options.section ?? 'The garrison of forty men was withdrawn after the treaty talks began, and the outpost was burned by its own defenders so that it would not serve the patrols.'
  const markers = options.notes.map((_, index) => `[${index + 1}]`).join('')
  const notes = options.notes.map((note, index) => `  ${index + 1}. ${note}`).join('\n')
  return `${title}\n\n${lead} ${markers}\n\nHistory\n\n${section} [1]\n\n${notes}\n`
}
