/** The region every map of the project lies in (degrees): the Kazakh steppe to the Amur's mouth, Lake Baikal to the Tarim. */
export const BASEMAP_REGION = { west: 45, south: 30, east: 145, north: 62 } as const

export type Extent = { west: number; south: number; east: number; north: number }
