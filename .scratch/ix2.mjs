import { createClient } from '@libsql/client'
const c = createClient({ url: 'file:' + process.argv[2] })
const r = await c.execute("select tbl_name, name, sql from sqlite_master where type='index' and tbl_name like '%locales' order by tbl_name")
for (const row of r.rows) console.log(row.tbl_name.padEnd(45), row.sql)
