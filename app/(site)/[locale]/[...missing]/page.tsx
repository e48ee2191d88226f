import { notFound } from 'next/navigation'

/** Any other address under a locale: the site's own 404 page (not-found.tsx), in the site's layout. */
export default function MissingPage(): never {
  notFound()
}
