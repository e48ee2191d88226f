import { describe, expect, it } from 'vitest'

import { formatNotes, toCslItem } from '@/lib/cite/format'
import { backLinkLabel, numberFootnotes } from './index'

describe('numberFootnotes', () => {
  it('numbers notes in order of first use, infobox uses first', () => {
    const { markers, notes } = numberFootnotes([
      { citationKey: 'infobox-source' },
      { citationKey: 'perdue', locator: '45' },
      { citationKey: 'millward' },
    ])
    expect(markers.map((marker) => marker.number)).toEqual([1, 2, 3])
    expect(notes.map((note) => note.citationKey)).toEqual(['infobox-source', 'perdue', 'millward'])
  })

  it('gives a reused citation at the same place its first number, with back-links a, b, c in order of use', () => {
    const { markers, notes } = numberFootnotes([
      { citationKey: 'perdue', locator: '45' },
      { citationKey: 'millward' },
      { citationKey: 'perdue', locator: ' 45 ', locatorType: 'page' },
      { citationKey: 'millward' },
      { citationKey: 'perdue', locator: '45' },
    ])
    expect(markers.map((marker) => marker.number)).toEqual([1, 2, 1, 2, 1])
    expect(notes).toHaveLength(2)
    expect(notes[0]!.backLinks.map(({ anchorId, label }) => [anchorId, label])).toEqual([
      ['cite-ref-1-1', 'a'],
      ['cite-ref-1-2', 'b'],
      ['cite-ref-1-3', 'c'],
    ])
    expect(notes[0]!.backLinks.every((link) => link.locator === '45' && link.locatorType === 'page')).toBe(true)
    expect(markers[2]).toEqual({ number: 1, anchorId: 'cite-ref-1-2', noteId: 'cite-note-1' })
  })

  it('keeps a work’s number when it is cited again at another place, each back-link with its own locator', () => {
    const { markers, notes } = numberFootnotes([
      { citationKey: 'perdue', locator: '45' },
      { citationKey: 'forsyth' },
      { citationKey: 'perdue', locator: '210' },
      { citationKey: 'perdue', locator: '3', locatorType: 'chapter' },
    ])
    expect(markers.map((marker) => marker.number)).toEqual([1, 2, 1, 1])
    expect(notes).toHaveLength(2)
    expect(notes[0]!.backLinks.map((link) => [link.label, link.locatorType, link.locator])).toEqual([
      ['a', 'page', '45'],
      ['b', 'page', '210'],
      ['c', 'chapter', '3'],
    ])
    // The uses disagree, so the citation itself names no place; the back-links do.
    expect([notes[0]!.locator, notes[0]!.locatorType]).toEqual([null, null])
  })

  it('leaves the back-link of a note used once unlabelled, and links marker and note both ways', () => {
    const { markers, notes } = numberFootnotes([{ citationKey: 'perdue' }], 'body')
    expect(notes[0]!.backLinks).toEqual([{ anchorId: 'body-ref-1-1', label: null, locator: null, locatorType: null }])
    expect(markers[0]).toEqual({ number: 1, anchorId: 'body-ref-1-1', noteId: 'body-note-1' })
    expect(notes[0]!.noteId).toBe('body-note-1')
  })

  it('collects the distinct quotations of a note', () => {
    const { notes } = numberFootnotes([
      { citationKey: 'perdue', quote: 'the Qing conquest' },
      { citationKey: 'perdue', quote: 'the Qing conquest' },
      { citationKey: 'perdue', quote: 'Central Eurasia' },
      { citationKey: 'perdue', quote: '  ' },
    ])
    expect(notes[0]!.quotes).toEqual(['the Qing conquest', 'Central Eurasia'])
  })

  it('labels back-links past z with aa, ab…', () => {
    const { notes } = numberFootnotes(Array.from({ length: 30 }, () => ({ citationKey: 'perdue' })))
    expect(notes[0]!.backLinks.map((link) => link.label).slice(24)).toEqual(['y', 'z', 'aa', 'ab', 'ac', 'ad'])
  })

  it('returns nothing for a text without cites', () => {
    expect(numberFootnotes([])).toEqual({ markers: [], notes: [] })
  })
})

describe('backLinkLabel', () => {
  it('counts a…z, aa…az, ba…, zz, aaa', () => {
    expect([0, 25, 26, 51, 52, 701, 702].map(backLinkLabel)).toEqual(['a', 'z', 'aa', 'az', 'ba', 'zz', 'aaa'])
  })
})

describe('numbered notes formatted in Chicago style', () => {
  it('prints each work in full once, with the shared page when every use cites the same one', () => {
    const { notes } = numberFootnotes([
      { citationKey: 'perdue', locator: '45' },
      { citationKey: 'perdue', locator: '45' },
      { citationKey: 'forsyth', locator: '12' },
      { citationKey: 'forsyth', locator: '80' },
    ])
    const perdue = toCslItem({ type: 'book', authors: [{ family: 'Perdue', given: 'Peter C.' }], title: { original: 'China Marches West' }, publisher: 'Harvard University Press', publisherPlace: 'Cambridge, MA', issued: '2005' }, 'perdue')
    const forsyth = toCslItem({ type: 'book', authors: [{ family: 'Forsyth', given: 'James' }], title: { original: 'A History of the Peoples of Siberia' }, publisher: 'Cambridge University Press', publisherPlace: 'Cambridge', issued: '1992' }, 'forsyth')
    const html = formatNotes(notes.map((note) => ({ itemId: note.citationKey, locator: note.locator, locatorType: note.locatorType })), [perdue, forsyth])
    expect(html).toEqual([
      'Peter C. Perdue, <i>China Marches West</i> (Cambridge, MA: Harvard University Press, 2005), 45.',
      'James Forsyth, <i>A History of the Peoples of Siberia</i> (Cambridge: Cambridge University Press, 1992).',
    ])
  })
})
