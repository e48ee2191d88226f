/** Where the sourcing queue lives, shared by the config, the endpoint and the admin components. */
export const SOURCING_VIEW_PATH = '/needs-a-source'
export const SOURCING_ENDPOINT_PATH = '/sourcing-queue'
/** The edit-view query parameter naming the body block to scroll to. */
export const PASSAGE_PARAM = 'passage'
