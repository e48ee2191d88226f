import { existsSync, readdirSync } from 'node:fs'
import path from 'node:path'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startPayload, type TestPayload } from './payload'

let t: TestPayload
const mediaFiles = () => (existsSync(process.env.MEDIA_DIR!) ? readdirSync(process.env.MEDIA_DIR!) : [])
const upload = (data: Buffer, name: string, mimetype: string) =>
  t.payload.create({ collection: 'media', data: { alt: 'Map of Ili, 1881' }, file: { data, mimetype, name, size: data.byteLength } })

beforeAll(async () => {
  t = await startPayload()
})
afterAll(async () => t?.close())

describe('media uploads', () => {
  it('makes thumb, card, full and WebP sizes of an image', async () => {
    const jpeg = await sharp({ create: { width: 2400, height: 1600, channels: 3, background: '#a87' } }).jpeg().toBuffer()
    const doc = await upload(jpeg, 'ili-1881.jpg', 'image/jpeg')
    expect(doc.mimeType).toBe('image/jpeg')
    expect(doc.sizes?.thumb?.width).toBe(320)
    expect(doc.sizes?.card?.width).toBe(768)
    expect(doc.sizes?.full?.width).toBe(1920)
    expect(doc.sizes?.webp?.mimeType).toBe('image/webp')
    for (const size of ['thumb', 'card', 'full', 'webp'] as const) {
      expect(existsSync(path.join(process.env.MEDIA_DIR!, doc.sizes![size]!.filename!))).toBe(true)
    }
  })

  it('judges by content: a PNG named .jpg is stored as PNG', async () => {
    const png = await sharp({ create: { width: 40, height: 40, channels: 3, background: '#357' } }).png().toBuffer()
    const doc = await upload(png, 'mislabelled.jpg', 'image/jpeg')
    expect(doc.mimeType).toBe('image/png')
  })

  it('refuses a non-image named .png and leaves no record and no file', async () => {
    const before = { docs: (await t.payload.count({ collection: 'media' })).totalDocs, files: mediaFiles().length }
    await expect(upload(Buffer.from('<html>not a picture</html>'), 'fake.png', 'image/png')).rejects.toThrow(
      'Upload refused: The file is not an image: its content matches no known format.',
    )
    await expect(upload(Buffer.from('%PDF-1.7\n1 0 obj\n<<>>\nendobj\n'), 'scan.pdf', 'application/pdf')).rejects.toThrow(
      'Upload refused: The file is application/pdf; only JPEG, PNG, WebP, TIFF and GIF images are accepted.',
    )
    expect((await t.payload.count({ collection: 'media' })).totalDocs).toBe(before.docs)
    expect(mediaFiles().length).toBe(before.files)
  })

  it('refuses an oversized image and leaves nothing behind', async () => {
    const { MAX_UPLOAD_BYTES } = await import('@/lib/media/images')
    const before = { docs: (await t.payload.count({ collection: 'media' })).totalDocs, files: mediaFiles().length }
    const header = await sharp({ create: { width: 4, height: 4, channels: 3, background: '#000' } }).png().toBuffer()
    const huge = Buffer.concat([header, Buffer.alloc(MAX_UPLOAD_BYTES)])
    await expect(upload(huge, 'huge.png', 'image/png')).rejects.toThrow(`Upload refused: The file is ${huge.byteLength} bytes; the limit is ${MAX_UPLOAD_BYTES} bytes.`)
    expect((await t.payload.count({ collection: 'media' })).totalDocs).toBe(before.docs)
    expect(mediaFiles().length).toBe(before.files)
  })
})
