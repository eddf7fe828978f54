import sharp from 'sharp'

/**
 * Sample pictures drawn here, not downloaded: abstract SVG artwork rendered
 * to PNG with sharp, so seeding works offline and carries no third-party
 * rights. No text is drawn (the machine may have no fonts).
 */

export type Motif = 'circles' | 'rings' | 'waves' | 'grid'

export type Artwork = {
  /** File name in the media collection; the key that makes seeding idempotent. */
  filename: string
  alt: string
  altCy?: string
  caption?: string
  motif: Motif
  /** Background, then two accent colours. */
  palette: [string, string, string]
  width?: number
  height?: number
}

/** A small deterministic number sequence, so the same artwork comes out every time. */
const sequence = (seed: string) => {
  let state = [...seed].reduce((acc, char) => (acc * 31 + char.charCodeAt(0)) >>> 0, 7)
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0
    return state / 2 ** 32
  }
}

const shapes = (art: Artwork, width: number, height: number): string => {
  const next = sequence(art.filename)
  const [, accent, second] = art.palette
  const out: string[] = []
  if (art.motif === 'circles') {
    // People gathering: overlapping circles of different sizes.
    for (let i = 0; i < 14; i++) {
      const r = 60 + next() * 180
      out.push(
        `<circle cx="${(next() * width).toFixed(0)}" cy="${(next() * height).toFixed(0)}" r="${r.toFixed(0)}" fill="${i % 2 ? accent : second}" fill-opacity="${(0.25 + next() * 0.4).toFixed(2)}"/>`,
      )
    }
  } else if (art.motif === 'rings') {
    // A chain: linked rings across the picture.
    const count = 7
    for (let i = 0; i < count; i++) {
      const cx = ((i + 0.5) * width) / count
      const cy = height / 2 + (i % 2 ? 40 : -40)
      out.push(
        `<ellipse cx="${cx.toFixed(0)}" cy="${cy.toFixed(0)}" rx="${(width / count / 1.4).toFixed(0)}" ry="${(height / 5).toFixed(0)}" fill="none" stroke="${i % 2 ? accent : second}" stroke-width="34"/>`,
      )
    }
  } else if (art.motif === 'waves') {
    for (let i = 0; i < 6; i++) {
      const y = (height / 7) * (i + 1)
      const amp = 30 + next() * 60
      out.push(
        `<path d="M0 ${y} C ${width / 3} ${y - amp}, ${(2 * width) / 3} ${y + amp}, ${width} ${y}" fill="none" stroke="${i % 2 ? accent : second}" stroke-width="${18 + i * 4}" stroke-opacity="0.8"/>`,
      )
    }
  } else {
    const size = 100
    for (let x = 0; x < width; x += size) {
      for (let y = 0; y < height; y += size) {
        if (next() < 0.45) {
          out.push(
            `<rect x="${x + 8}" y="${y + 8}" width="${size - 16}" height="${size - 16}" rx="18" fill="${next() < 0.5 ? accent : second}" fill-opacity="${(0.3 + next() * 0.6).toFixed(2)}"/>`,
          )
        }
      }
    }
  }
  return out.join('')
}

export const artworkSVG = (art: Artwork): string => {
  const width = art.width ?? 1600
  const height = art.height ?? 900
  const [background] = art.palette
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"><rect width="100%" height="100%" fill="${background}"/>${shapes(art, width, height)}</svg>`
}

/** The artwork as a PNG file, ready for Payload's upload. */
export const renderArtwork = async (art: Artwork) => {
  const data = await sharp(Buffer.from(artworkSVG(art)))
    .png({ compressionLevel: 9 })
    .toBuffer()
  return { data, mimetype: 'image/png', name: art.filename, size: data.length }
}

/** Every picture the sample uses, by key. */
export const SAMPLE_ARTWORK = {
  trainingDay: {
    filename: 'sample-london-training-day.png',
    alt: 'Abstract artwork of overlapping circles in warm colours, standing for people meeting.',
    altCy:
      'Gwaith celf haniaethol o gylchoedd sy’n gorgyffwrdd mewn lliwiau cynnes, yn cynrychioli pobl yn cyfarfod.',
    caption: 'Groups came together in London for a day of training.',
    motif: 'circles',
    palette: ['#fdf2e4', '#d9480f', '#1864ab'],
  },
  fairRecruitment: {
    filename: 'sample-fair-recruitment.png',
    alt: 'Abstract artwork of linked rings, like a chain, on a pale background.',
    motif: 'rings',
    palette: ['#f1f3f5', '#2b8a3e', '#364fc7'],
  },
  supportUs: {
    filename: 'sample-support-us.png',
    alt: 'Abstract artwork of soft waves in blue and gold.',
    motif: 'waves',
    palette: ['#e7f5ff', '#1971c2', '#f59f00'],
  },
  community: {
    filename: 'sample-community-groups.png',
    alt: 'Abstract artwork of coloured squares on a grid, like a patchwork of local groups.',
    motif: 'grid',
    palette: ['#fff9db', '#c2255c', '#0c8599'],
  },
  partnerLondon: {
    filename: 'sample-partner-london.png',
    alt: 'Logo placeholder for the London ACT groups.',
    motif: 'circles',
    palette: ['#ffffff', '#862e9c', '#e64980'],
    width: 400,
    height: 400,
  },
  partnerSheffield: {
    filename: 'sample-partner-sheffield.png',
    alt: 'Logo placeholder for the Sheffield ACT groups.',
    motif: 'grid',
    palette: ['#ffffff', '#5c940d', '#e67700'],
    width: 400,
    height: 400,
  },
} satisfies Record<string, Artwork>

export type ArtworkKey = keyof typeof SAMPLE_ARTWORK
