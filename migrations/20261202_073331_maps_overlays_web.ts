import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`maps_overlays_locales\` (
  	\`label\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`maps_overlays\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`maps_overlays_locales_locale_parent_id_unique\` ON \`maps_overlays_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`maps_overlays_locales_parent_id_idx\` ON \`maps_overlays_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_maps_v_version_overlays_locales\` (
  	\`label\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_maps_v_version_overlays\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_maps_v_version_overlays_locales_locale_parent_id_unique\` ON \`_maps_v_version_overlays_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_maps_v_version_overlays_locales_parent_id_idx\` ON \`_maps_v_version_overlays_locales\` (\`_parent_id\`);`)
  await db.run(sql`ALTER TABLE \`maps_overlays\` ADD \`corners\` text;`)
  await db.run(sql`ALTER TABLE \`maps_overlays\` ADD \`from\` numeric;`)
  await db.run(sql`ALTER TABLE \`maps_overlays\` ADD \`to\` numeric;`)
  await db.run(sql`ALTER TABLE \`maps_overlays\` ADD \`citation_id\` integer REFERENCES citations(id);`)
  await db.run(sql`ALTER TABLE \`maps_overlays\` ADD \`locator\` text;`)
  await db.run(sql`CREATE INDEX \`maps_overlays_citation_idx\` ON \`maps_overlays\` (\`citation_id\`);`)
  await db.run(sql`ALTER TABLE \`maps_overlays\` DROP COLUMN \`top_left_latitude\`;`)
  await db.run(sql`ALTER TABLE \`maps_overlays\` DROP COLUMN \`top_left_longitude\`;`)
  await db.run(sql`ALTER TABLE \`maps_overlays\` DROP COLUMN \`top_right_latitude\`;`)
  await db.run(sql`ALTER TABLE \`maps_overlays\` DROP COLUMN \`top_right_longitude\`;`)
  await db.run(sql`ALTER TABLE \`maps_overlays\` DROP COLUMN \`bottom_right_latitude\`;`)
  await db.run(sql`ALTER TABLE \`maps_overlays\` DROP COLUMN \`bottom_right_longitude\`;`)
  await db.run(sql`ALTER TABLE \`maps_overlays\` DROP COLUMN \`bottom_left_latitude\`;`)
  await db.run(sql`ALTER TABLE \`maps_overlays\` DROP COLUMN \`bottom_left_longitude\`;`)
  await db.run(sql`ALTER TABLE \`_maps_v_version_overlays\` ADD \`corners\` text;`)
  await db.run(sql`ALTER TABLE \`_maps_v_version_overlays\` ADD \`from\` numeric;`)
  await db.run(sql`ALTER TABLE \`_maps_v_version_overlays\` ADD \`to\` numeric;`)
  await db.run(sql`ALTER TABLE \`_maps_v_version_overlays\` ADD \`citation_id\` integer REFERENCES citations(id);`)
  await db.run(sql`ALTER TABLE \`_maps_v_version_overlays\` ADD \`locator\` text;`)
  await db.run(sql`CREATE INDEX \`_maps_v_version_overlays_citation_idx\` ON \`_maps_v_version_overlays\` (\`citation_id\`);`)
  await db.run(sql`ALTER TABLE \`_maps_v_version_overlays\` DROP COLUMN \`top_left_latitude\`;`)
  await db.run(sql`ALTER TABLE \`_maps_v_version_overlays\` DROP COLUMN \`top_left_longitude\`;`)
  await db.run(sql`ALTER TABLE \`_maps_v_version_overlays\` DROP COLUMN \`top_right_latitude\`;`)
  await db.run(sql`ALTER TABLE \`_maps_v_version_overlays\` DROP COLUMN \`top_right_longitude\`;`)
  await db.run(sql`ALTER TABLE \`_maps_v_version_overlays\` DROP COLUMN \`bottom_right_latitude\`;`)
  await db.run(sql`ALTER TABLE \`_maps_v_version_overlays\` DROP COLUMN \`bottom_right_longitude\`;`)
  await db.run(sql`ALTER TABLE \`_maps_v_version_overlays\` DROP COLUMN \`bottom_left_latitude\`;`)
  await db.run(sql`ALTER TABLE \`_maps_v_version_overlays\` DROP COLUMN \`bottom_left_longitude\`;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`sizes_web_url\` text;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`sizes_web_width\` numeric;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`sizes_web_height\` numeric;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`sizes_web_mime_type\` text;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`sizes_web_filesize\` numeric;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`sizes_web_filename\` text;`)
  await db.run(sql`CREATE INDEX \`media_sizes_web_sizes_web_filename_idx\` ON \`media\` (\`sizes_web_filename\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`maps_overlays_locales\`;`)
  await db.run(sql`DROP TABLE \`_maps_v_version_overlays_locales\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_maps_overlays\` (
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
  await db.run(sql`INSERT INTO \`__new_maps_overlays\`("_order", "_parent_id", "id", "image_id", "opacity", "top_left_latitude", "top_left_longitude", "top_right_latitude", "top_right_longitude", "bottom_right_latitude", "bottom_right_longitude", "bottom_left_latitude", "bottom_left_longitude") SELECT "_order", "_parent_id", "id", "image_id", "opacity", "top_left_latitude", "top_left_longitude", "top_right_latitude", "top_right_longitude", "bottom_right_latitude", "bottom_right_longitude", "bottom_left_latitude", "bottom_left_longitude" FROM \`maps_overlays\`;`)
  await db.run(sql`DROP TABLE \`maps_overlays\`;`)
  await db.run(sql`ALTER TABLE \`__new_maps_overlays\` RENAME TO \`maps_overlays\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`maps_overlays_order_idx\` ON \`maps_overlays\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`maps_overlays_parent_id_idx\` ON \`maps_overlays\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`maps_overlays_image_idx\` ON \`maps_overlays\` (\`image_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__maps_v_version_overlays\` (
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
  await db.run(sql`INSERT INTO \`__new__maps_v_version_overlays\`("_order", "_parent_id", "id", "image_id", "opacity", "top_left_latitude", "top_left_longitude", "top_right_latitude", "top_right_longitude", "bottom_right_latitude", "bottom_right_longitude", "bottom_left_latitude", "bottom_left_longitude", "_uuid") SELECT "_order", "_parent_id", "id", "image_id", "opacity", "top_left_latitude", "top_left_longitude", "top_right_latitude", "top_right_longitude", "bottom_right_latitude", "bottom_right_longitude", "bottom_left_latitude", "bottom_left_longitude", "_uuid" FROM \`_maps_v_version_overlays\`;`)
  await db.run(sql`DROP TABLE \`_maps_v_version_overlays\`;`)
  await db.run(sql`ALTER TABLE \`__new__maps_v_version_overlays\` RENAME TO \`_maps_v_version_overlays\`;`)
  await db.run(sql`CREATE INDEX \`_maps_v_version_overlays_order_idx\` ON \`_maps_v_version_overlays\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_maps_v_version_overlays_parent_id_idx\` ON \`_maps_v_version_overlays\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_maps_v_version_overlays_image_idx\` ON \`_maps_v_version_overlays\` (\`image_id\`);`)
  await db.run(sql`DROP INDEX \`media_sizes_web_sizes_web_filename_idx\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`sizes_web_url\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`sizes_web_width\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`sizes_web_height\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`sizes_web_mime_type\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`sizes_web_filesize\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`sizes_web_filename\`;`)
}
