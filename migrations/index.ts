import * as migration_20261123_183251_initial from './20261123_183251_initial';
import * as migration_20261123_190031_article_import_fingerprint from './20261123_190031_article_import_fingerprint';
import * as migration_20261123_195620_segments_as_json from './20261123_195620_segments_as_json';
import * as migration_20261201_222048_session_20261201 from './20261201_222048_session_20261201';
import * as migration_20261201_223009_labels_list_title from './20261201_223009_labels_list_title';
import * as migration_20261201_234914_i9server_finding_decisions from './20261201_234914_i9server_finding_decisions';
import * as migration_20261201_235106_biblio_needs_source from './20261201_235106_biblio_needs_source';
import * as migration_20261201_235933_annotate_anchoring from './20261201_235933_annotate_anchoring';
import * as migration_20261202_000033_i9publish_publish_override_flags from './20261202_000033_i9publish_publish_override_flags';
import * as migration_20261202_000335_maps_places_location from './20261202_000335_maps_places_location';
import * as migration_20261202_002021_biblio_merged_into from './20261202_002021_biblio_merged_into';

export const migrations = [
  {
    up: migration_20261123_183251_initial.up,
    down: migration_20261123_183251_initial.down,
    name: '20261123_183251_initial',
  },
  {
    up: migration_20261123_190031_article_import_fingerprint.up,
    down: migration_20261123_190031_article_import_fingerprint.down,
    name: '20261123_190031_article_import_fingerprint',
  },
  {
    up: migration_20261123_195620_segments_as_json.up,
    down: migration_20261123_195620_segments_as_json.down,
    name: '20261123_195620_segments_as_json',
  },
  {
    up: migration_20261201_222048_session_20261201.up,
    down: migration_20261201_222048_session_20261201.down,
    name: '20261201_222048_session_20261201',
  },
  {
    up: migration_20261201_223009_labels_list_title.up,
    down: migration_20261201_223009_labels_list_title.down,
    name: '20261201_223009_labels_list_title',
  },
  {
    up: migration_20261201_234914_i9server_finding_decisions.up,
    down: migration_20261201_234914_i9server_finding_decisions.down,
    name: '20261201_234914_i9server_finding_decisions',
  },
  {
    up: migration_20261201_235106_biblio_needs_source.up,
    down: migration_20261201_235106_biblio_needs_source.down,
    name: '20261201_235106_biblio_needs_source',
  },
  {
    up: migration_20261201_235933_annotate_anchoring.up,
    down: migration_20261201_235933_annotate_anchoring.down,
    name: '20261201_235933_annotate_anchoring',
  },
  {
    up: migration_20261202_000033_i9publish_publish_override_flags.up,
    down: migration_20261202_000033_i9publish_publish_override_flags.down,
    name: '20261202_000033_i9publish_publish_override_flags',
  },
  {
    up: migration_20261202_000335_maps_places_location.up,
    down: migration_20261202_000335_maps_places_location.down,
    name: '20261202_000335_maps_places_location',
  },
  {
    up: migration_20261202_002021_biblio_merged_into.up,
    down: migration_20261202_002021_biblio_merged_into.down,
    name: '20261202_002021_biblio_merged_into',
  },
];
