import type { Payload, PayloadRequest } from 'payload'

/**
 * Gives every work saved before the work search existed its search text: each is saved again
 * unchanged, and the collection's hook (collections/citations/hooks/workSearch) writes it.
 */
export async function fillWorkSearchText(payload: Payload, req: PayloadRequest): Promise<number> {
  const { docs } = await payload.find({ collection: 'citations', req, depth: 0, pagination: false, select: {}, where: { searchText: { exists: false } } })
  for (const { id } of docs) await payload.update({ collection: 'citations', id, req, depth: 0, data: {} })
  return docs.length
}
