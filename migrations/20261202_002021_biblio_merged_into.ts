import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`citations\` ADD \`merged_into_id\` integer REFERENCES citations(id);`)
  await db.run(sql`CREATE INDEX \`citations_merged_into_idx\` ON \`citations\` (\`merged_into_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_citations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`type\` text DEFAULT 'book' NOT NULL,
  	\`title_original\` text NOT NULL,
  	\`title_romanized\` text,
  	\`title_translated\` text,
  	\`display_title\` text,
  	\`container_title\` text,
  	\`publisher\` text,
  	\`publisher_place\` text,
  	\`issued\` text,
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
  	\`verified_by_id\` integer,
  	\`verified_at\` text,
  	\`dedup_key\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`verified_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_citations\`("id", "type", "title_original", "title_romanized", "title_translated", "display_title", "container_title", "publisher", "publisher_place", "issued", "volume", "issue", "pages", "edition", "language", "isbn", "doi", "url", "archive_url", "accessed", "note", "verified_by_id", "verified_at", "dedup_key", "updated_at", "created_at") SELECT "id", "type", "title_original", "title_romanized", "title_translated", "display_title", "container_title", "publisher", "publisher_place", "issued", "volume", "issue", "pages", "edition", "language", "isbn", "doi", "url", "archive_url", "accessed", "note", "verified_by_id", "verified_at", "dedup_key", "updated_at", "created_at" FROM \`citations\`;`)
  await db.run(sql`DROP TABLE \`citations\`;`)
  await db.run(sql`ALTER TABLE \`__new_citations\` RENAME TO \`citations\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`citations_verified_by_idx\` ON \`citations\` (\`verified_by_id\`);`)
  await db.run(sql`CREATE INDEX \`citations_dedup_key_idx\` ON \`citations\` (\`dedup_key\`);`)
  await db.run(sql`CREATE INDEX \`citations_updated_at_idx\` ON \`citations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`citations_created_at_idx\` ON \`citations\` (\`created_at\`);`)
}
