import { GroupArticle } from '../../../../components/articles'
import { getGroup } from '../../../../lib/api/groups'
import { detailPage } from '../../../../lib/detail'

export const generateStaticParams = () => []

const page = detailPage({
  section: 'groups',
  read: getGroup,
  Article: GroupArticle,
  seo: (group) => ({ title: group.name, description: group.summary, image: group.heroImage }),
})

export const generateMetadata = page.generateMetadata
export default page.Page
