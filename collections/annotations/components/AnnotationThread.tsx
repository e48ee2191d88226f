'use client'

import { useState } from 'react'

import { repliesInOrder, type ListedAnnotation } from '@/lib/annotate/display'
import { nextStatuses, type AnnotationStatus } from '@/lib/annotate/status'
import type { AnnotationLabels, Status } from './labels'
import styles from './Annotations.module.css'

export type ThreadActions = {
  /** The person signed in (to call their own "you"). */
  userId: string | null
  /** Editors decide: they see resolve / reject / reopen. */
  canDecide: boolean
  onReply: (id: string, body: string) => Promise<string | null>
  onStatus: (id: string, status: AnnotationStatus) => Promise<string | null>
}

type Props = ThreadActions & { annotation: ListedAnnotation; labels: AnnotationLabels; language: string; adminRoute: string }

const STATUS_BUTTON = { resolved: 'resolve', rejected: 'reject', open: 'reopen' } as const

/** An annotation opened in the panel: its note, the decision if any, the replies with author and time, a reply box, and the editors' status buttons. */
export function AnnotationThread({ annotation, labels, language, adminRoute, userId, canDecide, onReply, onStatus }: Props) {
  const [reply, setReply] = useState('')
  const [busy, setBusy] = useState(false)
  const [refusal, setRefusal] = useState<string | null>(null)
  const when = (iso: string | null) => (iso ? new Intl.DateTimeFormat(language === 'zh' ? 'zh-CN' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso)) : '')
  const who = (id: string | null | undefined, name: string | null | undefined) => (id && id === userId ? labels.you : name || (id ? `#${id}` : '?'))
  const run = async (write: () => Promise<string | null>) => {
    setBusy(true)
    const reason = await write()
    setBusy(false)
    setRefusal(reason)
    return reason
  }
  const { resolution } = annotation
  return (
    <div className={styles.thread} data-testid="annotation-thread">
      <p>
        {labels.author}: {who(annotation.author, annotation.authorName)}
      </p>
      {annotation.suggestedReplacement ? (
        <p>
          {labels.replacement}: <q>{annotation.suggestedReplacement}</q>
        </p>
      ) : null}
      {resolution && annotation.status !== 'open' ? (
        <p data-testid="annotation-resolution">
          {labels.decided(labels.statuses[annotation.status as Status] ?? annotation.status, who(resolution.by, resolution.byName), when(resolution.at))}
          {resolution.appliedInVersion ? (
            <>
              {' · '}
              {labels.appliedIn}{' '}
              {annotation.articleId ? <a href={`${adminRoute}/collections/articles/${annotation.articleId}/versions/${resolution.appliedInVersion}`}>{resolution.appliedInVersion}</a> : resolution.appliedInVersion}
            </>
          ) : null}
        </p>
      ) : null}
      <h4>{labels.thread}</h4>
      <ol className={styles.replies}>
        {annotation.replies?.length ? null : <li>{labels.noReplies}</li>}
        {repliesInOrder(annotation.replies ?? []).map((one) => (
          <li key={one.id}>
            <span className={styles.replyMeta}>
              {who(one.author, one.authorName)} · <time dateTime={one.createdAt ?? undefined}>{when(one.createdAt)}</time>
            </span>
            <p>{one.body}</p>
          </li>
        ))}
      </ol>
      <label className={styles.replyBox}>
        {labels.reply}
        <textarea value={reply} onChange={(event) => setReply(event.target.value)} />
      </label>
      <div className={styles.actions}>
        <button type="button" className="btn btn--style-secondary btn--size-small" disabled={busy || !reply.trim()} onClick={() => void run(() => onReply(annotation.id, reply)).then((reason) => reason || setReply(''))}>
          {labels.sendReply}
        </button>
        {canDecide
          ? nextStatuses(annotation.status).map((status) => (
              <button key={status} type="button" className="btn btn--style-primary btn--size-small" disabled={busy} onClick={() => void run(() => onStatus(annotation.id, status))}>
                {labels[STATUS_BUTTON[status]]}
              </button>
            ))
          : null}
      </div>
      {refusal ? <p className={styles.error} role="alert">{`${labels.failed}: ${refusal}`}</p> : null}
    </div>
  )
}
