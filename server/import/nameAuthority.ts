import { readFile } from 'node:fs/promises'
import path from 'node:path'
import type { Payload } from 'payload'

import { LOCALES } from '@/lib/i18n/locales'
import type { Place } from '@/payload-types'
import { locationFor } from '@/server/places/locate'
import { inTransaction } from '@/server/transaction'
import { knownLanguage } from './names'

type NameTuple = [name: string, language: string, script: string, kind: string]
type AuthorityEntry = { names: NameTuple[]; placeType?: string }
type Authority = { places: AuthorityEntry[]; people: AuthorityEntry[] }

export const NAME_AUTHORITY_FILE = path.join(process.cwd(), 'corpus', 'name-authority.json')

type NameRow = NonNullable<Place['names']>[number]

const rows = (entry: AuthorityEntry): NameRow[] =>
  entry.names.map(([name, language, script, kind]) => ({ name, language: knownLanguage(language), script: script as NameRow['script'], kind: kind as NameRow['kind'] }))

/** The display name in a locale: the first official name in that language, else the first in it. */
const nameIn = (entry: AuthorityEntry, locale: string) =>
  (entry.names.find(([, language, , kind]) => language === locale && kind === 'official') ?? entry.names.find(([, language]) => language === locale))?.[0]

/**
 * First start: loads the seed name authority (places and people with their
 * names in several languages) when the gazetteer is empty, in one
 * transaction, so the corpus import that follows merges the English and
 * Chinese names of one place or person into one record.
 */
export async function seedNameAuthority(payload: Payload, file = NAME_AUTHORITY_FILE): Promise<{ places: number; people: number }> {
  const [places, people] = await Promise.all([payload.count({ collection: 'places' }), payload.count({ collection: 'people' })])
  if (places.totalDocs + people.totalDocs > 0) return { places: 0, people: 0 }
  const authority = JSON.parse(await readFile(file, 'utf8')) as Authority
  return inTransaction(payload, async (req) => {
    for (const [collection, entries] of [['places', authority.places], ['people', authority.people]] as const) {
      for (const entry of entries) {
        const [first, ...others] = LOCALES.filter((locale) => nameIn(entry, locale))
        if (!first) throw new Error(`${file}: an entry has no English or Chinese name (${entry.names[0]?.[0]})`)
        // Coordinates come from the gazetteer (geo/places.json), as for every other place.
        const extra = collection === 'places' ? { placeType: entry.placeType as Place['placeType'], ...locationFor(entry.names.map(([name]) => name)) } : {}
        const doc = await payload.create({ collection, locale: first, data: { name: nameIn(entry, first)!, names: rows(entry), ...extra }, req, depth: 0 })
        for (const locale of others) await payload.update({ collection, id: doc.id, locale, data: { name: nameIn(entry, locale)! }, req, depth: 0 })
      }
    }
    return { places: authority.places.length, people: authority.people.length }
  })
}
