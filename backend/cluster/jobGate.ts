/**
 * Whether this process may run Payload's job queues (scheduled publishing,
 * webhook deliveries, retention). An API node started with
 * PAYLOAD_JOBS_AUTORUN=false never does; the jobs worker does only while it
 * holds the single-runner lock (see jobsLeader.ts). The config's
 * `jobs.shouldAutoRun` asks here on every tick.
 */
let gate: () => boolean = () => process.env.PAYLOAD_JOBS_AUTORUN !== 'false'

export const jobsMayRunHere = (): boolean => gate()

export const setJobGate = (next: () => boolean): void => {
  gate = next
}
