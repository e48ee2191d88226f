import type { CollectionBeforeChangeHook } from 'payload'

import { citationDedupKey } from '@/lib/cite/dedup'
import type { Citation } from '@/payload-types'

/** Keeps the key by which imports recognise a work they have seen before. */
export const computeDedupKey: CollectionBeforeChangeHook<Citation> = ({ data, originalDoc }) => ({
  ...data,
  dedupKey: citationDedupKey({ ...originalDoc, ...data }),
})
