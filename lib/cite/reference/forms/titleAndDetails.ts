import { readContainer, readDetails } from '../publication'
import { sentencesOf, stripEnd, takeQuoted } from '../text'
import type { ParsedReference } from '../types'

/**
 * What follows the authors (and date) in every Latin-script form: a title, quoted (an article,
 * a chapter, a page) or not (a book), then "In …" for a chapter's book, then the details.
 */
export function readTitleAndDetails(text: string, reference: ParsedReference): void {
  const quoted = takeQuoted(text)
  if (quoted) {
    reference.title.original = quoted.quoted
    const within = /^[Ii]n:?\s+(.+)$/s.exec(quoted.rest)
    if (within?.[1]) {
      const [container = '', ...after] = splitContainer(within[1])
      readContainer(container, reference)
      readDetails(after, reference, { quotedTitle: false })
      return
    }
    readDetails(sentencesOf(quoted.rest), reference, { quotedTitle: true })
    return
  }
  const [title = '', ...after] = sentencesOf(text)
  // "Eminent Chinese of the Ch'ing period, vol. 2": the volume written into the title's sentence.
  const volume = /,\s*vol\.\s*(\w+)$/i.exec(title)
  if (volume?.[1]) reference.volume = volume[1]
  reference.title.original = stripEnd(volume ? title.slice(0, volume.index) : title)
  const inIndex = after.findIndex((sentence) => /^In:?\s/.test(sentence))
  if (inIndex >= 0) {
    readDetails(after.slice(0, inIndex), reference, { quotedTitle: false })
    const [container = '', ...rest] = splitContainer(after.slice(inIndex).join('. ').replace(/^In:?\s+/, ''))
    readContainer(container, reference)
    readDetails(rest, reference, { quotedTitle: false })
    return
  }
  readDetails(after, reference, { quotedTitle: false })
  // "Report of the Ili garrison, 1871": a document's date written into its title's sentence.
  const dated = /,\s*(\d{4})$/.exec(reference.title.original)
  if (dated?.[1] && !reference.issued) {
    reference.issued = dated[1]
    reference.title.original = reference.title.original.slice(0, dated.index)
  }
}

/** "Peterson, Willard J. (ed.). The Ch'ing Empire to 1800. Cambridge …": the editors and book title stay together. */
function splitContainer(text: string): string[] {
  const sentences = sentencesOf(text)
  const [first, second, ...rest] = sentences
  if (first && second && /\((?:eds?|editors?)\.?\)$/i.test(first)) return [`${first}. ${second}`, ...rest]
  return sentences
}
