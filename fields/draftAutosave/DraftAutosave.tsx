'use client'

import {
  useAllFormFields,
  useConfig,
  useDocumentEvents,
  useDocumentInfo,
  useForm,
  useFormModified,
  LeaveWithoutSaving,
  useLivePreviewContext,
  useLocale,
  useServerFunctions,
  useTranslation,
} from '@payloadcms/ui'
import type { Data } from 'payload'
import { formatAdminURL } from 'payload/shared'
import { useEffect, useRef, useState } from 'react'

import { coalescingRunner, saveTimer } from '@/lib/autosave/schedule'
import { draftSaveLabels } from './labels'

/** Save this long after typing pauses, and at least this often while it never does. */
const IDLE_MS = 1500
const MAX_WAIT_MS = 4000
/** A save the network or server failed is tried again after this long. */
const RETRY_MS = 5000

type Status = { kind: 'idle' } | { kind: 'unsaved' } | { kind: 'saving' } | { kind: 'saved'; at: Date } | { kind: 'failed'; reason: string }

type SavedDoc = { id: number | string; updatedAt: string; slug?: string | null }

/** What is sent and compared: the form's values without the timestamps the server keeps itself. */
function draftValues(data: Data): Data {
  const { updatedAt: _updatedAt, createdAt: _createdAt, ...values } = data
  return values
}

const sameValues = (a: Data | null, b: Data | null) => a !== null && b !== null && JSON.stringify(a) === JSON.stringify(b)

async function failureReason(response: Response): Promise<string> {
  const json = (await response.json().catch(() => null)) as { errors?: { message?: string }[] } | null
  return json?.errors?.[0]?.message ?? `${response.status} ${response.statusText}`
}

/**
 * Saves the draft in the background while an editor types, and never writes
 * anything back into the form: the server's answer to a save is older than
 * what the editor has typed since, so taking its values (as Payload's own
 * autosave does, payloadcms/payload#17676) can revert text or re-mount the
 * rich-text editor under an open drawer. One save at a time, always of the
 * newest values; "Unsaved changes" until the server has exactly what is on
 * screen, and Payload's leave-without-saving guard stays armed until then.
 * Payload's own autosave is kept in the config, for what it does on the
 * server (the create screen creates the draft; an autosave updates its
 * version in place rather than adding one), with a timer that never fires:
 * see fields/editorial.ts.
 */
export function DraftAutosave() {
  const info = useDocumentInfo()
  const { id, collectionSlug, hasSavePermission } = info
  const form = useForm()
  const modified = useFormModified()
  const [fields] = useAllFormFields()
  const { code: locale } = useLocale()
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const { reportUpdate } = useDocumentEvents()
  const { getFormState } = useServerFunctions()
  const livePreview = useLivePreviewContext()
  const [status, setStatus] = useState<Status>({ kind: 'idle' })

  // The save machinery outlives renders; it reads the current hooks' values through this ref.
  const live = useRef({ info, form, modified, livePreview, reportUpdate, getFormState, language: i18n.language })
  useEffect(() => {
    live.current = { info, form, modified, livePreview, reportUpdate, getFormState, language: i18n.language }
  })

  const session = useRef<ReturnType<typeof draftSession> | null>(null)
  useEffect(() => {
    if (!id || !collectionSlug || !hasSavePermission) return
    const url = formatAdminURL({ apiRoute: config.routes.api, path: `/${collectionSlug}/${id}?draft=true&autosave=true&depth=0&locale=${encodeURIComponent(locale)}&fallback-locale=null` })
    const slug = (live.current.form.getData().slug as string | null | undefined) ?? null
    const current = draftSession({ url, collectionSlug, id, slug, live, setStatus })
    session.current = current
    return () => {
      session.current = null
      current.close()
    }
  }, [id, collectionSlug, hasSavePermission, locale, config.routes.api])

  useEffect(() => {
    if (modified) session.current?.changed(draftValues(form.getData()))
  }, [fields, modified, form])

  const labels = draftSaveLabels(i18n.language)
  const text =
    status.kind === 'idle'
      ? null
      : status.kind === 'saved'
        ? labels.savedAt(status.at.toLocaleTimeString(i18n.language))
        : status.kind === 'failed'
          ? labels.failed(status.reason)
          : labels[status.kind]
  return (
    <>
      {/* Payload leaves this guard out where autosave is on; here the form stays modified until its draft is saved. */}
      <LeaveWithoutSaving />
      <p className="draft-autosave" id="draft-autosave-status" role="status" aria-live="polite" data-state={status.kind} style={{ margin: 0, alignSelf: 'center' }}>
        {text}
      </p>
    </>
  )
}

type Live = React.RefObject<{
  info: ReturnType<typeof useDocumentInfo>
  form: ReturnType<typeof useForm>
  modified: boolean
  livePreview: ReturnType<typeof useLivePreviewContext>
  reportUpdate: ReturnType<typeof useDocumentEvents>['reportUpdate']
  getFormState: ReturnType<typeof useServerFunctions>['getFormState']
  language: string
}>

/** The background saves of one document in one locale. */
function draftSession(options: { url: string; collectionSlug: string; id: number | string; slug: string | null; live: Live; setStatus: (status: Status) => void }) {
  const { url, collectionSlug, id, live } = options
  let { slug } = options
  let latest: Data | null = null
  let saved: Data | null = null
  let closing = false
  let retry: ReturnType<typeof setTimeout> | null = null
  // Once closed (another locale is shown, or the screen left), what this session still does is not what the screen shows.
  const setStatus = (status: Status) => {
    if (!closing) options.setStatus(status)
  }

  const save = async () => {
    const values = latest
    // Nothing new, or Payload's own Save/Publish has just sent everything (the form is no longer modified).
    if (!values || sameValues(values, saved) || (!closing && !live.current.modified)) return
    setStatus({ kind: 'saving' })
    const response = await fetch(url, {
      method: 'PATCH',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json', 'Accept-Language': live.current.language },
      body: JSON.stringify({ ...values, _status: 'draft' }),
    }).catch(() => null)
    if (!response?.ok) {
      setStatus({ kind: 'failed', reason: response ? await failureReason(response) : 'network' })
      // A refused save (invalid value, no permission) waits for the editor's next change; a failed one is tried again.
      if (!response || response.status >= 500) retry = setTimeout(() => runner.request(), RETRY_MS)
      return
    }
    const { doc } = (await response.json()) as { doc: SavedDoc }
    saved = values
    afterSave(doc)
    // A save sent on the way out of this locale or document says nothing about the form now shown.
    if (closing) return
    if (sameValues(latest, saved)) {
      live.current.form.setModified(false)
      setStatus({ kind: 'saved', at: new Date() })
    } else {
      setStatus({ kind: 'unsaved' })
    }
  }

  /** What Payload's own save tells the rest of the edit screen, without touching the form's values. */
  const afterSave = (doc: SavedDoc) => {
    const { info, livePreview, reportUpdate, getFormState } = live.current
    info.setLastUpdateTime(new Date(doc.updatedAt).getTime())
    if (!info.mostRecentVersionIsAutosaved) {
      info.incrementVersionCount()
      info.setMostRecentVersionIsAutosaved(true)
      info.setUnpublishedVersionCount((count) => count + 1)
    }
    // The live preview re-renders the saved draft on this event.
    reportUpdate({ entitySlug: collectionSlug, id, doc, operation: 'update', updatedAt: doc.updatedAt })
    // The preview's address follows the slug, which the server may have just generated from the title.
    if ((doc.slug ?? null) !== slug && livePreview.isLivePreviewEnabled && livePreview.typeofLivePreviewURL === 'function') {
      void (async () => {
        const { livePreviewURL } = await getFormState({
          id,
          collectionSlug,
          data: doc,
          docPermissions: info.docPermissions,
          docPreferences: await info.getDocPreferences(),
          operation: 'update',
          renderAllFields: false,
          returnLivePreviewURL: true,
          schemaPath: collectionSlug,
          skipValidation: true,
        })
        if (livePreviewURL) livePreview.setURL(livePreviewURL)
      })()
    }
    slug = doc.slug ?? null
  }

  const runner = coalescingRunner(save, () => live.current.form.setBackgroundProcessing(false))
  const timer = saveTimer({
    idleMs: IDLE_MS,
    maxWaitMs: MAX_WAIT_MS,
    fire: () => {
      // Payload's Save and Publish buttons wait while a background save is under way.
      live.current.form.setBackgroundProcessing(true)
      void runner.request()
    },
  })

  return {
    changed(values: Data) {
      if (sameValues(values, latest)) return
      latest = values
      if (sameValues(values, saved)) return
      if (retry) clearTimeout(retry)
      retry = null
      setStatus({ kind: 'unsaved' })
      timer.touch()
    },
    /** Leaving this document or locale: what is pending is still sent, to this document in this locale. */
    close() {
      closing = true
      timer.cancel()
      if (retry) clearTimeout(retry)
      if (latest && !sameValues(latest, saved)) void runner.request()
    },
  }
}
