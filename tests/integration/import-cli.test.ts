/**
 * `npm run import -- <directory>` as an editor runs it, in its own process on
 * the test's database: the README promises each document its own transaction,
 * so when the third document fails part-way the first two stay imported, the
 * third leaves nothing behind, the output names the failure and the exit code
 * is non-zero.
 *
 * The failure is made by the database itself (a trigger refusing the third
 * article's row, after its works and source were written), so the rollback
 * exercised is the one server/transaction.ts registers with the SQLite adapter.
 * MongoDB has no triggers and its transactions are the driver's own: there the
 * test is skipped.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { SQLiteAdapter } from '@payloadcms/db-sqlite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { bookNote, frontierArticle, manifestFor } from './import/documents'
import { startPayload, type TestPayload } from './payload'
import { runScript } from './scripts'

const TITLES = ['Fort Kerulen', 'Fort Onon', 'Fort Shilka'] as const
const FAILING = TITLES[2]

let test: TestPayload
let directory: string

async function runImport(target: string): Promise<{ code: number | null; output: string }> {
  const { code, stdout, stderr } = await runScript('scripts/import.ts', [target])
  return { code, output: stdout + stderr }
}

beforeAll(async () => {
  test = await startPayload()
  directory = mkdtempSync(path.join(tmpdir(), 'annals-cli-import-'))
  TITLES.forEach((title, index) => {
    const slug = title.toLowerCase().replace(' ', '-')
    const fileName = `${index + 1}-${slug}.txt`
    const text = frontierArticle(title, { notes: [bookNote('Orlov, Ivan', `${title} and the Argun posts`, 1990 + index, 10 + index)] })
    writeFileSync(path.join(directory, fileName), text)
    writeFileSync(path.join(directory, `${fileName}.json`), JSON.stringify(manifestFor(title, `https://wiki.test/${slug}`)))
  })
})
afterAll(async () => {
  await test?.close()
  if (directory) rmSync(directory, { recursive: true, force: true })
})

describe.skipIf(Boolean(process.env.TEST_MONGODB_URI))('npm run import -- <directory>', () => {
  it('keeps the documents before a failing one and leaves nothing of the failing one', async () => {
    const { payload } = test
    const sqlite = payload.db as unknown as SQLiteAdapter
    await sqlite.client.execute(
      `CREATE TRIGGER refuse_third_article BEFORE INSERT ON articles_locales WHEN NEW.title = '${FAILING}' BEGIN SELECT RAISE(ABORT, 'refused by the test'); END`,
    )

    const { code, output } = await runImport(directory)
    expect(code, output).toBe(1)
    expect(output).toMatch(/✓ created .*1-fort-kerulen\.txt/)
    expect(output).toMatch(/✓ created .*2-fort-onon\.txt/)
    expect(output).toMatch(/✗ .*3-fort-shilka\.txt: .*articles_locales/)
    expect(output).toContain('2 imported, 1 failed')

    const titles = async (collection: 'sources' | 'articles') =>
      (await payload.find({ collection, depth: 0, pagination: false, draft: true, sort: 'title', select: { title: true } })).docs.map((doc) => doc.title)
    expect(await titles('sources')).toEqual([TITLES[0], TITLES[1]])
    expect(await titles('articles')).toEqual([TITLES[0], TITLES[1]])
    const works = await payload.find({ collection: 'citations', depth: 0, pagination: false, sort: 'issued', select: { issued: true } })
    expect(works.docs.map((work) => work.issued)).toEqual(['1990', '1991'])
    expect((await payload.countVersions({ collection: 'sources' })).totalDocs).toBe(2)
    expect((await payload.countVersions({ collection: 'articles' })).totalDocs).toBe(2)
  })
})
