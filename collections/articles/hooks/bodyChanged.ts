import { isDeepStrictEqual } from 'node:util'

/**
 * Whether a save changes a locale's body: the body saved against the one
 * stored before it, compared as the rich-text JSON they are (key order aside).
 * What is derived from the body alone (the sourcing count, the annotations'
 * anchors) is worked out again only when this says so: an autosave that
 * changes only the title costs none of it.
 */
export const bodyChanged = (saved: unknown, stored: unknown): boolean => !isDeepStrictEqual(saved ?? null, stored ?? null)
