import { describe, expect, it } from 'vitest'

import { checkText, CheckInputError } from './check'
import { check, PERIOD, TEST_AUTHORITY } from './testing'

const DAMAGED = [
  'Frontier Encyclopedia - History - The Kobdo Affair',
  '1866 In April, Amuersana led nearly 723.45 million people against Khovd. 1August, 871 12 the governor of 伊犁 wrote? The court answered.',
  'In 1862 the envoy zhao came to Kobdo, where 20 thousand cavalry waited until 187 1.',
  '1864 and 1869 passed quietly.',
]

describe('checkText', () => {
  it('quotes every finding exactly as it stands in its segment, with a message in both languages', () => {
    const findings = check(DAMAGED)
    expect(findings.length).toBeGreaterThanOrEqual(10)
    for (const finding of findings) {
      const segment = DAMAGED[Number(finding.segmentId.slice(1)) - 1] ?? ''
      expect(segment.slice(finding.start, finding.end)).toBe(finding.quote)
      expect(finding.message.en).not.toBe('')
      expect(finding.message.zh).toMatch(/\p{Script=Han}/u)
    }
    expect(new Set(findings.map((finding) => finding.kind))).toEqual(
      new Set(['breadcrumb', 'date-order-fragment', 'machine-translated-name', 'implausible-magnitude', 'headcount-decimals', 'name-variants', 'broken-date', 'leftover-cjk', 'stray-punctuation', 'lowercase-name', 'conversion-trace']),
    )
  })

  it('returns findings in document order', () => {
    const positions = check(DAMAGED).map((finding) => [Number(finding.segmentId.slice(1)), finding.start])
    expect(positions).toEqual([...positions].sort((a, b) => (a[0] ?? 0) - (b[0] ?? 0) || (a[1] ?? 0) - (b[1] ?? 0)))
  })

  it('flags a reign-era date whose bracketed Gregorian year disagrees, and suggests the right one', () => {
    const findings = check(['乾隆二十年（1755年）清军进军伊犁。', '乾隆二十二年（1758年）九月，围城解除。'], 'zh')
    expect(findings.map((finding) => [finding.kind, finding.segmentId, finding.quote, finding.suggestion])).toEqual([['era-mismatch', 'p2', '1758', '1757']])
  })

  it('raises nothing on carefully written English and Chinese', () => {
    const english = [
      ...PERIOD,
      'In April 1866, Amursana led some 20,000 men against Kobdo. On August 12, 1871, the governor of Ili (伊犁) wrote to the court, which answered within a month.',
      'Zhao Hui reached Tarbagatai in 1869; the treaty ceded 440,000 square kilometres, and about 1.5 million people lived in the province.',
    ]
    expect(check(english)).toEqual([])
    const chinese = ['乾隆二十年（1755年），清军六万余人进军伊犁。', '同治三年（1864年），沙俄割占四十四万多平方公里。', '阿睦尔撒纳逃往科布多，兆惠追至塔尔巴哈台。']
    expect(check(chinese, 'zh')).toEqual([])
  })

  it('refuses an empty text and an unsupported language with a clear message', () => {
    expect(() => checkText({ segments: [{ id: 'a', text: '  \n' }], language: 'en', authority: TEST_AUTHORITY })).toThrow(CheckInputError)
    expect(() => checkText({ segments: [], language: 'en', authority: TEST_AUTHORITY })).toThrow(/empty/)
    expect(() => checkText({ segments: [{ id: 'a', text: 'Текст' }], language: 'ru', authority: TEST_AUTHORITY })).toThrow(/English \(en\) and Chinese \(zh\)/)
  })

  it('reads the prose of Markdown segments: link targets and footnote markers are not text', () => {
    const findings = check(['准噶尔部东进[3]，见[准格尔](https://example.org/wiki/准格尔 "wikilink")。'], 'zh')
    expect(findings.map((finding) => [finding.kind, finding.start, finding.quote])).toEqual([['name-variants', 12, '准格尔']])
  })
})
