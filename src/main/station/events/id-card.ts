// An ID card read (IDCardInfoEvent, guide 21.19.3) is stored as the access event it carries
// (the person-and-card comparison, 5/105 or 5/112), with the card's number masked but for its
// last 4 characters. The card's other data (name, birth, address …) and the full number are
// never stored: they are dropped from the kept raw document too.
import type { AcsAlert, AlertEvent } from '../../isapi'

/** `110101199002240011` → `**************0011`. */
export function maskIdNumber(no: string): string {
  const keep = no.slice(-4)
  return '*'.repeat(Math.max(0, no.length - keep.length)) + keep
}

/** The access event an ID card notification carries, ready to store; null for anything else. */
export function idCardAccess(ev: AlertEvent): AcsAlert | null {
  if (ev.type !== 'other' || !ev.idCard?.event) return null
  const { event: record, card } = ev.idCard
  const { IDCardInfo: _card, ...raw } = record.raw
  void _card
  const event = { ...record, raw }
  if (card.idCardNo) event.idCardNo = maskIdNumber(card.idCardNo)
  return {
    type: record.kind === 'other' ? 'alarm' : record.kind,
    live: record.currentEvent !== false,
    event,
    envelope: ev.envelope,
    pictures: ev.pictures,
  }
}
