// The typed entries of a holding (what a terminal holds of one person, as hashes) and the one
// way they are written as text: device_holdings keeps each list as JSON of entries in a fixed
// key order and sorted by their key, so equal lists are equal text (the apply-state pass
// compares the stored text with the roster's, see station/apply/terminal-state.ts).

/** A card as a terminal holds it: the card number is its key. */
export interface HeldCard {
  cardNo: string
  cardType: string
}
/** A fingerprint: the finger number is its key, the hash covers finger type and template. */
export interface HeldFingerprint {
  fingerId: number
  hash: string
}
/** An eye's iris data: the eye is its key. */
export interface HeldIris {
  eye: string
  hash: string
}

/** How entries of one kind are keyed, compared, sorted and written as text. */
export interface EntryKind<E> {
  key(e: E): string
  same(a: E, b: E): boolean
  /** The entry with its fields in the fixed order (what JSON text is made of). */
  canonical(e: E): E
  order(a: E, b: E): number
}

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

export const CARD_ENTRY: EntryKind<HeldCard> = {
  key: (c) => c.cardNo,
  same: (a, b) => a.cardNo === b.cardNo && a.cardType === b.cardType,
  canonical: (c) => ({ cardNo: c.cardNo, cardType: c.cardType }),
  order: (a, b) => byText(a.cardNo, b.cardNo),
}
export const FINGERPRINT_ENTRY: EntryKind<HeldFingerprint> = {
  key: (f) => String(f.fingerId),
  same: (a, b) => a.fingerId === b.fingerId && a.hash === b.hash,
  canonical: (f) => ({ fingerId: f.fingerId, hash: f.hash }),
  order: (a, b) => a.fingerId - b.fingerId,
}
export const IRIS_ENTRY: EntryKind<HeldIris> = {
  key: (i) => i.eye,
  same: (a, b) => a.eye === b.eye && a.hash === b.hash,
  canonical: (i) => ({ eye: i.eye, hash: i.hash }),
  order: (a, b) => byText(a.eye, b.eye),
}

/** The entries sorted by key, each with its fields in the fixed order. */
export const sortedEntries = <E>(kind: EntryKind<E>, entries: readonly E[]): E[] =>
  entries.map(kind.canonical).sort(kind.order)

/** The stored text of a list: JSON of the sorted canonical entries. */
export const entriesText = <E>(kind: EntryKind<E>, entries: readonly E[]): string =>
  JSON.stringify(sortedEntries(kind, entries))

/** The list with `entry` in place of any entry of the same key. */
export const withEntry = <E>(kind: EntryKind<E>, entries: readonly E[], entry: E): E[] =>
  sortedEntries(kind, [...entries.filter((e) => kind.key(e) !== kind.key(entry)), entry])

/** The list without the entry of this key. */
export const withoutKey = <E>(kind: EntryKind<E>, entries: readonly E[], key: string): E[] =>
  entries.filter((e) => kind.key(e) !== key)

/** Whether the list holds exactly this entry (same key, same hash). */
export const holdsEntry = <E>(kind: EntryKind<E>, entries: readonly E[], entry: E): boolean =>
  entries.some((e) => kind.same(e, entry))
