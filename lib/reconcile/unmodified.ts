import { diffArrays } from 'diff'

/** Words of Latin, Cyrillic and other spaced scripts; each Han character on its own (Chinese has no spaces to cut at). */
const tokensOf = (text: string) => text.match(/\p{Script=Han}|[\p{L}\p{M}\p{N}]+(?:['’][\p{L}]+)*/gu) ?? []

export type ParagraphMeasure = { index: number; tokens: number; unmodifiedTokens: number; share: number }
/** Shares are 0–1: the part of the article's words still exactly as the machine output has them, in the same order. */
export type UnmodifiedMeasure = { tokens: number; unmodifiedTokens: number; share: number; paragraphs: ParagraphMeasure[] }

const shareOf = (unmodified: number, total: number) => (total ? unmodified / total : 0)

/**
 * How much of an article drafted from a machine translation is still the
 * machine's text, per paragraph and overall. Order-sensitive: the article's
 * words are matched to the machine output's by a longest common subsequence
 * (jsdiff's diffArrays), so moving, rewording or translating anew counts as
 * modified, while punctuation and spacing changes do not. Pure.
 */
export function measureUnmodified(machineOutput: string | string[], articleParagraphs: string[]): UnmodifiedMeasure {
  const machine = tokensOf(Array.isArray(machineOutput) ? machineOutput.join('\n') : machineOutput)
  const paragraphTokens = articleParagraphs.map(tokensOf)
  // Each article token remembers its paragraph, so the diff over the whole text can be counted back per paragraph.
  const owner = paragraphTokens.flatMap((tokens, index) => tokens.map(() => index))
  const unmodifiedPerParagraph = paragraphTokens.map(() => 0)
  let position = 0
  for (const change of diffArrays(machine, paragraphTokens.flat())) {
    if (change.removed) continue
    if (!change.added) for (let offset = 0; offset < change.count; offset++) unmodifiedPerParagraph[owner[position + offset] ?? 0]! += 1
    position += change.count
  }
  const paragraphs = paragraphTokens.map((tokens, index) => {
    const unmodifiedTokens = unmodifiedPerParagraph[index] ?? 0
    return { index, tokens: tokens.length, unmodifiedTokens, share: shareOf(unmodifiedTokens, tokens.length) }
  })
  const tokens = owner.length
  const unmodifiedTokens = unmodifiedPerParagraph.reduce((sum, count) => sum + count, 0)
  return { tokens, unmodifiedTokens, share: shareOf(unmodifiedTokens, tokens), paragraphs }
}
