import type { CollectionBeforeChangeHook } from 'payload'

import { dedupKey } from '../../../lib/cite/dedup'
import type { Citation } from '../../../payload-types'

/** Keeps the key by which imports recognise a work they have seen before. */
export const computeDedupKey: CollectionBeforeChangeHook<Citation> = ({ data, originalDoc }) => {
  const work = { ...originalDoc, ...data }
  const year = work.issued ? Number.parseInt(work.issued, 10) : undefined
  const authors = (work.authors ?? []).map((a) => a.family ?? a.literal ?? a.romanized ?? '').filter(Boolean)
  return { ...data, dedupKey: dedupKey({ isbn: work.isbn, authors, title: work.title?.original, year }) }
}
