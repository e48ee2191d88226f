'use client'

import { useAllFormFields, useDebounce } from '@payloadcms/ui'
import { reduceFieldsToValues } from 'payload/shared'
import { useMemo } from 'react'

/** The work form's current (unsaved) values, as nested data, settled for `delayMs` after the last keystroke. */
export function useWorkValues(delayMs = 400): Record<string, unknown> {
  const [fields] = useAllFormFields()
  const values = useMemo(() => reduceFieldsToValues(fields, true) as Record<string, unknown>, [fields])
  return useDebounce(values, delayMs)
}
