// Terminal page strings (English). zh is typed by this shape (features.ts).
export const terminalEn = {
  back: 'All terminals',
  notFound: 'This terminal is not in the station’s list (removed?).',
  header: {
    model: 'Model',
    firmware: 'Firmware',
    serial: 'Serial number',
    state: 'State',
    address: 'Address',
  },
  sectionsLabel: 'Sections of {{name}}',
  lacks: 'Not on this terminal: {{sections}}.',
  offlineNote:
    'The terminal does not answer now: what is shown was read earlier, and nothing can be sent to it until it is back.',
  section: {
    summary: 'Summary',
  },
  summary: {
    canHold: 'Can hold',
    none: 'No credential type reported',
    doors: 'Doors',
    capacity: 'Capacity',
    persons: 'Persons',
    cards: 'Cards',
    faces: 'Faces',
    fingerprints: 'Fingerprints',
    unknown: '—',
    notRead: 'The terminal’s capabilities have not been read yet: check it from Devices.',
  },
} as const
