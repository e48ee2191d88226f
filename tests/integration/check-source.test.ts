/**
 * `npm run check -- <source id>`: the checks over a stored source, with the
 * authority as the gazetteer holds it, read through the Local API by the
 * real script against this test's database.
 */

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { importDocument } from '@/server/import'
import { startPayload, type TestPayload } from './payload'
import { runScript } from './scripts'

let test: TestPayload

beforeAll(async () => {
  test = await startPayload()
})
afterAll(async () => {
  await test?.close()
})

async function check(...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return runScript('scripts/check.ts', args)
}

const TEXT = `The Kobdo Affair

In 1862 the frontier was quiet, and by 1864 the garrisons had been reinforced.

The envoy reached Kobdo on June 1 2, 1866 with 20 thousand cavalry.
`

// Each run boots Payload in a new process: slow on a busy machine.
describe('npm run check -- <source id>', { timeout: 240_000 }, () => {
  it('checks the stored segments of a source and quotes them exactly', async () => {
    const summary = await importDocument(test.payload, { bytes: new TextEncoder().encode(TEXT), fileName: 'kobdo.txt', language: 'en' })
    const source = await test.payload.findByID({ collection: 'sources', id: summary.sourceId, depth: 0 })
    const { code, stdout } = await check(String(summary.sourceId), '--json')
    expect(code).toBe(0)
    const { findings } = JSON.parse(stdout) as { findings: { kind: string; segmentId: string; start: number; end: number; quote: string; suggestion?: string }[] }
    expect(findings.map((finding) => [finding.kind, finding.quote, finding.suggestion])).toEqual([
      ['broken-date', 'June 1 2', 'June 12'],
      ['conversion-trace', '20 thousand', '20,000'],
    ])
    const segments = (source.segments as { segmentId: string; text: string }[]) ?? []
    for (const finding of findings) expect(segments.find((segment) => segment.segmentId === finding.segmentId)?.text.slice(finding.start, finding.end)).toBe(finding.quote)
  })

  it('says so for an id no source has, with a non-zero exit', async () => {
    const { code, stderr } = await check('nosuchsource404')
    expect(code).toBe(2)
    expect(stderr).toContain('No source with id nosuchsource404')
  })
})
