import * as migration_20261123_183251_initial from './20261123_183251_initial';
import * as migration_20261123_190031_article_import_fingerprint from './20261123_190031_article_import_fingerprint';
import * as migration_20261123_195620_segments_as_json from './20261123_195620_segments_as_json';
import * as migration_20261201_210304_cache_page_cache from './20261201_210304_cache_page_cache';
import * as migration_20261201_211825_security_no_account_lock from './20261201_211825_security_no_account_lock';
import * as migration_20261201_212442_load_lookup_indexes from './20261201_212442_load_lookup_indexes';

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
    up: migration_20261201_210304_cache_page_cache.up,
    down: migration_20261201_210304_cache_page_cache.down,
    name: '20261201_210304_cache_page_cache',
  },
  {
    up: migration_20261201_211825_security_no_account_lock.up,
    down: migration_20261201_211825_security_no_account_lock.down,
    name: '20261201_211825_security_no_account_lock',
  },
  {
    up: migration_20261201_212442_load_lookup_indexes.up,
    down: migration_20261201_212442_load_lookup_indexes.down,
    name: '20261201_212442_load_lookup_indexes',
  },
];
