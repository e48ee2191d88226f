import { fileTypeFromBuffer } from 'file-type'

/** Image formats the platform accepts, identified by content. */
export const IMAGE_MIME_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/tiff', 'image/gif'] as const

/** Scans of historical maps are large; 40 MB keeps room for them and refuses the absurd. */
export const MAX_UPLOAD_BYTES = Number(process.env.MAX_UPLOAD_BYTES ?? 40 * 1024 * 1024)

export type ImageCheck = { ok: true; mime: string } | { ok: false; reason: string }

/** Whether the bytes are an accepted image, judged by their content rather than a file name. */
export async function checkImage(bytes: Uint8Array, maxBytes = MAX_UPLOAD_BYTES): Promise<ImageCheck> {
  if (bytes.byteLength === 0) return { ok: false, reason: 'The file is empty.' }
  if (bytes.byteLength > maxBytes) {
    const [size, limit] = sizes(bytes.byteLength, maxBytes)
    return { ok: false, reason: `The file is ${size}; the limit is ${limit}.` }
  }
  const type = await fileTypeFromBuffer(bytes)
  if (!type) return { ok: false, reason: 'The file is not an image: its content matches no known format.' }
  if (!(IMAGE_MIME_TYPES as readonly string[]).includes(type.mime)) {
    return { ok: false, reason: `The file is ${type.mime}; only JPEG, PNG, WebP, TIFF and GIF images are accepted.` }
  }
  return { ok: true, mime: type.mime }
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`

/** In MB, or in bytes where MB would show the file and the limit alike (just over the limit). */
const sizes = (size: number, limit: number) => (mb(size) === mb(limit) ? [`${size} bytes`, `${limit} bytes`] : [mb(size), mb(limit)])
