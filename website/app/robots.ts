import type { MetadataRoute } from 'next'

import { WEBSITE_URL } from '../lib/config'

export default function robots(): MetadataRoute.Robots {
  return {
    rules: [{ userAgent: '*', allow: '/', disallow: ['/api/'] }],
    sitemap: `${WEBSITE_URL}/sitemap.xml`,
  }
}
