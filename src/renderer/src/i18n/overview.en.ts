// Overview screen strings (English).
export const overviewEn = {
  countsLabel: 'Roster counts',
  counts: {
    persons: 'Persons',
    cards: 'Cards',
    fingerprints: 'Fingerprints',
    faces: 'Faces',
    irises: 'Iris records',
    devices: 'Terminals',
  },
  emptyTitle: 'The roster is empty',
  emptyBody:
    'Add persons one by one or import a CSV file under Persons, and add your terminals under Devices (or start the demo site there). Then choose who goes where under Apply and apply the roster.',
  goPersons: 'Open Persons',
  noTerminalsTitle: 'No terminals yet',
  noTerminalsBody:
    'The roster lives on this computer only until it is applied. Add your terminals under Devices (or try the demo site there), assign who goes where under Apply, and apply.',
  goDevices: 'Open Devices',
  station: 'Station',
  version: 'Version',
  runningAs: 'Running as',
  dataDir: 'Roster folder',
  schema: 'Schema',
  started: 'Started',
} as const
