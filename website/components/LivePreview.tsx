'use client'

/**
 * Live preview: inside the admin's preview pane, the page re-renders as the
 * editor types. The admin posts the form's data to this frame (Payload's live
 * preview messages, followed by `useAdminForm`); related documents in it are
 * filled in by the backend, asked through this site's own /api/live-preview
 * route, which adds the editor's token on the server (the browser never holds it).
 */
import type { Appeal, Campaign, Event, Group, Page, Post } from '../lib/api/types'
import type { Locale } from '../lib/locales'

import { pickLocale } from '../lib/api/localized'
import { messages } from '../lib/i18n'
import {
  AppealArticle,
  CampaignArticle,
  EventArticle,
  GroupArticle,
  PageArticle,
  PostArticle,
} from './articles'
import { useAdminForm } from './useAdminForm'

type Kind =
  | { kind: 'posts'; initial: Post }
  | { kind: 'events'; initial: Event; calendarUrl?: string }
  | { kind: 'campaigns'; initial: Campaign }
  | { kind: 'donation-appeals'; initial: Appeal }
  | { kind: 'groups'; initial: Group }
  | { kind: 'pages'; initial: Page }

export const LivePreview = (
  props: Kind & { locale: Locale; backend: string; adminOrigin: string },
) => {
  const { data, state } = useAdminForm({
    adminOrigin: props.adminOrigin,
    collection: props.kind,
    depth: 1,
    initial: props.initial as unknown as Record<string, unknown>,
  })
  const common = { locale: props.locale, backend: props.backend }
  // `waiting` until the admin's first message is merged: from then on what the editor
  // types reaches this frame (the browser tests wait for `connected` before typing).
  return (
    <div data-live-preview={state} style={{ display: 'contents' }}>
      {state === 'error' ? <PreviewStopped locale={props.locale} /> : null}
      {/* The merge is read with `flattenLocales: false`: whatever it took from the database comes as
          `{ en: … }` maps, which React cannot render. Read those in the page's language. */}
      <Article
        {...props}
        data={pickLocale<Record<string, unknown>>(data, props.locale)}
        common={common}
      />
    </div>
  )
}

/** Said inside the frame when a merge failed, so an editor is not left looking at a preview that no longer follows. */
const PreviewStopped = ({ locale }: { locale: Locale }) => {
  const t = messages(locale)
  return (
    <p className="preview-banner" role="alert">
      {t.previewStopped}{' '}
      <button type="button" onClick={() => window.location.reload()}>
        {t.reloadPreview}
      </button>
    </p>
  )
}

const Article = (
  props: Kind & {
    data: Record<string, unknown>
    common: { locale: Locale; backend: string }
  },
) => {
  const { data, common } = props
  switch (props.kind) {
    case 'posts':
      return <PostArticle doc={data as unknown as Post} {...common} />
    case 'events':
      return (
        <EventArticle doc={data as unknown as Event} calendarUrl={props.calendarUrl} {...common} />
      )
    case 'campaigns':
      return <CampaignArticle doc={data as unknown as Campaign} {...common} />
    case 'donation-appeals':
      return <AppealArticle doc={data as unknown as Appeal} {...common} />
    case 'groups':
      return <GroupArticle doc={data as unknown as Group} {...common} />
    case 'pages':
      return <PageArticle doc={data as unknown as Page} {...common} />
  }
}
