import { PostArticle } from '../../../../components/articles'
import { getPost } from '../../../../lib/api/posts'
import { detailPage, seoOf } from '../../../../lib/detail'

export const generateStaticParams = () => []

const page = detailPage({
  section: 'posts',
  read: getPost,
  Article: PostArticle,
  seo: (post) => seoOf(post, post.title, post.excerpt),
})

export const generateMetadata = page.generateMetadata
export default page.Page
