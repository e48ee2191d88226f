import sharp from 'sharp'
import { describe, expect, it } from 'vitest'

import { checkImage } from './images'

const png = () => sharp({ create: { width: 4, height: 4, channels: 3, background: '#336' } }).png().toBuffer()

describe('checkImage', () => {
  it('accepts an image by its content', async () => {
    expect(await checkImage(await png())).toEqual({ ok: true, mime: 'image/png' })
    const tiff = await sharp({ create: { width: 4, height: 4, channels: 3, background: '#336' } }).tiff().toBuffer()
    expect(await checkImage(tiff)).toEqual({ ok: true, mime: 'image/tiff' })
  })
  it('refuses text, PDFs and empty files with a reason', async () => {
    const text = await checkImage(new TextEncoder().encode('not an image at all'))
    expect(text).toEqual({ ok: false, reason: 'The file is not an image: its content matches no known format.' })
    const pdf = await checkImage(new TextEncoder().encode('%PDF-1.7\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n'))
    expect(pdf).toMatchObject({ ok: false, reason: expect.stringContaining('application/pdf') })
    expect(await checkImage(new Uint8Array())).toMatchObject({ ok: false, reason: 'The file is empty.' })
  })
  it('accepts a file of exactly the limit and refuses one byte more, saying both sizes', async () => {
    const bytes = await png()
    expect(await checkImage(bytes, bytes.byteLength)).toEqual({ ok: true, mime: 'image/png' })
    const big = Buffer.concat([bytes, Buffer.alloc(3 * 1024 * 1024 - bytes.byteLength)])
    expect(await checkImage(big, big.byteLength - 1)).toEqual({ ok: false, reason: 'The file is 3145728 bytes; the limit is 3145727 bytes.' })
    expect(await checkImage(big, 1024 * 1024)).toEqual({ ok: false, reason: 'The file is 3.0 MB; the limit is 1.0 MB.' })
  })
})
