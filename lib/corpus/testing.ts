import { readFileSync } from 'node:fs'

import { parseManifest, type Manifest } from './manifest'
import { parseDocument } from './parse'
import { planImport } from './transform/plan'
import type { DocumentTree } from './tree'
import type { ImportPlan } from './transform/types'

/** The founding documents, by file name without extension. */
export const SEED_NAMES = ['000_e8f54e5b45cb7d45', '001_8c6a53b4ef2ccbc5', '002_9f85a370ea37b4d0', '003_12680766e976591b'] as const

const corpusFile = (name: string) => new URL(`../../corpus/${name}`, import.meta.url)

/** Reads, parses and plans one corpus document the way the import does. */
export function loadSeed(name: (typeof SEED_NAMES)[number]): { raw: string; manifest: Manifest; tree: DocumentTree; plan: ImportPlan } {
  const raw = readFileSync(corpusFile(`${name}.txt`), 'utf8')
  const manifest = parseManifest(JSON.parse(readFileSync(corpusFile(`${name}.json`), 'utf8')))
  const tree = parseDocument(raw, { fileName: `${name}.txt`, language: manifest.language })
  return { raw, manifest, tree, plan: planImport(tree, raw, manifest) }
}
