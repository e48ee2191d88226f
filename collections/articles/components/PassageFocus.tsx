'use client'

import { useSearchParams } from 'next/navigation'
import { useEffect } from 'react'

import { PASSAGE_PARAM } from '@/collections/articles/sourcingPaths'

const HIGHLIGHT = 'sourcing-passage'
const WAIT_MS = 10_000

/**
 * Opened from the sourcing queue with `?passage=<block>`: once the body's
 * editor has rendered, scrolls its block of that index into view and marks it
 * until the historian starts typing.
 */
export function PassageFocus() {
  const passage = useSearchParams().get(PASSAGE_PARAM)
  useEffect(() => {
    const block = Number(passage)
    if (passage === null || !Number.isInteger(block) || block < 0) return
    let marked: Element | undefined
    const started = Date.now()
    const timer = window.setInterval(() => {
      const target = document.querySelector('.field-type.rich-text-lexical [data-lexical-editor="true"]')?.children[block]
      if (!target && Date.now() - started < WAIT_MS) return
      window.clearInterval(timer)
      if (!target) return
      marked = target
      target.classList.add(HIGHLIGHT)
      target.scrollIntoView({ block: 'center' })
    }, 100)
    const unmark = () => marked?.classList.remove(HIGHLIGHT)
    document.addEventListener('keydown', unmark, { once: true })
    return () => {
      window.clearInterval(timer)
      document.removeEventListener('keydown', unmark)
      unmark()
    }
  }, [passage])
  return null
}
