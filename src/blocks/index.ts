import type { Block } from 'payload'

import type { CharityContext } from '../context.ts'

import { callToActionBlock } from './callToAction.ts'
import { donateBlock } from './donate.ts'
import { faqBlock } from './faq.ts'
import { findGroupBlock } from './findGroup.ts'
import { imageBlock } from './image.ts'
import { latestPostsBlock } from './latestPosts.ts'
import { quoteBlock } from './quote.ts'
import { richTextBlock } from './richText.ts'
import { trainingRequestBlock } from './trainingRequest.ts'
import { upcomingEventsBlock } from './upcomingEvents.ts'

/**
 * The blocks a page is made of, in the order the admin offers them. A block
 * that needs a collection the host left out (events, appeals…) is left out
 * with it.
 */
export const pageBlocks = (ctx: CharityContext): Block[] => [
  richTextBlock(ctx),
  ...imageBlock(ctx),
  callToActionBlock(ctx),
  ...donateBlock(ctx),
  ...upcomingEventsBlock(ctx),
  ...latestPostsBlock(ctx),
  ...findGroupBlock(ctx),
  ...trainingRequestBlock(ctx),
  quoteBlock(),
  faqBlock(),
]
