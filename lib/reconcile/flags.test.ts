import { describe, expect, it } from 'vitest'

import { computeFlags, FINDING_FLAG_KIND, openFlagSummary, PASSAGE_CHARS, passageOf } from './flags'
import { check } from './testing'

const PARAGRAPHS = ['In 1862 the envoy reached the frontier.', 'On 1February 864 the governor marched to the river with his men.', 'No note supports this paragraph.']
const SEGMENTS = PARAGRAPHS.map((text, index) => ({ id: `p${index + 1}`, text }))
const IMPORTED = [{ kind: 'unsourced-paragraph', segmentId: 'p3', marker: null, message: 'No citation supports this paragraph.' }]

describe('computeFlags', () => {
  it('shows the passage each flag is about, for the importer’s flags and for high findings', () => {
    const flags = computeFlags({ importerFlags: IMPORTED, segments: SEGMENTS, findings: check(PARAGRAPHS), decisions: [] })
    expect(flags.map((flag) => [flag.kind, flag.passage, flag.quote, flag.resolved])).toEqual([
      ['unsourced-paragraph', 'No note supports this paragraph.', null, false],
      [FINDING_FLAG_KIND, 'On 1February 864 the governor marched to the river with his men.', '1February 864', false],
    ])
    expect(openFlagSummary(flags)).toEqual({ openFlagCount: 2, openFlagKinds: [FINDING_FLAG_KIND, 'unsourced-paragraph'].sort() })
  })

  it('resolves a finding’s flag once a decision settles it, and drops it when the text no longer has it', () => {
    const dismissed = [{ kind: 'broken-date', quote: '1February 864', action: 'dismissed' }]
    const decided = computeFlags({ importerFlags: IMPORTED, segments: SEGMENTS, findings: check(PARAGRAPHS), decisions: dismissed })
    expect(decided.find((flag) => flag.kind === FINDING_FLAG_KIND)?.resolved).toBe(true)
    expect(openFlagSummary(decided)).toEqual({ openFlagCount: 1, openFlagKinds: ['unsourced-paragraph'] })
    const disputed = computeFlags({ importerFlags: IMPORTED, segments: SEGMENTS, findings: check(PARAGRAPHS), decisions: [{ ...dismissed[0]!, action: 'disputed' }] })
    expect(disputed.find((flag) => flag.kind === FINDING_FLAG_KIND)?.resolved).toBe(false)
    const repaired = PARAGRAPHS.map((text) => text.replace('1February 864', 'February 1864'))
    const gone = computeFlags({ importerFlags: IMPORTED, segments: SEGMENTS, findings: check(repaired), decisions: [] })
    expect(gone.map((flag) => flag.kind)).toEqual(['unsourced-paragraph'])
  })

  it('replaces stored finding flags rather than keeping them as importer flags', () => {
    const stored = computeFlags({ importerFlags: IMPORTED, segments: SEGMENTS, findings: check(PARAGRAPHS), decisions: [] })
    expect(computeFlags({ importerFlags: stored, segments: SEGMENTS, findings: [], decisions: [] }).map((flag) => flag.kind)).toEqual(['unsourced-paragraph'])
  })
})

describe('passageOf', () => {
  it('quotes a long segment around what the flag is about', () => {
    const long = `${'Before the event. '.repeat(30)}The date 1February 864 is broken. ${'After the event. '.repeat(30)}`
    const passage = passageOf(long, '1February 864')
    expect(passage).toContain('1February 864')
    expect(passage.startsWith('…') && passage.endsWith('…')).toBe(true)
    expect(passage.length).toBeLessThanOrEqual(PASSAGE_CHARS + 2)
  })
})
