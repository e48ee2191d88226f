/** Where the admin's code editor loads Monaco from: app/(payload)/admin/monaco serves the installed package. */
export const MONACO_BASE_PATH = '/admin/monaco/vs'
