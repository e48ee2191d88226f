/** An annotation's status: open until an editor resolves or rejects it. */
export type AnnotationStatus = 'open' | 'resolved' | 'rejected'

/** Open annotations are resolved or rejected; a decided one is reopened before it is decided otherwise. */
export const STATUS_TRANSITIONS: Record<AnnotationStatus, readonly AnnotationStatus[]> = { open: ['resolved', 'rejected'], resolved: ['open'], rejected: ['open'] }

/** The statuses an annotation may move to from `status` (an unknown status counts as open). */
export const nextStatuses = (status: string): readonly AnnotationStatus[] => STATUS_TRANSITIONS[(status in STATUS_TRANSITIONS ? status : 'open') as AnnotationStatus]
