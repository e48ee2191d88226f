/**
 * `npm run test:mongo`: the integration suite against MongoDB. Uses MONGODB_URI
 * when given, else starts a one-node replica set with mongodb-memory-server
 * (transactions need a replica set). Where no mongod can be had, it says so
 * loudly and exits 0 without pretending MongoDB was tested.
 */
import { spawnSync } from 'node:child_process'

const onPath = (name: string) => {
  const found = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' })
  return found.status === 0 ? found.stdout.trim() : undefined
}

type Server = { uri: string; stop: () => Promise<unknown> }

async function startMongo(): Promise<Server | { skipped: string }> {
  if (process.env.MONGODB_URI) return { uri: process.env.MONGODB_URI, stop: async () => undefined }
  try {
    const { MongoMemoryReplSet } = await import('mongodb-memory-server-core')
    const systemBinary = process.env.MONGOMS_SYSTEM_BINARY ?? onPath('mongod')
    const started = MongoMemoryReplSet.create({ replSet: { count: 1, storageEngine: 'wiredTiger' }, binary: systemBinary ? { systemBinary } : undefined })
    const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error('no mongod within 90 s')), 90_000))
    const replSet = await Promise.race([started, timeout])
    return { uri: replSet.getUri(), stop: () => replSet.stop() }
  } catch (error) {
    return { skipped: error instanceof Error ? error.message : String(error) }
  }
}

const server = await startMongo()
if ('skipped' in server) {
  const bar = '!'.repeat(78)
  console.log(`\n${bar}\n!! MongoDB integration tests SKIPPED: no mongod could be had on this machine.`)
  console.log(`!! Reason: ${server.skipped.replace(/\s+/g, ' ').slice(0, 300)}`)
  console.log('!! Nothing here says the platform works on MongoDB. To test it, run')
  console.log('!!   MONGODB_URI=mongodb://host:27017/?replicaSet=rs0 npm run test:mongo')
  console.log(`!! or install mongod on PATH (MONGOMS_SYSTEM_BINARY=/path/to/mongod).\n${bar}\n`)
  process.exit(0)
}

console.log(`Running the integration suite against MongoDB at ${server.uri.replace(/\/\/[^@]*@/, '//***@')}`)
const result = spawnSync('npx', ['vitest', 'run', '--project', 'integration', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, TEST_MONGODB_URI: server.uri },
})
await server.stop()
process.exit(result.status ?? 1)
