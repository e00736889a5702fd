// The Terminal page's "Terminal documents" section (features/terminal/sections/TerminalDocumentsSection.tsx).
export const terminalDocumentsEn = {
  lead: 'What the terminal reports about itself and nobody sets: who is receiving its events, the state of its secure door control units, what its actions accept. Read from the terminal when you choose one; shown as the terminal sent it.',
  eventCount: 'Events held by the terminal: {{count}} (AcsEventTotalNum).',
  pick: 'Document',
  read: 'Read again',
  readFrom: 'Read from {{path}}',
  notOffered: 'Not on this terminal: {{names}}.',
  none: 'This terminal reports none of these documents.',
  names: {
    deployInfo: 'Who receives its events (arming)',
    deployInfoCaps: 'Arming: capabilities',
    moduleStatus: 'Secure door control units: online / tampered',
    moduleStatusCaps: 'Secure door control units: capabilities',
    clearPictureCaps: 'Clearing pictures: capabilities',
    personDeleteCaps: 'Deleting persons with their data: capabilities',
    fingerprintDeleteCaps: 'Deleting fingerprints: capabilities',
    faceCollectionCaps: 'Face collection: capabilities',
    faceCollectionProgressCaps: 'Face collection progress: capabilities',
    faceCollectionProgress: 'Face collection in progress',
    systemCapsJson: 'System service capabilities (JSON)',
    storageCaps: 'Storage: capabilities',
  },
} as const
