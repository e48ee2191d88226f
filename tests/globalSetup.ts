/** Before any test file: the parse worker bundle the import runs its parser in (rebuilt only when its sources changed). */
import { ensureParseWorker } from '@/server/import/worker/build'

export default async function setup(): Promise<void> {
  await ensureParseWorker()
}
