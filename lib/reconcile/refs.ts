/** The id of a relationship value as Payload returns it: an id, or the related document at depth ≥ 1. */
export function idOf(value: unknown): string | null {
  if (typeof value === 'string' || typeof value === 'number') return String(value)
  if (value && typeof value === 'object' && 'id' in value) return idOf((value as { id: unknown }).id)
  return null
}
