import type { AuthorityEntity, AuthorityEntityType, AuthorityIndex } from './authority'
import { mentionsIn } from './mentions'
import type { Language, Segment } from './types'

/** An authority entity the text names, with the forms it is written in. */
export type NamedEntity = { id: string; type: AuthorityEntityType; written: string[] }

/**
 * A Latin-script mention names an entity only when written as a name (a capital
 * first letter): "ili" or "ma" in running text is a word, not a place or a
 * person, and linking the wrong record is worse than linking none. A written
 * form shared by two entities is ambiguous and links neither.
 */
const writtenAsName = (written: string) => !/\p{Script=Latin}/u.test(written[0] ?? '') || /\p{Lu}/u.test(written[0] ?? '')

/** The people and places the authority knows that a text names, in any recorded form (machine-translation renderings included). */
export function namedEntities(segments: readonly Segment[], language: Language, authority: AuthorityIndex): NamedEntity[] {
  // Keyed by the entity itself: a place and a person may carry the same record id.
  const named = new Map<AuthorityEntity, NamedEntity>()
  for (const segment of segments) {
    if (segment.kind === 'note') continue
    const mentions = mentionsIn(segment.text, language, authority)
    const byRange = new Map<string, typeof mentions>()
    for (const mention of mentions) {
      const range = `${mention.start}:${mention.end}`
      byRange.set(range, [...(byRange.get(range) ?? []), mention])
    }
    for (const candidates of byRange.values()) {
      const entities = new Set(candidates.map((mention) => mention.entity))
      const [mention] = candidates
      if (!mention || entities.size !== 1 || mention.entity.type === 'term' || !writtenAsName(mention.written)) continue
      const entry = named.get(mention.entity) ?? { id: mention.entity.id, type: mention.entity.type, written: [] }
      if (!entry.written.includes(mention.written)) entry.written.push(mention.written)
      named.set(mention.entity, entry)
    }
  }
  return [...named.values()]
}
