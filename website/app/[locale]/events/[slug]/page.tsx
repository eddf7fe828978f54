import { EventArticle } from '../../../../components/articles'
import { eventCalendarUrl, getEvent } from '../../../../lib/api/events'
import { detailPage, seoOf } from '../../../../lib/detail'

export const generateStaticParams = () => []

const page = detailPage({
  section: 'events',
  read: getEvent,
  Article: EventArticle,
  seo: (event) => seoOf(event, event.title, event.summary),
  extra: (event) => ({ calendarUrl: eventCalendarUrl(event) }),
})

export const generateMetadata = page.generateMetadata
export default page.Page
