import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`citations_verifications\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`edition\` text,
  	\`pages\` text,
  	\`by_id\` integer,
  	\`at\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`citations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`citations_verifications_order_idx\` ON \`citations_verifications\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`citations_verifications_parent_id_idx\` ON \`citations_verifications\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`citations_verifications_by_idx\` ON \`citations_verifications\` (\`by_id\`);`)
  // The single "verified by / at" of a work becomes its first verification row (no edition or pages were recorded then).
  await db.run(sql`INSERT INTO \`citations_verifications\`("_order", "_parent_id", "id", "by_id", "at") SELECT 1, "id", lower(hex(randomblob(12))), "verified_by_id", "verified_at" FROM \`citations\` WHERE "verified_by_id" IS NOT NULL OR "verified_at" IS NOT NULL;`)
  await db.run(sql`CREATE TABLE \`citations_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`citations_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`citations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`citations_id\`) REFERENCES \`citations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`citations_rels_order_idx\` ON \`citations_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`citations_rels_parent_idx\` ON \`citations_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`citations_rels_path_idx\` ON \`citations_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`citations_rels_citations_id_idx\` ON \`citations_rels\` (\`citations_id\`);`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_citations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`type\` text DEFAULT 'book' NOT NULL,
  	\`title_original\` text NOT NULL,
  	\`title_romanized\` text,
  	\`title_translated\` text,
  	\`display_title\` text,
  	\`container_title\` text,
  	\`genre\` text,
  	\`publisher\` text,
  	\`publisher_place\` text,
  	\`issued\` text,
  	\`archive\` text,
  	\`archive_location\` text,
  	\`scale\` text,
  	\`volume\` text,
  	\`issue\` text,
  	\`pages\` text,
  	\`edition\` text,
  	\`language\` text,
  	\`isbn\` text,
  	\`doi\` text,
  	\`url\` text,
  	\`archive_url\` text,
  	\`accessed\` text,
  	\`note\` text,
  	\`merged_into_id\` integer,
  	\`dedup_key\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`merged_into_id\`) REFERENCES \`citations\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_citations\`("id", "type", "title_original", "title_romanized", "title_translated", "display_title", "container_title", "publisher", "publisher_place", "issued", "volume", "issue", "pages", "edition", "language", "isbn", "doi", "url", "archive_url", "accessed", "note", "merged_into_id", "dedup_key", "updated_at", "created_at") SELECT "id", "type", "title_original", "title_romanized", "title_translated", "display_title", "container_title", "publisher", "publisher_place", "issued", "volume", "issue", "pages", "edition", "language", "isbn", "doi", "url", "archive_url", "accessed", "note", "merged_into_id", "dedup_key", "updated_at", "created_at" FROM \`citations\`;`)
  await db.run(sql`DROP TABLE \`citations\`;`)
  await db.run(sql`ALTER TABLE \`__new_citations\` RENAME TO \`citations\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`citations_merged_into_idx\` ON \`citations\` (\`merged_into_id\`);`)
  await db.run(sql`CREATE INDEX \`citations_dedup_key_idx\` ON \`citations\` (\`dedup_key\`);`)
  await db.run(sql`CREATE INDEX \`citations_updated_at_idx\` ON \`citations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`citations_created_at_idx\` ON \`citations\` (\`created_at\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`citations_rels\`;`)
  await db.run(sql`ALTER TABLE \`citations\` ADD \`verified_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`citations\` ADD \`verified_at\` text;`)
  // Back to one "verified by / at" per work: the latest verification's.
  await db.run(sql`UPDATE \`citations\` SET "verified_by_id" = (SELECT "by_id" FROM \`citations_verifications\` v WHERE v."_parent_id" = \`citations\`."id" ORDER BY v."at" DESC LIMIT 1), "verified_at" = (SELECT "at" FROM \`citations_verifications\` v WHERE v."_parent_id" = \`citations\`."id" ORDER BY v."at" DESC LIMIT 1);`)
  await db.run(sql`DROP TABLE \`citations_verifications\`;`)
  await db.run(sql`CREATE INDEX \`citations_verified_by_idx\` ON \`citations\` (\`verified_by_id\`);`)
  await db.run(sql`ALTER TABLE \`citations\` DROP COLUMN \`genre\`;`)
  await db.run(sql`ALTER TABLE \`citations\` DROP COLUMN \`archive\`;`)
  await db.run(sql`ALTER TABLE \`citations\` DROP COLUMN \`archive_location\`;`)
  await db.run(sql`ALTER TABLE \`citations\` DROP COLUMN \`scale\`;`)
}
