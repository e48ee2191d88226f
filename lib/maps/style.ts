/** The platform's map colours and line styles, shared by the SVG and the MapLibre style so both read alike. */
import type { FeatureKind } from './features'

export const BASEMAP_COLORS = {
  water: '#dfe8ec',
  land: '#f4f1e8',
  countryLine: '#b9b2a3',
  river: '#8fb3c4',
  lake: '#cfe0e8',
} as const

export type KindStyle = { color: string; dash?: string; fill?: string; label: { en: string; zh: string } }

export const KIND_STYLES: Record<FeatureKind, KindStyle> = {
  border: { color: '#8b1e1e', label: { en: 'Border (treaty line)', zh: '边界（条约界线）' } },
  ceded: { color: '#b5651d', fill: 'rgba(181, 101, 29, 0.25)', label: { en: 'Ceded territory', zh: '割让领土' } },
  disputed: { color: '#6b4c9a', dash: '4 3', fill: 'rgba(107, 76, 154, 0.18)', label: { en: 'Disputed territory', zh: '争议领土' } },
  route: { color: '#2f5d8a', dash: '6 3', label: { en: 'Route', zh: '路线' } },
  campaign: { color: '#a33a3a', dash: '2 2', label: { en: 'Campaign', zh: '战役进军' } },
  fort: { color: '#333333', label: { en: 'Fort', zh: '要塞' } },
  battle: { color: '#c0392b', label: { en: 'Battle', zh: '战役' } },
}

export const MODERN_BORDERS_LABEL = { en: 'Modern borders (for reference)', zh: '现代国界（仅供参照）' } as const
