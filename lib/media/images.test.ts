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
    expect(text.ok).toBe(false)
    const pdf = await checkImage(new TextEncoder().encode('%PDF-1.7\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n'))
    expect(pdf).toMatchObject({ ok: false, reason: expect.stringContaining('application/pdf') })
    expect(await checkImage(new Uint8Array())).toMatchObject({ ok: false, reason: 'The file is empty.' })
  })
  it('refuses a file over the limit', async () => {
    const bytes = await png()
    expect(await checkImage(bytes, bytes.byteLength - 1)).toMatchObject({ ok: false, reason: expect.stringContaining('limit') })
  })
})
