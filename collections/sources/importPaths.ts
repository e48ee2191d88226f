/** Where the import lives, shared by the config, the endpoint and the admin components. */
export const IMPORT_VIEW_PATH = '/import'
export const IMPORT_ENDPOINT_PATH = '/import'
export const SOURCES_SLUG = 'sources'
