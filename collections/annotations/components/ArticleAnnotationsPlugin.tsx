'use client'

import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext'
import { useEditorConfigContext } from '@payloadcms/richtext-lexical/client'
import { useAuth, useDocumentInfo, useFormModified, useLocale, useTranslation } from '@payloadcms/ui'
import { $createRangeSelection, $getSelection, $isRangeSelection, $setSelection, type LexicalEditor } from 'lexical'
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { createPortal } from 'react-dom'

import { atLeast } from '@/access/roles'
import type { ListedAnnotation } from '@/lib/annotate/display'
import { describeRange, SelectionError } from '@/lib/annotate/selectors'
import type { User } from '@/payload-types'
import { $liveTextLayout, $rangeOffsets, textPointAt } from '@/lib/richtext/lexicalOffsets'
import { linkedAnnotation } from './annotatedText'
import { AnnotationNote } from './AnnotationNote'
import { AnnotationPopover, type NewAnnotation } from './AnnotationPopover'
import type { ThreadActions } from './AnnotationThread'
import { articleAnnotationLabels } from './articleLabels'
import { publishArticleAnnotations } from './articleAnnotationsStore'
import { $offsetAtPoint, domRangeOf, paintHighlights, rangeCovers } from './editorRanges'
import { annotationLabels, KINDS } from './labels'
import { useLiveAnnotations, type Locale } from './useLiveAnnotations'
import styles from './Annotations.module.css'
import './articleHighlights.css'

type Place = { top: number; left: number }
type Selected = { start: number; end: number; exact: string; place: Place }
type Shown = { ids: string[]; place: Place }

const below = (rect: DOMRect): Place => ({ top: Math.min(rect.bottom + 6, window.innerHeight - 320), left: Math.max(8, Math.min(rect.left, window.innerWidth - 380)) })

/** Annotating the article body (the `body` field of articles only), in the locale being edited. */
export function ArticleAnnotationsPlugin() {
  const [editor] = useLexicalComposerContext()
  const { fieldProps } = useEditorConfigContext()
  const { id, collectionSlug } = useDocumentInfo()
  const locale = useLocale()
  if (collectionSlug !== 'articles' || fieldProps.path !== 'body' || id === undefined || id === null) return null
  return <ArticleAnnotator key={`${String(id)}-${locale.code}`} editor={editor} articleId={id} locale={locale.code === 'zh' ? 'zh' : 'en'} />
}

/**
 * Selecting words in the body offers "Annotate", which opens the shared
 * popover; the annotations are marked in the text without entering the
 * document, their notes shown when the pointer or the caret is on them, and
 * listed in the sidebar panel (articleAnnotationsStore).
 */
function ArticleAnnotator({ editor, articleId, locale }: { editor: LexicalEditor; articleId: string | number; locale: Locale }) {
  const { i18n } = useTranslation()
  const modified = useFormModified()
  const labels = useMemo(() => ({ ...annotationLabels(i18n.language), ...articleAnnotationLabels(i18n.language) }), [i18n.language])
  const [text, setText] = useState(() => editor.read(() => $liveTextLayout().text))
  const { user } = useAuth<User>()
  const { annotations, error, create, reply, setStatus } = useLiveAnnotations(articleId, locale, text, labels)
  const [activeId, setActiveId] = useState<string | null>(null)
  const [selected, setSelected] = useState<Selected | null>(null)
  const [outside, setOutside] = useState<Place | null>(null)
  const [drafting, setDrafting] = useState<Selected | null>(null)
  const [hovered, setHovered] = useState<Shown | null>(null)
  const [caretOn, setCaretOn] = useState<Shown | null>(null)
  const placed = useRef<ListedAnnotation[]>([])
  placed.current = annotations
  const jumping = useRef(false)

  const covering = useCallback((offset: number, inclusiveEnd: boolean) => placed.current.filter((one) => one.start !== null && one.end !== null && offset >= one.start && (inclusiveEnd ? offset <= one.end : offset < one.end)).map((one) => one.id), [])

  // The text, the selection and the caret, after every change Lexical has rendered.
  useEffect(
    () =>
      editor.registerUpdateListener(({ editorState }) => {
        editorState.read(() => {
          const layout = $liveTextLayout()
          setText((before) => (before === layout.text ? before : layout.text))
          const selection = $getSelection()
          const domRange = window.getSelection()?.rangeCount ? window.getSelection()!.getRangeAt(0) : null
          if (!$isRangeSelection(selection) || !domRange) {
            setCaretOn(null)
            return setSelected(null)
          }
          const { start, end } = $rangeOffsets(layout, selection.anchor, selection.focus)
          if (start === end) {
            setSelected(null)
            const ids = covering(start, true)
            setCaretOn(ids.length ? { ids, place: below(domRange.getBoundingClientRect()) } : null)
            return
          }
          if (jumping.current) return void (jumping.current = false)
          setCaretOn(null)
          setSelected({ start, end, exact: layout.text.slice(start, end), place: below(domRange.getBoundingClientRect()) })
        }, { editor })
      }),
    [editor, covering],
  )

  // A selection that runs out of the body (past its end, into the page) cannot be annotated: say so.
  useEffect(() => {
    const check = () => {
      const selection = window.getSelection()
      const root = editor.getRootElement()
      if (!selection || selection.isCollapsed || !root || !selection.rangeCount) return setOutside(null)
      const inAnchor = root.contains(selection.anchorNode)
      const inFocus = root.contains(selection.focusNode)
      setOutside(inAnchor !== inFocus ? below(selection.getRangeAt(0).getBoundingClientRect()) : null)
    }
    document.addEventListener('selectionchange', check)
    return () => document.removeEventListener('selectionchange', check)
  }, [editor])

  // The marks, again after every change Lexical renders (it may replace the DOM text they lie in) and whenever the annotations move.
  const repaint = useCallback(() => {
    const ranges = editor.read(() => {
      const layout = $liveTextLayout()
      return placed.current.flatMap((one) => {
        const range = one.start !== null && one.end !== null ? domRangeOf(editor, layout, one.start, one.end) : null
        return range ? [{ kind: one.motivation, range }] : []
      })
    })
    paintHighlights(ranges, KINDS)
  }, [editor])
  useEffect(repaint, [repaint, annotations])
  useEffect(() => editor.registerUpdateListener(repaint), [editor, repaint])
  useEffect(() => () => paintHighlights([], KINDS), [])

  // The note of the marks under the pointer.
  useEffect(() => {
    const root = editor.getRootElement()
    if (!root) return
    const move = (event: MouseEvent) => {
      const ids = editor.read(() => {
        const layout = $liveTextLayout()
        const offset = $offsetAtPoint(layout, event.clientX, event.clientY)
        if (offset === null) return []
        return covering(offset, false).filter((id) => {
          const one = placed.current.find((annotation) => annotation.id === id)!
          const range = domRangeOf(editor, layout, one.start!, one.end!)
          return range !== null && rangeCovers(range, event.clientX, event.clientY)
        })
      })
      setHovered((before) => (ids.length ? (before && before.ids.join() === ids.join() ? before : { ids, place: { top: event.clientY + 16, left: Math.min(event.clientX, window.innerWidth - 340) } }) : null))
    }
    const leave = () => setHovered(null)
    root.addEventListener('mousemove', move)
    root.addEventListener('mouseleave', leave)
    return () => {
      root.removeEventListener('mousemove', move)
      root.removeEventListener('mouseleave', leave)
    }
  }, [editor, covering])

  // The panel's "go to": open its thread, select the annotation's words and bring them into view.
  const select = useCallback(
    (id: string) => {
      setActiveId(id)
      const one = placed.current.find((annotation) => annotation.id === id)
      if (!one || one.start === null || one.end === null) return
      const { start, end } = one
      jumping.current = true
      editor.update(() => {
        const layout = $liveTextLayout()
        const from = textPointAt(layout, start, 'start')
        const to = textPointAt(layout, end, 'end')
        if (!from || !to) return
        const selection = $createRangeSelection()
        selection.anchor.set(from.key, from.offset, 'text')
        selection.focus.set(to.key, to.offset, 'text')
        $setSelection(selection)
      })
      editor.focus()
      const range = editor.read(() => domRangeOf(editor, $liveTextLayout(), start, end))
      range?.startContainer.parentElement?.scrollIntoView({ block: 'center' })
      setSelected(null)
      setCaretOn(range ? { ids: [id], place: below(range.getBoundingClientRect()) } : null)
    },
    [editor],
  )

  // A link from the dashboard's lists (`?annotation=<id>`) opens that annotation once it is placed.
  const linked = useRef(linkedAnnotation())
  useEffect(() => {
    if (!linked.current || !annotations.some((one) => one.id === linked.current)) return
    select(linked.current)
    linked.current = null
  }, [annotations, select])

  const thread = useMemo<ThreadActions>(() => ({ userId: user ? String(user.id) : null, canDecide: atLeast(user, 'editor'), onReply: reply, onStatus: setStatus }), [user, reply, setStatus])
  useEffect(() => publishArticleAnnotations({ annotations, select, error, activeId, thread }), [annotations, select, error, activeId, thread])
  useEffect(() => () => publishArticleAnnotations(null), [])

  const save = async (draft: Selected, annotation: NewAnnotation): Promise<string | null> => {
    let quote
    try {
      quote = describeRange(text, draft.start, draft.end)
    } catch (refusal) {
      if (refusal instanceof SelectionError) return refusal.message
      throw refusal
    }
    if (quote.exact !== draft.exact) return labels.unsavedHint
    const refusal = await create({ ...quote, motivation: annotation.motivation, body: annotation.body, suggestedReplacement: annotation.suggestedReplacement || null })
    if (refusal) return modified ? `${refusal} ${labels.unsavedHint}` : refusal
    setDrafting(null)
    setSelected(null)
    return null
  }

  const shown = hovered ?? caretOn
  if (typeof document === 'undefined') return null
  return createPortal(
    <>
      {selected && !drafting && !outside ? (
        <button
          type="button"
          className={`btn btn--style-primary btn--size-small ${styles.annotateButton}`}
          style={selected.place}
          // Keeps the editor's selection: the button is pressed, not focused.
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => setDrafting(selected)}
        >
          {labels.annotate}
        </button>
      ) : null}
      {outside && !drafting ? (
        <p className={styles.hintBubble} style={outside} role="status">
          {labels.outsideBody}
        </p>
      ) : null}
      {drafting ? <AnnotationPopover labels={labels} quote={drafting.exact} position={drafting.place} onSave={(annotation) => save(drafting, annotation)} onCancel={() => setDrafting(null)} /> : null}
      {shown && !drafting ? <AnnotationNote labels={labels} annotations={shown.ids.map((id) => annotations.find((one) => one.id === id)).filter((one) => one !== undefined)} place={shown.place} /> : null}
    </>,
    document.body,
  )
}
