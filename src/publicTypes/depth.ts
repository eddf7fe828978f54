/**
 * Depth-aware public types: a document as a read at `?depth=N` returns it.
 *
 * The generated interfaces (src/exports/publicTypes.ts) type every relation
 * `number | Post`, true at any depth. `AtDepth<Post, 1>` narrows them the way
 * Payload populates: at depth 0 a relation is its id; at depth N ≥ 1 it is the
 * related document read at depth N − 1, trimmed to its collection's
 * `defaultPopulate` fields (`PopulatedFields`), or still its id when the reader
 * may not see that document (Payload leaves ids of unreadable documents).
 */
import type { PopulatedFields, PublicApi } from '../exports/publicTypes.ts'

/** The depths the server serves (`?depth=` above 3 is answered as 3). */
export type Depth = 0 | 1 | 2 | 3

type Shallower = { 0: 0; 1: 0; 2: 1; 3: 2 }

/** Public collections: their documents have a numeric id and a creation time (globals and blocks do not). */
type CollectionSlug = {
  [K in keyof PublicApi]: PublicApi[K] extends { id: number; createdAt: string } ? K : never
}[keyof PublicApi]

type PublicDocument = PublicApi[CollectionSlug]

// Exact type identity: structural `extends` would take a Post for a Page (every field optional either way).
type Same<A, B> = (<G>() => G extends A ? 1 : 2) extends <G>() => G extends B ? 1 : 2 ? true : false

type SlugOf<T> = {
  [S in CollectionSlug]: Same<T, PublicApi[S]> extends true ? S : never
}[CollectionSlug]

/** A related document as population returns it: its `defaultPopulate` fields, or all of them. */
type Trimmed<T> =
  SlugOf<T> extends infer S
    ? S extends keyof PopulatedFields
      ? Pick<T, Extract<keyof T, PopulatedFields[S]>>
      : T
    : never

// Distributes over a union of related types (a polymorphic relation's documents).
type Related<T, D extends Depth> = T extends PublicDocument ? AtDepth<Trimmed<T>, D> : never

type Value<V, D extends Depth> = [Extract<V, PublicDocument>] extends [never]
  ? V extends readonly (infer Item)[]
    ? Value<Item, D>[]
    : V extends object
      ? { [K in keyof V]: Value<V[K], D> }
      : V
  : D extends 0
    ? Exclude<V, PublicDocument>
    : Exclude<V, PublicDocument> | Related<Extract<V, PublicDocument>, Shallower[D]>

/**
 * A public document read at `depth=D` (the server's default is 2), e.g.
 * `AtDepth<Post, 1>`: `post.campaign` is `number | { id, title, slug, … }`
 * whose own `heroImage` is a number.
 */
export type AtDepth<T, D extends Depth = 2> = { [K in keyof T]: Value<T[K], D> }
