'use client'

import { useSyncExternalStore } from 'react'

import type { ListedAnnotation } from '@/lib/annotate/display'
import type { ThreadActions } from './AnnotationThread'

/**
 * What the article editor's annotation plugin (inside the body's Lexical
 * editor) shares with the panel in the edit view's sidebar: the annotations
 * of the locale shown, where they are now, how to jump to one, the one
 * chosen and its thread's writes.
 */
export type ArticleAnnotationsState = {
  annotations: ListedAnnotation[]
  select: ((id: string) => void) | null
  error: string | null
  /** The annotation chosen (its thread open in the panel). */
  activeId: string | null
  thread: ThreadActions | null
}

const EMPTY: ArticleAnnotationsState = { annotations: [], select: null, error: null, activeId: null, thread: null }
let state = EMPTY
const listeners = new Set<() => void>()

export function publishArticleAnnotations(next: Partial<ArticleAnnotationsState> | null) {
  state = next ? { ...state, ...next } : EMPTY
  for (const listener of listeners) listener()
}

const subscribe = (listener: () => void) => {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

export const useArticleAnnotations = () => useSyncExternalStore(subscribe, () => state, () => EMPTY)
