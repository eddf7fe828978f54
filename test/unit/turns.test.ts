import { nextTurn } from '../../backend/database/turns.ts'

describe('turns of the event loop (backend/database/turns.ts)', () => {
  it('resumes waiting work one per turn, first come first served, with other callbacks in between', async () => {
    const order: string[] = []
    const waiters = ['a', 'b', 'c'].map((name) => nextTurn().then(() => order.push(name)))
    // Queued after all three: with one turn each it runs after the first and before the second.
    setImmediate(() => order.push('other callback'))
    await Promise.all(waiters)
    expect(order).toEqual(['a', 'other callback', 'b', 'c'])
  })

  it('keeps handing out turns to work that queues while others wait', async () => {
    const order: string[] = []
    await Promise.all([
      nextTurn().then(async () => {
        order.push('first')
        await nextTurn()
        order.push('first again')
      }),
      nextTurn().then(() => order.push('second')),
    ])
    expect(order).toEqual(['first', 'second', 'first again'])
  })
})
