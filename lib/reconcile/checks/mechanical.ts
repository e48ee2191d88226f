import { isEnglishWord } from '@/lib/reconcile/lexicon'
import type { Finding, Hit } from '@/lib/reconcile/types'
import { isProse, perSegment, type CheckContext } from './context'

const QUESTION_WORDS_EN = /\b(?:what|who|whom|whose|why|how|when|where|which|whether|is|are|was|were|do|does|did|can|could|would|should|will|shall|has|have|had|may|might|must|isn't|aren't|wasn't|weren't|don't|doesn't|didn't)\b/i
const QUESTION_WORDS_ZH = /[吗嗎么麼呢何谁誰哪怎岂豈乎否]|什么|甚麼|为何|為何|难道|難道|是否/

/** The sentence that ends at `end`: from the previous sentence end (or the segment start). */
function sentenceBefore(text: string, end: number): string {
  const before = text.slice(0, end)
  const previous = Math.max(before.lastIndexOf('. '), before.lastIndexOf('。'), before.lastIndexOf('! '), before.lastIndexOf('? '), before.lastIndexOf('？'), before.lastIndexOf('！'))
  return before.slice(previous + 1)
}

const insideQuotes = (text: string, offset: number) => {
  const before = text.slice(0, offset)
  const straight = (before.match(/"/g)?.length ?? 0) % 2 === 1
  const curly = before.lastIndexOf('“') > before.lastIndexOf('”')
  const cjk = before.lastIndexOf('「') > before.lastIndexOf('」') || before.lastIndexOf('『') > before.lastIndexOf('』')
  return straight || curly || cjk
}

/** A ? or ! that ends no question or exclamation: a character the translation could not render. */
const strayPunctuation = perSegment((segment, context): Hit[] => {
  if (!isProse(segment)) return []
  const text = segment.masked
  const hits: Hit[] = []
  for (const match of text.matchAll(/[?!？！]/g)) {
    const offset = match.index ?? 0
    const after = text.slice(offset + 1)
    if (text[offset - 1] === '(' || insideQuotes(text, offset) || /^[?!？！)）"”’]/.test(after) || !/\S/.test(after)) continue
    const glued = /^\p{Script=Latin}/u.test(after) && /\p{Script=Latin}$/u.test(text.slice(0, offset))
    const continues = /^\s+\p{Ll}/u.test(after)
    const sentence = sentenceBefore(text, offset)
    const question = context.language === 'zh' ? QUESTION_WORDS_ZH.test(sentence) : QUESTION_WORDS_EN.test(sentence)
    const stray = glued || continues || (match[0] === '?' || match[0] === '？' ? !question : false)
    if (!stray) continue
    hits.push({
      kind: 'stray-punctuation',
      severity: 'medium',
      start: offset,
      end: offset + 1,
      message: { en: `A "${match[0]}" inside a sentence that asks nothing: probably a character the translation lost.`, zh: `句中的“${match[0]}”并不表示疑问或感叹，可能是译文丢失的字符。` },
    })
  }
  return hits
})

/** A line that occurs again later, and a breadcrumb trail (site › section › title) copied with the page. */
function repeatedAndBreadcrumbs(context: CheckContext): Finding[] {
  const findings: Finding[] = []
  const seen = new Set<string>()
  for (const segment of context.segments) {
    const normal = segment.masked.replace(/\s+/g, ' ').trim()
    if (normal.length >= 15 && segment.kind !== 'note') {
      if (seen.has(normal)) {
        findings.push({
          kind: 'repeated-line',
          severity: 'medium',
          segmentId: segment.id,
          start: 0,
          end: segment.text.length,
          quote: segment.text,
          message: { en: 'This line repeats an earlier one word for word.', zh: '此行与前文某行完全重复。' },
        })
      }
      seen.add(normal)
    }
    const parts = normal.split(/\s+(?:-|>|»|›|\/|\|)\s+/)
    const crumb = parts.length >= 3 && parts.every((part) => part.length > 0 && part.length <= 80 && !/[.。!?！？]$/.test(part))
    if (crumb && (segment.kind === undefined || segment.kind === 'paragraph' || segment.kind === 'heading')) {
      findings.push({
        kind: 'breadcrumb',
        severity: 'low',
        segmentId: segment.id,
        start: 0,
        end: segment.text.length,
        quote: segment.text,
        message: { en: 'A navigation trail copied with the page, not part of the text.', zh: '随网页复制的导航路径，不属于正文。' },
      })
    }
  }
  return findings
}

const LANGUAGE_LABEL = /(?:Chinese|Mandarin|simplified|traditional|pinyin|zh|Manchu|Japanese)\s*[:：]\s*$/i

/** Han characters in English prose that no gloss explains (outside brackets and "Chinese:" labels). */
const leftoverCjk = perSegment((segment, context): Hit[] => {
  if (context.language !== 'en' || !isProse(segment) || segment.kind === 'infobox') return []
  const text = segment.masked
  return [...text.matchAll(/[\p{Script=Han}\u3000-\u303f\uff00-\uffef]*\p{Script=Han}[\p{Script=Han}\u3000-\u303f]*/gu)].flatMap((match) => {
    const start = match.index ?? 0
    const before = text.slice(0, start)
    const bracketed = before.lastIndexOf('(') > before.lastIndexOf(')') || before.lastIndexOf('（') > before.lastIndexOf('）') || before.lastIndexOf('[') > before.lastIndexOf(']')
    const glossed = /[)）]\s?$/.test(before) || /^\s?[(（]/.test(text.slice(start + match[0].length))
    if (bracketed || glossed || LANGUAGE_LABEL.test(before) || insideQuotes(text, start)) return []
    return [{ kind: 'leftover-cjk' as const, severity: 'medium' as const, start, end: start + match[0].length, message: { en: 'Chinese characters left untranslated in the English text.', zh: '英文译文中残留未翻译的汉字。' } }]
  })
})

/** An English word the translation left between Chinese characters (not a bracketed gloss or a title). */
const untranslatedWord = perSegment((segment, context): Hit[] => {
  if (context.language !== 'zh' || !isProse(segment)) return []
  const text = segment.masked
  return [...text.matchAll(/(?<=\p{Script=Han}[\s]?)([a-z]{2,}(?:\s[a-z]{2,}){0,3})(?=[\s]?[\p{Script=Han}，。、；])/gu)].flatMap((match) => {
    const start = match.index ?? 0
    const before = text.slice(0, start)
    const bracketed = /[（(《〈「“"][^）)》〉」”"]*$/.test(before)
    if (bracketed || !match[0].split(/\s/).every((word) => isEnglishWord(word))) return []
    return [{ kind: 'untranslated-word' as const, severity: 'medium' as const, start, end: start + match[0].length, message: { en: `An English word left in the Chinese text: "${match[0]}".`, zh: `中文文本中残留英文单词“${match[0]}”。` } }]
  })
})

export const checkMechanical = (context: CheckContext): Finding[] => [...strayPunctuation(context), ...repeatedAndBreadcrumbs(context), ...leftoverCjk(context), ...untranslatedWord(context)]
