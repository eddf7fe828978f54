/**
 * Event-loop probe, preloaded into a server process by the benchmark
 * (`node --import tsx --import ./bench/probe/eventLoop.ts <server>`), so the
 * server's own code stays untouched.
 *
 * It samples event-loop delay with `monitorEventLoopDelay` and the process's
 * CPU time, and answers on a side port (BENCH_PROBE_PORT, localhost only):
 *   GET /reset   start a new measurement window
 *   GET /stats   {maxMs, p99Ms, p50Ms, meanMs, cpuMs, rssMb} since the last reset
 *                (delays in ms beyond the sampling interval; CPU time of the whole process)
 * The side listener shares the event loop it measures: a frozen loop makes
 * /stats wait too, but the benchmark only asks between loads.
 */
import { createServer } from 'node:http'
import { monitorEventLoopDelay } from 'node:perf_hooks'

const port = Number(process.env.BENCH_PROBE_PORT)

if (port) {
  // 10 ms sampling: fine enough for a 50 ms target, cheap enough not to matter.
  const RESOLUTION_MS = 10
  const histogram = monitorEventLoopDelay({ resolution: RESOLUTION_MS })
  histogram.enable()
  let cpuAtReset = process.cpuUsage()

  // Node records the whole time between two samples, the 10 ms interval included
  // (an idle loop reads 10 ms): the delay is what lies beyond the interval.
  const ms = (nanoseconds: number) =>
    Math.max(0, Math.round((nanoseconds / 1e6 - RESOLUTION_MS) * 100) / 100)

  const stats = () => {
    const cpu = process.cpuUsage(cpuAtReset)
    return {
      maxMs: ms(histogram.max),
      p99Ms: ms(histogram.percentile(99)),
      p50Ms: ms(histogram.percentile(50)),
      meanMs: ms(histogram.mean),
      cpuMs: Math.round((cpu.user + cpu.system) / 1000),
      rssMb: Math.round(process.memoryUsage().rss / 1048576),
    }
  }

  const server = createServer((req, res) => {
    if (req.url === '/reset') {
      histogram.reset()
      cpuAtReset = process.cpuUsage()
      res.end('{}')
      return
    }
    if (req.url === '/stats') {
      res.setHeader('content-type', 'application/json')
      res.end(JSON.stringify(stats()))
      return
    }
    res.statusCode = 404
    res.end()
  })
  // Never what keeps the server alive: its own shutdown decides when the process ends.
  server.unref()
  server.listen(port, '127.0.0.1')
}
