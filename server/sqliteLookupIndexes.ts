import type { SQLiteSchemaHook } from '@payloadcms/db-sqlite'
import { getTableColumns, getTableName } from '@payloadcms/db-sqlite/drizzle'
import { index } from '@payloadcms/db-sqlite/drizzle/sqlite-core'

/**
 * Two indexes Payload's SQLite schema lacks, without which reading a
 * localized document or a version costs time in proportion to the whole
 * table:
 *
 * - every `…_locales` table is looked up by `_parent_id`, but its only index
 *   is unique on (`_locale`, `_parent_id`), which SQLite cannot use for that:
 *   each read scanned every locale row of the table (article bodies included);
 * - the latest version of a document is found with `parent_id = ? order by
 *   updated_at desc, created_at desc limit 1`; with an index on `parent_id`
 *   alone SQLite assembles every version of the document (bodies included)
 *   before sorting, so a draft save or read grew with the document's history.
 *
 * MongoDB needs neither: Payload indexes `parent` and `updatedAt` there.
 */
export const addLookupIndexes: SQLiteSchemaHook = ({ extendTable, schema }) => {
  for (const table of Object.values(schema.tables)) {
    const name = getTableName(table)
    const columns: Record<string, string> = {}
    for (const [key, column] of Object.entries(getTableColumns(table) as Record<string, { name: string }>)) columns[column.name] = key
    const { _parent_id: localeParent, _locale: locale, parent_id: versionParent, updated_at: updatedAt, created_at: createdAt, latest } = columns
    if (localeParent && locale) {
      extendTable({ table, extraConfig: (t) => ({ parentLookup: index(`${name}_parent_id_idx`).on(t[localeParent]) }) })
    }
    if (versionParent && updatedAt && createdAt && latest) {
      extendTable({ table, extraConfig: (t) => ({ latestVersion: index(`${name}_parent_updated_idx`).on(t[versionParent], t[updatedAt], t[createdAt]) }) })
    }
  }
  return schema
}
