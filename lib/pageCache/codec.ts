/**
 * JSON for the values Next's cache handler stores: rendered pages carry
 * Buffers (the RSC payload, route bodies) and Maps (per-segment data), which
 * JSON.stringify would flatten beyond recovery. Both are written as tagged
 * objects and restored on reading.
 */
const BUFFER = '__buffer'
const MAP = '__map'

export function encodeCacheValue(value: unknown): string {
  return JSON.stringify(value, function (this: Record<string, unknown>, key, encoded: unknown) {
    // Buffer.prototype.toJSON has already run by now: look at the original value.
    const original = this[key]
    if (original instanceof Uint8Array) return { [BUFFER]: Buffer.from(original.buffer, original.byteOffset, original.byteLength).toString('base64') }
    if (original instanceof Map) return { [MAP]: [...original.entries()] }
    return encoded
  })
}

export function decodeCacheValue(text: string): unknown {
  return JSON.parse(text, (_key, value: unknown) => {
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      const tagged = value as Record<string, unknown>
      if (typeof tagged[BUFFER] === 'string' && Object.keys(tagged).length === 1) return Buffer.from(tagged[BUFFER], 'base64')
      if (Array.isArray(tagged[MAP]) && Object.keys(tagged).length === 1) return new Map(tagged[MAP] as [unknown, unknown][])
    }
    return value
  })
}
