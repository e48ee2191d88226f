import type { DecisionAction } from './api'
import { settles } from './progress'
import type { Finding, Message } from './types'
import type { UnmodifiedMeasure } from './unmodified'

/** An article drafted from a machine translation may not be published while more than this share of it is the machine's text. */
export const UNMODIFIED_LIMIT = 0.7

export const PUBLISH_RULES = ['unresolved-findings', 'unmodified'] as const
export type PublishRule = (typeof PUBLISH_RULES)[number]

/** A decision as these rules read it: the finding's kind and the exact text it quoted, and what was decided. */
export type DecidedFinding = { kind: string; quote: string; action: string }

const decisionKey = (finding: { kind: string; quote: string }) => `${finding.kind}\u0000${finding.quote}`

/**
 * Which findings (by kind and quoted text) are settled, from decisions in the
 * order they were taken: the latest per finding counts, and a dispute (all a
 * historian may decide) only asks a question, so it settles nothing.
 */
export function settledFindings(decisions: DecidedFinding[]): (finding: { kind: string; quote: string }) => boolean {
  const latest = new Map<string, string>()
  for (const decision of decisions) latest.set(decisionKey(decision), decision.action)
  return (finding) => settles(latest.get(decisionKey(finding)) as DecisionAction | undefined)
}

/** The findings of high severity that no decision settles. */
export function unresolvedHighFindings(findings: Finding[], decisions: DecidedFinding[]): Finding[] {
  const settled = settledFindings(decisions)
  return findings.filter((finding) => finding.severity === 'high' && !settled(finding))
}

export type PublishBlock =
  | { rule: 'unresolved-findings'; message: Message; findings: Finding[] }
  | { rule: 'unmodified'; message: Message; share: number }

const LOCALE_NAMES: Record<string, Message> = { en: { en: 'English', zh: '英文' }, zh: { en: 'Chinese', zh: '中文' } }
const percent = (share: number) => Math.round(share * 100)
const MAX_LISTED = 3

function findingsBlock(findings: Finding[], locale: string): PublishBlock {
  const language = LOCALE_NAMES[locale] ?? { en: locale, zh: locale }
  const listed = findings.slice(0, MAX_LISTED)
  const more = findings.length - listed.length
  const en = listed.map((finding) => `${finding.kind} “${finding.quote}”`).join(', ') + (more > 0 ? `, and ${more} more` : '')
  const zh = listed.map((finding) => `${finding.kind}“${finding.quote}”`).join('，') + (more > 0 ? `，另有 ${more} 项` : '')
  const count = findings.length
  return {
    rule: 'unresolved-findings',
    findings,
    message: {
      en: `${count} finding${count === 1 ? '' : 's'} of high severity ${count === 1 ? 'is' : 'are'} unresolved in the ${language.en} text (${en}) — decide ${count === 1 ? 'it' : 'them'} in the reconcile view or correct the text.`,
      zh: `${language.zh}文本中有 ${count} 项高严重度问题尚未处理（${zh}）：请在对照视图中逐项处理，或修改文本。`,
    },
  }
}

function unmodifiedBlock(share: number, locale: string): PublishBlock {
  const language = LOCALE_NAMES[locale] ?? { en: locale, zh: locale }
  const over = percent(share) - percent(UNMODIFIED_LIMIT)
  return {
    rule: 'unmodified',
    share,
    message: {
      en: `${percent(share)} % of the ${language.en} text is the unmodified machine translation, ${over} points over the limit of ${percent(UNMODIFIED_LIMIT)} %.`,
      zh: `${language.zh}文本有 ${percent(share)}% 仍是未经修改的机器翻译，超出 ${percent(UNMODIFIED_LIMIT)}% 的上限 ${over} 个百分点。`,
    },
  }
}

/**
 * What stands in the way of publishing an article drafted from a machine
 * translation, rule by rule: unresolved findings of high severity on its text
 * in `locale`, and a share of unmodified machine output over the limit. Pure.
 */
export function publishBlocks(input: { findings: Finding[]; decisions: DecidedFinding[]; unmodified: UnmodifiedMeasure; locale: string }): PublishBlock[] {
  const blocks: PublishBlock[] = []
  const unresolved = unresolvedHighFindings(input.findings, input.decisions)
  if (unresolved.length) blocks.push(findingsBlock(unresolved, input.locale))
  if (input.unmodified.share > UNMODIFIED_LIMIT) blocks.push(unmodifiedBlock(input.unmodified.share, input.locale))
  return blocks
}

/**
 * The refusal a person reads: every rule that blocked the publish, and how an
 * editor may still publish. No colon in the English: the admin's toast would
 * cut the message there and list the rest comma by comma.
 */
export function refusalMessage(blocks: PublishBlock[], language: 'en' | 'zh'): string {
  const reasons = blocks.map((block) => block.message[language])
  return language === 'zh'
    ? `无法发布：${reasons.join(' ')} 编辑可在“发布豁免”中写明理由后发布。`
    : `Publishing refused. ${reasons.join(' ')} An editor may publish anyway by giving a reason under “Publish override”.`
}
