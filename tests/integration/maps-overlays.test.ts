/**
 * Historical image overlays: a scan as large as an uncompressed 60 MB TIFF
 * goes through the admin's way in (REST multipart) and gets its web-sized
 * WebP once, at upload; an overlay placed by its corners is saved, and one
 * whose corners are twisted or out of range, or whose file is not an image,
 * is refused with a message naming the overlay and the corner, nothing saved.
 */
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { handleEndpoints } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Media } from '@/payload-types'
import { createUser, refusal, startPayload, type TestPayload } from './payload'

let t: TestPayload
let token: string
beforeAll(async () => {
  t = await startPayload()
  const { email, password } = await createUser(t.payload, 'editor')
  token = (await t.payload.login({ collection: 'users', data: { email, password } })).token ?? ''
})
afterAll(async () => t?.close())

async function restUpload(data: Uint8Array, name: string, type: string) {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(data)], { type }), name)
  form.append('_payload', JSON.stringify({ alt: 'Survey of the Ili valley' }))
  const request = new Request('http://localhost:3000/api/media', { method: 'POST', headers: { Authorization: `JWT ${token}` }, body: form })
  const response = await handleEndpoints({ config: t.payload.config, request })
  return { status: response.status, body: (await response.json()) as { doc?: Media; errors?: { message: string }[] } }
}

const ili: [number[], number[], number[], number[]] = [
  [79, 45],
  [84, 45],
  [84, 42],
  [79, 42],
]

describe('a large scan', () => {
  let scan: Media
  it('uploads as a 60 MB TIFF through REST and gets a WebP of at most 4096 px, made at upload', async () => {
    // An uncompressed TIFF: 4,600 × 4,500 pixels of RGB, about 59 MiB (62 MB), written to the test's temporary directory.
    const file = path.join(t.dataDir, 'survey-scan.tiff')
    const base = sharp({ create: { width: 4600, height: 4500, channels: 3, background: '#c9b98f' } })
    const stripes = await sharp({ create: { width: 4600, height: 300, channels: 3, background: '#5a4a2f' } }).png().toBuffer()
    writeFileSync(file, await base.composite([{ input: stripes, top: 2000, left: 0 }]).removeAlpha().tiff({ compression: 'none' }).toBuffer())
    const bytes = readFileSync(file)
    expect(bytes.byteLength).toBeGreaterThan(60 * 1000 * 1000)
    expect(bytes.byteLength).toBeLessThan(60 * 1024 * 1024)

    const { status, body } = await restUpload(bytes, 'survey-scan.tiff', 'image/tiff')
    expect(status, JSON.stringify(body.errors)).toBe(201)
    scan = body.doc!
    expect(scan.mimeType).toBe('image/tiff')
    // The stored original is the scan's full size (Payload re-encodes a TIFF original through sharp: its bytes differ).
    expect([scan.width, scan.height]).toEqual([4600, 4500])
    const web = scan.sizes?.web
    expect(web?.mimeType).toBe('image/webp')
    expect(Math.max(web?.width ?? 0, web?.height ?? 0)).toBe(4096)
    expect((web?.width ?? 0) / (web?.height ?? 1)).toBeCloseTo(4600 / 4500, 2)
    const onDisk = path.join(process.env.MEDIA_DIR!, web!.filename!)
    expect(existsSync(onDisk)).toBe(true)
    expect(statSync(onDisk).size).toBe(web?.filesize)
    expect(statSync(onDisk).size).toBeLessThan(bytes.byteLength / 10)
    // sharp makes five sizes of 20 megapixels: slow on a shared machine.
  }, 240_000)

  it('is placed on a map by its corners, the map reading the web-sized copy', async () => {
    const map = await t.payload.create({
      collection: 'maps',
      data: { title: 'Ili survey', _status: 'draft', period: { startYear: 1870, endYear: 1890 }, overlays: [{ image: scan.id, label: 'Survey of 1881', corners: ili, opacity: 0.6, from: 1881 }] },
    })
    const saved = await t.payload.findByID({ collection: 'maps', id: map.id, depth: 1, draft: true })
    const overlay = saved.overlays?.[0]
    expect(overlay?.corners).toEqual(ili)
    expect(overlay?.opacity).toBe(0.6)
    expect((overlay?.image as Media).sizes?.web?.url).toMatch(/\.webp$/)
  })
})

describe('an overlay refused', () => {
  const overlayMap = async (corners: number[][], extra: Record<string, unknown> = {}) => {
    const image = await t.payload.create({
      collection: 'media',
      data: { alt: '伊犁图' },
      file: { data: await sharp({ create: { width: 200, height: 150, channels: 3, background: '#a87' } }).png().toBuffer(), mimetype: 'image/png', name: 'ili.png', size: 0 },
    })
    return { image: image.id, label: '伊犁图', corners, ...extra }
  }

  it('names the corners of a twisted quadrilateral and saves nothing, on create and on update (drafts too)', async () => {
    const { payload } = t
    const before = (await payload.count({ collection: 'maps' })).totalDocs
    const [topLeft, topRight, bottomRight, bottomLeft] = ili
    const twisted = await overlayMap([topLeft, bottomRight, topRight, bottomLeft])
    expect(await refusal(payload.create({ collection: 'maps', draft: true, data: { title: '伊犁', _status: 'draft', overlays: [twisted] } }))).toMatch(
      /^Overlay "伊犁图" is a twisted quadrilateral: the edge from the top-left corner to the top-right corner crosses the edge from the bottom-right corner to the bottom-left corner/,
    )
    expect((await payload.count({ collection: 'maps' })).totalDocs).toBe(before)

    const placed = await overlayMap(ili)
    const map = await payload.create({ collection: 'maps', data: { title: 'Ili placed', _status: 'draft', overlays: [placed] } })
    expect(await refusal(payload.update({ collection: 'maps', id: map.id, draft: true, data: { overlays: [{ ...placed, corners: [topLeft, topRight, [184, 42], bottomLeft] }] } }))).toMatch(
      /Overlay "伊犁图": the bottom-right corner is out of range \(184, 42\)/,
    )
    const latest = await payload.findByID({ collection: 'maps', id: map.id, draft: true, depth: 0 })
    expect(latest.overlays?.[0]?.corners).toEqual(ili)
  })

  it('refuses years outside the map period', async () => {
    const overlay = await overlayMap(ili, { from: 1850 })
    expect(await refusal(t.payload.create({ collection: 'maps', data: { title: 'Ili period', _status: 'draft', period: { startYear: 1870, endYear: 1890 }, overlays: [overlay] } }))).toMatch(
      /Overlay "伊犁图": the year 1850 is outside the map's period \(1870–1890\)/,
    )
  })

  it('refuses a file that is not an image when it is uploaded for an overlay', async () => {
    const pdf = new TextEncoder().encode('%PDF-1.7\n1 0 obj\n<<>>\nendobj\n')
    const { status, body } = await restUpload(pdf, 'ili-survey.tiff', 'image/tiff')
    expect(status).toBe(400)
    expect(body.errors?.[0]?.message).toBe('Upload refused: The file is application/pdf; only JPEG, PNG, WebP, TIFF and GIF images are accepted.')
  })
})
