import { describe, expect, it } from 'vitest'

import { formatNotes, toCslItem } from './format'
import { parseReference } from '@/lib/cite/reference'

import { spacedInitials } from './initials'

describe('spacedInitials', () => {
  it('separates initials written together, each with its period', () => {
    expect(spacedInitials('AB.')).toBe('A. B.')
    expect(spacedInitials('A.B.')).toBe('A. B.')
    expect(spacedInitials('M.K.T.')).toBe('M. K. T.')
    expect(spacedInitials('Harold AB.')).toBe('Harold A. B.')
  })

  it('leaves full given names, single initials and already spaced initials alone', () => {
    expect(spacedInitials('Mary K.')).toBe('Mary K.')
    expect(spacedInitials('A. B.')).toBe('A. B.')
    expect(spacedInitials('JJ')).toBe('JJ')
    expect(spacedInitials('Ann')).toBe('Ann')
  })
})

describe('a formatted note with glued initials', () => {
  it('reads "A. B. Smallwood" whether the record has "AB." or "A.B."', () => {
    const items = ['AB.', 'A.B.'].map((given, index) =>
      toCslItem({ type: 'book', authors: [{ family: 'Smallwood', given }], title: { original: `Frontier Forts ${index}` }, publisher: 'Northfield Press', issued: '1999' }, `item-${index}`),
    )
    const notes = formatNotes([{ itemId: 'item-0' }, { itemId: 'item-1' }], items)
    expect(notes[0]).toBe('A. B. Smallwood, <i>Frontier Forts 0</i> (Northfield Press, 1999).')
    expect(notes[1]).toMatch(/^A\. B\. Smallwood, <i>Frontier Forts 1<\/i>/)
  })
})

describe('the reference parser', () => {
  it('files glued initials as separate initials of the given name', () => {
    expect(parseReference('AB. Smallwood, Frontier Forts of the North, 12', 'en').authors).toEqual([{ family: 'Smallwood', given: 'A. B.', literal: null, romanized: null }])
    expect(parseReference('Smallwood, A.B. (1999). Frontier Forts of the North. Northfield Press.', 'en').authors[0]).toMatchObject({ family: 'Smallwood', given: 'A. B.' })
  })
})
