'use client'
import loader from '@monaco-editor/loader'
import { JSONField, useTranslation } from '@payloadcms/ui'
import type { JSONFieldClientProps } from 'payload'
import { useEffect, useState } from 'react'

import { MONACO_BASE_PATH } from './basePath'

type MonacoWindow = Window & { monaco?: { editor?: unknown } }

// Payload's JSON field bundles its own copy of @monaco-editor/loader, set to fetch Monaco from a CDN,
// and that copy first looks for an already loaded `window.monaco`. So Monaco is loaded here, once,
// from this server's copy of the installed monaco-editor package, before Payload's field mounts.
let monacoReady: Promise<void> | undefined
function loadMonaco(): Promise<void> {
  loader.config({ paths: { vs: MONACO_BASE_PATH } })
  monacoReady ??= loader.init().then((monaco) => {
    ;(window as MonacoWindow).monaco = monaco
  })
  return monacoReady
}

/** Payload's JSON field with its code editor loaded from this server (no internet needed). */
export function OfflineJSONField(props: JSONFieldClientProps) {
  const { t } = useTranslation()
  const [ready, setReady] = useState(() => typeof window !== 'undefined' && Boolean((window as MonacoWindow).monaco?.editor))
  const [failed, setFailed] = useState(false)
  useEffect(() => {
    if (ready) return
    let live = true
    loadMonaco().then(
      () => live && setReady(true),
      () => live && setFailed(true),
    )
    return () => {
      live = false
    }
  }, [ready])
  if (ready) return <JSONField {...props} />
  return <p className="field-type json offline-json-field__loading">{failed ? t('error:unknown') : t('general:loading')}</p>
}
