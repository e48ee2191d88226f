import type { DocumentFile } from '@/server/import'
import { parseDocument } from '@/lib/corpus/parse'

/** Publication years of modern works (reference lists), not the 17th–19th-century dates of the narratives. */
const PUBLICATION_YEAR = /\b(19[5-9]\d|20[0-2]\d)\b/g

const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes)
const encode = (text: string) => new TextEncoder().encode(text)

/** Where a sentence can be added to a document without changing its shape: the end of its first body paragraph. */
function insertionPoint(seed: DocumentFile, text: string): number {
  const tree = parseDocument(text, { fileName: seed.fileName, language: seed.manifest?.language })
  const paragraph = tree.sections.filter((section) => section.role === 'body').flatMap((section) => section.blocks).find((block) => block.kind === 'paragraph')
  return paragraph?.end ?? text.length
}

/**
 * `count` documents built from the seeds' shapes, deterministically: each is a
 * seed (in turn, so both languages) with its own title and a sentence of its
 * own; every third one cites its works in other editions (publication years
 * moved), so they are new works, while the others cite the seed's works again.
 */
export function syntheticCorpus(seeds: DocumentFile[], count: number): DocumentFile[] {
  const prepared = seeds.map((seed) => {
    const text = decode(seed.bytes)
    return { seed, text, at: insertionPoint(seed, text) }
  })
  return Array.from({ length: count }, (_, index) => {
    const { seed, text, at } = prepared[index % prepared.length]!
    const chinese = seed.manifest?.language === 'zh'
    const variant = index + 1
    const sentence = chinese ? `此为第${variant}种异文。` : ` This is variant ${variant} of the account.`
    let varied = text.slice(0, at) + sentence + text.slice(at)
    if (variant % 3 === 0) varied = varied.replace(PUBLICATION_YEAR, (year) => String(Number(year) - 1 - (variant % 40)))
    const manifest = seed.manifest && {
      ...seed.manifest,
      title: chinese ? `${seed.manifest.title}（异文${variant}）` : `${seed.manifest.title} (variant ${variant})`,
      origin: { ...seed.manifest.origin, url: seed.manifest.origin.url && `${seed.manifest.origin.url}?variant=${variant}` },
    }
    return { path: `synthetic/${variant}/${seed.fileName}`, fileName: seed.fileName, bytes: encode(varied), manifest }
  })
}
