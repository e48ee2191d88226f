import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

import { fillWorkSearchText } from '@/server/bibliography/fillWorkSearchText'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`citations\` ADD \`search_text\` text;`)
  await db.run(sql`CREATE INDEX \`citations_search_text_idx\` ON \`citations\` (\`search_text\`);`)
  // Works saved before this migration get their search text (new ones get it from the collection's hook).
  await fillWorkSearchText(payload, req)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`citations_search_text_idx\`;`)
  await db.run(sql`ALTER TABLE \`citations\` DROP COLUMN \`search_text\`;`)
}
