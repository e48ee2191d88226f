import { ValidationError, type CollectionBeforeChangeHook } from 'payload'

import type { Period } from '@/lib/maps/features'
import { checkMapFeatures, normalizeFeatures } from '@/lib/maps/validate'

/**
 * Every save of a map, drafts and autosaves included (Payload does not run
 * field validation on drafts): the features are rewound as RFC 7946 asks and
 * checked against the map's period; a problem refuses the save with a message
 * naming the feature, and nothing is written.
 */
export const checkFeatures: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  const features = 'features' in data ? data.features : originalDoc?.features
  const period = ((data.period ?? originalDoc?.period) || {}) as Period
  const normalized = normalizeFeatures(features)
  const result = checkMapFeatures(normalized, period)
  if (result !== true) throw new ValidationError({ collection: 'maps', errors: [{ path: 'features', message: result }], req })
  if ('features' in data) data.features = normalized
  return data
}
