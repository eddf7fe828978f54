import { AppealArticle } from '../../../../components/articles'
import { getAppeal } from '../../../../lib/api/appeals'
import { detailPage, seoOf } from '../../../../lib/detail'

export const generateStaticParams = () => []

const page = detailPage({
  section: 'donation-appeals',
  read: getAppeal,
  Article: AppealArticle,
  seo: (appeal) => seoOf(appeal, appeal.title, appeal.summary),
})

export const generateMetadata = page.generateMetadata
export default page.Page
