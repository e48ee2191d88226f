import type { CollectionSlug, TextField } from 'payload'

import { joinTitles, titleIn } from '@/lib/i18n/listTitle'
import { LOCALES, type Locale } from '@/lib/i18n/locales'

/**
 * The admin's title for a document whose title is localized. Payload's list
 * view reads with `fallbackLocale: false`, so a Chinese-only article has no
 * title in the English list ("<No Title>"); and a virtual field cannot be
 * `useAsTitle`. This stored, non-localized field keeps the titles of every
 * locale (lib/i18n/listTitle); read, it gives the title in the locale read,
 * else the other one. Relationship pickers search it, so either title matches.
 */
export const listTitleField = (titleField: string, titleLabel: { en: string; zh: string }): TextField => ({
  name: 'listTitle',
  type: 'text',
  // The title's own label: lists head the column with it, and their search box says it searches that.
  label: titleLabel,
  admin: { hidden: true },
  hooks: {
    beforeChange: [
      async ({ collection, data, originalDoc, req, siblingDocWithLocales }) => {
        const titles: Partial<Record<Locale, string>> = {}
        const locale = req.locale
        // The document as stored, every locale: what an update already read (its latest draft), else read here.
        const stored = siblingDocWithLocales?.[titleField]
        if (stored && typeof stored === 'object') Object.assign(titles, stored)
        else if (originalDoc?.id && collection) {
          const read = await req.payload.findByID({
            collection: collection.slug as CollectionSlug,
            id: originalDoc.id,
            locale: 'all',
            draft: true,
            depth: 0,
            select: { [titleField]: true },
            // A copy: the Local API sets the locale of the request it is given, and this one's write goes on in its own locale.
            req: { ...req },
          })
          Object.assign(titles, (read as unknown as Record<string, unknown>)[titleField])
        }
        const current = data?.[titleField] ?? originalDoc?.[titleField]
        if (LOCALES.includes(locale as Locale) && typeof current === 'string') titles[locale as Locale] = current
        return joinTitles(titles)
      },
    ],
    // A document saved before this field existed has none yet: its title in the locale read, as before.
    afterRead: [({ req, siblingData, value }) => titleIn(value, req.locale) ?? siblingData?.[titleField] ?? value],
  },
})
