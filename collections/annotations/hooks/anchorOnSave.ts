import { ValidationError, type CollectionBeforeChangeHook } from 'payload'

import { anchorFields, anchorIn } from '@/server/annotate/anchorFields'
import { readTargetText, targetOf } from '@/server/annotate/targetText'
import type { Annotation } from '@/payload-types'

const QUOTE_FIELDS = ['exact', 'prefix', 'suffix', 'start', 'end'] as const

/**
 * A new annotation, or one whose quote or target changed, is anchored in its
 * target's current text before it is stored: the target must exist and be
 * readable by the person, and the quote must be found in it (exactly or
 * approximately). Offsets count UTF-16 code units in the source's raw text, or
 * in the article body's text in the annotation's locale.
 */
export const anchorOnSave: CollectionBeforeChangeHook<Annotation> = async ({ collection, context, data, operation, originalDoc, req }) => {
  if (context.reanchored) return data
  const merged = { ...originalDoc, ...data, target: { ...originalDoc?.target, ...data.target } } as Annotation
  const targetChanged = JSON.stringify(targetOf(merged.target)) !== JSON.stringify(targetOf(originalDoc?.target))
  if (operation === 'update' && !targetChanged && !QUOTE_FIELDS.some((field) => field in data && data[field] !== originalDoc?.[field])) return data
  const target = targetOf(merged.target)
  if (!target) return data
  const refuse = (path: string, message: string) => new ValidationError({ collection: collection.slug, errors: [{ path, message }] })
  const text = await readTargetText(req, target)
  if (!text) throw refuse('target', `There is no ${target.kind} with id ${target.id} that you may read.`)
  const anchor = anchorIn(text, merged)
  const where = target.kind === 'article' ? `the article's ${target.locale === 'zh' ? 'Chinese' : 'English'} text` : 'the source'
  if (anchor.state === 'orphaned') throw refuse('exact', `The quoted text "${merged.exact}" is not in ${where}.`)
  const fields = anchorFields(anchor, text, merged)
  return { ...data, ...fields, target: { ...('target' in fields ? fields.target : merged.target), locale: target.locale } }
}
