import { expect } from 'vitest'

import { parseReference } from '.'
import type { ParsedReference } from './types'

type DeepPartial<T> = { [K in keyof T]?: T[K] extends (infer U)[] ? Partial<U>[] : T[K] extends object | null ? DeepPartial<NonNullable<T[K]>> | null : T[K] }
export type ReferenceCase = [written: string, expected: DeepPartial<ParsedReference>]

/** Parses `written` and checks every field the case names (arrays element by element, in order and in number). */
export function expectReference(written: string, language: string, expected: DeepPartial<ParsedReference>): void {
  const parsed = parseReference(written, language)
  expect(parsed, written).toMatchObject(expected)
  for (const field of ['authors', 'editors'] as const) {
    const people = expected[field]
    if (people) expect(parsed[field], `${written}: ${field}`).toHaveLength(people.length)
  }
}
