import { beforeEach, describe, expect, it } from 'vitest'

import { numberFootnotes } from './index'
import { backLinkPlace, locatorPhrase } from './place'

describe('backLinkPlace', () => {
  // A work cited in full several times and once more by a short note at a chapter ("Smallwood, chapter 5").
  // Numbered before each test, not while collecting: mutation testing switches a planted bug on only when the tests start.
  let note: ReturnType<typeof numberFootnotes>['notes'][number]
  beforeEach(() => {
    note = numberFootnotes([{ citationKey: 'smallwood' }, { citationKey: 'smallwood' }, { citationKey: 'smallwood', locator: '5', locatorType: 'chapter' }, { citationKey: 'smallwood', locator: '12–14' }]).notes[0]!
  })

  it('names the kind of place, so a chapter number is not read as one more back-link', () => {
    expect(note.backLinks.map((link) => [link.label, backLinkPlace(link, note, 'en')])).toEqual([
      ['a', null],
      ['b', null],
      ['c', 'ch. 5'],
      ['d', 'pp. 12–14'],
    ])
  })

  it('says it in Chinese on a Chinese page', () => {
    expect(note.backLinks.map((link) => backLinkPlace(link, note, 'zh'))).toEqual([null, null, '第5章', '第12–14页'])
  })

  it('says nothing when every use cites the same place (the citation prints it) or the note is used once', () => {
    const same = numberFootnotes([{ citationKey: 'lin', locator: '8' }, { citationKey: 'lin', locator: '8' }]).notes[0]!
    expect(same.backLinks.map((link) => backLinkPlace(link, same, 'en'))).toEqual([null, null])
    const once = numberFootnotes([{ citationKey: 'lin', locator: '8' }]).notes[0]!
    expect(backLinkPlace(once.backLinks[0]!, once, 'zh')).toBeNull()
  })
})

describe('locatorPhrase', () => {
  it('abbreviates every kind of place as Chicago does, and says each in Chinese', () => {
    const kinds = ['page', 'chapter', 'column', 'folio', 'line', 'note', 'section'] as const
    expect(kinds.map((kind) => locatorPhrase(kind, '7', 'en'))).toEqual(['p. 7', 'ch. 7', 'col. 7', 'fol. 7', 'l. 7', 'n. 7', 'sec. 7'])
    expect(kinds.map((kind) => locatorPhrase(kind, '7', 'zh'))).toEqual(['第7页', '第7章', '第7栏', '第7叶', '第7行', '注7', '第7节'])
    expect(['4-6', '4–6', '4—6', '4, 9'].map((pages) => locatorPhrase('page', pages, 'en'))).toEqual(['pp. 4-6', 'pp. 4–6', 'pp. 4—6', 'pp. 4, 9'])
  })

  it('names the place of a use whose kind alone differs from the others', () => {
    const note = numberFootnotes([{ citationKey: 'lin', locator: '8' }, { citationKey: 'lin', locator: '8', locatorType: 'chapter' }]).notes[0]!
    expect(note.backLinks.map((link) => backLinkPlace(link, note, 'en'))).toEqual(['p. 8', 'ch. 8'])
    const pages = numberFootnotes([{ citationKey: 'lin', locator: '8' }, { citationKey: 'lin', locator: '9' }]).notes[0]!
    expect(pages.backLinks.map((link) => backLinkPlace(link, pages, 'en'))).toEqual(['p. 8', 'p. 9'])
  })
})
