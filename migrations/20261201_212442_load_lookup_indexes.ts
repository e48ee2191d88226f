import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
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
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
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
}
