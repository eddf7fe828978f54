/**
 * The reference backend as a program (`npm run dev`, the tests, the cluster's
 * nodes; bundled for `npm start` through server/bundleEntry.ts): the server,
 * with the sample content seeded into an empty development database. The
 * server knows nothing of the seed; this is the one place that joins them.
 */
import { seedOnStart } from '../seed/onStart.ts'
import { runAsProgram } from './server/index.ts'

await runAsProgram(seedOnStart())
