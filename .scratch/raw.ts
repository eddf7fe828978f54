import { getPayload } from 'payload'
import config from '../payload.config.ts'
const payload = await getPayload({ config: await config })
const db: any = payload.db
for (const t of ['campaigns_texts', '_campaigns_v_texts']) {
  const raw = db.rawTables[t]
  console.log(t, raw.name, Object.keys(raw.columns).join(','), '\n  idx:', JSON.stringify(raw.indexes))
}
await payload.destroy(); process.exit(0)
