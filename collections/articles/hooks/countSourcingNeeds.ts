import type { FieldHook } from 'payload'

import type { EditorState } from '@/lib/richtext/walk'
import { countNeeds } from '@/lib/sourcing/passages'
import { bodyChanged } from './bodyChanged'

/**
 * The `needsSource` count of the locale saved (what its body still needs a
 * source for, lib/sourcing), shown in the articles list as soon as the save
 * returns: so it is counted in the save itself, but only when the body of
 * that locale changed; otherwise the stored count stands.
 */
export const countSourcingNeeds: FieldHook = ({ siblingData, originalDoc, previousValue }) => {
  const saved = siblingData?.body !== undefined ? siblingData.body : originalDoc?.body
  if (typeof previousValue === 'number' && !bodyChanged(saved, originalDoc?.body)) return previousValue
  return countNeeds(saved as EditorState)
}
