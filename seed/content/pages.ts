import type { SeedContext, SeedRefs } from '../context.ts'

import { count, findOneBy, inTransaction } from '../context.ts'
import { h2, p, richText, ul } from '../lexical.ts'

type Block = Record<string, unknown> & { blockType: string }

/** A sample page: its English, and the Welsh of each block's words in the same order. */
type PageSpec = {
  slug: string
  /** The page it sits under, by its key in this file. */
  parent?: string
  title: { en: string; cy: string }
  summary: { en: string; cy: string }
  layout: Block[]
  /** Per block, the Welsh of its localized fields (FAQ items and all); `null` where it has none. */
  cy: (null | Record<string, unknown>)[]
}

/** The About, Get involved, Privacy and campaign pages, in English and Welsh. */
export const pageSpecs = (refs: SeedRefs): Record<string, PageSpec> => ({
  about: {
    slug: 'about',
    title: { en: 'About us', cy: 'Amdanom ni' },
    summary: {
      en: 'Local Active Communities against Trafficking groups, trained and connected, standing up to human trafficking where they live.',
      cy: 'Grwpiau lleol Cymunedau Gweithgar yn erbyn Masnachu Pobl, wedi’u hyfforddi a’u cysylltu, yn sefyll yn erbyn masnachu pobl lle maen nhw’n byw.',
    },
    layout: [
      {
        blockType: 'richText',
        content: richText(
          h2('Who we are'),
          p(
            'We help people start and run Active Communities against Trafficking (ACT) groups: local groups who learn how trafficking works, spot it where they live and speak up for the people caught in it.',
          ),
          p(
            'Our training day brings groups together from across the country and Wales. At the last one in London, staff from the Serious Organised Crime Agency and the police explained how cases come to light, and a member of a local Safeguarding Children Board gave advice on keeping children safe.',
          ),
        ),
      },
      {
        blockType: 'quote',
        text: 'A group that knows the signs, and knows who to call, changes what happens in its own streets.',
        attribution: 'Regional coordinator',
        role: 'London',
      },
      {
        blockType: 'findGroup',
        heading: 'Find a group near you',
        intro: 'Groups meet in London, Sheffield, Swansea and beyond. Find the one nearest you.',
      },
    ],
    cy: [
      {
        content: richText(
          h2('Pwy ydym ni'),
          p(
            'Rydym yn helpu pobl i ddechrau a rhedeg grwpiau Cymunedau Gweithgar yn erbyn Masnachu Pobl (ACT): grwpiau lleol sy’n dysgu sut mae masnachu pobl yn gweithio, yn ei adnabod lle maen nhw’n byw ac yn codi llais dros y bobl sy’n cael eu dal ynddo.',
          ),
          p(
            'Mae ein diwrnod hyfforddi yn dod â grwpiau ynghyd o bob rhan o’r wlad a Chymru. Yn yr un diwethaf yn Llundain, esboniodd staff yr Asiantaeth Troseddau Cyfundrefnol Difrifol a’r heddlu sut mae achosion yn dod i’r amlwg, a rhoddodd aelod o Fwrdd Diogelu Plant lleol gyngor ar gadw plant yn ddiogel.',
          ),
        ),
      },
      {
        text: 'Mae grŵp sy’n adnabod yr arwyddion, ac yn gwybod pwy i’w ffonio, yn newid yr hyn sy’n digwydd yn ei strydoedd ei hun.',
        role: 'Llundain',
      },
      {
        heading: 'Dod o hyd i grŵp yn agos atoch chi',
        intro:
          'Mae grwpiau’n cwrdd yn Llundain, Sheffield, Abertawe a thu hwnt. Dewch o hyd i’r un agosaf atoch chi.',
      },
    ],
  },
  getInvolved: {
    slug: 'get-involved',
    title: { en: 'Get involved', cy: 'Cymryd rhan' },
    summary: {
      en: 'Bring the training day to your community, join a group, or give to keep the groups going.',
      cy: 'Dewch â’r diwrnod hyfforddi i’ch cymuned, ymunwch â grŵp, neu rhowch i gadw’r grwpiau i fynd.',
    },
    layout: [
      {
        blockType: 'richText',
        content: richText(
          h2('Bring the training day to your community'),
          p(
            'We will run the training day in other communities too. Tell us where you are, roughly when suits you and how many people would come, and the coordinator for your region will be in touch.',
          ),
          ul(
            'A day for 5 to 500 people, with time for questions.',
            'How trafficking works, the signs to look for and who to tell.',
            'How to start and keep a local group going.',
          ),
        ),
      },
      {
        blockType: 'trainingRequest',
        heading: 'Ask for a training day',
        intro:
          'We only use these details to arrange the day, and delete them within a year of closing your request.',
      },
      {
        blockType: 'upcomingEvents',
        heading: 'Coming up',
        eventType: 'training',
        limit: 3,
      },
      {
        blockType: 'donate',
        heading: 'Support us',
        text: 'Every training day is paid for by people who give. A gift today helps a new group start.',
        appeal: refs.appeals.supportUs,
      },
    ],
    cy: [
      {
        content: richText(
          h2('Dewch â’r diwrnod hyfforddi i’ch cymuned'),
          p(
            'Byddwn yn cynnal y diwrnod hyfforddi mewn cymunedau eraill hefyd. Dywedwch wrthym ble rydych chi, pryd fyddai’n gyfleus a faint o bobl fyddai’n dod, a bydd cydlynydd eich rhanbarth yn cysylltu.',
          ),
          ul(
            'Diwrnod i rhwng 5 a 500 o bobl, gydag amser i holi.',
            'Sut mae masnachu pobl yn gweithio, yr arwyddion i chwilio amdanynt a phwy i’w hysbysu.',
            'Sut i ddechrau grŵp lleol a’i gadw i fynd.',
          ),
        ),
      },
      {
        heading: 'Gofyn am ddiwrnod hyfforddi',
        intro:
          'Dim ond i drefnu’r diwrnod y defnyddiwn y manylion hyn, ac rydym yn eu dileu o fewn blwyddyn i gau eich cais.',
      },
      { heading: 'Ar y gweill' },
      {
        heading: 'Cefnogwch ni',
        text: 'Mae pob diwrnod hyfforddi yn cael ei dalu gan bobl sy’n rhoi. Mae rhodd heddiw yn helpu grŵp newydd i ddechrau.',
      },
    ],
  },
  fairRecruitment: {
    slug: 'no-fees-for-work',
    parent: 'getInvolved',
    title: { en: 'No fees for work', cy: 'Dim ffioedd am waith' },
    summary: {
      en: 'Many people who make the things we buy paid an agent for their job. Help us ask companies to stop it.',
      cy: 'Talodd llawer o’r bobl sy’n gwneud y pethau a brynwn asiant am eu swydd. Helpwch ni i ofyn i gwmnïau roi terfyn ar hynny.',
    },
    layout: [
      {
        blockType: 'richText',
        content: richText(
          h2('No worker should pay for a job'),
          p(
            'Of 119 large companies in three high-risk sectors, KnowTheChain found that 41% forbid charging workers recruitment fees. Most still have no such rule.',
          ),
        ),
      },
      {
        blockType: 'callToAction',
        heading: 'Read the campaign',
        text: 'What the figures show, and what your group can do with them.',
        link: {
          label: 'The campaign',
          type: 'reference',
          reference: { relationTo: 'campaigns', value: refs.campaigns.fairRecruitment },
        },
      },
      {
        blockType: 'latestPosts',
        heading: 'Latest from the campaign',
        campaign: refs.campaigns.fairRecruitment,
        limit: 3,
      },
      {
        blockType: 'upcomingEvents',
        heading: 'Campaign events',
        campaign: refs.campaigns.fairRecruitment,
        limit: 3,
      },
    ],
    cy: [
      {
        content: richText(
          h2('Ni ddylai unrhyw weithiwr dalu am swydd'),
          p(
            'O 119 o gwmnïau mawr mewn tri sector risg uchel, canfu KnowTheChain fod 41% yn gwahardd codi ffioedd recriwtio ar weithwyr. Does gan y rhan fwyaf ddim rheol o’r fath o hyd.',
          ),
        ),
      },
      {
        heading: 'Darllen am yr ymgyrch',
        text: 'Beth mae’r ffigurau’n ei ddangos, a beth all eich grŵp ei wneud â nhw.',
        link: { label: 'Yr ymgyrch' },
      },
      { heading: 'Y diweddaraf o’r ymgyrch' },
      { heading: 'Digwyddiadau’r ymgyrch' },
    ],
  },
  privacy: {
    slug: 'privacy',
    title: { en: 'Privacy', cy: 'Preifatrwydd' },
    summary: {
      en: 'What we keep about you, why, and for how long.',
      cy: 'Beth rydym yn ei gadw amdanoch chi, pam, ac am ba hyd.',
    },
    layout: [
      {
        blockType: 'richText',
        content: richText(
          h2('What we keep'),
          p(
            'We keep what you send us to do what you asked: arrange a training day, record a gift, claim Gift Aid on it. We never sell it and never share it for marketing.',
          ),
        ),
      },
      {
        blockType: 'faq',
        heading: 'Questions',
        items: [
          {
            question: 'How long do you keep a training request?',
            answer:
              'Until the request is closed, and then one more year. After that we erase your name and contact details and keep only the town, region, numbers and outcome.',
          },
          {
            question: 'Why do you keep Gift Aid declarations for six years?',
            answer:
              'HMRC may ask for the records behind a Gift Aid claim for six years after it, so we keep them that long and then erase them.',
          },
          {
            question: 'Can I see or remove what you hold about me?',
            answer:
              'Yes. Write to us at the address on this site and we will send you a copy of everything we hold, or erase it where the law lets us.',
          },
        ],
      },
    ],
    cy: [
      {
        content: richText(
          h2('Beth rydym yn ei gadw'),
          p(
            'Rydym yn cadw’r hyn a anfonwch atom i wneud yr hyn a ofynnoch: trefnu diwrnod hyfforddi, cofnodi rhodd, hawlio Cymorth Rhodd arni. Nid ydym byth yn ei werthu nac yn ei rannu ar gyfer marchnata.',
          ),
        ),
      },
      {
        heading: 'Cwestiynau',
        items: [
          {
            question: 'Am ba hyd ydych chi’n cadw cais am hyfforddiant?',
            answer:
              'Nes bydd y cais wedi’i gau, ac yna blwyddyn arall. Wedi hynny rydym yn dileu eich enw a’ch manylion cyswllt ac yn cadw’r dref, y rhanbarth, y niferoedd a’r canlyniad yn unig.',
          },
          {
            question: 'Pam ydych chi’n cadw datganiadau Cymorth Rhodd am chwe blynedd?',
            answer:
              'Gall CThEF ofyn am y cofnodion y tu ôl i hawliad Cymorth Rhodd am chwe blynedd wedi hynny, felly rydym yn eu cadw cyhyd â hynny ac yna’n eu dileu.',
          },
          {
            question: 'Ga i weld neu ddileu’r hyn sydd gennych amdanaf?',
            answer:
              'Cewch. Ysgrifennwch atom yn y cyfeiriad ar y wefan hon a byddwn yn anfon copi o bopeth sydd gennym atoch, neu’n ei ddileu lle mae’r gyfraith yn caniatáu.',
          },
        ],
      },
    ],
  },
})

/** Row ids of the English, carried into the Welsh: same blocks, same array rows, Welsh words. */
const withWelsh = (saved: Block[], cy: PageSpec['cy']): Block[] =>
  saved.map((block, index) => {
    const welsh = cy[index]
    if (!welsh) return block
    const items = (block.items ?? []) as Record<string, unknown>[]
    const welshItems = (welsh.items ?? []) as Record<string, unknown>[]
    const link = block.link as Record<string, unknown> | undefined
    return {
      ...block,
      ...welsh,
      ...(welsh.items ? { items: items.map((item, i) => ({ ...item, ...welshItems[i] })) } : {}),
      ...(welsh.link && link ? { link: { ...link, ...(welsh.link as object) } } : {}),
    }
  })

/**
 * The sample pages, published by the editor, each in English and then Welsh
 * in one transaction. A page that already exists (by slug) is left as it is.
 */
export const seedPages = async (
  ctx: SeedContext,
  refs: SeedRefs,
): Promise<Record<string, number | string>> => {
  const ids: Record<string, number | string> = {}
  for (const [key, spec] of Object.entries(pageSpecs(refs))) {
    const existing = await findOneBy(ctx.payload, 'pages', 'slug', spec.slug)
    if (existing) {
      count(ctx, 'pages', 'existing')
      ids[key] = existing.id
      continue
    }
    ids[key] = await inTransaction(ctx.payload, refs.users.editor, async (req) => {
      const created = await ctx.payload.create({
        collection: 'pages',
        data: {
          title: spec.title.en,
          summary: spec.summary.en,
          slug: spec.slug,
          parent: spec.parent ? ids[spec.parent] : undefined,
          layout: spec.layout as never,
          _status: 'published',
        },
        draft: false,
        locale: 'en',
        overrideAccess: true,
        depth: 0,
        req,
      })
      await ctx.payload.update({
        collection: 'pages',
        id: created.id,
        data: {
          title: spec.title.cy,
          summary: spec.summary.cy,
          layout: withWelsh((created.layout ?? []) as Block[], spec.cy) as never,
          _status: 'published',
        },
        draft: false,
        locale: 'cy',
        overrideAccess: true,
        depth: 0,
        req,
      })
      return created.id
    })
    count(ctx, 'pages', 'created')
  }
  return ids
}
