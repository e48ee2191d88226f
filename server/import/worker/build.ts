import path from 'node:path'

import { ensureBundle } from '@/server/bundle'
import { PARSE_WORKER_FILE } from './pool'

// From the project root, as PARSE_WORKER_FILE: this module itself runs bundled elsewhere (scripts/run.mjs writes dist/<entry>-<hash>/).
const ENTRY = path.join(process.cwd(), 'server', 'import', 'worker', 'entry.ts')

/**
 * Bundles the parse worker (the parser, the transform stage and their
 * libraries) into one ES module for Node, unless it is current. Called by
 * `npm start`/`build`/`dev`, the CLI, the benchmarks and the test set-up;
 * the server only loads the result.
 */
export async function ensureParseWorker(outfile = PARSE_WORKER_FILE): Promise<void> {
  await ensureBundle(ENTRY, outfile, {
    platform: 'node',
    target: 'node20',
    format: 'esm',
    // CommonJS dependencies (opencc-js, isbn3, …) call require: give the ES module one.
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  })
}
