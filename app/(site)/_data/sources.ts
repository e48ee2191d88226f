import { asPublic, sitePayload } from './payload'

/** The sources the public may read (those marked public), newest import first. */
export async function publicSources() {
  const payload = await sitePayload()
  const { docs } = await payload.find({
    collection: 'sources',
    pagination: false,
    depth: 0,
    sort: 'title',
    select: { title: true, language: true, kind: true, machineTranslated: true, origin: true },
    ...asPublic,
  })
  return docs
}
