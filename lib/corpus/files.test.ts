import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'

import { readDocuments } from '@/lib/corpus/files'

const MANIFEST = {
  title: 'Ili',
  language: 'en',
  kind: 'wiki',
  origin: { site: 'Example Wiki', url: null, retrieved: '2025-01-02', licence: 'CC BY-SA 4.0', attribution: 'Example Wiki contributors' },
  machineTranslated: false,
  translatedFrom: null,
  public: true,
  publishOnFirstStart: false,
}

const directories: string[] = []
afterEach(() => {
  for (const directory of directories.splice(0)) rmSync(directory, { recursive: true, force: true })
})

/** A directory written for the test: documents, manifests beside some of them in both namings, a hidden file. */
function corpusDirectory(files: Record<string, string>): string {
  const directory = mkdtempSync(path.join(tmpdir(), 'corpus-'))
  directories.push(directory)
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(directory, name), text)
  return directory
}

describe('readDocuments', () => {
  it('reads every document of a directory by name, with the manifest beside it, skipping manifests and hidden files', async () => {
    const directory = corpusDirectory({
      'b.md': '# B\n\nText.',
      'a.txt': 'A\n\nText.',
      'a.json': JSON.stringify(MANIFEST),
      'b.md.json': JSON.stringify({ ...MANIFEST, title: 'B' }),
      'c.html': '<p>C</p>',
      '.hidden.md': 'no',
    })
    const documents = await readDocuments(directory)
    expect(documents.map((document) => [document.fileName, document.path, new TextDecoder().decode(document.bytes), document.manifest?.title ?? null])).toEqual([
      ['a.txt', path.join(directory, 'a.txt'), 'A\n\nText.', 'Ili'],
      ['b.md', path.join(directory, 'b.md'), '# B\n\nText.', 'B'],
      ['c.html', path.join(directory, 'c.html'), '<p>C</p>', null],
    ])
  })

  it('reads a single file with its manifest', async () => {
    const directory = corpusDirectory({ '伊犁.md': '# 伊犁\n\n正文。', '伊犁.json': JSON.stringify({ ...MANIFEST, title: '伊犁', language: 'zh' }) })
    const [document, ...others] = await readDocuments(path.join(directory, '伊犁.md'))
    expect(others).toEqual([])
    expect(document).toMatchObject({ fileName: '伊犁.md', manifest: { title: '伊犁', language: 'zh' } })
  })

  it('names the manifest that is wrong, and what is wrong with it', async () => {
    const directory = corpusDirectory({ 'a.md': '# A', 'a.json': JSON.stringify({ ...MANIFEST, title: '' }), 'b.md': '# B', 'b.json': '{ not json' })
    await expect(readDocuments(path.join(directory, 'a.md'))).rejects.toThrow(`${path.join(directory, 'a.json')}: Manifest field "title" must be a non-empty string.`)
    await expect(readDocuments(path.join(directory, 'b.md'))).rejects.toThrow(new RegExp(`^${path.join(directory, 'b.json')}: .*JSON`))
  })
})
