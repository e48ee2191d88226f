import type { AnnotationRecord } from '@/lib/annotate/jsonld'
import { quoteOf } from '@/lib/annotate/selectors'
import { relationId } from '@/lib/richtext/walk'
import type { Annotation } from '@/payload-types'
import { targetOf } from './targetText'

const person = (value: unknown) => {
  const id = relationId(value)
  // Names stay out: historians may not read other accounts, and an IRI names the person.
  return id ? { id, name: null } : null
}

/** A stored annotation as lib/annotate's record (null when it has no target, which validation never lets happen). */
export function toRecord(annotation: Annotation): AnnotationRecord | null {
  const target = targetOf(annotation.target)
  if (!target) return null
  return {
    id: String(annotation.id),
    target,
    quote: quoteOf(annotation),
    motivation: annotation.motivation,
    body: annotation.body ?? null,
    suggestedReplacement: annotation.suggestedReplacement ?? null,
    author: person(annotation.author),
    created: annotation.createdAt,
    modified: annotation.updatedAt,
    replies: (annotation.replies ?? []).map((reply) => ({ author: person(reply.author), body: reply.body, created: reply.createdAt ?? null })),
  }
}
