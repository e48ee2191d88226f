/**
 * `npm run check -- <file>`: the command an editor runs on a document before
 * importing it. Runs the real script on documents written here (English and
 * Chinese) and on bad input.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterAll, describe, expect, it } from 'vitest'
import { runScript } from './scripts'

const dir = mkdtempSync(path.join(tmpdir(), 'check-cli-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const write = (name: string, text: string) => {
  const file = path.join(dir, name)
  writeFileSync(file, text)
  return file
}

async function check(...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return runScript('scripts/check.ts', args)
}

type JsonFinding = { kind: string; severity: string; segmentId: string; start: number; end: number; quote: string; suggestion?: string }

const ENGLISH = `The Frontier War

In 1862 the frontier was quiet, and by 1864 the garrisons had been reinforced.

1February 865, the envoy of the Qing court left for the west with 20 thousand cavalry. Agubai held the south.
`

// Each case runs the script in a new process: slow on a busy machine.
describe('npm run check', { timeout: 180_000 }, () => {
  it('prints the findings as JSON with the exact quoted text, and exits 0', async () => {
    const { code, stdout } = await check(write('war.txt', ENGLISH), '--json')
    expect(code).toBe(0)
    const { findings } = JSON.parse(stdout) as { findings: JsonFinding[] }
    expect(findings.map((finding) => [finding.kind, finding.quote, finding.suggestion])).toEqual([
      ['broken-date', '1February 865', 'February 1865'],
      ['conversion-trace', '20 thousand', '20,000'],
      ['machine-translated-name', 'Agubai', 'Yakub Beg'],
    ])
    const paragraph = ENGLISH.split('\n\n')[2] ?? ''
    for (const finding of findings) expect(paragraph.slice(finding.start, finding.end)).toBe(finding.quote)
    expect(findings.every((finding) => /^seg-[0-9a-f]{16}$/.test(finding.segmentId))).toBe(true)
  })

  it('prints a table and a summary line for a Chinese document', async () => {
    const { code, stdout } = await check(write('zh.md', '# 边境之战\n\n同治三年（1865年），沙俄割占四十四万多平方公里。\n\n此后双方议和。\n'))
    expect(code).toBe(0)
    expect(stdout).toContain('era-mismatch')
    expect(stdout).toContain('1 findings in')
  })

  it('exits 0 with no findings on a clean document', async () => {
    const { code, stdout } = await check(write('clean.txt', 'The Frontier\n\nIn 1864 the envoys met at the border and signed the treaty.\n'), '--json')
    expect(code).toBe(0)
    expect(JSON.parse(stdout)).toEqual({ findings: [] })
  })

  it('refuses bad input with a clear message and a non-zero exit', async () => {
    expect(await check(path.join(dir, 'missing.txt'))).toMatchObject({ code: 2, stderr: expect.stringContaining('No such file') })
    expect(await check(write('empty.txt', ''))).toMatchObject({ code: 2, stderr: expect.stringContaining('is empty') })
    const russian = write('ru.txt', 'Это русский текст о границе между империями.\n\nВторой абзац тоже написан по-русски.\n')
    expect(await check(russian)).toMatchObject({ code: 2, stderr: expect.stringContaining('English (en) and Chinese (zh)') })
    expect(await check()).toMatchObject({ code: 2, stderr: expect.stringContaining('Usage') })
  })
})
