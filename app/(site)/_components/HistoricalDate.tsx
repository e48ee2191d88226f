import { dateRangeParts, type DateEnd } from '@/lib/dates'

/**
 * A date or a span (start – end) with the source's own calendar form beside it
 * where it adds something (e.g. 光绪七年); see dateRangeParts.
 */
export function HistoricalDate({ start, end }: { start: DateEnd | null | undefined; end?: DateEnd | null }) {
  const parts = dateRangeParts(start, end)
  if (!parts.start && !parts.end && !parts.original) return null
  return (
    <span className="historical-date">
      {parts.start ? <time dateTime={parts.start}>{parts.start}</time> : null}
      {parts.end ? (
        <>
          {parts.start ? ' – ' : '– '}
          <time dateTime={parts.end}>{parts.end}</time>
        </>
      ) : null}
      {parts.original ? (
        <span className="muted" lang={/\p{Script=Han}/u.test(parts.original) ? 'zh-Hans' : undefined}>
          {parts.start || parts.end ? ' ' : null}({parts.original})
        </span>
      ) : null}
    </span>
  )
}
