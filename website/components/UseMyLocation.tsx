'use client'

import { useState } from 'react'

/** Ask the browser for its position and show the groups near it (nothing is sent until the person agrees). */
export const UseMyLocation = ({
  action,
  label,
  locating,
  refused,
}: {
  action: string
  label: string
  locating: string
  refused: string
}) => {
  const [state, setState] = useState<'idle' | 'locating' | 'refused'>('idle')
  // Rendered the same on the server and in the browser (Node has a `navigator` too, without geolocation).
  const locate = () => {
    if (!('geolocation' in navigator)) return setState('refused')
    setState('locating')
    navigator.geolocation.getCurrentPosition(
      ({ coords }) => {
        const query = new URLSearchParams({
          lat: coords.latitude.toFixed(3),
          lng: coords.longitude.toFixed(3),
        })
        window.location.assign(`${action}?${query}`)
      },
      () => setState('refused'),
      { maximumAge: 600_000, timeout: 15_000 },
    )
  }
  return (
    <p>
      <button type="button" className="secondary" onClick={locate} disabled={state === 'locating'}>
        {label}
      </button>{' '}
      <span role="status">
        {state === 'locating' ? locating : state === 'refused' ? refused : ''}
      </span>
    </p>
  )
}
