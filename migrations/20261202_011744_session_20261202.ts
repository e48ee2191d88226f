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
  await db.run(sql`CREATE TABLE \`finding_decisions\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`source_id\` integer NOT NULL,
  	\`article_id\` integer,
  	\`locale\` text,
  	\`finding_key\` text NOT NULL,
  	\`kind\` text NOT NULL,
  	\`severity\` text NOT NULL,
  	\`segment_id\` text NOT NULL,
  	\`start\` numeric,
  	\`end\` numeric,
  	\`quote\` text NOT NULL,
  	\`action\` text NOT NULL,
  	\`reason\` text,
  	\`replacement\` text,
  	\`annotation_id\` integer,
  	\`article_version\` text,
  	\`decided_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`source_id\`) REFERENCES \`sources\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`article_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`annotation_id\`) REFERENCES \`annotations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`decided_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`finding_decisions_source_idx\` ON \`finding_decisions\` (\`source_id\`);`)
  await db.run(sql`CREATE INDEX \`finding_decisions_article_idx\` ON \`finding_decisions\` (\`article_id\`);`)
  await db.run(sql`CREATE INDEX \`finding_decisions_finding_key_idx\` ON \`finding_decisions\` (\`finding_key\`);`)
  await db.run(sql`CREATE INDEX \`finding_decisions_annotation_idx\` ON \`finding_decisions\` (\`annotation_id\`);`)
  await db.run(sql`CREATE INDEX \`finding_decisions_decided_by_idx\` ON \`finding_decisions\` (\`decided_by_id\`);`)
  await db.run(sql`CREATE INDEX \`finding_decisions_updated_at_idx\` ON \`finding_decisions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`finding_decisions_created_at_idx\` ON \`finding_decisions\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`publish_override_reason\` text;`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`publish_override_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`publish_override_at\` text;`)
  await db.run(sql`CREATE INDEX \`articles_publish_override_publish_override_by_idx\` ON \`articles\` (\`publish_override_by_id\`);`)
  await db.run(sql`ALTER TABLE \`articles_locales\` ADD \`needs_source\` numeric;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_publish_override_reason\` text;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_publish_override_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_publish_override_at\` text;`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_publish_override_version_publish_ove_idx\` ON \`_articles_v\` (\`version_publish_override_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_articles_v_locales\` ADD \`version_needs_source\` numeric;`)
  await db.run(sql`ALTER TABLE \`sources_flags\` ADD \`quote\` text;`)
  await db.run(sql`ALTER TABLE \`sources_flags\` ADD \`passage\` text;`)
  await db.run(sql`ALTER TABLE \`sources\` ADD \`open_flag_count\` numeric;`)
  await db.run(sql`CREATE INDEX \`sources_open_flag_count_idx\` ON \`sources\` (\`open_flag_count\`);`)
  await db.run(sql`ALTER TABLE \`_sources_v_version_flags\` ADD \`quote\` text;`)
  await db.run(sql`ALTER TABLE \`_sources_v_version_flags\` ADD \`passage\` text;`)
  await db.run(sql`ALTER TABLE \`_sources_v\` ADD \`version_open_flag_count\` numeric;`)
  await db.run(sql`CREATE INDEX \`_sources_v_version_version_open_flag_count_idx\` ON \`_sources_v\` (\`version_open_flag_count\`);`)
  await db.run(sql`ALTER TABLE \`citations\` ADD \`merged_into_id\` integer REFERENCES citations(id);`)
  await db.run(sql`CREATE INDEX \`citations_merged_into_idx\` ON \`citations\` (\`merged_into_id\`);`)
  await db.run(sql`ALTER TABLE \`places\` ADD \`coordinates_precision\` text;`)
  await db.run(sql`ALTER TABLE \`places\` ADD \`coordinates_source\` text;`)
  await db.run(sql`ALTER TABLE \`places\` ADD \`boundary\` text;`)
  await db.run(sql`ALTER TABLE \`annotations_replies\` ADD \`created_at\` text;`)
  await db.run(sql`ALTER TABLE \`annotations\` ADD \`anchor_state\` text;`)
  await db.run(sql`ALTER TABLE \`annotations\` ADD \`anchor_checked_at\` text;`)
  await db.run(sql`ALTER TABLE \`annotations\` ADD \`resolution_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`annotations\` ADD \`resolution_at\` text;`)
  await db.run(sql`ALTER TABLE \`annotations\` ADD \`resolution_applied_in_version\` text;`)
  await db.run(sql`CREATE INDEX \`annotations_resolution_resolution_by_idx\` ON \`annotations\` (\`resolution_by_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`finding_decisions_id\` integer REFERENCES finding_decisions(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_finding_decisions_id_idx\` ON \`payload_locked_documents_rels\` (\`finding_decisions_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`articles_publish_override_rules\`;`)
  await db.run(sql`DROP TABLE \`_articles_v_version_publish_override_rules\`;`)
  await db.run(sql`DROP TABLE \`sources_open_flag_kinds\`;`)
  await db.run(sql`DROP TABLE \`_sources_v_version_open_flag_kinds\`;`)
  await db.run(sql`DROP TABLE \`finding_decisions\`;`)
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
  await db.run(sql`CREATE INDEX \`citations_verified_by_idx\` ON \`citations\` (\`verified_by_id\`);`)
  await db.run(sql`CREATE INDEX \`citations_dedup_key_idx\` ON \`citations\` (\`dedup_key\`);`)
  await db.run(sql`CREATE INDEX \`citations_updated_at_idx\` ON \`citations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`citations_created_at_idx\` ON \`citations\` (\`created_at\`);`)
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
  await db.run(sql`CREATE INDEX \`annotations_target_target_source_idx\` ON \`annotations\` (\`target_source_id\`);`)
  await db.run(sql`CREATE INDEX \`annotations_target_target_article_idx\` ON \`annotations\` (\`target_article_id\`);`)
  await db.run(sql`CREATE INDEX \`annotations_author_idx\` ON \`annotations\` (\`author_id\`);`)
  await db.run(sql`CREATE INDEX \`annotations_updated_at_idx\` ON \`annotations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`annotations_created_at_idx\` ON \`annotations\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`articles_id\` integer,
  	\`sources_id\` integer,
  	\`citations_id\` integer,
  	\`places_id\` integer,
  	\`people_id\` integer,
  	\`events_id\` integer,
  	\`maps_id\` integer,
  	\`annotations_id\` integer,
  	\`media_id\` integer,
  	\`users_id\` integer,
  	\`page_cache_entries_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`sources_id\`) REFERENCES \`sources\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`citations_id\`) REFERENCES \`citations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`places_id\`) REFERENCES \`places\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`people_id\`) REFERENCES \`people\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`events_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`maps_id\`) REFERENCES \`maps\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`annotations_id\`) REFERENCES \`annotations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`page_cache_entries_id\`) REFERENCES \`page_cache_entries\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "articles_id", "sources_id", "citations_id", "places_id", "people_id", "events_id", "maps_id", "annotations_id", "media_id", "users_id", "page_cache_entries_id") SELECT "id", "order", "parent_id", "path", "articles_id", "sources_id", "citations_id", "places_id", "people_id", "events_id", "maps_id", "annotations_id", "media_id", "users_id", "page_cache_entries_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_articles_id_idx\` ON \`payload_locked_documents_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_sources_id_idx\` ON \`payload_locked_documents_rels\` (\`sources_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_citations_id_idx\` ON \`payload_locked_documents_rels\` (\`citations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_places_id_idx\` ON \`payload_locked_documents_rels\` (\`places_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_people_id_idx\` ON \`payload_locked_documents_rels\` (\`people_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_events_id_idx\` ON \`payload_locked_documents_rels\` (\`events_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_maps_id_idx\` ON \`payload_locked_documents_rels\` (\`maps_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_annotations_id_idx\` ON \`payload_locked_documents_rels\` (\`annotations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_page_cache_entries_id_idx\` ON \`payload_locked_documents_rels\` (\`page_cache_entries_id\`);`)
  await db.run(sql`DROP INDEX \`sources_open_flag_count_idx\`;`)
  await db.run(sql`ALTER TABLE \`sources\` DROP COLUMN \`open_flag_count\`;`)
  await db.run(sql`DROP INDEX \`_sources_v_version_version_open_flag_count_idx\`;`)
  await db.run(sql`ALTER TABLE \`_sources_v\` DROP COLUMN \`version_open_flag_count\`;`)
  await db.run(sql`ALTER TABLE \`articles_locales\` DROP COLUMN \`needs_source\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v_locales\` DROP COLUMN \`version_needs_source\`;`)
  await db.run(sql`ALTER TABLE \`sources_flags\` DROP COLUMN \`quote\`;`)
  await db.run(sql`ALTER TABLE \`sources_flags\` DROP COLUMN \`passage\`;`)
  await db.run(sql`ALTER TABLE \`_sources_v_version_flags\` DROP COLUMN \`quote\`;`)
  await db.run(sql`ALTER TABLE \`_sources_v_version_flags\` DROP COLUMN \`passage\`;`)
  await db.run(sql`ALTER TABLE \`places\` DROP COLUMN \`coordinates_precision\`;`)
  await db.run(sql`ALTER TABLE \`places\` DROP COLUMN \`coordinates_source\`;`)
  await db.run(sql`ALTER TABLE \`places\` DROP COLUMN \`boundary\`;`)
  await db.run(sql`ALTER TABLE \`annotations_replies\` DROP COLUMN \`created_at\`;`)
}
