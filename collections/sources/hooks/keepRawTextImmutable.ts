import { APIError, type CollectionBeforeChangeHook } from 'payload'

import { contentHash } from '@/lib/contentHash'

/**
 * The raw text is the document exactly as it came in. Only an import (which
 * runs with `context.reimport`) may replace it, and then as a new version.
 */
export const keepRawTextImmutable: CollectionBeforeChangeHook = ({ context, data, operation, originalDoc }) => {
  if (operation === 'update' && !context.reimport && typeof data.rawText === 'string' && data.rawText !== originalDoc?.rawText) {
    throw new APIError('The raw text of a source cannot be edited; import the changed document instead.', 400, undefined, true)
  }
  const rawText = typeof data.rawText === 'string' ? data.rawText : originalDoc?.rawText
  return { ...data, contentHash: typeof rawText === 'string' ? contentHash(rawText) : undefined }
}
