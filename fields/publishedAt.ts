import type { Field } from 'payload'

import { label, LOCALIZED_DATE_TIME } from './i18n'

/** When the document was first published; set once, never moved. Locks the slug and dates the feed. */
export const publishedAtField: Field = {
  name: 'publishedAt',
  type: 'date',
  label: label('First published', '首次发布'),
  admin: { position: 'sidebar', readOnly: true, date: { displayFormat: LOCALIZED_DATE_TIME } },
  hooks: {
    beforeChange: [
      ({ data, originalDoc, value }) => {
        if (originalDoc?.publishedAt) return originalDoc.publishedAt
        if (data?._status === 'published') return value ?? new Date().toISOString()
        return value
      },
    ],
  },
}
