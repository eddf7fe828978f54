/**
 * `task(0)` … `task(count - 1)`, at most `concurrency` at a time; the results in index order.
 * For independent child processes that each wait on their own start-up (a core is idle meanwhile).
 */
export const inPool = async <T>(
  count: number,
  concurrency: number,
  task: (index: number) => Promise<T>,
): Promise<T[]> => {
  const results: T[] = new Array<T>(count)
  let next = 0
  const lane = async () => {
    while (next < count) {
      const index = next++
      results[index] = await task(index)
    }
  }
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, lane))
  return results
}
