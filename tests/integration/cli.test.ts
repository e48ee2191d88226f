import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startPayload, type TestPayload } from './payload'
import { runScript } from './scripts'

let t: TestPayload
let documents: string

beforeAll(async () => {
  t = await startPayload()
  documents = mkdtempSync(path.join(tmpdir(), 'annals-cli-'))
})
afterAll(async () => {
  rmSync(documents, { recursive: true, force: true })
  await t?.close()
})

describe('the compiled command-line entry points', () => {
  it('imports a document with `npm run import` while another process holds the database open', async () => {
    const file = path.join(documents, 'treaty-of-kulja.md')
    writeFileSync(file, '# Treaty of Kulja, 1851\n\nThe treaty of 1851 opened Ili and Tarbagatai to Russian trade.\n\n伊犁、塔尔巴哈台通商章程于一八五一年签订。\n')
    const run = await runScript('scripts/import.ts', [file])
    expect(run.stderr).not.toMatch(/✗/)
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/1 imported, 0 failed/)
    const sources = await t.payload.find({ collection: 'sources', where: { title: { equals: 'Treaty of Kulja, 1851' } } })
    expect(sources.totalDocs).toBe(1)
    expect(sources.docs[0]!.rawText).toContain('伊犁、塔尔巴哈台通商章程')
  })

  it('says how to use `npm run import` and exits non-zero when given nothing', async () => {
    const run = await runScript('scripts/import.ts', [])
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/Usage: npm run import/)
  })
})
