import * as migration_20261123_183251_initial from './20261123_183251_initial';
import * as migration_20261123_190031_article_import_fingerprint from './20261123_190031_article_import_fingerprint';
import * as migration_20261123_195620_segments_as_json from './20261123_195620_segments_as_json';
import * as migration_20261201_222048_session_20261201 from './20261201_222048_session_20261201';
import * as migration_20261201_223009_labels_list_title from './20261201_223009_labels_list_title';
import * as migration_20261202_011744_session_20261202 from './20261202_011744_session_20261202';
import * as migration_20261202_073331_maps_overlays_web from './20261202_073331_maps_overlays_web';
import * as migration_20261202_073525_cite_works from './20261202_073525_cite_works';
import * as migration_20261202_073934_work_search_text from './20261202_073934_work_search_text';

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
    up: migration_20261202_011744_session_20261202.up,
    down: migration_20261202_011744_session_20261202.down,
    name: '20261202_011744_session_20261202',
  },
  {
    up: migration_20261202_073331_maps_overlays_web.up,
    down: migration_20261202_073331_maps_overlays_web.down,
    name: '20261202_073331_maps_overlays_web'
  },
  {
    up: migration_20261202_073525_cite_works.up,
    down: migration_20261202_073525_cite_works.down,
    name: '20261202_073525_cite_works'
  },
  {
    up: migration_20261202_073934_work_search_text.up,
    down: migration_20261202_073934_work_search_text.down,
    name: '20261202_073934_work_search_text'
  },
];
