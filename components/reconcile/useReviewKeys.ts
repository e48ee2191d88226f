'use client'

import { useEffect } from 'react'

import type { DecisionForm } from './FindingPanel'

type Keys = {
  step: (delta: number) => void
  /** Absent for those who may not decide. */
  accept?: () => void
  open: (form: DecisionForm) => void
  canDecide: boolean
}

/** True while the person is typing: keys then belong to the field, not to the review. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName)
}

/** j / k (or ↓ / ↑) next and previous finding, a accept, d dismiss, x dispute; never while typing. */
export function useReviewKeys({ step, accept, open, canDecide }: Keys) {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return
      const action: Record<string, (() => void) | undefined> = {
        j: () => step(1),
        ArrowDown: () => step(1),
        k: () => step(-1),
        ArrowUp: () => step(-1),
        a: accept,
        d: canDecide ? () => open('dismiss') : undefined,
        x: () => open('dispute'),
      }
      const run = action[event.key]
      if (!run) return
      event.preventDefault()
      run()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [step, accept, open, canDecide])
}
