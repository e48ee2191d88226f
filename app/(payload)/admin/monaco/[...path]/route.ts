/* Monaco's files for the admin's JSON and code fields, served from the installed monaco-editor package (no CDN). */
import { readFile } from 'node:fs/promises'
import path from 'node:path'

import { monacoAssetType, resolveMonacoAsset } from '@/fields/codeEditor/monacoAssets'

const root = path.join(process.cwd(), 'node_modules', 'monaco-editor', 'min', 'vs')

export async function GET(_request: Request, { params }: { params: Promise<{ path: string[] }> }) {
  const file = resolveMonacoAsset(root, (await params).path)
  if (!file) return new Response('Not found', { status: 404 })
  try {
    const body = await readFile(file)
    return new Response(body, {
      headers: { 'Content-Type': monacoAssetType(file), 'Cache-Control': 'public, max-age=86400' },
    })
  } catch {
    return new Response('Not found', { status: 404 })
  }
}
