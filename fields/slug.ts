import { ValidationError, type CollectionSlug, type Field, type FieldHook } from 'payload'

import { numberedSlug, slugify } from '@/lib/slug'
import { label } from './i18n'

const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

const generateSlug =
  (titleField: string): FieldHook =>
  async ({ collection, data, operation, originalDoc, req, value }) => {
    const current = typeof value === 'string' ? value.trim() : ''
    // A duplicate is a create whose originalDoc is the document copied: its slug is not this one's.
    const previous = operation === 'update' ? (originalDoc?.slug as string | undefined) : undefined
    if (originalDoc?.publishedAt && previous && current && current !== previous) {
      throw new ValidationError({
        collection: collection?.slug,
        errors: [{ message: `The slug of a published document is permanent (it is "${previous}").`, path: 'slug' }],
      })
    }
    if (current) return current
    // Left out of an update, the slug stays; cleared by an editor, it is made again from the title (unless published).
    const cleared = value === '' || value === null
    if (previous && (!cleared || originalDoc?.publishedAt)) return previous
    const title = data?.[titleField] ?? originalDoc?.[titleField]
    const base = typeof title === 'string' ? slugify(title) : ''
    if (!base || !collection) return undefined
    for (let n = 1; ; n++) {
      const candidate = numberedSlug(base, n)
      const { totalDocs } = await req.payload.count({
        collection: collection.slug as CollectionSlug,
        req,
        where: {
          and: [{ slug: { equals: candidate } }, ...(operation === 'update' && originalDoc?.id ? [{ id: { not_equals: originalDoc.id } }] : [])],
        },
      })
      if (totalDocs === 0) return candidate
    }
  }

/** A unique URL slug generated from the title (pinyin for Chinese), editable until first publication. */
export const slugField = (titleField = 'title'): Field => ({
  name: 'slug',
  type: 'text',
  label: label('Slug', '网址别名'),
  unique: true,
  index: true,
  admin: {
    position: 'sidebar',
    description: label('Generated from the title when left empty; permanent once published.', '留空时由标题生成；发布后不可更改。'),
  },
  validate: (value: null | string | undefined) =>
    !value || SLUG_PATTERN.test(value) ? true : 'Use lower-case letters, digits and single hyphens.',
  // A copy gets its own slug from its title (Payload's default, "<slug> - Copy", is not a valid slug).
  hooks: { beforeDuplicate: [() => null], beforeValidate: [generateSlug(titleField)] },
})
