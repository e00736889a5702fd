// The pushed notification types (eventType) the station stores, each with the contract method
// through which a user sees them (the Events screen and `events search`). Data: the guide
// coverage tool reads it for the guide's event rows (21.19.3, 21.28.16, 21.32.15); a type is
// listed only once the station stores it and a test proves it.
export const STORED_EVENT_TYPES: Readonly<Record<string, { shownBy: string }>> = {
  AccessControllerEvent: { shownBy: 'events.search' },
  IDCardInfoEvent: { shownBy: 'events.search' },
}
