'use client'

import { useCallback } from 'react'

import { matchSlashTrigger, type SlashMatch } from '@/lib/richtext/slashTrigger'

/**
 * Stands in for @payloadcms/richtext-lexical's own `useMenuTriggerMatch`
 * (next.config.mjs swaps the module at build time): the same contract, but the
 * `/` menu also opens right after punctuation, where a citation is typed
 * ("…in 1864./"). Payload's version opens only after a space, a bracket or at
 * the start of a line, and offers no option to change that.
 */
export function useMenuTriggerMatch(trigger: string, { maxLength = 75, minLength = 1 }: { maxLength?: number; minLength?: number }) {
  return useCallback(({ query }: { query: string }): SlashMatch | null => matchSlashTrigger(query, trigger, minLength, maxLength), [trigger, minLength, maxLength])
}
