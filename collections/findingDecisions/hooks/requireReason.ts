import { ValidationError, type CollectionBeforeValidateHook } from 'payload'

/** A dismissal and a dispute say why; a correction says what the text becomes. */
export const requireReason: CollectionBeforeValidateHook = ({ data, req, collection, operation }) => {
  if (operation !== 'create' || !data) return data
  const missing = (value: unknown) => typeof value !== 'string' || !value.trim()
  const errors: { path: string; message: string }[] = []
  if ((data.action === 'dismissed' || data.action === 'disputed') && missing(data.reason)) {
    errors.push({ path: 'reason', message: data.action === 'dismissed' ? 'Say why the finding is dismissed.' : 'Say what is disputed.' })
  }
  if (data.action === 'corrected' && missing(data.replacement)) errors.push({ path: 'replacement', message: 'A correction needs the corrected text.' })
  if (errors.length) throw new ValidationError({ collection: collection.slug, errors }, req.t)
  return data
}
