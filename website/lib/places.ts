/**
 * Typed places to points, for "find a group near you", without sending what
 * a person typed to a third party: the UK's larger towns and cities (Welsh
 * names too), and the postcode areas (the letters a postcode starts with:
 * "S1 2AB" is Sheffield's area) at their main town. Approximate on purpose:
 * the backend searches a radius around it.
 */
type Point = { lat: number; lng: number }

const TOWNS: Record<string, Point> = {
  aberdeen: { lat: 57.15, lng: -2.09 },
  aberystwyth: { lat: 52.415, lng: -4.08 },
  bangor: { lat: 53.228, lng: -4.129 },
  bath: { lat: 51.381, lng: -2.359 },
  belfast: { lat: 54.597, lng: -5.93 },
  birmingham: { lat: 52.486, lng: -1.89 },
  blackpool: { lat: 53.817, lng: -3.05 },
  bolton: { lat: 53.578, lng: -2.43 },
  bournemouth: { lat: 50.72, lng: -1.88 },
  bradford: { lat: 53.795, lng: -1.759 },
  brighton: { lat: 50.822, lng: -0.137 },
  bristol: { lat: 51.454, lng: -2.588 },
  cambridge: { lat: 52.205, lng: 0.119 },
  cardiff: { lat: 51.481, lng: -3.179 },
  caerdydd: { lat: 51.481, lng: -3.179 },
  carlisle: { lat: 54.892, lng: -2.932 },
  carmarthen: { lat: 51.856, lng: -4.31 },
  caerfyrddin: { lat: 51.856, lng: -4.31 },
  chester: { lat: 53.193, lng: -2.893 },
  coventry: { lat: 52.407, lng: -1.51 },
  derby: { lat: 52.921, lng: -1.476 },
  dundee: { lat: 56.462, lng: -2.971 },
  durham: { lat: 54.776, lng: -1.575 },
  edinburgh: { lat: 55.953, lng: -3.188 },
  exeter: { lat: 50.718, lng: -3.533 },
  glasgow: { lat: 55.864, lng: -4.252 },
  gloucester: { lat: 51.864, lng: -2.244 },
  hull: { lat: 53.744, lng: -0.332 },
  inverness: { lat: 57.478, lng: -4.224 },
  ipswich: { lat: 52.057, lng: 1.148 },
  leeds: { lat: 53.801, lng: -1.549 },
  leicester: { lat: 52.637, lng: -1.135 },
  lincoln: { lat: 53.234, lng: -0.538 },
  liverpool: { lat: 53.408, lng: -2.991 },
  london: { lat: 51.507, lng: -0.128 },
  llundain: { lat: 51.507, lng: -0.128 },
  luton: { lat: 51.879, lng: -0.418 },
  manchester: { lat: 53.48, lng: -2.242 },
  middlesbrough: { lat: 54.574, lng: -1.235 },
  milton_keynes: { lat: 52.041, lng: -0.76 },
  newcastle: { lat: 54.978, lng: -1.618 },
  newport: { lat: 51.584, lng: -2.998 },
  casnewydd: { lat: 51.584, lng: -2.998 },
  northampton: { lat: 52.24, lng: -0.902 },
  norwich: { lat: 52.63, lng: 1.297 },
  nottingham: { lat: 52.954, lng: -1.158 },
  oxford: { lat: 51.752, lng: -1.258 },
  peterborough: { lat: 52.573, lng: -0.241 },
  plymouth: { lat: 50.375, lng: -4.143 },
  portsmouth: { lat: 50.82, lng: -1.088 },
  preston: { lat: 53.763, lng: -2.703 },
  reading: { lat: 51.455, lng: -0.978 },
  sheffield: { lat: 53.381, lng: -1.47 },
  southampton: { lat: 50.91, lng: -1.404 },
  stoke: { lat: 53.003, lng: -2.179 },
  sunderland: { lat: 54.906, lng: -1.381 },
  swansea: { lat: 51.621, lng: -3.944 },
  abertawe: { lat: 51.621, lng: -3.944 },
  swindon: { lat: 51.558, lng: -1.782 },
  wolverhampton: { lat: 52.587, lng: -2.129 },
  wrexham: { lat: 53.046, lng: -2.993 },
  wrecsam: { lat: 53.046, lng: -2.993 },
  york: { lat: 53.96, lng: -1.087 },
}

/** Postcode areas at a town above. */
const POSTCODE_AREAS: Record<string, string> = {
  AB: 'aberdeen',
  B: 'birmingham',
  BA: 'bath',
  BB: 'preston',
  BD: 'bradford',
  BH: 'bournemouth',
  BL: 'bolton',
  BN: 'brighton',
  BR: 'london',
  BS: 'bristol',
  BT: 'belfast',
  CA: 'carlisle',
  CB: 'cambridge',
  CF: 'cardiff',
  CH: 'chester',
  CM: 'london',
  CO: 'ipswich',
  CR: 'london',
  CV: 'coventry',
  DA: 'london',
  DD: 'dundee',
  DE: 'derby',
  DH: 'durham',
  DL: 'middlesbrough',
  DN: 'hull',
  E: 'london',
  EC: 'london',
  EH: 'edinburgh',
  EN: 'london',
  EX: 'exeter',
  FY: 'blackpool',
  G: 'glasgow',
  GL: 'gloucester',
  HA: 'london',
  HD: 'leeds',
  HG: 'york',
  HP: 'luton',
  HU: 'hull',
  HX: 'bradford',
  IG: 'london',
  IP: 'ipswich',
  IV: 'inverness',
  KT: 'london',
  L: 'liverpool',
  LA: 'preston',
  LD: 'aberystwyth',
  LE: 'leicester',
  LL: 'bangor',
  LN: 'lincoln',
  LS: 'leeds',
  LU: 'luton',
  M: 'manchester',
  ME: 'london',
  MK: 'milton_keynes',
  N: 'london',
  NE: 'newcastle',
  NG: 'nottingham',
  NN: 'northampton',
  NP: 'newport',
  NR: 'norwich',
  NW: 'london',
  OL: 'manchester',
  OX: 'oxford',
  PE: 'peterborough',
  PL: 'plymouth',
  PO: 'portsmouth',
  PR: 'preston',
  RG: 'reading',
  RM: 'london',
  S: 'sheffield',
  SA: 'swansea',
  SE: 'london',
  SK: 'manchester',
  SL: 'reading',
  SM: 'london',
  SN: 'swindon',
  SO: 'southampton',
  SR: 'sunderland',
  SS: 'london',
  ST: 'stoke',
  SW: 'london',
  SY: 'aberystwyth',
  TN: 'brighton',
  TS: 'middlesbrough',
  TW: 'london',
  UB: 'london',
  W: 'london',
  WA: 'liverpool',
  WC: 'london',
  WD: 'london',
  WF: 'leeds',
  WN: 'bolton',
  WR: 'birmingham',
  WS: 'wolverhampton',
  WV: 'wolverhampton',
  YO: 'york',
}

const normalise = (text: string) =>
  text
    .trim()
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/^(the city of|city of)\s+/, '')
    .replace(/[\s-]+/g, '_')

/** A town, city or postcode (full or its first part) as a point, or null when it is not one we know. */
export const placeToPoint = (typed: string): null | Point => {
  const town = TOWNS[normalise(typed)]
  if (town) return town
  const postcode = /^([a-z]{1,2})\d/i.exec(typed.trim())
  const area = postcode ? POSTCODE_AREAS[postcode[1].toUpperCase()] : undefined
  return area ? TOWNS[area] : null
}

/** Coordinates from the address (the browser's geolocation), or null when they are not numbers in range. */
export const pointFrom = (lat: unknown, lng: unknown): null | Point => {
  const a = Number(lat)
  const b = Number(lng)
  if (typeof lat !== 'string' || typeof lng !== 'string' || !lat || !lng) return null
  return Number.isFinite(a) && Number.isFinite(b) && Math.abs(a) <= 90 && Math.abs(b) <= 180
    ? { lat: a, lng: b }
    : null
}
