import type { SeedContext } from '../context.ts'

import { SKIP_TRAINING_REQUEST_EMAILS } from 'payload-plugin-charity/server'

import { count } from '../context.ts'
import { daysBefore } from '../dates.ts'

type SampleRequest = {
  town: string
  data: Record<string, unknown>
  closedDaysAgo?: number
}

/**
 * Requests to run the training day, one in each state staff meet. People and
 * organisations are made up; addresses are on example.org. The town is the
 * natural key: it stays when the retention job erases the personal details.
 */
const SAMPLE_REQUESTS: SampleRequest[] = [
  {
    town: 'Croydon',
    data: {
      name: 'Priya Shah',
      email: 'priya.shah@example.org',
      organisation: 'St Mark’s Community Centre',
      region: 'london',
      preferredDates: 'A Saturday in the spring',
      expectedAttendees: 30,
      message:
        'Our volunteers run a drop-in and want to know what to look out for. Could you bring the training day to us?',
      requestStatus: 'new',
    },
  },
  {
    town: 'Rotherham',
    data: {
      name: 'Gareth Mills',
      email: 'gareth.mills@example.org',
      phone: '01632 960123',
      organisation: 'Rotherham Churches Together',
      region: 'yorkshire-and-the-humber',
      preferredDates: 'Any weekday evening in the autumn',
      expectedAttendees: 45,
      message: 'Several churches would like to train together and perhaps start a group.',
      requestStatus: 'contacted',
      notes: 'Spoke on the phone; they will confirm a venue.',
    },
  },
  {
    town: 'Cardiff',
    data: {
      name: 'Elin Roberts',
      email: 'elin.roberts@example.org',
      organisation: 'Cardiff Youth Forum',
      region: 'wales',
      preferredDates: 'A Saturday after the school term ends',
      expectedAttendees: 20,
      message: 'We would like a session for youth workers, in English and Welsh if possible.',
      requestStatus: 'scheduled',
    },
  },
  {
    town: 'Leeds',
    closedDaysAgo: 30,
    data: {
      name: 'Tom Ellis',
      email: 'tom.ellis@example.org',
      region: 'yorkshire-and-the-humber',
      preferredDates: 'A weekday in March',
      expectedAttendees: 15,
      message:
        'A small team at a food bank; we would like the training before we open a second site.',
      requestStatus: 'completed',
      notes: 'Ran the day with the Sheffield coordinator.',
    },
  },
]

/**
 * The sample requests, each made once. A system task: nobody is told by email
 * (there is nobody to tell in a sample), and the closing dates are the sample's.
 */
export const seedTrainingRequests = async (ctx: SeedContext): Promise<void> => {
  for (const sample of SAMPLE_REQUESTS) {
    const { docs } = await ctx.payload.find({
      collection: 'training-requests',
      where: { town: { equals: sample.town } },
      limit: 1,
      depth: 0,
      overrideAccess: true,
    })
    if (docs.length) {
      count(ctx, 'training-requests', 'existing')
      continue
    }
    await ctx.payload.create({
      collection: 'training-requests',
      data: {
        ...sample.data,
        town: sample.town,
        consent: true,
        ...(sample.closedDaysAgo
          ? { closedAt: daysBefore(ctx.now, sample.closedDaysAgo).toISOString() }
          : {}),
      } as never,
      depth: 0,
      overrideAccess: true,
      context: { [SKIP_TRAINING_REQUEST_EMAILS]: true },
    })
    count(ctx, 'training-requests', 'created')
  }
}
