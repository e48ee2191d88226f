import * as migration_20261123_183251_initial from './20261123_183251_initial';
import * as migration_20261123_190031_article_import_fingerprint from './20261123_190031_article_import_fingerprint';

export const migrations = [
  {
    up: migration_20261123_183251_initial.up,
    down: migration_20261123_183251_initial.down,
    name: '20261123_183251_initial',
  },
  {
    up: migration_20261123_190031_article_import_fingerprint.up,
    down: migration_20261123_190031_article_import_fingerprint.down,
    name: '20261123_190031_article_import_fingerprint'
  },
];
