import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`sources\` ADD \`segments\` text;`)
  await db.run(sql`ALTER TABLE \`_sources_v\` ADD \`version_segments\` text;`)
  // Carry every existing segment row over into the JSON value, in order, before the tables go.
  await db.run(sql`UPDATE \`sources\` SET \`segments\` = (
    SELECT json_group_array(json(segment)) FROM (
      SELECT json_object('segmentId', s.segment_id, 'kind', s.kind, 'sectionPath', coalesce(s.section_path, ''), 'text', s.text, 'start', CAST(s.start AS INTEGER), 'end', CAST(s.end AS INTEGER)) AS segment
      FROM \`sources_segments\` s WHERE s._parent_id = \`sources\`.id ORDER BY s._order
    )
  );`)
  await db.run(sql`UPDATE \`_sources_v\` SET \`version_segments\` = (
    SELECT json_group_array(json(segment)) FROM (
      SELECT json_object('segmentId', s.segment_id, 'kind', s.kind, 'sectionPath', coalesce(s.section_path, ''), 'text', s.text, 'start', CAST(s.start AS INTEGER), 'end', CAST(s.end AS INTEGER)) AS segment
      FROM \`_sources_v_version_segments\` s WHERE s._parent_id = \`_sources_v\`.id ORDER BY s._order
    )
  );`)
  await db.run(sql`DROP TABLE \`sources_segments\`;`)
  await db.run(sql`DROP TABLE \`_sources_v_version_segments\`;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
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
  await db.run(sql`INSERT INTO \`sources_segments\` (\`_order\`, \`_parent_id\`, \`id\`, \`segment_id\`, \`kind\`, \`section_path\`, \`text\`, \`start\`, \`end\`)
    SELECT j.key + 1, src.id, lower(hex(randomblob(12))), json_extract(j.value, '$.segmentId'), json_extract(j.value, '$.kind'), json_extract(j.value, '$.sectionPath'), json_extract(j.value, '$.text'), json_extract(j.value, '$.start'), json_extract(j.value, '$.end')
    FROM \`sources\` src, json_each(src.segments) j WHERE src.segments IS NOT NULL;`)
  await db.run(sql`INSERT INTO \`_sources_v_version_segments\` (\`_order\`, \`_parent_id\`, \`id\`, \`segment_id\`, \`kind\`, \`section_path\`, \`text\`, \`start\`, \`end\`)
    SELECT j.key + 1, v.id, lower(hex(randomblob(12))), json_extract(j.value, '$.segmentId'), json_extract(j.value, '$.kind'), json_extract(j.value, '$.sectionPath'), json_extract(j.value, '$.text'), json_extract(j.value, '$.start'), json_extract(j.value, '$.end')
    FROM \`_sources_v\` v, json_each(v.version_segments) j WHERE v.version_segments IS NOT NULL;`)
  await db.run(sql`ALTER TABLE \`sources\` DROP COLUMN \`segments\`;`)
  await db.run(sql`ALTER TABLE \`_sources_v\` DROP COLUMN \`version_segments\`;`)
}
