import { describeEachAdapter } from './helpers/harness.ts'

const inDays = (days: number, hour = 10) => {
  const date = new Date(Date.now() + days * 24 * 60 * 60 * 1000)
  date.setUTCHours(hour, 0, 0, 0)
  return date.toISOString()
}

describeEachAdapter(
  'subscription feeds',
  (backend) => {
    const create = (collection: string, body: Record<string, unknown>) =>
      backend.api.request(`/api/${collection}`, { body, token: backend.admin.token })

    beforeAll(async () => {
      await create('events', {
        title: 'Community training day',
        _status: 'published',
        startsAt: inDays(20),
        endsAt: inDays(20, 16),
        venue: { name: 'Friends Meeting House', city: 'London' },
      })
      await create('events', {
        title: 'Sheffield coordinators meeting',
        _status: 'published',
        eventStatus: 'cancelled',
        startsAt: inDays(10),
        endsAt: inDays(10, 12),
      })
      await create('events', {
        title: 'Draft event nobody may see',
        _status: 'draft',
        startsAt: inDays(5),
        endsAt: inDays(5, 12),
      })
      await create('events', {
        title: 'Long past event',
        _status: 'published',
        startsAt: inDays(-400),
        endsAt: inDays(-400, 12),
      })
      await create('posts', {
        title: 'Older news',
        excerpt: 'First',
        _status: 'published',
        publishedAt: inDays(-3),
      })
      await create('posts', {
        title: 'Newer news',
        excerpt: 'Second',
        _status: 'published',
        publishedAt: inDays(-1),
      })
      await create('posts', {
        title: 'Scheduled news',
        _status: 'published',
        publishedAt: inDays(3),
      })
      await create('posts', { title: 'Draft news', _status: 'draft' })
    })

    it('serves published events from the last 30 days on as an iCalendar feed, cancelled ones marked CANCELLED', async () => {
      const { status, body, headers } = await backend.api.request('/api/events/calendar.ics')
      expect(status).toBe(200)
      expect(headers.get('content-type')).toMatch(/^text\/calendar/)
      expect(body).toMatch(/^BEGIN:VCALENDAR/)
      expect(body).toContain('SUMMARY:Community training day')
      expect(body).toContain('URL;VALUE=URI:https://charity.example/events/community-training-day')
      const blocks: string[] = body.split('BEGIN:VEVENT').slice(1)
      const cancelled = blocks.find((block) =>
        block.includes('SUMMARY:Sheffield coordinators meeting'),
      )
      expect(cancelled).toMatch(/STATUS:CANCELLED/)
      expect(blocks.find((block) => block.includes('SUMMARY:Community training day'))).toMatch(
        /STATUS:CONFIRMED/,
      )
      expect(body).not.toContain('Draft event nobody may see')
      expect(body).not.toContain('Long past event')
      expect(body.match(/BEGIN:VEVENT/g)).toHaveLength(2)
    })

    it('keeps drafts out of the feed even for a logged-in editor', async () => {
      const { body } = await backend.api.request('/api/events/calendar.ics', {
        token: backend.admin.token,
      })
      expect(body).not.toContain('Draft event nobody may see')
    })

    it('answers a malformed campaign filter with a 400', async () => {
      const { status, body } = await backend.api.request(
        "/api/events/calendar.ics?campaign=1'%20OR%201=1",
      )
      expect(status).toBe(400)
      expect(body.errors[0].message).toMatch(/campaign must be the id or the slug of one of the campaigns/)
    })

    it('serves published posts newest first as RSS, without drafts or scheduled posts', async () => {
      const { status, body, headers } = await backend.api.request('/api/posts/feed.xml')
      expect(status).toBe(200)
      expect(headers.get('content-type')).toMatch(/^application\/rss\+xml/)
      const titles = [...body.matchAll(/<title><!\[CDATA\[(.*?)\]\]><\/title>/g)].map(
        (match) => match[1],
      )
      expect(titles).toEqual(['Newer news', 'Older news'])
      expect(body).toContain('<link>https://charity.example/posts/newer-news</link>')
    })
  },
  { env: { FRONTEND_URL: 'https://charity.example' } },
)
