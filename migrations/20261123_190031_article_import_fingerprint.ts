import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`articles\` ADD \`import_fingerprint\` text;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_import_fingerprint\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`articles\` DROP COLUMN \`import_fingerprint\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` DROP COLUMN \`version_import_fingerprint\`;`)
}
