import { notFound } from 'next/navigation'

/** Any address no other page answers: the site's own 404, inside its layout. */
export default function Unknown() {
  notFound()
}
