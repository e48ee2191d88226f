import { fileTypeFromBuffer } from 'file-type'

/** Image formats the platform accepts, identified by content. */
export const IMAGE_MIME_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/tiff', 'image/gif'] as const

/**
 * The one upload limit. Scans of historical maps run to 60 MB (an uncompressed TIFF); 64 MB keeps
 * room for them and refuses the absurd. Payload's own multipart limits are derived from it
 * (uploadLimits), so that no lower limit stops a file this one allows.
 */
export const MAX_UPLOAD_BYTES = Number(process.env.MAX_UPLOAD_BYTES ?? 64 * 1024 * 1024)

/** What a multipart request carries besides the file: the `_payload` JSON field (Payload's 1 MB field limit) and the parts' headers and boundaries. */
const MULTIPART_ALLOWANCE = 1024 * 1024 + 64 * 1024

/**
 * Payload's multipart options for an upload limit. Busboy stops a file as soon as it reaches
 * `fileSize`, refusing one of exactly that size: one byte more lets an image of exactly the limit
 * through and still stops any larger one (413). The request as a whole (Payload's `requestSizeLimit`,
 * 50 MB unless set) may be the file plus the form around it.
 */
export function uploadLimits(maxBytes = MAX_UPLOAD_BYTES) {
  return { limits: { fileSize: maxBytes + 1 }, requestSizeLimit: maxBytes + 1 + MULTIPART_ALLOWANCE }
}

/** The longest side of the web-sized copy (media size `web`) that maps show of a scan. */
export const MAP_IMAGE_PX = 4096

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
