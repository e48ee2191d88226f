import type { Payload, PayloadRequest } from 'payload'

import { cslToRecord, itemLabel, readBibliography, type ExchangeFormat, type ExchangeRecord } from '@/lib/bibliography/exchange'
import { citationDedupKey } from '@/lib/cite/dedup'
import { relationId } from '@/lib/richtext/walk'
import { inTransaction } from '@/server/transaction'

/** What importing one entry does: create a work, or use the one already recorded (or met earlier in the same text). */
export type PlannedWork =
  | { index: number; label: string; action: 'create'; record: ExchangeRecord }
  | { index: number; label: string; action: 'match'; record: ExchangeRecord; match: { id: number | string; title: string } }
  | { index: number; label: string; action: 'repeat'; record: ExchangeRecord; repeatOf: number }

/** Reads the text and finds, by the works' dedup key (lib/cite/dedup), which entries are works already recorded. Writes nothing. */
export async function planWorks(payload: Payload, req: PayloadRequest, text: string, format: ExchangeFormat | null): Promise<PlannedWork[]> {
  const items = await readBibliography(text, format)
  const records = items.map((item, index) => ({ index, label: itemLabel(item, index), record: cslToRecord(item, index) }))
  const keys = records.map(({ record }) => citationDedupKey(record))
  const wanted = [...new Set(keys.filter((key): key is string => key !== null))]
  const { docs } = wanted.length
    ? await payload.find({ collection: 'citations', req, overrideAccess: false, depth: 0, pagination: false, where: { dedupKey: { in: wanted } }, select: { dedupKey: true, displayTitle: true, mergedInto: true } })
    : { docs: [] }
  // A work merged away stands for the one it was merged into.
  const existing = new Map(docs.map((doc) => [doc.dedupKey, { id: doc.mergedInto ? (relationId(doc.mergedInto) as number | string) : doc.id, title: doc.displayTitle ?? '' }]))
  const firstIndex = new Map<string, number>()
  return records.map(({ index, label, record }) => {
    const key = keys[index]
    const match = key ? existing.get(key) : undefined
    if (match) return { index, label, action: 'match', record, match }
    const earlier = key ? firstIndex.get(key) : undefined
    if (earlier !== undefined) return { index, label, action: 'repeat', record, repeatOf: earlier }
    if (key) firstIndex.set(key, index)
    return { index, label, action: 'create', record }
  })
}

/** Imports the text's works in one transaction: all new ones are created, or none (any refusal undoes the lot). */
export async function importWorks(payload: Payload, user: PayloadRequest['user'], text: string, format: ExchangeFormat | null) {
  return inTransaction(
    payload,
    async (req) => {
      const plan = await planWorks(payload, req, text, format)
      const ids: (number | string)[] = []
      for (const entry of plan) {
        if (entry.action === 'match') ids.push(entry.match.id)
        else if (entry.action === 'repeat') ids.push(ids[entry.repeatOf]!)
        else ids.push((await payload.create({ collection: 'citations', req, overrideAccess: false, data: entry.record as never, select: { dedupKey: true } })).id)
      }
      return { created: plan.filter((entry) => entry.action === 'create').length, matched: plan.length - plan.filter((entry) => entry.action === 'create').length, ids }
    },
    { user },
  )
}
