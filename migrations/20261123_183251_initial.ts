import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`articles_infobox_sides\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`articles_infobox_sides_order_idx\` ON \`articles_infobox_sides\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`articles_infobox_sides_parent_id_idx\` ON \`articles_infobox_sides\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`articles_infobox_sides_locales\` (
  	\`belligerents\` text,
  	\`commanders\` text,
  	\`strength\` text,
  	\`casualties\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`articles_infobox_sides\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`articles_infobox_sides_locales_locale_parent_id_unique\` ON \`articles_infobox_sides_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`articles_infobox_citations\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`value\` text,
  	\`side\` numeric,
  	\`citation_id\` integer,
  	\`locator\` text,
  	FOREIGN KEY (\`citation_id\`) REFERENCES \`citations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`articles_infobox_citations_order_idx\` ON \`articles_infobox_citations\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`articles_infobox_citations_parent_id_idx\` ON \`articles_infobox_citations\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_infobox_citations_citation_idx\` ON \`articles_infobox_citations\` (\`citation_id\`);`)
  await db.run(sql`CREATE TABLE \`articles_credits\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`role\` text,
  	\`note\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`articles_credits_order_idx\` ON \`articles_credits\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`articles_credits_parent_id_idx\` ON \`articles_credits\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`articles\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
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
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`CREATE INDEX \`articles_infobox_start_infobox_start_sort_key_idx\` ON \`articles\` (\`infobox_start_sort_key\`);`)
  await db.run(sql`CREATE INDEX \`articles_infobox_end_infobox_end_sort_key_idx\` ON \`articles\` (\`infobox_end_sort_key\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`articles_slug_idx\` ON \`articles\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`articles_updated_at_idx\` ON \`articles\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`articles_created_at_idx\` ON \`articles\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`articles__status_idx\` ON \`articles\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`articles_locales\` (
  	\`title\` text,
  	\`summary\` text,
  	\`body\` text,
  	\`infobox_location\` text,
  	\`infobox_result\` text,
  	\`infobox_territorial_changes\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`articles_locales_locale_parent_id_unique\` ON \`articles_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`articles_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`places_id\` integer,
  	\`people_id\` integer,
  	\`events_id\` integer,
  	\`maps_id\` integer,
  	\`sources_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`places_id\`) REFERENCES \`places\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`people_id\`) REFERENCES \`people\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`events_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`maps_id\`) REFERENCES \`maps\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`sources_id\`) REFERENCES \`sources\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`articles_rels_order_idx\` ON \`articles_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`articles_rels_parent_idx\` ON \`articles_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_rels_path_idx\` ON \`articles_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`articles_rels_places_id_idx\` ON \`articles_rels\` (\`places_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_rels_people_id_idx\` ON \`articles_rels\` (\`people_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_rels_events_id_idx\` ON \`articles_rels\` (\`events_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_rels_maps_id_idx\` ON \`articles_rels\` (\`maps_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_rels_sources_id_idx\` ON \`articles_rels\` (\`sources_id\`);`)
  await db.run(sql`CREATE TABLE \`_articles_v_version_infobox_sides\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_articles_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_articles_v_version_infobox_sides_order_idx\` ON \`_articles_v_version_infobox_sides\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_infobox_sides_parent_id_idx\` ON \`_articles_v_version_infobox_sides\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_articles_v_version_infobox_sides_locales\` (
  	\`belligerents\` text,
  	\`commanders\` text,
  	\`strength\` text,
  	\`casualties\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_articles_v_version_infobox_sides\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_articles_v_version_infobox_sides_locales_locale_parent_id_u\` ON \`_articles_v_version_infobox_sides_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_articles_v_version_infobox_citations\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`value\` text,
  	\`side\` numeric,
  	\`citation_id\` integer,
  	\`locator\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`citation_id\`) REFERENCES \`citations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_articles_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_articles_v_version_infobox_citations_order_idx\` ON \`_articles_v_version_infobox_citations\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_infobox_citations_parent_id_idx\` ON \`_articles_v_version_infobox_citations\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_infobox_citations_citation_idx\` ON \`_articles_v_version_infobox_citations\` (\`citation_id\`);`)
  await db.run(sql`CREATE TABLE \`_articles_v_version_credits\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`role\` text,
  	\`note\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_articles_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_articles_v_version_credits_order_idx\` ON \`_articles_v_version_credits\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_credits_parent_id_idx\` ON \`_articles_v_version_credits\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_articles_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
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
  await db.run(sql`CREATE TABLE \`_articles_v_locales\` (
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`version_body\` text,
  	\`version_infobox_location\` text,
  	\`version_infobox_result\` text,
  	\`version_infobox_territorial_changes\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_articles_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_articles_v_locales_locale_parent_id_unique\` ON \`_articles_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_articles_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`places_id\` integer,
  	\`people_id\` integer,
  	\`events_id\` integer,
  	\`maps_id\` integer,
  	\`sources_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_articles_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`places_id\`) REFERENCES \`places\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`people_id\`) REFERENCES \`people\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`events_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`maps_id\`) REFERENCES \`maps\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`sources_id\`) REFERENCES \`sources\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_order_idx\` ON \`_articles_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_parent_idx\` ON \`_articles_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_path_idx\` ON \`_articles_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_places_id_idx\` ON \`_articles_v_rels\` (\`places_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_people_id_idx\` ON \`_articles_v_rels\` (\`people_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_events_id_idx\` ON \`_articles_v_rels\` (\`events_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_maps_id_idx\` ON \`_articles_v_rels\` (\`maps_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_sources_id_idx\` ON \`_articles_v_rels\` (\`sources_id\`);`)
  await db.run(sql`CREATE TABLE \`sources_segments\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`segment_id\` text NOT NULL,
  	\`kind\` text NOT NULL,
  	\`section_path\` text,
  	\`text\` text NOT NULL,
  	\`start\` numeric NOT NULL,
  	\`end\` numeric NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`sources\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`sources_segments_order_idx\` ON \`sources_segments\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`sources_segments_parent_id_idx\` ON \`sources_segments\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`sources_segments_segment_id_idx\` ON \`sources_segments\` (\`segment_id\`);`)
  await db.run(sql`CREATE TABLE \`sources_figures\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`caption\` text NOT NULL,
  	\`file_name\` text,
  	\`image_id\` integer,
  	FOREIGN KEY (\`image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`sources\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`sources_figures_order_idx\` ON \`sources_figures\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`sources_figures_parent_id_idx\` ON \`sources_figures\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`sources_figures_image_idx\` ON \`sources_figures\` (\`image_id\`);`)
  await db.run(sql`CREATE TABLE \`sources_flags\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`kind\` text NOT NULL,
  	\`segment_id\` text,
  	\`marker\` text,
  	\`resolved\` integer,
  	\`message\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`sources\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`sources_flags_order_idx\` ON \`sources_flags\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`sources_flags_parent_id_idx\` ON \`sources_flags\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`sources\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`language\` text NOT NULL,
  	\`kind\` text NOT NULL,
  	\`machine_translated\` integer,
  	\`translated_from\` text,
  	\`translation_of_id\` integer,
  	\`public\` integer DEFAULT false,
  	\`origin_site\` text,
  	\`origin_url\` text,
  	\`origin_retrieved_at\` text,
  	\`origin_licence\` text,
  	\`origin_attribution\` text,
  	\`raw_text\` text NOT NULL,
  	\`content_hash\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`translation_of_id\`) REFERENCES \`sources\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`sources_translation_of_idx\` ON \`sources\` (\`translation_of_id\`);`)
  await db.run(sql`CREATE INDEX \`sources_content_hash_idx\` ON \`sources\` (\`content_hash\`);`)
  await db.run(sql`CREATE INDEX \`sources_updated_at_idx\` ON \`sources\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`sources_created_at_idx\` ON \`sources\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`_sources_v_version_segments\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`segment_id\` text NOT NULL,
  	\`kind\` text NOT NULL,
  	\`section_path\` text,
  	\`text\` text NOT NULL,
  	\`start\` numeric NOT NULL,
  	\`end\` numeric NOT NULL,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_sources_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_sources_v_version_segments_order_idx\` ON \`_sources_v_version_segments\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_sources_v_version_segments_parent_id_idx\` ON \`_sources_v_version_segments\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_sources_v_version_segments_segment_id_idx\` ON \`_sources_v_version_segments\` (\`segment_id\`);`)
  await db.run(sql`CREATE TABLE \`_sources_v_version_figures\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`caption\` text NOT NULL,
  	\`file_name\` text,
  	\`image_id\` integer,
  	\`_uuid\` text,
  	FOREIGN KEY (\`image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_sources_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_sources_v_version_figures_order_idx\` ON \`_sources_v_version_figures\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_sources_v_version_figures_parent_id_idx\` ON \`_sources_v_version_figures\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_sources_v_version_figures_image_idx\` ON \`_sources_v_version_figures\` (\`image_id\`);`)
  await db.run(sql`CREATE TABLE \`_sources_v_version_flags\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`kind\` text NOT NULL,
  	\`segment_id\` text,
  	\`marker\` text,
  	\`resolved\` integer,
  	\`message\` text NOT NULL,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_sources_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_sources_v_version_flags_order_idx\` ON \`_sources_v_version_flags\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_sources_v_version_flags_parent_id_idx\` ON \`_sources_v_version_flags\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_sources_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text NOT NULL,
  	\`version_language\` text NOT NULL,
  	\`version_kind\` text NOT NULL,
  	\`version_machine_translated\` integer,
  	\`version_translated_from\` text,
  	\`version_translation_of_id\` integer,
  	\`version_public\` integer DEFAULT false,
  	\`version_origin_site\` text,
  	\`version_origin_url\` text,
  	\`version_origin_retrieved_at\` text,
  	\`version_origin_licence\` text,
  	\`version_origin_attribution\` text,
  	\`version_raw_text\` text NOT NULL,
  	\`version_content_hash\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`sources\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_translation_of_id\`) REFERENCES \`sources\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_sources_v_parent_idx\` ON \`_sources_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_sources_v_version_version_translation_of_idx\` ON \`_sources_v\` (\`version_translation_of_id\`);`)
  await db.run(sql`CREATE INDEX \`_sources_v_version_version_content_hash_idx\` ON \`_sources_v\` (\`version_content_hash\`);`)
  await db.run(sql`CREATE INDEX \`_sources_v_version_version_updated_at_idx\` ON \`_sources_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_sources_v_version_version_created_at_idx\` ON \`_sources_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_sources_v_created_at_idx\` ON \`_sources_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_sources_v_updated_at_idx\` ON \`_sources_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE TABLE \`citations_authors\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`family\` text,
  	\`given\` text,
  	\`literal\` text,
  	\`romanized\` text,
  	\`role\` text DEFAULT 'author',
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`citations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`citations_authors_order_idx\` ON \`citations_authors\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`citations_authors_parent_id_idx\` ON \`citations_authors\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`citations\` (
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
  await db.run(sql`CREATE INDEX \`citations_verified_by_idx\` ON \`citations\` (\`verified_by_id\`);`)
  await db.run(sql`CREATE INDEX \`citations_dedup_key_idx\` ON \`citations\` (\`dedup_key\`);`)
  await db.run(sql`CREATE INDEX \`citations_updated_at_idx\` ON \`citations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`citations_created_at_idx\` ON \`citations\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`places_names\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`language\` text,
  	\`script\` text,
  	\`kind\` text DEFAULT 'variant',
  	\`from_year\` numeric,
  	\`to_year\` numeric,
  	\`source_id\` integer,
  	FOREIGN KEY (\`source_id\`) REFERENCES \`sources\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`places\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`places_names_order_idx\` ON \`places_names\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`places_names_parent_id_idx\` ON \`places_names\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`places_names_source_idx\` ON \`places_names\` (\`source_id\`);`)
  await db.run(sql`CREATE TABLE \`places\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`external_ids_wikidata\` text,
  	\`external_ids_geonames\` text,
  	\`place_type\` text,
  	\`coordinates_latitude\` numeric,
  	\`coordinates_longitude\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`places_slug_idx\` ON \`places\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`places_updated_at_idx\` ON \`places\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`places_created_at_idx\` ON \`places\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`places_locales\` (
  	\`name\` text NOT NULL,
  	\`description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`places\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`places_locales_locale_parent_id_unique\` ON \`places_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`people_names\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`language\` text,
  	\`script\` text,
  	\`kind\` text DEFAULT 'variant',
  	\`from_year\` numeric,
  	\`to_year\` numeric,
  	\`source_id\` integer,
  	FOREIGN KEY (\`source_id\`) REFERENCES \`sources\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`people\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`people_names_order_idx\` ON \`people_names\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`people_names_parent_id_idx\` ON \`people_names\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`people_names_source_idx\` ON \`people_names\` (\`source_id\`);`)
  await db.run(sql`CREATE TABLE \`people\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`external_ids_wikidata\` text,
  	\`external_ids_geonames\` text,
  	\`born_date\` text,
  	\`born_precision\` text,
  	\`born_original_text\` text,
  	\`born_sort_key\` numeric,
  	\`died_date\` text,
  	\`died_precision\` text,
  	\`died_original_text\` text,
  	\`died_sort_key\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`people_slug_idx\` ON \`people\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`people_born_born_sort_key_idx\` ON \`people\` (\`born_sort_key\`);`)
  await db.run(sql`CREATE INDEX \`people_died_died_sort_key_idx\` ON \`people\` (\`died_sort_key\`);`)
  await db.run(sql`CREATE INDEX \`people_updated_at_idx\` ON \`people\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`people_created_at_idx\` ON \`people\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`people_locales\` (
  	\`name\` text NOT NULL,
  	\`description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`people\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`people_locales_locale_parent_id_unique\` ON \`people_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`events_names\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`language\` text,
  	\`script\` text,
  	\`kind\` text DEFAULT 'variant',
  	\`from_year\` numeric,
  	\`to_year\` numeric,
  	\`source_id\` integer,
  	FOREIGN KEY (\`source_id\`) REFERENCES \`sources\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`events_names_order_idx\` ON \`events_names\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`events_names_parent_id_idx\` ON \`events_names\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`events_names_source_idx\` ON \`events_names\` (\`source_id\`);`)
  await db.run(sql`CREATE TABLE \`events\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`external_ids_wikidata\` text,
  	\`external_ids_geonames\` text,
  	\`start_date\` text,
  	\`start_precision\` text,
  	\`start_original_text\` text,
  	\`start_sort_key\` numeric,
  	\`end_date\` text,
  	\`end_precision\` text,
  	\`end_original_text\` text,
  	\`end_sort_key\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`events_slug_idx\` ON \`events\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`events_start_start_sort_key_idx\` ON \`events\` (\`start_sort_key\`);`)
  await db.run(sql`CREATE INDEX \`events_end_end_sort_key_idx\` ON \`events\` (\`end_sort_key\`);`)
  await db.run(sql`CREATE INDEX \`events_updated_at_idx\` ON \`events\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`events_created_at_idx\` ON \`events\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`events_locales\` (
  	\`name\` text NOT NULL,
  	\`description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`events_locales_locale_parent_id_unique\` ON \`events_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`events_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`places_id\` integer,
  	\`people_id\` integer,
  	\`articles_id\` integer,
  	\`sources_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`places_id\`) REFERENCES \`places\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`people_id\`) REFERENCES \`people\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`sources_id\`) REFERENCES \`sources\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`events_rels_order_idx\` ON \`events_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`events_rels_parent_idx\` ON \`events_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`events_rels_path_idx\` ON \`events_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`events_rels_places_id_idx\` ON \`events_rels\` (\`places_id\`);`)
  await db.run(sql`CREATE INDEX \`events_rels_people_id_idx\` ON \`events_rels\` (\`people_id\`);`)
  await db.run(sql`CREATE INDEX \`events_rels_articles_id_idx\` ON \`events_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE INDEX \`events_rels_sources_id_idx\` ON \`events_rels\` (\`sources_id\`);`)
  await db.run(sql`CREATE TABLE \`maps_place_layers\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`maps\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`maps_place_layers_order_idx\` ON \`maps_place_layers\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`maps_place_layers_parent_id_idx\` ON \`maps_place_layers\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`maps_place_layers_locales\` (
  	\`label\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`maps_place_layers\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`maps_place_layers_locales_locale_parent_id_unique\` ON \`maps_place_layers_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`maps_overlays\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`image_id\` integer,
  	\`opacity\` numeric DEFAULT 0.7,
  	\`top_left_latitude\` numeric,
  	\`top_left_longitude\` numeric,
  	\`top_right_latitude\` numeric,
  	\`top_right_longitude\` numeric,
  	\`bottom_right_latitude\` numeric,
  	\`bottom_right_longitude\` numeric,
  	\`bottom_left_latitude\` numeric,
  	\`bottom_left_longitude\` numeric,
  	FOREIGN KEY (\`image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`maps\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`maps_overlays_order_idx\` ON \`maps_overlays\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`maps_overlays_parent_id_idx\` ON \`maps_overlays\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`maps_overlays_image_idx\` ON \`maps_overlays\` (\`image_id\`);`)
  await db.run(sql`CREATE TABLE \`maps\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`credit\` text,
  	\`period_start_year\` numeric,
  	\`period_end_year\` numeric,
  	\`extent_west\` numeric,
  	\`extent_south\` numeric,
  	\`extent_east\` numeric,
  	\`extent_north\` numeric,
  	\`features\` text,
  	\`image_status\` text DEFAULT 'none',
  	\`original_file_name\` text,
  	\`slug\` text,
  	\`published_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`maps_slug_idx\` ON \`maps\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`maps_updated_at_idx\` ON \`maps\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`maps_created_at_idx\` ON \`maps\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`maps__status_idx\` ON \`maps\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`maps_locales\` (
  	\`title\` text,
  	\`caption\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`maps\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`maps_locales_locale_parent_id_unique\` ON \`maps_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`maps_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`places_id\` integer,
  	\`sources_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`maps\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`places_id\`) REFERENCES \`places\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`sources_id\`) REFERENCES \`sources\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`maps_rels_order_idx\` ON \`maps_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`maps_rels_parent_idx\` ON \`maps_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`maps_rels_path_idx\` ON \`maps_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`maps_rels_places_id_idx\` ON \`maps_rels\` (\`places_id\`);`)
  await db.run(sql`CREATE INDEX \`maps_rels_sources_id_idx\` ON \`maps_rels\` (\`sources_id\`);`)
  await db.run(sql`CREATE TABLE \`_maps_v_version_place_layers\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_maps_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_maps_v_version_place_layers_order_idx\` ON \`_maps_v_version_place_layers\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_maps_v_version_place_layers_parent_id_idx\` ON \`_maps_v_version_place_layers\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_maps_v_version_place_layers_locales\` (
  	\`label\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_maps_v_version_place_layers\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_maps_v_version_place_layers_locales_locale_parent_id_unique\` ON \`_maps_v_version_place_layers_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_maps_v_version_overlays\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`image_id\` integer,
  	\`opacity\` numeric DEFAULT 0.7,
  	\`top_left_latitude\` numeric,
  	\`top_left_longitude\` numeric,
  	\`top_right_latitude\` numeric,
  	\`top_right_longitude\` numeric,
  	\`bottom_right_latitude\` numeric,
  	\`bottom_right_longitude\` numeric,
  	\`bottom_left_latitude\` numeric,
  	\`bottom_left_longitude\` numeric,
  	\`_uuid\` text,
  	FOREIGN KEY (\`image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_maps_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_maps_v_version_overlays_order_idx\` ON \`_maps_v_version_overlays\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_maps_v_version_overlays_parent_id_idx\` ON \`_maps_v_version_overlays\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_maps_v_version_overlays_image_idx\` ON \`_maps_v_version_overlays\` (\`image_id\`);`)
  await db.run(sql`CREATE TABLE \`_maps_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_credit\` text,
  	\`version_period_start_year\` numeric,
  	\`version_period_end_year\` numeric,
  	\`version_extent_west\` numeric,
  	\`version_extent_south\` numeric,
  	\`version_extent_east\` numeric,
  	\`version_extent_north\` numeric,
  	\`version_features\` text,
  	\`version_image_status\` text DEFAULT 'none',
  	\`version_original_file_name\` text,
  	\`version_slug\` text,
  	\`version_published_at\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`maps\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_maps_v_parent_idx\` ON \`_maps_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_maps_v_version_version_slug_idx\` ON \`_maps_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_maps_v_version_version_updated_at_idx\` ON \`_maps_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_maps_v_version_version_created_at_idx\` ON \`_maps_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_maps_v_version_version__status_idx\` ON \`_maps_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_maps_v_created_at_idx\` ON \`_maps_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_maps_v_updated_at_idx\` ON \`_maps_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_maps_v_snapshot_idx\` ON \`_maps_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_maps_v_published_locale_idx\` ON \`_maps_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_maps_v_latest_idx\` ON \`_maps_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_maps_v_autosave_idx\` ON \`_maps_v\` (\`autosave\`);`)
  await db.run(sql`CREATE TABLE \`_maps_v_locales\` (
  	\`version_title\` text,
  	\`version_caption\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_maps_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_maps_v_locales_locale_parent_id_unique\` ON \`_maps_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_maps_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`places_id\` integer,
  	\`sources_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_maps_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`places_id\`) REFERENCES \`places\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`sources_id\`) REFERENCES \`sources\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_maps_v_rels_order_idx\` ON \`_maps_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_maps_v_rels_parent_idx\` ON \`_maps_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_maps_v_rels_path_idx\` ON \`_maps_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_maps_v_rels_places_id_idx\` ON \`_maps_v_rels\` (\`places_id\`);`)
  await db.run(sql`CREATE INDEX \`_maps_v_rels_sources_id_idx\` ON \`_maps_v_rels\` (\`sources_id\`);`)
  await db.run(sql`CREATE TABLE \`annotations_replies\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`author_id\` integer,
  	\`body\` text NOT NULL,
  	FOREIGN KEY (\`author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`annotations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`annotations_replies_order_idx\` ON \`annotations_replies\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`annotations_replies_parent_id_idx\` ON \`annotations_replies\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`annotations_replies_author_idx\` ON \`annotations_replies\` (\`author_id\`);`)
  await db.run(sql`CREATE TABLE \`annotations\` (
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
  await db.run(sql`CREATE INDEX \`annotations_target_target_source_idx\` ON \`annotations\` (\`target_source_id\`);`)
  await db.run(sql`CREATE INDEX \`annotations_target_target_article_idx\` ON \`annotations\` (\`target_article_id\`);`)
  await db.run(sql`CREATE INDEX \`annotations_author_idx\` ON \`annotations\` (\`author_id\`);`)
  await db.run(sql`CREATE INDEX \`annotations_updated_at_idx\` ON \`annotations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`annotations_created_at_idx\` ON \`annotations\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`media\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`credit\` text,
  	\`licence\` text,
  	\`source_url\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric,
  	\`sizes_thumb_url\` text,
  	\`sizes_thumb_width\` numeric,
  	\`sizes_thumb_height\` numeric,
  	\`sizes_thumb_mime_type\` text,
  	\`sizes_thumb_filesize\` numeric,
  	\`sizes_thumb_filename\` text,
  	\`sizes_card_url\` text,
  	\`sizes_card_width\` numeric,
  	\`sizes_card_height\` numeric,
  	\`sizes_card_mime_type\` text,
  	\`sizes_card_filesize\` numeric,
  	\`sizes_card_filename\` text,
  	\`sizes_full_url\` text,
  	\`sizes_full_width\` numeric,
  	\`sizes_full_height\` numeric,
  	\`sizes_full_mime_type\` text,
  	\`sizes_full_filesize\` numeric,
  	\`sizes_full_filename\` text,
  	\`sizes_webp_url\` text,
  	\`sizes_webp_width\` numeric,
  	\`sizes_webp_height\` numeric,
  	\`sizes_webp_mime_type\` text,
  	\`sizes_webp_filesize\` numeric,
  	\`sizes_webp_filename\` text
  );
  `)
  await db.run(sql`CREATE INDEX \`media_updated_at_idx\` ON \`media\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`media_created_at_idx\` ON \`media\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`media_filename_idx\` ON \`media\` (\`filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_thumb_sizes_thumb_filename_idx\` ON \`media\` (\`sizes_thumb_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_card_sizes_card_filename_idx\` ON \`media\` (\`sizes_card_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_full_sizes_full_filename_idx\` ON \`media\` (\`sizes_full_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_webp_sizes_webp_filename_idx\` ON \`media\` (\`sizes_webp_filename\`);`)
  await db.run(sql`CREATE TABLE \`media_locales\` (
  	\`alt\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`media_locales_locale_parent_id_unique\` ON \`media_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users_roles\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_roles_order_idx\` ON \`users_roles\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`users_roles_parent_idx\` ON \`users_roles\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users_sessions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`created_at\` text,
  	\`expires_at\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_sessions_order_idx\` ON \`users_sessions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`users_sessions_parent_id_idx\` ON \`users_sessions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`email\` text NOT NULL,
  	\`reset_password_token\` text,
  	\`reset_password_expiration\` text,
  	\`salt\` text,
  	\`hash\` text,
  	\`reset_password_requested_at\` text,
  	\`login_attempts\` numeric DEFAULT 0,
  	\`lock_until\` text
  );
  `)
  await db.run(sql`CREATE INDEX \`users_updated_at_idx\` ON \`users\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`users_created_at_idx\` ON \`users\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`users_email_idx\` ON \`users\` (\`email\`);`)
  await db.run(sql`CREATE TABLE \`payload_kv\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`data\` text NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`payload_kv_key_idx\` ON \`payload_kv\` (\`key\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`global_slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_global_slug_idx\` ON \`payload_locked_documents\` (\`global_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_updated_at_idx\` ON \`payload_locked_documents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_created_at_idx\` ON \`payload_locked_documents\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents_rels\` (
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
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
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
  await db.run(sql`CREATE TABLE \`payload_preferences\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`value\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_key_idx\` ON \`payload_preferences\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_updated_at_idx\` ON \`payload_preferences\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_created_at_idx\` ON \`payload_preferences\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_preferences_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_preferences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_order_idx\` ON \`payload_preferences_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_parent_idx\` ON \`payload_preferences_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_path_idx\` ON \`payload_preferences_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_users_id_idx\` ON \`payload_preferences_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_migrations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`batch\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_migrations_updated_at_idx\` ON \`payload_migrations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_migrations_created_at_idx\` ON \`payload_migrations\` (\`created_at\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`articles_infobox_sides\`;`)
  await db.run(sql`DROP TABLE \`articles_infobox_sides_locales\`;`)
  await db.run(sql`DROP TABLE \`articles_infobox_citations\`;`)
  await db.run(sql`DROP TABLE \`articles_credits\`;`)
  await db.run(sql`DROP TABLE \`articles\`;`)
  await db.run(sql`DROP TABLE \`articles_locales\`;`)
  await db.run(sql`DROP TABLE \`articles_rels\`;`)
  await db.run(sql`DROP TABLE \`_articles_v_version_infobox_sides\`;`)
  await db.run(sql`DROP TABLE \`_articles_v_version_infobox_sides_locales\`;`)
  await db.run(sql`DROP TABLE \`_articles_v_version_infobox_citations\`;`)
  await db.run(sql`DROP TABLE \`_articles_v_version_credits\`;`)
  await db.run(sql`DROP TABLE \`_articles_v\`;`)
  await db.run(sql`DROP TABLE \`_articles_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_articles_v_rels\`;`)
  await db.run(sql`DROP TABLE \`sources_segments\`;`)
  await db.run(sql`DROP TABLE \`sources_figures\`;`)
  await db.run(sql`DROP TABLE \`sources_flags\`;`)
  await db.run(sql`DROP TABLE \`sources\`;`)
  await db.run(sql`DROP TABLE \`_sources_v_version_segments\`;`)
  await db.run(sql`DROP TABLE \`_sources_v_version_figures\`;`)
  await db.run(sql`DROP TABLE \`_sources_v_version_flags\`;`)
  await db.run(sql`DROP TABLE \`_sources_v\`;`)
  await db.run(sql`DROP TABLE \`citations_authors\`;`)
  await db.run(sql`DROP TABLE \`citations\`;`)
  await db.run(sql`DROP TABLE \`places_names\`;`)
  await db.run(sql`DROP TABLE \`places\`;`)
  await db.run(sql`DROP TABLE \`places_locales\`;`)
  await db.run(sql`DROP TABLE \`people_names\`;`)
  await db.run(sql`DROP TABLE \`people\`;`)
  await db.run(sql`DROP TABLE \`people_locales\`;`)
  await db.run(sql`DROP TABLE \`events_names\`;`)
  await db.run(sql`DROP TABLE \`events\`;`)
  await db.run(sql`DROP TABLE \`events_locales\`;`)
  await db.run(sql`DROP TABLE \`events_rels\`;`)
  await db.run(sql`DROP TABLE \`maps_place_layers\`;`)
  await db.run(sql`DROP TABLE \`maps_place_layers_locales\`;`)
  await db.run(sql`DROP TABLE \`maps_overlays\`;`)
  await db.run(sql`DROP TABLE \`maps\`;`)
  await db.run(sql`DROP TABLE \`maps_locales\`;`)
  await db.run(sql`DROP TABLE \`maps_rels\`;`)
  await db.run(sql`DROP TABLE \`_maps_v_version_place_layers\`;`)
  await db.run(sql`DROP TABLE \`_maps_v_version_place_layers_locales\`;`)
  await db.run(sql`DROP TABLE \`_maps_v_version_overlays\`;`)
  await db.run(sql`DROP TABLE \`_maps_v\`;`)
  await db.run(sql`DROP TABLE \`_maps_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_maps_v_rels\`;`)
  await db.run(sql`DROP TABLE \`annotations_replies\`;`)
  await db.run(sql`DROP TABLE \`annotations\`;`)
  await db.run(sql`DROP TABLE \`media\`;`)
  await db.run(sql`DROP TABLE \`media_locales\`;`)
  await db.run(sql`DROP TABLE \`users_roles\`;`)
  await db.run(sql`DROP TABLE \`users_sessions\`;`)
  await db.run(sql`DROP TABLE \`users\`;`)
  await db.run(sql`DROP TABLE \`payload_kv\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_migrations\`;`)
}
