import type { CollectionBeforeOperationHook } from 'payload'

import { fileTypeFromBuffer } from 'file-type'
import { APIError } from 'payload'

/**
 * What an upload really is, read from its first bytes (not its name or the
 * type the browser claimed), and how large each kind may be. SVG is refused:
 * it is a document that can carry script, and a website showing it inline
 * would run that script on its own origin.
 */
export const UPLOAD_LIMITS: Record<string, { label: string; maxBytes: number }> = {
  'image/jpeg': { label: 'JPEG image', maxBytes: 10 * 1024 * 1024 },
  'image/png': { label: 'PNG image', maxBytes: 10 * 1024 * 1024 },
  'image/webp': { label: 'WebP image', maxBytes: 10 * 1024 * 1024 },
  'image/gif': { label: 'GIF image', maxBytes: 10 * 1024 * 1024 },
  'image/avif': { label: 'AVIF image', maxBytes: 10 * 1024 * 1024 },
  'application/pdf': { label: 'PDF', maxBytes: 20 * 1024 * 1024 },
}

const ACCEPTED = 'JPEG, PNG, WebP, GIF or AVIF images (10 MB at most) and PDFs (20 MB at most)'

const megabytes = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`

export const checkUploadContent: CollectionBeforeOperationHook = async ({
  args,
  operation,
  req,
}) => {
  if (operation !== 'create' && operation !== 'update') return args
  const file = req.file
  if (!file) return args
  if (!file.data || file.data.length === 0) {
    throw new APIError(`The file "${file.name}" is empty. Upload ${ACCEPTED}.`, 400)
  }
  const detected = await fileTypeFromBuffer(file.data)
  const looksLikeSvg = /^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<(svg|!doctype svg)/i.test(
    file.data.subarray(0, 512).toString('utf8'),
  )
  if (looksLikeSvg || detected?.mime === 'image/svg+xml') {
    throw new APIError(
      `SVG files are not accepted (an SVG can carry script). Upload the image as PNG or WebP instead.`,
      415,
    )
  }
  const limit = detected ? UPLOAD_LIMITS[detected.mime] : undefined
  if (!detected || !limit) {
    throw new APIError(
      `The content of "${file.name}" is ${detected ? `a ${detected.mime} file` : 'not a file type we recognise'}, whatever its name says. Upload ${ACCEPTED}.`,
      415,
    )
  }
  if (file.data.length > limit.maxBytes) {
    throw new APIError(
      `"${file.name}" is ${megabytes(file.data.length)}: a ${limit.label} may be ${megabytes(limit.maxBytes)} at most.`,
      413,
    )
  }
  // Stored under the type its content has, not the one the client claimed.
  file.mimetype = detected.mime
  return args
}
