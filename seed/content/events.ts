import type { RecurrenceFields } from 'payload-plugin-charity/server'

import type { ContentSpec, SeedContext, SeedRefs } from '../context.ts'

import { buildRule, nextOccurrences } from 'payload-plugin-charity/server'

import { dayAfter, weekdayAfter, zonedTime } from '../dates.ts'
import { h2, p, pWithDocLink, richText, ul } from '../lexical.ts'

/** 15 May fell on a Saturday in 2010, while the Serious Organised Crime Agency still existed. */
const TRAINING_DAY = '2010-05-15'
const at = (time: string, day = TRAINING_DAY) => zonedTime(day, time).toISOString()

const ACT = 'Active Communities against Trafficking (ACT)'

export const LONDON_TRAINING_SLUG = 'act-training-day-london-2010'

const LONDON = 'Europe/London'

/**
 * The first `count` starts (ISO) of a series that begins on its first date at
 * least `days` after `now`, at `time` in London: the package's own expansion
 * finds them, so the sample's exceptions name real occurrences.
 */
const seriesStarts = (
  now: Date,
  recurrence: RecurrenceFields,
  days: number,
  time: string,
  count: number,
): string[] => {
  const probe = zonedTime(dayAfter(now, days), time)
  const series = {
    startsAt: probe.toISOString(),
    endsAt: new Date(probe.getTime() + 60 * 60_000).toISOString(),
    timezone: LONDON,
    recurrence: { rule: buildRule(recurrence, probe, LONDON) },
  }
  return nextOccurrences(series, probe, count).map((occurrence) =>
    occurrence.startsAt.toISOString(),
  )
}

/** `start` moved by whole days at the same London wall-clock time. */
const sameTimeDaysLater = (start: string, days: number, time: string) =>
  zonedTime(dayAfter(new Date(start), days), time).toISOString()

const minutesAfter = (start: string, minutes: number) =>
  new Date(new Date(start).getTime() + minutes * 60_000).toISOString()

/**
 * The London training day of 2010 (past), and upcoming events placed
 * relative to the day of the run so they are still ahead when someone looks.
 */
export const eventSpecs = (
  ctx: SeedContext,
  refs: SeedRefs,
): Record<string, ContentSpec<'events'>> => {
  const sheffieldDay = weekdayAfter(ctx.now, 42, 6)
  const briefingDay = weekdayAfter(ctx.now, 21, 3)
  const cardiffDay = weekdayAfter(ctx.now, 35, 2)
  const supportersDay = weekdayAfter(ctx.now, 70, 5)
  // The groups' monthly meetings, as series: the second Tuesday in London, the last Thursday in
  // Sheffield, from the first such day at least 9 and 12 days ahead.
  const londonRule: RecurrenceFields = {
    frequency: 'monthly',
    weekdays: [{ day: 'TU', position: 'second' }],
  }
  const sheffieldRule: RecurrenceFields = {
    frequency: 'monthly',
    weekdays: [{ day: 'TH', position: 'last' }],
  }
  const london = seriesStarts(ctx.now, londonRule, 9, '19:00', 3)
  const sheffield = seriesStarts(ctx.now, sheffieldRule, 12, '18:30', 2)

  return {
    londonTraining: {
      collection: 'events',
      slug: LONDON_TRAINING_SLUG,
      as: 'editor',
      status: 'published',
      data: {
        title: 'Training day for ACT groups, London',
        summary:
          'A Saturday of training in London for Active Communities against Trafficking groups, with groups travelling from across England and from Wales.',
        heroImage: refs.media.trainingDay,
        eventType: 'training',
        attendanceMode: 'in-person',
        eventStatus: 'scheduled',
        startsAt: at('10:00'),
        endsAt: at('16:30'),
        timezone: 'Europe/London',
        venue: { name: 'Community hall, central London', city: 'London', country: 'GB' },
        location: { latitude: 51.5072, longitude: -0.1276 },
        registration: { isFree: true, capacity: 80 },
        description: richText(
          p(
            `Members of ${ACT} groups met in London for a day of training. People came from across England and from Wales to learn how trafficking shows up in ordinary places, and what a local group can do about it.`,
          ),
          h2('Who spoke'),
          p(
            'A panel of staff from the Serious Organised Crime Agency and police officers explained how cases come to light and how the public can pass on a concern. A member of a local Safeguarding Children Board gave advice on keeping children safe, and the regional coordinators for London and Sheffield talked about running a group week to week.',
          ),
          h2('Take the training home'),
          p(
            'We offered to run the same training day in other communities. If your group, church, school or workplace would like one, get in touch and we will plan it with you.',
          ),
          h2('Set up a group where you live'),
          p(
            'A group needs two or three people to start: agree a regular time and place to meet, choose one person to keep in touch with us, and ask for a training day. Your regional coordinator will help with the first meetings.',
          ),
          pWithDocLink(
            'See how the groups in ',
            'London',
            { relationTo: 'groups', value: refs.groups.london },
            ' and ',
          ),
          pWithDocLink(
            'in ',
            'Sheffield',
            { relationTo: 'groups', value: refs.groups.sheffield },
            ' run, or join the group now forming in ',
          ),
          pWithDocLink('', 'Swansea', { relationTo: 'groups', value: refs.groups.swansea }, '.'),
        ),
        speakers: [
          {
            name: 'Serious Organised Crime Agency staff',
            role: 'Panel members',
            organisation: 'Serious Organised Crime Agency (SOCA)',
            bio: 'Described how trafficking is investigated at national level and what kind of information from the public helps.',
          },
          {
            name: 'Police officers',
            role: 'Panel members',
            organisation: 'Police',
            bio: 'Talked through what happens after someone reports a concern, and when to call 999 instead.',
          },
          {
            name: 'Safeguarding Children Board member',
            role: 'Adviser on child protection',
            organisation: 'Local Safeguarding Children Board',
            bio: 'Gave advice on spotting when a child may be at risk and on passing concerns to the right people quickly.',
          },
          {
            name: 'London regional coordinator',
            role: 'Regional coordinator, London',
            organisation: ACT,
            bio: 'Shared how London groups organise, meet and keep volunteers going.',
          },
          {
            name: 'Sheffield regional coordinator',
            role: 'Regional coordinator, Sheffield',
            organisation: ACT,
            bio: 'Shared how groups in and around Sheffield started and what they learned in their first year.',
          },
        ],
        agenda: [
          {
            startsAt: at('10:00'),
            title: 'Welcome and introductions',
            description: 'Who is here, and where each group has got to.',
          },
          {
            startsAt: at('10:30'),
            title: 'Panel: the Serious Organised Crime Agency and the police',
            description:
              'How trafficking cases come to light, and how community groups can pass on what they notice.',
          },
          { startsAt: at('12:00'), title: 'Lunch' },
          {
            startsAt: at('13:00'),
            title: 'Keeping children safe',
            description: 'Advice from a member of a local Safeguarding Children Board.',
          },
          {
            startsAt: at('14:00'),
            title: 'Running a local group',
            description:
              'The London and Sheffield regional coordinators on starting and sustaining a group.',
          },
          {
            startsAt: at('15:30'),
            title: 'Planning together',
            description:
              'Next steps for each group, and the offer to bring this training day to other communities.',
          },
        ],
        meta: {
          title: 'ACT training day, London',
          description:
            'A day of training for Active Communities against Trafficking groups in London.',
          image: refs.media.trainingDay,
        },
      },
    },
    sheffieldTraining: {
      collection: 'events',
      slug: 'community-training-day-sheffield',
      as: 'editor',
      status: 'published',
      data: {
        title: 'Community training day, Sheffield',
        summary:
          'The training day we first ran in London, brought to Sheffield: how to recognise trafficking and how a local group can respond.',
        heroImage: refs.media.community,
        eventType: 'training',
        attendanceMode: 'in-person',
        eventStatus: 'scheduled',
        startsAt: at('10:00', sheffieldDay),
        endsAt: at('16:00', sheffieldDay),
        timezone: 'Europe/London',
        venue: {
          name: 'Community centre, Sheffield',
          city: 'Sheffield',
          region: 'South Yorkshire',
          country: 'GB',
        },
        location: { latitude: 53.3811, longitude: -1.4701 },
        registration: {
          url: 'https://example.org/events/sheffield/register',
          capacity: 60,
          isFree: true,
        },
        description: richText(
          p(
            'A full day for new and growing groups, led by our regional coordinators. No experience is needed.',
          ),
          ul(
            'What trafficking can look like locally',
            'Who to tell, and how',
            'Planning your group’s first months',
          ),
        ),
      },
    },
    onlineBriefing: {
      collection: 'events',
      slug: 'online-briefing-recruitment-fees',
      as: 'editor',
      status: 'published',
      data: {
        title: 'Online briefing: no fees for work',
        summary:
          'An hour online on the recruitment fees campaign: what the figures show and how your group can take part.',
        heroImage: refs.media.fairRecruitment,
        eventType: 'webinar',
        attendanceMode: 'online',
        eventStatus: 'scheduled',
        startsAt: at('19:00', briefingDay),
        endsAt: at('20:00', briefingDay),
        timezone: 'Europe/London',
        // Every other Wednesday, six times.
        recurrence: {
          frequency: 'weekly',
          interval: 2,
          weekdays: [{ day: 'WE' }],
          ends: 'count',
          count: 6,
        },
        onlineUrl: 'https://meet.example.org/no-fees-for-work',
        registration: { url: 'https://example.org/events/online-briefing/register', isFree: true },
        campaign: refs.campaigns.fairRecruitment,
        description: richText(
          p(
            'We will walk through the campaign, take questions and share materials for local groups. The link works in any modern browser.',
          ),
        ),
      },
    },
    cardiffMeetup: {
      collection: 'events',
      slug: 'volunteer-meetup-cardiff',
      as: 'editor',
      status: 'published',
      data: {
        title: 'Volunteer meet-up, Cardiff',
        summary:
          'Cancelled: we could not confirm the venue in time. We will share a new date as soon as we have one.',
        eventType: 'meeting',
        attendanceMode: 'in-person',
        eventStatus: 'cancelled',
        startsAt: at('18:30', cardiffDay),
        endsAt: at('20:30', cardiffDay),
        timezone: 'Europe/London',
        venue: {
          name: 'Meeting room, Cardiff city centre',
          city: 'Cardiff',
          region: 'Wales',
          country: 'GB',
        },
        location: { latitude: 51.4816, longitude: -3.1791 },
        registration: { isFree: true },
        description: richText(
          p(
            'This meet-up is cancelled. Everyone who signed up has been told, and nobody needs to do anything.',
          ),
        ),
      },
    },
    londonGroupMeeting: {
      collection: 'events',
      slug: 'act-london-monthly-meeting',
      as: 'editor',
      status: 'published',
      data: {
        title: 'ACT London: monthly meeting',
        summary:
          'News from the group, a short talk on spotting exploitation at work, and plans for the month. Newcomers welcome.',
        eventType: 'meeting',
        attendanceMode: 'in-person',
        eventStatus: 'scheduled',
        startsAt: london[0],
        endsAt: minutesAfter(london[0], 90),
        timezone: LONDON,
        recurrence: londonRule,
        exceptions: [
          {
            occurrence: london[2],
            cancelled: true,
            note: 'No meeting this month: the room is closed for repairs.',
          },
        ],
        venue: { name: 'Community room, central London', city: 'London', country: 'GB' },
        location: { latitude: 51.5072, longitude: -0.1276 },
        registration: { isFree: true },
        group: refs.groups.london,
      },
    },
    sheffieldGroupMeeting: {
      collection: 'events',
      slug: 'act-sheffield-monthly-meeting',
      as: 'editor',
      status: 'published',
      data: {
        title: 'ACT Sheffield: monthly meeting',
        summary:
          'The Sheffield group’s monthly get-together: what members have seen, and preparing for the community training day.',
        eventType: 'meeting',
        attendanceMode: 'in-person',
        eventStatus: 'scheduled',
        startsAt: sheffield[0],
        endsAt: minutesAfter(sheffield[0], 90),
        timezone: LONDON,
        recurrence: sheffieldRule,
        exceptions: [
          {
            // A week earlier this time, at the same hour.
            occurrence: sheffield[1],
            startsAt: sameTimeDaysLater(sheffield[1], -7, '18:30'),
            note: 'A week earlier than usual this month, so we can all go to the community training day.',
          },
        ],
        venue: {
          name: 'Meeting room, Sheffield city centre',
          city: 'Sheffield',
          region: 'South Yorkshire',
          country: 'GB',
        },
        location: { latitude: 53.3811, longitude: -1.4701 },
        registration: { isFree: true },
        group: refs.groups.sheffield,
      },
    },
    supportersEvening: {
      collection: 'events',
      slug: 'supporters-evening',
      as: 'editor',
      status: 'draft',
      data: {
        title: 'Supporters’ evening',
        summary: 'Still a draft: an evening to thank supporters and hear from local groups.',
        eventType: 'fundraiser',
        attendanceMode: 'in-person',
        eventStatus: 'scheduled',
        startsAt: at('18:00', supportersDay),
        endsAt: at('21:00', supportersDay),
        timezone: 'Europe/London',
        venue: { name: 'To be confirmed', city: 'London', country: 'GB' },
        registration: { isFree: false, price: 1500, capacity: 100 },
      },
    },
  }
}
