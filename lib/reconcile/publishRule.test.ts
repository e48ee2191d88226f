import { describe, expect, it } from 'vitest'

import { publishBlocks, refusalMessage, unresolvedHighFindings, UNMODIFIED_LIMIT } from './publishRule'
import { check } from './testing'
import { measureUnmodified } from './unmodified'

const MACHINE = [
  'In 1862 the envoy reached the frontier.',
  'On 1February 864 the governor marched with 120 million soldiers to the river.',
  'The garrison of 1871 held the town for ten years.',
]
const REWRITTEN = ['The envoy came to the border country in 1862.', 'In February 1864 the governor led his troops to the river.', 'From 1871 a garrison kept the town for a decade.']

describe('publishBlocks', () => {
  it('blocks an untouched machine translation by both rules, saying how many findings and by how much', () => {
    const blocks = publishBlocks({ findings: check(MACHINE), decisions: [], unmodified: measureUnmodified(MACHINE, MACHINE), locale: 'en' })
    expect(blocks.map((block) => block.rule)).toEqual(['unresolved-findings', 'unmodified'])
    expect(blocks[0]!.message.en).toMatch(/^2 findings of high severity are unresolved in the English text \(broken-date “1February 864”, implausible-magnitude “120 million soldiers”\)/)
    expect(blocks[1]!.message.en).toBe('100 % of the English text is the unmodified machine translation, 30 points over the limit of 70 %.')
    expect(blocks[1]!.message.zh).toContain('100%')
  })

  it('lets a rewritten text with no high findings through', () => {
    const blocks = publishBlocks({ findings: check(REWRITTEN), decisions: [], unmodified: measureUnmodified(MACHINE, REWRITTEN), locale: 'en' })
    expect(blocks).toEqual([])
  })

  it('counts a finding as resolved when a settling decision names its kind and quote, not when it is only disputed', () => {
    const findings = check(MACHINE)
    const dismissed = [{ kind: 'broken-date', quote: '1February 864', action: 'dismissed' }]
    expect(unresolvedHighFindings(findings, dismissed).map((finding) => finding.quote)).toEqual(['120 million soldiers'])
    const disputed = [{ kind: 'implausible-magnitude', quote: '120 million soldiers', action: 'disputed' }]
    expect(unresolvedHighFindings(findings, [...dismissed, ...disputed]).map((finding) => finding.quote)).toEqual(['120 million soldiers'])
    // The latest decision counts: a dismissal disputed afterwards no longer settles it.
    expect(unresolvedHighFindings(findings, [...dismissed, { ...dismissed[0]!, action: 'disputed' }]).map((finding) => finding.quote)).toEqual(['1February 864', '120 million soldiers'])
    // The same quote under another kind settles nothing.
    expect(unresolvedHighFindings(findings, [{ kind: 'broken-date', quote: '120 million soldiers', action: 'dismissed' }])).toHaveLength(2)
  })

  it('blocks on the share alone just over the limit, not at it', () => {
    const words = Array.from({ length: 10 }, (_, index) => `word${index}`)
    const atLimit = [...words.slice(0, 7), 'new1', 'new2', 'new3'].join(' ')
    const overLimit = [...words.slice(0, 8), 'new1', 'new2'].join(' ')
    expect(measureUnmodified(words.join(' '), [atLimit]).share).toBe(UNMODIFIED_LIMIT)
    expect(publishBlocks({ findings: [], decisions: [], unmodified: measureUnmodified(words.join(' '), [atLimit]), locale: 'en' })).toEqual([])
    const [block] = publishBlocks({ findings: [], decisions: [], unmodified: measureUnmodified(words.join(' '), [overLimit]), locale: 'zh' })
    expect(block?.message.en).toBe('80 % of the Chinese text is the unmodified machine translation, 10 points over the limit of 70 %.')
  })

  it('words the refusal in the admin’s language and names the override', () => {
    const blocks = publishBlocks({ findings: [], decisions: [], unmodified: measureUnmodified(MACHINE, MACHINE), locale: 'en' })
    expect(refusalMessage(blocks, 'en')).toMatch(/^Publishing refused\. 100 % .* “Publish override”\.$/)
    // The admin's toast cuts a message at its first colon and lists the rest comma by comma.
    const both = publishBlocks({ findings: check(MACHINE), decisions: [], unmodified: measureUnmodified(MACHINE, MACHINE), locale: 'en' })
    expect(refusalMessage(both, 'en')).not.toContain(':')
    expect(refusalMessage(blocks, 'zh')).toMatch(/^无法发布：英文文本有 100%.*发布豁免/)
  })
})
