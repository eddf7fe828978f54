/**
 * A page's blocks (`layout`), each in the site's style, from the page as read
 * at `depth=1`: the live lists (events, posts, groups) and the appeal's totals
 * come with it, so nothing here fetches, and live preview renders the same
 * components in the browser as the editor builds the page.
 */
import type { ReactNode } from 'react'

import type { Appeal, Event, Group, Media, PageBlock, Post } from '../lib/api/types'
import type { Locale } from '../lib/locales'

import { langOf } from '../lib/api/localized'
import { populated, populatedList } from '../lib/api/types'
import { referencePath } from '../lib/paths'
import { RichText } from '../lib/richText'
import { DonateBox } from './AppealProgress'
import { EventCard, GroupCard, PostCard } from './cards'
import { NearMe } from './NearMe'
import { Picture } from './Picture'
import { TrainingForm } from './TrainingForm'

type Common = { locale: Locale; backend: string }

/** A block's own heading, when the editor gave one. */
const Heading = ({ block }: { block: PageBlock & { heading?: null | string } }) =>
  block.heading ? <h2 lang={langOf(block, 'heading')}>{block.heading}</h2> : null

const Grid = ({ children }: { children: ReactNode[] }) =>
  children.length ? <div className="grid">{children}</div> : null

const Block = ({ block, locale, backend }: Common & { block: PageBlock }) => {
  switch (block.blockType) {
    case 'richText':
      return (
        <RichText
          data={block.content}
          locale={locale}
          backendPublicUrl={backend}
          lang={langOf(block, 'content')}
        />
      )
    case 'image': {
      const image = populated<Media>(block.image)
      return image ? (
        <figure className="block-image">
          <Picture
            media={image}
            backend={backend}
            sizes="(min-width: 64rem) 46rem, 100vw"
            size="hero"
          />
          {block.caption ? (
            <figcaption lang={langOf(block, 'caption')}>{block.caption}</figcaption>
          ) : null}
        </figure>
      ) : null
    }
    case 'callToAction': {
      const { link } = block
      const href =
        link.type === 'reference' && link.reference
          ? referencePath(locale, link.reference.relationTo, link.reference.value)
          : link.url
      return (
        <section className="call-to-action">
          <Heading block={block} />
          {block.text ? <p lang={langOf(block, 'text')}>{block.text}</p> : null}
          {href ? (
            <p>
              <a
                className="button"
                href={href}
                lang={langOf(link, 'label')}
                {...(link.newTab ? { target: '_blank', rel: 'noopener noreferrer' } : {})}
              >
                {link.label}
              </a>
            </p>
          ) : null}
        </section>
      )
    }
    case 'donate': {
      const appeal = populated<Appeal>(block.appeal)
      if (!appeal) return null
      return (
        <DonateBox appeal={appeal} locale={locale} label={block.heading ?? appeal.title}>
          <Heading block={block} />
          {block.text ? <p lang={langOf(block, 'text')}>{block.text}</p> : null}
        </DonateBox>
      )
    }
    case 'upcomingEvents':
      return (
        <section className="block-list">
          <Heading block={block} />
          <Grid>
            {populatedList<Event>(block.events).map((event) => (
              <EventCard key={event.id} event={event} locale={locale} backend={backend} />
            ))}
          </Grid>
        </section>
      )
    case 'latestPosts':
      return (
        <section className="block-list">
          <Heading block={block} />
          <Grid>
            {populatedList<Post>(block.posts).map((post) => (
              <PostCard key={post.id} post={post} locale={locale} backend={backend} />
            ))}
          </Grid>
        </section>
      )
    case 'findGroup':
      return (
        <>
          <NearMe
            locale={locale}
            heading={block.heading ?? undefined}
            intro={block.intro ?? undefined}
          />
          <Grid>
            {populatedList<Group>(block.groups).map((group) => (
              <GroupCard key={group.id} group={group} locale={locale} backend={backend} />
            ))}
          </Grid>
        </>
      )
    case 'trainingRequest':
      return (
        <TrainingForm
          locale={locale}
          backend={backend}
          heading={block.heading ?? undefined}
          intro={block.intro ?? undefined}
        />
      )
    case 'quote':
      return (
        <figure className="block-quote">
          <blockquote lang={langOf(block, 'text')}>
            <p>{block.text}</p>
          </blockquote>
          {block.attribution ? (
            <figcaption>
              {block.attribution}
              {block.role ? <span lang={langOf(block, 'role')}>, {block.role}</span> : null}
            </figcaption>
          ) : null}
        </figure>
      )
    case 'faq':
      return (
        <section className="faq">
          <Heading block={block} />
          {(block.items ?? []).map((item, index) => (
            <details key={item.id ?? index}>
              <summary lang={langOf(item, 'question')}>{item.question}</summary>
              <p lang={langOf(item, 'answer')}>{item.answer}</p>
            </details>
          ))}
        </section>
      )
    default:
      // A block this site does not know yet (a newer backend): left out, not a broken page.
      return null
  }
}

export const PageBlocks = ({
  blocks,
  ...common
}: Common & { blocks: null | PageBlock[] | undefined }) => (
  <>
    {(blocks ?? []).map((block, index) => (
      <Block key={block.id ?? index} block={block} {...common} />
    ))}
  </>
)
