import { issuedOf } from '../dates'
import { peopleOf } from '../names'
import { readContainer, readJournal, readPlacePublisherYear } from '../publication'
import { looksLikeNames, stripEnd, takeQuoted } from '../text'
import type { ParsedReference } from '../types'

/**
 * Chicago notes: "Peter C. Perdue, China Marches West (Cambridge, MA: Belknap Press, 2005), 45.",
 * "Gertraude Roth Li, "State Building before 1644," in The Cambridge History of China, vol. 9, ed.
 * Willard J. Peterson (Cambridge: Cambridge University Press, 2002), 14.", and journal notes
 * "Peter C. Perdue, "Military Mobilization," Modern Asian Studies 30, no. 4 (1996): 760.".
 * The pinpoint after the brackets is the note's locator (already taken when written "p. 45").
 */
export function readChicagoNote(text: string, reference: ParsedReference): boolean {
  const shaped = /^(.+?),\s+(.+)$/s.exec(text)
  if (!shaped?.[1] || !shaped[2]) return false
  const names = shaped[1].replace(/,?\s+(?:eds?\.|ed\.)$/, '')
  if (!looksLikeNames(names) || !/\s/.test(names) || /,/.test(names.replace(/,\s*(?:and|&)\s/, ' and '))) return false
  const rest = shaped[2]
  const publication = /^(.*?)\s*\(([^()]*\d{4}[^()]*)\)(?::\s*([\d–—-]+))?[,.]?\s*([\d–—-]+(?:\s*n\.\s*\d+)?)?\.?$/s.exec(rest)
  if (!publication) return false
  const [, before = '', inside = '', colonPages, pinpoint] = publication
  reference.authors = peopleOf(names)
  const quoted = takeQuoted(before)
  if (quoted) {
    reference.title.original = quoted.quoted
    const within = /^in\s+(.+)$/is.exec(quoted.rest)
    if (within?.[1]) {
      const volume = /,\s*vol\.\s*(\w+)/.exec(within[1])
      if (volume?.[1]) reference.volume = volume[1]
      readContainer(within[1].replace(/,\s*vol\.\s*\w+/, ''), reference)
    } else if (readJournal(`${quoted.rest} (${inside})`, reference)) {
      if (colonPages) reference.locator ??= { locatorType: 'page', locator: colonPages }
      return true
    } else reference.containerTitle = stripEnd(quoted.rest) || null
  } else {
    const [title, ...others] = before.split(/,\s+(?=(?:ed\.|edited by|trans\.|vol\.|\d+(?:st|nd|rd|th) ed\.))/)
    reference.title.original = stripEnd(title ?? '')
    for (const other of others) {
      const volume = /^vol\.\s*(\w+)/.exec(other)
      if (volume?.[1]) reference.volume = volume[1]
      const edition = /^(\d+)(?:st|nd|rd|th) ed\./.exec(other)
      if (edition?.[1]) reference.edition = edition[1]
      const editors = /^(?:ed\.|edited by)\s+(.+)$/.exec(other)
      if (editors?.[1]) reference.editors.push(...peopleOf(editors[1]))
    }
  }
  if (!readPlacePublisherYear(inside, reference)) reference.issued = issuedOf(inside)
  reference.issued ??= issuedOf(inside)
  if (pinpoint) reference.locator ??= { locatorType: 'page', locator: pinpoint.replace(/\s+/g, '') }
  return Boolean(reference.title.original)
}
