/** Where the import lives, shared by the config, the endpoints and the admin components. */
export const IMPORT_VIEW_PATH = '/import'
export const IMPORT_ENDPOINT_PATH = '/import'
export const IMPORT_ANALYSE_PATH = '/import/analyse'
export const SOURCES_SLUG = 'sources'
