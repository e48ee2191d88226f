import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`articles\` ADD \`list_title\` text;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_list_title\` text;`)
  await db.run(sql`ALTER TABLE \`places\` ADD \`list_title\` text;`)
  await db.run(sql`ALTER TABLE \`people\` ADD \`list_title\` text;`)
  await db.run(sql`ALTER TABLE \`events\` ADD \`list_title\` text;`)
  await db.run(sql`ALTER TABLE \`maps\` ADD \`list_title\` text;`)
  await db.run(sql`ALTER TABLE \`_maps_v\` ADD \`version_list_title\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`articles\` DROP COLUMN \`list_title\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` DROP COLUMN \`version_list_title\`;`)
  await db.run(sql`ALTER TABLE \`places\` DROP COLUMN \`list_title\`;`)
  await db.run(sql`ALTER TABLE \`people\` DROP COLUMN \`list_title\`;`)
  await db.run(sql`ALTER TABLE \`events\` DROP COLUMN \`list_title\`;`)
  await db.run(sql`ALTER TABLE \`maps\` DROP COLUMN \`list_title\`;`)
  await db.run(sql`ALTER TABLE \`_maps_v\` DROP COLUMN \`version_list_title\`;`)
}
