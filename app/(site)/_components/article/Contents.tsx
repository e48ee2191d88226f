import type { ContentsEntry } from '@/lib/richtext/contents'

function ContentsList({ entries }: { entries: ContentsEntry[] }) {
  return (
    <ol>
      {entries.map((entry) => (
        <li key={entry.id}>
          <a href={`#${entry.id}`}>{entry.text}</a>
          {entry.children.length ? <ContentsList entries={entry.children} /> : null}
        </li>
      ))}
    </ol>
  )
}

/** The article's contents as nested numbered lists, one level per heading rank. */
export function Contents({ entries, title }: { entries: ContentsEntry[]; title: string }) {
  return (
    <nav className="toc" aria-labelledby="toc-heading">
      <h2 id="toc-heading">{title}</h2>
      <ContentsList entries={entries} />
    </nav>
  )
}
