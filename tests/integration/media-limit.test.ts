/**
 * The upload limit at its boundary, through the Local API and REST (the
 * admin's way in, where Payload's own multipart limit applies too): an image
 * of exactly MAX_UPLOAD_BYTES is accepted, one byte more is refused with the
 * reason, and leaves no record and no file. The limit is set small here
 * through its environment variable so the images stay small.
 */
import { existsSync, readdirSync } from 'node:fs'
import { crc32 } from 'node:zlib'
import { handleEndpoints } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createUser, startPayload, type TestPayload } from './payload'

const LIMIT = 256 * 1024
process.env.MAX_UPLOAD_BYTES = String(LIMIT)

let t: TestPayload
let token: string
const mediaFiles = () => (existsSync(process.env.MEDIA_DIR!) ? readdirSync(process.env.MEDIA_DIR!) : [])

/** A valid PNG of exactly `size` bytes: a small picture with a text chunk (a comment) filling the rest. */
async function pngOfSize(size: number): Promise<Buffer> {
  const picture = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#a87' } }).png().toBuffer()
  const iend = picture.subarray(picture.length - 12)
  const chunkOverhead = 12
  const text = Buffer.concat([Buffer.from('Comment\0', 'latin1'), Buffer.alloc(size - picture.length - chunkOverhead - 'Comment\0'.length, 'x')])
  const typeAndData = Buffer.concat([Buffer.from('tEXt', 'latin1'), text])
  const length = Buffer.alloc(4)
  length.writeUInt32BE(text.length)
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(typeAndData))
  const png = Buffer.concat([picture.subarray(0, picture.length - 12), length, typeAndData, crc, iend])
  if (png.length !== size) throw new Error(`built ${png.length} bytes, wanted ${size}`)
  return png
}

const localUpload = (data: Buffer, name: string) =>
  t.payload.create({ collection: 'media', data: { alt: 'Survey of the Argun ford' }, file: { data, mimetype: 'image/png', name, size: data.byteLength } })

async function restUpload(data: Buffer, name: string) {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(data)], { type: 'image/png' }), name)
  form.append('_payload', JSON.stringify({ alt: 'Survey of the Argun ford' }))
  const request = new Request('http://localhost:3000/api/media', { method: 'POST', headers: { Authorization: `JWT ${token}` }, body: form })
  const response = await handleEndpoints({ config: t.payload.config, request })
  return { status: response.status, body: (await response.json()) as { doc?: { filesize?: number }; errors?: { message: string }[] } }
}

beforeAll(async () => {
  t = await startPayload()
  const { email, password } = await createUser(t.payload, 'editor')
  token = (await t.payload.login({ collection: 'users', data: { email, password } })).token ?? ''
})
afterAll(async () => t?.close())

describe('the upload limit', () => {
  it('is the configured MAX_UPLOAD_BYTES', async () => {
    const { MAX_UPLOAD_BYTES } = await import('@/lib/media/images')
    expect(MAX_UPLOAD_BYTES).toBe(LIMIT)
  })

  it('accepts an image of exactly the limit (Local API and REST)', async () => {
    const exact = await pngOfSize(LIMIT)
    expect((await localUpload(exact, 'exact-local.png')).filesize).toBe(LIMIT)
    const rest = await restUpload(exact, 'exact-rest.png')
    expect(rest.status, JSON.stringify(rest.body)).toBe(201)
    expect(rest.body.doc?.filesize).toBe(LIMIT)
  })

  it('refuses one byte more with the reason, and leaves no record and no file (Local API and REST)', async () => {
    const before = { docs: (await t.payload.count({ collection: 'media' })).totalDocs, files: mediaFiles().length }
    const over = await pngOfSize(LIMIT + 1)
    await expect(localUpload(over, 'over-local.png')).rejects.toThrow(`Upload refused: The file is ${LIMIT + 1} bytes; the limit is ${LIMIT} bytes.`)
    const rest = await restUpload(over, 'over-rest.png')
    expect(rest.status).toBe(413)
    expect(rest.body.errors?.[0]?.message).toBe('File size limit has been reached')
    expect((await t.payload.count({ collection: 'media' })).totalDocs).toBe(before.docs)
    expect(mediaFiles().length).toBe(before.files)
  })
})
