import { parseFrom } from '../../backend/config/email.ts'
import { charityOptionsFromEnv } from '../../backend/config/environment.ts'
import { boundingBox, distanceKm } from '../../src/groups/geo.ts'
import { parseNearQuery } from '../../src/groups/nearQuery.ts'
import { resolveOptions } from '../../src/options.ts'
import { checkTrainingRequest } from '../../src/trainingRequests/input.ts'

const LONDON = { latitude: 51.5072, longitude: -0.1276 }
const SHEFFIELD = { latitude: 53.3811, longitude: -1.4701 }

describe('distances for "find a group near me"', () => {
  it('measures London to Sheffield as about 228 km, and a place to itself as 0', () => {
    expect(distanceKm(LONDON, SHEFFIELD)).toBeGreaterThan(225)
    expect(distanceKm(LONDON, SHEFFIELD)).toBeLessThan(231)
    expect(distanceKm(LONDON, LONDON)).toBe(0)
  })

  it('draws a box that holds every point of the circle, corners included', () => {
    for (const [lat, lng, radius] of [
      [51.5, -0.1, 25],
      [60, 10, 500],
      [-33.9, 151.2, 100],
    ]) {
      const box = boundingBox(lat, lng, radius)
      // Points on the circle in 16 directions must all fall inside the box.
      for (let bearing = 0; bearing < 360; bearing += 22.5) {
        const b = (bearing * Math.PI) / 180
        const d = radius / 6371.0088
        const φ1 = (lat * Math.PI) / 180
        const λ1 = (lng * Math.PI) / 180
        const φ2 = Math.asin(Math.sin(φ1) * Math.cos(d) + Math.cos(φ1) * Math.sin(d) * Math.cos(b))
        const λ2 =
          λ1 +
          Math.atan2(
            Math.sin(b) * Math.sin(d) * Math.cos(φ1),
            Math.cos(d) - Math.sin(φ1) * Math.sin(φ2),
          )
        const pLat = (φ2 * 180) / Math.PI
        const pLng = (((λ2 * 180) / Math.PI + 540) % 360) - 180
        expect(pLat).toBeGreaterThanOrEqual(box.minLatitude - 1e-9)
        expect(pLat).toBeLessThanOrEqual(box.maxLatitude + 1e-9)
        expect(
          box.longitudes.some((range) => pLng >= range.min - 1e-9 && pLng <= range.max + 1e-9),
        ).toBe(true)
      }
    }
  })

  it('splits the longitudes across the 180th meridian and takes them all near a pole', () => {
    expect(boundingBox(0, 179.9, 50).longitudes).toHaveLength(2)
    expect(boundingBox(0, -179.9, 50).longitudes).toHaveLength(2)
    expect(boundingBox(89.9, 0, 50).longitudes).toEqual([{ min: -180, max: 180 }])
  })
})

describe('GET /api/groups/near parameters', () => {
  const parse = (query: string) => parseNearQuery(new URLSearchParams(query))

  it('takes lat and lng, and defaults the radius to 25 km and the limit to 20', () => {
    expect(parse('lat=51.5&lng=-0.12')).toEqual({
      latitude: 51.5,
      longitude: -0.12,
      radiusKm: 25,
      limit: 20,
    })
  })

  it.each([
    ['lng=1', 'lat', /lat is required/],
    ['lat=abc&lng=1', 'lat', /lat must be a number from -90 to 90/],
    ['lat=91&lng=1', 'lat', /lat must be/],
    ['lat=1', 'lng', /lng is required/],
    ['lat=1&lng=181', 'lng', /lng must be a number from -180 to 180/],
    ['lat=1&lng=1&radiusKm=0', 'radiusKm', /above 0 and at most 500/],
    ['lat=1&lng=1&radiusKm=501', 'radiusKm', /at most 500/],
    ['lat=1&lng=1&limit=2.5', 'limit', /whole number from 1 to 50/],
  ])('refuses %s, naming %s', (query, parameter, message) => {
    const result = parse(query)
    expect(result).toEqual({ parameter, message: expect.stringMatching(message) })
  })
})

describe('a training request from the public form', () => {
  const valid = {
    name: 'Jo Bloggs',
    email: 'jo@example.org',
    town: 'Hackney',
    region: 'london',
    preferredDates: 'A Saturday in March',
    expectedAttendees: 20,
    message: 'Please come to us.',
    consent: true,
  }

  it('passes a complete request, trimmed, with the optional fields left out', () => {
    expect(checkTrainingRequest({ ...valid, name: '  Jo Bloggs ', phone: '' })).toEqual({
      kind: 'request',
      data: valid,
    })
  })

  it('tells a filled-in honeypot apart from everything else', () => {
    expect(checkTrainingRequest({ ...valid, website: 'http://spam.example' })).toEqual({
      kind: 'honeypot',
    })
    expect(checkTrainingRequest({ ...valid, website: '' }).kind).toBe('request')
  })

  it('names every field that is wrong, at once', () => {
    const result = checkTrainingRequest({
      ...valid,
      email: 'not-an-address',
      region: 'atlantis',
      expectedAttendees: 4,
      message: 'x'.repeat(2001),
      consent: false,
      requestStatus: 'scheduled',
    })
    expect(result.kind).toBe('invalid')
    const fields = result.kind === 'invalid' ? result.problems.map((problem) => problem.field) : []
    expect(fields.sort()).toEqual(
      ['consent', 'email', 'expectedAttendees', 'message', 'region', 'requestStatus'].sort(),
    )
  })

  it.each([
    [{ expectedAttendees: 501 }, 'expectedAttendees'],
    [{ expectedAttendees: '20' }, 'expectedAttendees'],
    [{ expectedAttendees: 20.5 }, 'expectedAttendees'],
    [{ name: '   ' }, 'name'],
    [{ town: 42 }, 'town'],
    [{ consent: 'true' }, 'consent'],
  ])('refuses %j, naming %s', (change, field) => {
    const result = checkTrainingRequest({ ...valid, ...change })
    expect(result.kind === 'invalid' && result.problems.map((problem) => problem.field)).toEqual([
      field,
    ])
  })

  it('refuses a body that is not an object', () => {
    expect(checkTrainingRequest([valid]).kind).toBe('invalid')
    expect(checkTrainingRequest(null).kind).toBe('invalid')
  })
})

describe('the reference server around training requests', () => {
  it('reads the sender of emails from SMTP_FROM', () => {
    expect(parseFrom('ACT office <office@example.org>')).toEqual({
      name: 'ACT office',
      address: 'office@example.org',
    })
    expect(parseFrom('office@example.org').address).toBe('office@example.org')
    expect(parseFrom(undefined).address).toBe('no-reply@example.org')
  })

  it('maps TRAINING_REQUEST_RETENTION_DAYS to the plugin option, and refuses nonsense', () => {
    expect(
      charityOptionsFromEnv({ TRAINING_REQUEST_RETENTION_DAYS: '30' }).trainingRequestRetentionDays,
    ).toBe(30)
    expect(charityOptionsFromEnv({}).trainingRequestRetentionDays).toBeUndefined()
    expect(() => charityOptionsFromEnv({ TRAINING_REQUEST_RETENTION_DAYS: 'a year' })).toThrow(
      /whole number of days/,
    )
  })
})

describe('training request options', () => {
  it('keep requests a year after closing, with the default consent, unless told otherwise', () => {
    const ctx = resolveOptions()
    expect(ctx.trainingRequests.retentionDays).toBe(365)
    expect(ctx.trainingRequests.consent.version).toEqual(expect.any(String))
    expect(
      resolveOptions({
        trainingRequestRetentionDays: 30,
        trainingRequestConsent: { version: 'v2', wording: 'We keep it.' },
      }).trainingRequests,
    ).toEqual({ retentionDays: 30, consent: { version: 'v2', wording: 'We keep it.' } })
  })

  it('refuse a retention that is not a whole number of days, and a consent without wording', () => {
    expect(() => resolveOptions({ trainingRequestRetentionDays: -1 })).toThrow(/whole number/)
    expect(() =>
      resolveOptions({ trainingRequestConsent: { version: 'v2', wording: ' ' } }),
    ).toThrow(/version and the wording/)
  })
})
