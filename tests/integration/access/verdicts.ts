import type { Payload } from 'payload'
import { expect } from 'vitest'

import type { Doc, Id, Outcome, Slug } from './clients'

export function allowed<T>(outcome: Outcome<T>, what: string): T {
  if (!outcome.ok) expect.fail(`${what}: expected it to be allowed, it was refused (${outcome.status}): ${outcome.message}`)
  return outcome.value
}

/**
 * A refusal with the status Payload gives it: 403 Forbidden when access says no (anonymous readers included:
 * Payload answers 403, not 401), 404 Not Found when access narrows what the role may see and the record is outside it.
 */
export function refused(outcome: Outcome<unknown>, what: string, status: 403 | 404 = 403): void {
  if (outcome.ok) expect.fail(`${what}: expected a refusal, it was allowed: ${JSON.stringify(outcome.value).slice(0, 300)}`)
  expect(outcome.status, `${what}: refused with ${outcome.status} (${outcome.message.slice(0, 200)})`).toBe(status)
}

/** What the public site would get for this record: the Local API as an anonymous reader. */
export async function publicView(payload: Payload, slug: Slug, id: Id): Promise<Doc | null> {
  const doc = await payload.findByID({ collection: slug, id, depth: 0, overrideAccess: false, disableErrors: true })
  return (doc as Doc | null) ?? null
}
