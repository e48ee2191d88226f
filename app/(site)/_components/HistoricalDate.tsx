import type { Event } from '../../../payload-types'

/** A Gregorian date with the source's own calendar form beside it (e.g. 光绪七年). */
export function HistoricalDate({ value }: { value: Event['start'] }) {
  if (!value?.date && !value?.originalText) return null
  return (
    <span className="historical-date">
      {value.date ? <time dateTime={value.date}>{value.date}</time> : null}
      {value.originalText ? (
        <span className="muted" lang={/\p{Script=Han}/u.test(value.originalText) ? 'zh-Hans' : undefined}>
          {' '}
          ({value.originalText})
        </span>
      ) : null}
    </span>
  )
}
