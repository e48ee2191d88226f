import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`articles_publish_override_rules\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`articles_publish_override_rules_order_idx\` ON \`articles_publish_override_rules\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`articles_publish_override_rules_parent_idx\` ON \`articles_publish_override_rules\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_articles_v_version_publish_override_rules\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_articles_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_articles_v_version_publish_override_rules_order_idx\` ON \`_articles_v_version_publish_override_rules\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_publish_override_rules_parent_idx\` ON \`_articles_v_version_publish_override_rules\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`sources_open_flag_kinds\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`sources\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`sources_open_flag_kinds_order_idx\` ON \`sources_open_flag_kinds\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`sources_open_flag_kinds_parent_idx\` ON \`sources_open_flag_kinds\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_sources_v_version_open_flag_kinds\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_sources_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_sources_v_version_open_flag_kinds_order_idx\` ON \`_sources_v_version_open_flag_kinds\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_sources_v_version_open_flag_kinds_parent_idx\` ON \`_sources_v_version_open_flag_kinds\` (\`parent_id\`);`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`publish_override_reason\` text;`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`publish_override_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`publish_override_at\` text;`)
  await db.run(sql`CREATE INDEX \`articles_publish_override_publish_override_by_idx\` ON \`articles\` (\`publish_override_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_publish_override_reason\` text;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_publish_override_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_publish_override_at\` text;`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_publish_override_version_publish_ove_idx\` ON \`_articles_v\` (\`version_publish_override_by_id\`);`)
  await db.run(sql`ALTER TABLE \`sources_flags\` ADD \`quote\` text;`)
  await db.run(sql`ALTER TABLE \`sources_flags\` ADD \`passage\` text;`)
  await db.run(sql`ALTER TABLE \`sources\` ADD \`open_flag_count\` numeric;`)
  await db.run(sql`CREATE INDEX \`sources_open_flag_count_idx\` ON \`sources\` (\`open_flag_count\`);`)
  await db.run(sql`ALTER TABLE \`_sources_v_version_flags\` ADD \`quote\` text;`)
  await db.run(sql`ALTER TABLE \`_sources_v_version_flags\` ADD \`passage\` text;`)
  await db.run(sql`ALTER TABLE \`_sources_v\` ADD \`version_open_flag_count\` numeric;`)
  await db.run(sql`CREATE INDEX \`_sources_v_version_version_open_flag_count_idx\` ON \`_sources_v\` (\`version_open_flag_count\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`articles_publish_override_rules\`;`)
  await db.run(sql`DROP TABLE \`_articles_v_version_publish_override_rules\`;`)
  await db.run(sql`DROP TABLE \`sources_open_flag_kinds\`;`)
  await db.run(sql`DROP TABLE \`_sources_v_version_open_flag_kinds\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_articles\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`list_title\` text,
  	\`infobox_start_date\` text,
  	\`infobox_start_precision\` text,
  	\`infobox_start_original_text\` text,
  	\`infobox_start_sort_key\` numeric,
  	\`infobox_end_date\` text,
  	\`infobox_end_precision\` text,
  	\`infobox_end_original_text\` text,
  	\`infobox_end_sort_key\` numeric,
  	\`period_start_year\` numeric,
  	\`period_end_year\` numeric,
  	\`slug\` text,
  	\`featured\` integer,
  	\`published_at\` text,
  	\`import_fingerprint\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`INSERT INTO \`__new_articles\`("id", "list_title", "infobox_start_date", "infobox_start_precision", "infobox_start_original_text", "infobox_start_sort_key", "infobox_end_date", "infobox_end_precision", "infobox_end_original_text", "infobox_end_sort_key", "period_start_year", "period_end_year", "slug", "featured", "published_at", "import_fingerprint", "updated_at", "created_at", "_status") SELECT "id", "list_title", "infobox_start_date", "infobox_start_precision", "infobox_start_original_text", "infobox_start_sort_key", "infobox_end_date", "infobox_end_precision", "infobox_end_original_text", "infobox_end_sort_key", "period_start_year", "period_end_year", "slug", "featured", "published_at", "import_fingerprint", "updated_at", "created_at", "_status" FROM \`articles\`;`)
  await db.run(sql`DROP TABLE \`articles\`;`)
  await db.run(sql`ALTER TABLE \`__new_articles\` RENAME TO \`articles\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`articles_infobox_start_infobox_start_sort_key_idx\` ON \`articles\` (\`infobox_start_sort_key\`);`)
  await db.run(sql`CREATE INDEX \`articles_infobox_end_infobox_end_sort_key_idx\` ON \`articles\` (\`infobox_end_sort_key\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`articles_slug_idx\` ON \`articles\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`articles_updated_at_idx\` ON \`articles\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`articles_created_at_idx\` ON \`articles\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`articles__status_idx\` ON \`articles\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__articles_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_list_title\` text,
  	\`version_infobox_start_date\` text,
  	\`version_infobox_start_precision\` text,
  	\`version_infobox_start_original_text\` text,
  	\`version_infobox_start_sort_key\` numeric,
  	\`version_infobox_end_date\` text,
  	\`version_infobox_end_precision\` text,
  	\`version_infobox_end_original_text\` text,
  	\`version_infobox_end_sort_key\` numeric,
  	\`version_period_start_year\` numeric,
  	\`version_period_end_year\` numeric,
  	\`version_slug\` text,
  	\`version_featured\` integer,
  	\`version_published_at\` text,
  	\`version_import_fingerprint\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__articles_v\`("id", "parent_id", "version_list_title", "version_infobox_start_date", "version_infobox_start_precision", "version_infobox_start_original_text", "version_infobox_start_sort_key", "version_infobox_end_date", "version_infobox_end_precision", "version_infobox_end_original_text", "version_infobox_end_sort_key", "version_period_start_year", "version_period_end_year", "version_slug", "version_featured", "version_published_at", "version_import_fingerprint", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave") SELECT "id", "parent_id", "version_list_title", "version_infobox_start_date", "version_infobox_start_precision", "version_infobox_start_original_text", "version_infobox_start_sort_key", "version_infobox_end_date", "version_infobox_end_precision", "version_infobox_end_original_text", "version_infobox_end_sort_key", "version_period_start_year", "version_period_end_year", "version_slug", "version_featured", "version_published_at", "version_import_fingerprint", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave" FROM \`_articles_v\`;`)
  await db.run(sql`DROP TABLE \`_articles_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__articles_v\` RENAME TO \`_articles_v\`;`)
  await db.run(sql`CREATE INDEX \`_articles_v_parent_idx\` ON \`_articles_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_infobox_start_version_infobox_start__idx\` ON \`_articles_v\` (\`version_infobox_start_sort_key\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_infobox_end_version_infobox_end_sort_idx\` ON \`_articles_v\` (\`version_infobox_end_sort_key\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_slug_idx\` ON \`_articles_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_updated_at_idx\` ON \`_articles_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_created_at_idx\` ON \`_articles_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version__status_idx\` ON \`_articles_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_created_at_idx\` ON \`_articles_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_updated_at_idx\` ON \`_articles_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_snapshot_idx\` ON \`_articles_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_published_locale_idx\` ON \`_articles_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_latest_idx\` ON \`_articles_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_autosave_idx\` ON \`_articles_v\` (\`autosave\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_parent_updated_idx\` ON \`_articles_v\` (\`parent_id\`,\`updated_at\`,\`created_at\`);`)
  await db.run(sql`DROP INDEX \`sources_open_flag_count_idx\`;`)
  await db.run(sql`ALTER TABLE \`sources\` DROP COLUMN \`open_flag_count\`;`)
  await db.run(sql`DROP INDEX \`_sources_v_version_version_open_flag_count_idx\`;`)
  await db.run(sql`ALTER TABLE \`_sources_v\` DROP COLUMN \`version_open_flag_count\`;`)
  await db.run(sql`ALTER TABLE \`sources_flags\` DROP COLUMN \`quote\`;`)
  await db.run(sql`ALTER TABLE \`sources_flags\` DROP COLUMN \`passage\`;`)
  await db.run(sql`ALTER TABLE \`_sources_v_version_flags\` DROP COLUMN \`quote\`;`)
  await db.run(sql`ALTER TABLE \`_sources_v_version_flags\` DROP COLUMN \`passage\`;`)
}
