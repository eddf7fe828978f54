/** A media address as the browser reaches it: the backend answers paths (`/api/media/file/…`) today. */
export const mediaUrl = (
  url: null | string | undefined,
  backendPublicUrl: string,
): string | undefined => {
  if (!url) return undefined
  return /^https?:\/\//.test(url)
    ? url
    : `${backendPublicUrl}${url.startsWith('/') ? '' : '/'}${url}`
}

type Candidate = { url?: null | string; width?: null | number; height?: null | number }

/** What srcset needs of a media document (its own shape here: the generated types stay out of pure helpers). */
export type Sized = Candidate & { sizes?: Record<string, Candidate | undefined> | null }

/**
 * `srcset` from an image's `sizes` and the original, narrowest first, for the
 * browser to choose from. Only sizes cut to about the same shape as the original
 * (within a fifth): a 4:3 thumbnail of a 16:9 picture crops too much of it.
 */
export const srcSet = (media: Sized, backendPublicUrl: string): string | undefined => {
  const ratio = media.width && media.height ? media.width / media.height : null
  const sameShape = (c: Candidate) =>
    !ratio || !c.width || !c.height || Math.abs(c.width / c.height - ratio) / ratio < 0.2
  const candidates = [...Object.values(media.sizes ?? {}), media as Candidate]
    .filter((c): c is Candidate => Boolean(c) && sameShape(c as Candidate))
    .map((c) => ({ url: c.url, width: c.width }))
    .filter((c): c is { url: string; width: number } => Boolean(c.url && c.width))
    .sort((a, b) => a.width - b.width)
  const seen = new Set<number>()
  const entries = candidates
    .filter((c) => (seen.has(c.width) ? false : (seen.add(c.width), true)))
    .map((c) => `${mediaUrl(c.url, backendPublicUrl)} ${c.width}w`)
  return entries.length ? entries.join(', ') : undefined
}
