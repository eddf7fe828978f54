import type { Media } from '../lib/api/types'

import { populated } from '../lib/api/types'
import { mediaUrl, srcSet } from '../lib/media'

/**
 * A media document as a responsive `<img>`. The first picture on a page loads
 * eagerly with high priority (it is the largest paint); the rest lazily.
 */
export const Picture = ({
  media,
  backend,
  sizes,
  priority = false,
  className,
  size = 'card',
}: {
  media: unknown
  backend: string
  sizes: string
  priority?: boolean
  className?: string
  size?: 'card' | 'hero' | 'thumbnail'
}) => {
  const image = populated<Media>(media)
  if (!image?.url) return null
  const chosen = image.sizes?.[size]?.url ? image.sizes[size] : image
  return (
    <img
      className={className}
      src={mediaUrl(chosen?.url, backend)}
      srcSet={srcSet(image, backend)}
      sizes={sizes}
      alt={image.alt ?? ''}
      lang={image._fallback?.includes('alt') ? 'en' : undefined}
      width={chosen?.width ?? image.width ?? undefined}
      height={chosen?.height ?? image.height ?? undefined}
      loading={priority ? 'eager' : 'lazy'}
      fetchPriority={priority ? 'high' : undefined}
      decoding="async"
    />
  )
}
