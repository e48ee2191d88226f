import type { CollectionBeforeChangeHook, CollectionBeforeOperationHook, Where } from 'payload'

import { workSearchQuery, workSearchText } from '@/lib/cite/workSearch'
import type { Citation } from '@/payload-types'

/** Keeps the text the work pickers search (lib/cite/workSearch) on every write: create, update, bulk update, import, merge. */
export const keepWorkSearchText: CollectionBeforeChangeHook<Citation> = ({ data, originalDoc }) => ({
  ...data,
  searchText: workSearchText({ ...originalDoc, ...data } as Parameters<typeof workSearchText>[0]),
})

const SEARCH_OPERATORS = ['like', 'contains', 'equals'] as const

function normalizeWhere(where: Where): Where {
  const normalized: Where = {}
  for (const [key, condition] of Object.entries(where)) {
    if ((key === 'and' || key === 'or') && Array.isArray(condition)) normalized[key] = condition.map((inner) => normalizeWhere(inner as Where))
    else if (key === 'searchText' && condition && typeof condition === 'object') {
      const query = { ...(condition as Record<string, unknown>) }
      for (const operator of SEARCH_OPERATORS) if (typeof query[operator] === 'string') query[operator] = workSearchQuery(query[operator])
      normalized[key] = query as Where[string]
    } else normalized[key] = condition as Where[string]
  }
  return normalized
}

/**
 * A search of `searchText`, from a work picker, the list's search box, REST or GraphQL,
 * is normalised as the stored text is (an ISBN typed with any hyphenation becomes its 13 digits).
 */
export const normalizeWorkSearch: CollectionBeforeOperationHook = ({ args }) => {
  const where = (args as { where?: Where }).where
  if (!where || typeof where !== 'object') return args
  return { ...args, where: normalizeWhere(where) }
}
