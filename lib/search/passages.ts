import { normalize } from './normalize'
import { buildSnippet } from './snippet'
import { parseQuery } from './tokenize'

/**
 * The first passage that names an entity, as an HTML snippet with the name
 * marked: a passage must contain one of the names whole (normalised: case,
 * simplified/traditional), so a person called "Yakub Beg" is not found in a
 * paragraph that merely says "beg". Longer names are tried first. Null when no
 * passage names it.
 */
export function passageNaming(passages: string[], names: string[], length = 200): null | string {
  const candidates = [...new Set(names.map((name) => name.trim()).filter((name) => name.length > 1))].sort((a, b) => b.length - a.length)
  for (const passage of passages) {
    const text = normalize(passage)
    const found = candidates.find((name) => text.includes(normalize(name)))
    if (found) return buildSnippet(passage, parseQuery(found), length)
  }
  return null
}
