'use client'

/**
 * The document as the editor is typing it, for the live preview frame.
 *
 * `@payloadcms/live-preview-react`'s `useLivePreview` merges each of the admin's
 * messages as it comes and renders whatever answer arrives last, and keeps an
 * error answer as "the document": one failed merge left the frame asking for
 * `/posts/undefined` from then on, so it stopped following the admin until
 * reloaded, and a slow answer could overwrite a newer one. This hook uses the
 * same library pieces (`ready`, `isLivePreviewEvent`) with three rules:
 * - the document's id comes from the page, never from an answer;
 * - an answer older than the one on screen is dropped (each message carries the
 *   whole form, so the newest answer is all that matters);
 * - a failed merge keeps what is on screen, says why in the console and the
 *   frame's `data-live-preview="error"`, and is tried again once; the editor's
 *   next change sends the whole form again in any case.
 */
import { isLivePreviewEvent, ready } from '@payloadcms/live-preview'
import { useEffect, useRef, useState } from 'react'

type Doc = Record<string, unknown>

export type FollowState = 'connected' | 'error' | 'waiting'

/** How the frame asks for the form's related documents to be filled in: this site's own route. */
const merge = async (collection: string, id: unknown, body: Doc): Promise<Doc> => {
  const answer = await fetch(`/api/live-preview/${collection}/${encodeURIComponent(String(id))}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  })
  if (!answer.ok) {
    const text = await answer.text().catch(() => '')
    throw new Error(`live preview: ${answer.status} from the merge: ${text.slice(0, 300)}`)
  }
  return (await answer.json()) as Doc
}

const RETRY_AFTER_MS = 750

export const useAdminForm = ({
  adminOrigin,
  collection,
  depth,
  initial,
}: {
  adminOrigin: string
  collection: string
  depth: number
  initial: Doc
}): { data: Doc; state: FollowState } => {
  const [data, setData] = useState(initial)
  const [state, setState] = useState<FollowState>('waiting')
  const id = initial.id
  // Numbers the admin's messages; `shown` is the newest whose answer is on screen.
  const sent = useRef(0)
  const shown = useRef(0)

  useEffect(() => {
    let live = true
    const follow = async (ticket: number, body: Doc, retried = false): Promise<void> => {
      try {
        const merged = await merge(collection, id, body)
        if (!live || ticket <= shown.current) return
        shown.current = ticket
        setData(merged)
        setState('connected')
      } catch (error) {
        if (!live || ticket < sent.current) return // a newer message is already on its way
        console.warn(error instanceof Error ? error.message : error)
        setState('error')
        if (!retried) {
          setTimeout(() => {
            if (live && ticket === sent.current) void follow(ticket, body, true)
          }, RETRY_AFTER_MS)
        }
      }
    }
    const onMessage = (event: MessageEvent) => {
      if (!isLivePreviewEvent(event, adminOrigin)) return
      const message = event.data as { collectionSlug?: string; data?: Doc; locale?: string }
      if (message.collectionSlug !== collection || !message.data) return
      const ticket = ++sent.current
      // `flattenLocales: false`: the admin's form already holds one language's values.
      void follow(ticket, {
        data: message.data,
        depth,
        flattenLocales: false,
        locale: message.locale,
      })
    }
    window.addEventListener('message', onMessage)
    // Tell the admin this frame listens (again after a reload): it then sends the form.
    ready({ serverURL: adminOrigin })
    return () => {
      live = false
      window.removeEventListener('message', onMessage)
    }
  }, [adminOrigin, collection, depth, id])

  return { data, state }
}
