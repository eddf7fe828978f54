import { CampaignArticle } from '../../../../components/articles'
import { getCampaign } from '../../../../lib/api/campaigns'
import { detailPage, seoOf } from '../../../../lib/detail'

export const generateStaticParams = () => []

const page = detailPage({
  section: 'campaigns',
  read: getCampaign,
  Article: CampaignArticle,
  seo: (campaign) => seoOf(campaign, campaign.title, campaign.summary),
})

export const generateMetadata = page.generateMetadata
export default page.Page
