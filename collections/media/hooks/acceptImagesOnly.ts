import { APIError, type CollectionBeforeOperationHook } from 'payload'

import { checkImage } from '@/lib/media/images'

/** Refuses a non-image or oversized upload before Payload writes any file or record. */
export const acceptImagesOnly: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if ((operation !== 'create' && operation !== 'update') || !req.file) return args
  const check = await checkImage(req.file.data)
  if (!check.ok) throw new APIError(`Upload refused: ${check.reason}`, 400, undefined, true)
  req.file.mimetype = check.mime
  return args
}
