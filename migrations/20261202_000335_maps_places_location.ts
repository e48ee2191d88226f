import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`places\` ADD \`coordinates_precision\` text;`)
  await db.run(sql`ALTER TABLE \`places\` ADD \`coordinates_source\` text;`)
  await db.run(sql`ALTER TABLE \`places\` ADD \`boundary\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`places\` DROP COLUMN \`coordinates_precision\`;`)
  await db.run(sql`ALTER TABLE \`places\` DROP COLUMN \`coordinates_source\`;`)
  await db.run(sql`ALTER TABLE \`places\` DROP COLUMN \`boundary\`;`)
}
