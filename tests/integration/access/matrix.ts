import type { RoleName, Slug } from './clients'

/**
 * The access matrix of ARCHITECTURE.md §4 as the code implements it: one row
 * per collection and role, verdicts as access.test.ts explains them.
 */
export type Create = 'yes' | 'no'
export type Read = 'all' | 'published' | 'marked-public' | 'self' | 'none'
export type Update = 'yes' | 'no' | 'drafts' | 'own' | 'self'
export type Delete = 'yes' | 'no'
export type Publish = 'yes' | 'no' | '–'
export type Row = readonly [Slug, RoleName, Create, Read, Update, Delete, Publish]

// prettier-ignore
export const MATRIX: readonly Row[] = [
  // collection     role          create  read             update    delete  publish
  ['articles',    'public',     'no',   'published',     'no',     'no',   'no'],
  ['articles',    'historian',  'yes',  'all',           'drafts', 'no',   'no'],
  ['articles',    'editor',     'yes',  'all',           'yes',    'yes',  'yes'],
  ['articles',    'admin',      'yes',  'all',           'yes',    'yes',  'yes'],
  ['maps',        'public',     'no',   'published',     'no',     'no',   'no'],
  ['maps',        'historian',  'yes',  'all',           'drafts', 'no',   'no'],
  ['maps',        'editor',     'yes',  'all',           'yes',    'yes',  'yes'],
  ['maps',        'admin',      'yes',  'all',           'yes',    'yes',  'yes'],
  ['sources',     'public',     'no',   'marked-public', 'no',     'no',   '–'],
  ['sources',     'historian',  'no',   'all',           'no',     'no',   '–'],
  ['sources',     'editor',     'yes',  'all',           'yes',    'no',   '–'],
  ['sources',     'admin',      'yes',  'all',           'yes',    'yes',  '–'],
  ['citations',   'public',     'no',   'all',           'no',     'no',   '–'],
  ['citations',   'historian',  'yes',  'all',           'yes',    'no',   '–'],
  ['citations',   'editor',     'yes',  'all',           'yes',    'yes',  '–'],
  ['citations',   'admin',      'yes',  'all',           'yes',    'yes',  '–'],
  ['places',      'public',     'no',   'all',           'no',     'no',   '–'],
  ['places',      'historian',  'yes',  'all',           'yes',    'no',   '–'],
  ['places',      'editor',     'yes',  'all',           'yes',    'yes',  '–'],
  ['places',      'admin',      'yes',  'all',           'yes',    'yes',  '–'],
  ['people',      'public',     'no',   'all',           'no',     'no',   '–'],
  ['people',      'historian',  'yes',  'all',           'yes',    'no',   '–'],
  ['people',      'editor',     'yes',  'all',           'yes',    'yes',  '–'],
  ['people',      'admin',      'yes',  'all',           'yes',    'yes',  '–'],
  ['events',      'public',     'no',   'all',           'no',     'no',   '–'],
  ['events',      'historian',  'yes',  'all',           'yes',    'no',   '–'],
  ['events',      'editor',     'yes',  'all',           'yes',    'yes',  '–'],
  ['events',      'admin',      'yes',  'all',           'yes',    'yes',  '–'],
  ['annotations', 'public',     'no',   'none',          'no',     'no',   '–'],
  ['annotations', 'historian',  'yes',  'all',           'own',    'no',   '–'],
  ['annotations', 'editor',     'yes',  'all',           'yes',    'yes',  '–'],
  ['annotations', 'admin',      'yes',  'all',           'yes',    'yes',  '–'],
  // Historians may create a decision only to dispute (reconcile-decisions.test.ts); the matrix's create is a dismissal.
  ['finding-decisions', 'public',    'no',  'none',   'no',     'no',   '–'],
  ['finding-decisions', 'historian', 'no',  'all',    'no',     'no',   '–'],
  ['finding-decisions', 'editor',    'yes', 'all',    'no',     'no',   '–'],
  ['finding-decisions', 'admin',     'yes', 'all',    'yes',    'yes',  '–'],
  ['media',       'public',     'no',   'all',           'no',     'no',   '–'],
  ['media',       'historian',  'yes',  'all',           'no',     'no',   '–'],
  ['media',       'editor',     'yes',  'all',           'yes',    'yes',  '–'],
  ['media',       'admin',      'yes',  'all',           'yes',    'yes',  '–'],
  ['users',       'public',     'no',   'none',          'no',     'no',   '–'],
  ['users',       'historian',  'no',   'self',          'self',   'no',   '–'],
  ['users',       'editor',     'no',   'all',           'self',   'no',   '–'],
  ['users',       'admin',      'yes',  'all',           'yes',    'yes',  '–'],
]

/**
 * The annotation endpoints beside the collection's own CRUD (REST only):
 * `read` GET /api/annotations/:id/jsonld, the per-document collection and the dashboard's lists (/open),
 * `import` POST /api/annotations/import, `reply` POST /api/annotations/:id/replies
 * on someone else's annotation. 'no' for the public is 401; there are no
 * other refusals, since every staff role may do all four.
 */
export type AnnotationEndpointRow = readonly [RoleName, read: 'yes' | 'no', importing: 'yes' | 'no', reply: 'yes' | 'no']

// prettier-ignore
export const ANNOTATION_ENDPOINTS: readonly AnnotationEndpointRow[] = [
  // role         read   import  reply
  ['public',     'no',  'no',   'no'],
  ['historian',  'yes', 'yes',  'yes'],
  ['editor',     'yes', 'yes',  'yes'],
  ['admin',      'yes', 'yes',  'yes'],
]

/**
 * Merging works (POST /api/citations/:id/merge, REST only): editors and admins. Deleting a work
 * is the `citations` rows of MATRIX (historians no, editors yes). 'no' is 401 for the public and
 * 403 for a historian, with both works left as they were.
 */
// prettier-ignore
export const WORK_MERGE: readonly (readonly [RoleName, merge: 'yes' | 'no'])[] = [
  ['public',     'no'],
  ['historian',  'no'],
  ['editor',     'yes'],
  ['admin',      'yes'],
]
