import type { CollectionConfig } from 'payload'

import { allow, anyone } from '@/access/roles'
import { label } from '@/fields/i18n'
import { mediaDir } from '@/lib/env'
import { urlField } from '@/fields/url'
import { IMAGE_MIME_TYPES, MAP_IMAGE_PX } from '@/lib/media/images'
import { acceptImagesOnly } from './hooks/acceptImagesOnly'

export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: label('Image', '图片'), plural: label('Images', '图片') },
  admin: { useAsTitle: 'filename', defaultColumns: ['filename', 'alt', 'credit', 'licence'] },
  access: { read: anyone, create: allow('historian'), update: allow('editor'), delete: allow('editor') },
  hooks: { beforeOperation: [acceptImagesOnly] },
  upload: {
    staticDir: mediaDir(),
    mimeTypes: [...IMAGE_MIME_TYPES],
    focalPoint: true,
    adminThumbnail: 'thumb',
    imageSizes: [
      { name: 'thumb', width: 320, height: 320, position: 'centre' },
      { name: 'card', width: 768, withoutEnlargement: true },
      { name: 'full', width: 1920, withoutEnlargement: true },
      { name: 'webp', width: 1920, withoutEnlargement: true, formatOptions: { format: 'webp', options: { quality: 82 } } },
      // What maps show of a scan (overlays): made once, at upload, never per request. 4096 px is the
      // largest texture every WebGL device takes; a 60 MB TIFF comes down to a few megabytes of WebP.
      { name: 'web', width: MAP_IMAGE_PX, height: MAP_IMAGE_PX, fit: 'inside', withoutEnlargement: true, formatOptions: { format: 'webp', options: { quality: 80 } } },
    ],
  },
  fields: [
    { name: 'alt', type: 'text', required: true, localized: true, label: label('Alternative text', '替代文字') },
    { name: 'credit', type: 'text', label: label('Credit', '署名') },
    { name: 'licence', type: 'text', label: label('Licence', '许可') },
    urlField({ name: 'sourceUrl', label: label('Source URL', '来源网址') }),
  ],
}
