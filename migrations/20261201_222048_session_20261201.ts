import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`page_cache_entries\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`generation\` text NOT NULL,
  	\`value\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`page_cache_entries_key_idx\` ON \`page_cache_entries\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`page_cache_entries_generation_idx\` ON \`page_cache_entries\` (\`generation\`);`)
  await db.run(sql`CREATE INDEX \`page_cache_entries_updated_at_idx\` ON \`page_cache_entries\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`page_cache_entries_created_at_idx\` ON \`page_cache_entries\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`page_cache_generation\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`generation\` text,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`page_cache_entries_id\` integer REFERENCES page_cache_entries(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_page_cache_entries_id_idx\` ON \`payload_locked_documents_rels\` (\`page_cache_entries_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_infobox_sides_locales_parent_id_idx\` ON \`articles_infobox_sides_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_locales_parent_id_idx\` ON \`articles_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_infobox_sides_locales_parent_id_idx\` ON \`_articles_v_version_infobox_sides_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_parent_updated_idx\` ON \`_articles_v\` (\`parent_id\`,\`updated_at\`,\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_locales_parent_id_idx\` ON \`_articles_v_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`places_locales_parent_id_idx\` ON \`places_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`people_locales_parent_id_idx\` ON \`people_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`events_locales_parent_id_idx\` ON \`events_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`maps_place_layers_locales_parent_id_idx\` ON \`maps_place_layers_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`maps_locales_parent_id_idx\` ON \`maps_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_maps_v_version_place_layers_locales_parent_id_idx\` ON \`_maps_v_version_place_layers_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_maps_v_parent_updated_idx\` ON \`_maps_v\` (\`parent_id\`,\`updated_at\`,\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_maps_v_locales_parent_id_idx\` ON \`_maps_v_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`media_locales_parent_id_idx\` ON \`media_locales\` (\`_parent_id\`);`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`login_attempts\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`lock_until\`;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`page_cache_entries\`;`)
  await db.run(sql`DROP TABLE \`page_cache_generation\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
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
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "articles_id", "sources_id", "citations_id", "places_id", "people_id", "events_id", "maps_id", "annotations_id", "media_id", "users_id") SELECT "id", "order", "parent_id", "path", "articles_id", "sources_id", "citations_id", "places_id", "people_id", "events_id", "maps_id", "annotations_id", "media_id", "users_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
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
  await db.run(sql`DROP INDEX \`articles_infobox_sides_locales_parent_id_idx\`;`)
  await db.run(sql`DROP INDEX \`articles_locales_parent_id_idx\`;`)
  await db.run(sql`DROP INDEX \`_articles_v_version_infobox_sides_locales_parent_id_idx\`;`)
  await db.run(sql`DROP INDEX \`_articles_v_parent_updated_idx\`;`)
  await db.run(sql`DROP INDEX \`_articles_v_locales_parent_id_idx\`;`)
  await db.run(sql`DROP INDEX \`places_locales_parent_id_idx\`;`)
  await db.run(sql`DROP INDEX \`people_locales_parent_id_idx\`;`)
  await db.run(sql`DROP INDEX \`events_locales_parent_id_idx\`;`)
  await db.run(sql`DROP INDEX \`maps_place_layers_locales_parent_id_idx\`;`)
  await db.run(sql`DROP INDEX \`maps_locales_parent_id_idx\`;`)
  await db.run(sql`DROP INDEX \`_maps_v_version_place_layers_locales_parent_id_idx\`;`)
  await db.run(sql`DROP INDEX \`_maps_v_parent_updated_idx\`;`)
  await db.run(sql`DROP INDEX \`_maps_v_locales_parent_id_idx\`;`)
  await db.run(sql`DROP INDEX \`media_locales_parent_id_idx\`;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`login_attempts\` numeric DEFAULT 0;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`lock_until\` text;`)
}
