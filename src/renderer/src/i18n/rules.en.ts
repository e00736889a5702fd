// Terminal page: access rules, health screening, attendance, event settings (English). zh is
// typed by this shape (features.ts).
export const rulesEn = {
  antiPassback: {
    title: 'Anti-passback records',
    lead: 'Who passed where: a person refused as a second entry can be let in again by clearing their record.',
    employees: 'Employee numbers (comma-separated; empty: everybody)',
    clear: 'Clear records',
    cleared: 'Anti-passback records cleared on the terminal.',
    badList: 'Employee numbers are 1 to 32 characters, at most 32 of them.',
  },
  reset: {
    title: 'Back to factory',
    antiPassbackRules: 'Clear the anti-passback rule',
    groups: 'Clear the multi-factor groups',
    eventCardLinkage: 'Clear the event–card linkages',
    done: 'Cleared on the terminal.',
    confirm: 'This resets the terminal’s setting to factory values. Go on?',
  },
  faceLibraries: {
    lead: 'The terminal’s face libraries and how many faces each holds. The station’s persons go to library 1.',
    id: 'No.',
    type: 'Type',
    name: 'Name',
    faces: 'Faces',
    rename: 'Rename',
    renamed: 'Library renamed on the terminal.',
    nameOf: 'Name of library {{id}}',
    unknown: '—',
    types: { blackFD: 'People (recognition)', staticFD: 'Static', infraredFD: 'Infrared' },
  },
  templates: {
    title: 'Attendance templates on the terminal',
    show: 'Read the list',
    no: 'No.',
    name: 'Name',
    property: 'Status',
    weekPlan: 'Week schedule',
    enabled: 'In use',
    yes: 'Yes',
    no2: 'No',
    empty: 'The terminal lists no templates.',
    properties: {
      check: 'Check in / out',
      break: 'Break',
      overtime: 'Overtime',
    },
  },
} as const
