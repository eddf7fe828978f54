import React from 'react'

/**
 * Beside Save and Publish when the backend knows no website: there is no
 * Preview button, and this says why rather than leaving an editor to wonder.
 */
export const PreviewNotice = () => (
  <p
    className="charity-preview-notice"
    role="note"
    style={{ margin: 0, maxWidth: '22rem', fontSize: '0.85rem', lineHeight: 1.35 }}
  >
    No preview: this backend has no website address yet. An administrator sets it (
    <code>FRONTEND_URL</code>), and Preview and Live Preview then open the page on the website.
  </p>
)
