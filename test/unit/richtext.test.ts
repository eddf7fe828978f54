import { convertLexicalToHTML } from '@payloadcms/richtext-lexical/html'
import { RichText } from '@payloadcms/richtext-lexical/react'
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'

import {
  charityHTMLConverters,
  charityJSXConverters,
  srcSetOf,
  TEXT_FORMAT,
} from '../../src/exports/richtext.ts'
import { internalLink, paragraph, text } from '../helpers/lexical.ts'

const API = 'https://cms.example.org/api/media/file'

const image = {
  id: 7,
  url: `${API}/volunteers.jpg`,
  alt: 'Volunteers "at" the day',
  caption: 'Leeds, May',
  mimeType: 'image/jpeg',
  width: 2400,
  height: 1600,
  sizes: {
    thumbnail: { url: `${API}/volunteers-400x300.jpg`, width: 400, height: 300 },
    card: { url: `${API}/volunteers-768x512.jpg`, width: 768, height: 512 },
    hero: { url: `${API}/volunteers-1920x1280.jpg`, width: 1920, height: 1280 },
    social: { url: null, width: null, height: null },
  },
}

/** Lexical JSON as the API gives it at depth 1: an internal link, an image, a related event, a social post. */
const data = {
  root: {
    type: 'root',
    format: '',
    indent: 0,
    version: 1,
    direction: 'ltr',
    children: [
      paragraph([
        text('Read ', TEXT_FORMAT.bold | TEXT_FORMAT.italic),
        internalLink('posts', { id: 3, slug: 'training-day' }, 'our report'),
      ]),
      { type: 'upload', version: 3, format: '', relationTo: 'media', value: image, fields: {} },
      {
        type: 'relationship',
        version: 2,
        format: '',
        relationTo: 'events',
        value: { id: 9, slug: 'leeds-day', title: 'Leeds training day' },
      },
      {
        type: 'block',
        version: 2,
        format: '',
        fields: {
          id: 'b1',
          blockName: '',
          blockType: 'socialEmbed',
          platform: 'bluesky',
          url: 'https://bsky.app/profile/charity.example/post/1',
          caption: 'Our launch',
        },
      },
    ],
  },
}

const options = {
  pageUrl: ({ relationTo, value }: { relationTo: string; value: unknown }) =>
    `/${relationTo}/${(value as { slug: string }).slug}`,
  imageSizes: '(min-width: 48rem) 44rem, 100vw',
}

describe('payload-plugin-charity/richtext', () => {
  it('gives srcset from the image and its same-shaped sizes only (not the 4:3 thumbnail)', () => {
    expect(srcSetOf(image)).toBe(
      `${API}/volunteers.jpg 2400w, ${API}/volunteers-768x512.jpg 768w, ${API}/volunteers-1920x1280.jpg 1920w`,
    )
    expect(srcSetOf({ url: `${API}/a.png`, width: 10, height: 10 })).toBeUndefined()
  })

  it('renders HTML: format bits, internal links through pageUrl, images, relations, social posts', () => {
    const html = convertLexicalToHTML({
      data: data as never,
      converters: charityHTMLConverters(options),
    })
    expect(html).toContain('<em><strong>Read </strong></em>')
    expect(html).toContain('<a href="/posts/training-day">our report</a>')
    expect(html).toContain(
      `<img src="${API}/volunteers.jpg" srcset="${API}/volunteers.jpg 2400w, ${API}/volunteers-768x512.jpg 768w, ${API}/volunteers-1920x1280.jpg 1920w" sizes="(min-width: 48rem) 44rem, 100vw" alt="Volunteers &quot;at&quot; the day" width="2400" height="1600"`,
    )
    expect(html).toContain('<figcaption>Leeds, May</figcaption>')
    expect(html).toContain('<p><a href="/events/leeds-day">Leeds training day</a></p>')
    expect(html).toContain(
      '<a href="https://bsky.app/profile/charity.example/post/1" rel="noopener noreferrer">View the post on Bluesky</a>',
    )
    expect(html).not.toContain('<script')
  })

  it('renders the same with React', () => {
    const html = renderToStaticMarkup(
      createElement(RichText, {
        data: data as never,
        converters: charityJSXConverters({ ...options, socialEmbedLabel: (p) => `Gweld ar ${p}` }),
      }),
    )
    expect(html).toContain('href="/posts/training-day"')
    expect(html).toContain(
      `srcSet="${API}/volunteers.jpg 2400w, ${API}/volunteers-768x512.jpg 768w, ${API}/volunteers-1920x1280.jpg 1920w"`,
    )
    expect(html).toContain('<a href="/events/leeds-day">Leeds training day</a>')
    expect(html).toContain('Gweld ar Bluesky')
  })

  it('gives media addresses through mediaUrl: a backend that answers paths, made absolute', () => {
    const relative = JSON.parse(JSON.stringify(data).replaceAll(API, '/api/media/file'))
    const html = renderToStaticMarkup(
      createElement(RichText, {
        data: relative as never,
        converters: charityJSXConverters({
          ...options,
          mediaUrl: (url) => `https://cms.example.org${url}`,
        }),
      }),
    )
    expect(html).toContain(`src="${API}/volunteers.jpg"`)
    expect(html).toContain(
      `srcSet="${API}/volunteers.jpg 2400w, ${API}/volunteers-768x512.jpg 768w`,
    )
    expect(html).not.toContain('"/api/media')
  })
})
