import path from 'node:path'

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.ttf': 'font/ttf',
  '.json': 'application/json',
}

/** The file a request names under Monaco's `vs` directory, or null when it would leave it (`..`, absolute parts). */
export function resolveMonacoAsset(root: string, segments: readonly string[]): string | null {
  if (segments[0] !== 'vs') return null
  const file = path.resolve(root, ...segments.slice(1))
  return file.startsWith(root + path.sep) && TYPES[path.extname(file)] ? file : null
}

export const monacoAssetType = (file: string) => TYPES[path.extname(file)] ?? 'application/octet-stream'
