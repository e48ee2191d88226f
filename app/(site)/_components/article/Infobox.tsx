import type { Copy } from '@/lib/i18n/copy'
import type { Article } from '@/payload-types'
import { HistoricalDate } from '@/app/(site)/_components/HistoricalDate'
import { FootnoteMarker } from './FootnoteMarker'
import type { PageCite, References } from './references'

type InfoboxValue = 'belligerents' | 'casualties' | 'commanders' | 'date' | 'location' | 'result' | 'strength' | 'territorialChanges'

const citeKey = (rowId: string) => `infobox-${rowId}`

/** The infobox's citations as page cites, in the order the box shows its values (they come before the body's). */
export function infoboxCites(infobox: Article['infobox']): PageCite[] {
  const order: InfoboxValue[] = ['date', 'location', 'result', 'territorialChanges', 'belligerents', 'commanders', 'strength', 'casualties']
  const rows = [...(infobox?.citations ?? [])].sort((a, b) => order.indexOf(a.value) - order.indexOf(b.value) || (a.side ?? 0) - (b.side ?? 0))
  return rows.flatMap((row) => {
    const key = typeof row.citation === 'object' ? row.citation?.id : row.citation
    return row.id && key != null ? [{ key: citeKey(row.id), citationKey: String(key), locator: row.locator ?? null, locatorType: 'page' as const }] : []
  })
}

/** Facts at a glance, each value with the footnotes that source it. */
export function Infobox({ title, infobox, references, copy }: { title: string; infobox: Article['infobox']; references: References; copy: Copy }) {
  if (!infobox) return null
  const sides = infobox.sides ?? []
  const hasDate = infobox.start?.date || infobox.start?.originalText
  if (!hasDate && !infobox.location && !infobox.result && !infobox.territorialChanges && !sides.length) return null
  const markers = (value: InfoboxValue, side?: number) =>
    (infobox.citations ?? [])
      .filter((row) => row.value === value && (side === undefined || row.side === side))
      .map((row) => (row.id ? references.markerFor(citeKey(row.id)) : undefined))
      .map((marker) => marker && <FootnoteMarker key={marker.anchorId} marker={marker} />)
  const row = (label: string, value: React.ReactNode, key: InfoboxValue) =>
    value ? (
      <tr>
        <th scope="row">{label}</th>
        <td>
          {value}
          {markers(key)}
        </td>
      </tr>
    ) : null
  const sideRows = (label: string, key: 'belligerents' | 'casualties' | 'commanders' | 'strength') =>
    sides.some((side) => side[key]) ? (
      <>
        <tr>
          <th colSpan={Math.max(sides.length, 1)} scope="colgroup" className="infobox-section">
            {label}
          </th>
        </tr>
        <tr>
          {sides.map((side, index) => (
            <td key={side.id ?? index} className="infobox-side">
              {side[key]}
              {markers(key, index + 1)}
            </td>
          ))}
        </tr>
      </>
    ) : null
  return (
    <aside className="infobox" aria-label={title}>
      <table>
        <caption>{title}</caption>
        <tbody>
          {row(
            copy.infobox.date,
            hasDate ? (
              <HistoricalDate start={infobox.start} end={infobox.end} />
            ) : null,
            'date',
          )}
          {row(copy.infobox.location, infobox.location, 'location')}
          {row(copy.infobox.result, infobox.result, 'result')}
          {row(copy.infobox.territorialChanges, infobox.territorialChanges, 'territorialChanges')}
        </tbody>
      </table>
      {sides.length ? (
        <table className="infobox-sides">
          <tbody>
            {sideRows(copy.infobox.belligerents, 'belligerents')}
            {sideRows(copy.infobox.commanders, 'commanders')}
            {sideRows(copy.infobox.strength, 'strength')}
            {sideRows(copy.infobox.casualties, 'casualties')}
          </tbody>
        </table>
      ) : null}
    </aside>
  )
}
