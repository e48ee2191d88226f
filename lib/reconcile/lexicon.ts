import { createRequire } from 'node:module'

let words: null | Set<string> = null

/** Whether a lower-case word is an English dictionary word (an-array-of-english-words, ~275,000 entries, loaded once). */
export function isEnglishWord(word: string): boolean {
  words ??= new Set(createRequire(import.meta.url)('an-array-of-english-words') as string[])
  const lower = word.toLowerCase()
  return words.has(lower) || (/s$/.test(lower) && words.has(lower.replace(/(?:'s|’s|s)$/, '')))
}
