import type { NextRequest } from 'next/server'

import { draftMode } from 'next/headers'
import { NextResponse } from 'next/server'

import { isSection } from '../../../../lib/api/types'
import { BACKEND_URL } from '../../../../lib/config'
import { SESSION_COOKIE } from '../../../../lib/preview'

/**
 * Live preview's "fill in the related documents" request, forwarded to the
 * backend with the editor's token (the admin's form data in, the populated
 * document out). Only in draft mode, only for our documents and pages.
 */
export async function POST(request: NextRequest, context: { params: Promise<{ path: string[] }> }) {
  const { path } = await context.params
  const token = request.cookies.get(SESSION_COOKIE)?.value
  const inPreview = (await draftMode()).isEnabled
  if (!inPreview || !token) {
    const missing = !token
      ? `no ${SESSION_COOKIE} cookie came with the request (sign in to the admin)`
      : 'draft mode is off (open the page from the admin’s Preview)'
    return NextResponse.json(
      { errors: [{ message: `Live preview is for signed-in staff in preview: ${missing}.` }] },
      { status: 401 },
    )
  }
  const [section, id] = path
  if (path.length !== 2 || !(isSection(section) || section === 'pages') || !/^[\w-]+$/.test(id)) {
    return NextResponse.json(
      { errors: [{ message: 'Not one of this site’s documents.' }] },
      { status: 404 },
    )
  }
  const answer = await fetch(new URL(`/api/${section}/${id}`, BACKEND_URL), {
    method: 'POST',
    headers: {
      Authorization: `JWT ${token}`,
      'content-type': 'application/json',
      'X-Payload-HTTP-Method-Override': 'GET',
    },
    // The editor's unsaved form, populated as the editor may read it. Not `draft=true`: that puts
    // the last saved draft in place of the form's data, so typing showed only after an autosave.
    body: JSON.stringify(await request.json()),
    cache: 'no-store',
  })
  return new NextResponse(answer.body, {
    status: answer.status,
    headers: { 'content-type': 'application/json', 'cache-control': 'no-store' },
  })
}
