import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload, type PayloadRequest } from 'payload'

/**
 * Runs `work` in one database transaction through the Local API: every write
 * made with the given `req` commits together or not at all.
 */
export async function inTransaction<T>(payload: Payload, work: (req: PayloadRequest) => Promise<T>, base?: Partial<PayloadRequest>): Promise<T> {
  const req = await createLocalReq({ ...(base?.user ? { user: base.user } : {}), context: base?.context }, payload)
  await initTransaction(req)
  try {
    const result = await work(req)
    await commitTransaction(req)
    return result
  } catch (error) {
    await killTransaction(req)
    throw error
  }
}
