import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`annotations_replies\` ADD \`created_at\` text;`)
  await db.run(sql`ALTER TABLE \`annotations\` ADD \`anchor_state\` text;`)
  await db.run(sql`ALTER TABLE \`annotations\` ADD \`anchor_checked_at\` text;`)
  await db.run(sql`ALTER TABLE \`annotations\` ADD \`resolution_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`annotations\` ADD \`resolution_at\` text;`)
  await db.run(sql`ALTER TABLE \`annotations\` ADD \`resolution_applied_in_version\` text;`)
  await db.run(sql`CREATE INDEX \`annotations_resolution_resolution_by_idx\` ON \`annotations\` (\`resolution_by_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_annotations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`target_source_id\` integer,
  	\`target_article_id\` integer,
  	\`target_locale\` text,
  	\`target_segment_id\` text,
  	\`prefix\` text,
  	\`exact\` text NOT NULL,
  	\`suffix\` text,
  	\`start\` numeric,
  	\`end\` numeric,
  	\`motivation\` text DEFAULT 'commenting' NOT NULL,
  	\`body\` text,
  	\`suggested_replacement\` text,
  	\`status\` text DEFAULT 'open',
  	\`author_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`target_source_id\`) REFERENCES \`sources\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`target_article_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_annotations\`("id", "target_source_id", "target_article_id", "target_locale", "target_segment_id", "prefix", "exact", "suffix", "start", "end", "motivation", "body", "suggested_replacement", "status", "author_id", "updated_at", "created_at") SELECT "id", "target_source_id", "target_article_id", "target_locale", "target_segment_id", "prefix", "exact", "suffix", "start", "end", "motivation", "body", "suggested_replacement", "status", "author_id", "updated_at", "created_at" FROM \`annotations\`;`)
  await db.run(sql`DROP TABLE \`annotations\`;`)
  await db.run(sql`ALTER TABLE \`__new_annotations\` RENAME TO \`annotations\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`annotations_target_target_source_idx\` ON \`annotations\` (\`target_source_id\`);`)
  await db.run(sql`CREATE INDEX \`annotations_target_target_article_idx\` ON \`annotations\` (\`target_article_id\`);`)
  await db.run(sql`CREATE INDEX \`annotations_author_idx\` ON \`annotations\` (\`author_id\`);`)
  await db.run(sql`CREATE INDEX \`annotations_updated_at_idx\` ON \`annotations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`annotations_created_at_idx\` ON \`annotations\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`annotations_replies\` DROP COLUMN \`created_at\`;`)
}
