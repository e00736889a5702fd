// English strings shared by the whole app (names, navigation, common buttons, error texts): the
// reference shape zh.ts must match. Each screen's own strings are in its feature file (features.ts).
import type { Widen } from './widen'

export const en = {
  app: { name: 'Enrollment Station', desktop: 'Desktop app', browser: 'Browser mode' },
  nav: {
    main: 'Main',
    overview: 'Overview',
    devices: 'Devices',
    persons: 'Persons',
    enroll: 'Enroll',
    profiles: 'Profiles',
    schedules: 'Schedules',
    apply: 'Apply',
    events: 'Events',
    settings: 'Settings',
    audit: 'Audit',
  },
  common: {
    retry: 'Retry',
    cancel: 'Cancel',
    close: 'Close',
    save: 'Save',
    remove: 'Remove',
    edit: 'Edit',
    loading: 'Loading…',
    connecting: 'Connecting to the station…',
    yes: 'Yes',
    no: 'No',
  },
  errors: {
    title: {
      INVALID_ARGS: 'Some values were not accepted',
      UNKNOWN_METHOD: 'The station does not know this action',
      NOT_IMPLEMENTED: 'Not available in this version yet',
      NOT_FOUND: 'Not found',
      CONFLICT: 'This conflicts with existing data',
      INTERNAL: 'The station failed unexpectedly',
      DB_TOO_NEW: 'The roster was written by a newer version',
      DB_CORRUPT: 'The roster database is damaged',
      DB_BUSY: 'Another station program is holding the roster',
      DISK_FULL: 'The disk is full',
      SECRET_KEY_MISMATCH: 'The stored terminal passwords cannot be opened',
      AUTH_FAILED: 'Access refused',
      AUTH_INSECURE: 'The terminal asked for the password in clear text',
      DEVICE_LOCKED: 'The terminal has locked the account',
      PERMISSION_DENIED: 'Permission denied',
      NOT_ACTIVATED: 'The terminal is not activated',
      NOT_SUPPORTED: 'The terminal does not support this',
      DEVICE_REJECTED: 'The terminal refused it',
      CAPACITY_FULL: 'The terminal is full',
      DEVICE_BUSY: 'The terminal is busy',
      OFFLINE: 'Cannot reach the station',
      TIMEOUT: 'The request timed out',
      CERT_CHANGED: 'The terminal’s certificate changed',
      CANCELLED: 'Cancelled',
      INSECURE_CHANNEL: 'A password or key would be sent readable',
      OUT_OF_RANGE: 'Outside what the terminal allows',
      ADMIN_ACCOUNT: 'The administrator account cannot be deleted',
      CONFIRMATION_NEEDED: 'This would take access away',
    },
    advice: {
      INVALID_ARGS: 'Correct the values shown and try again.',
      NOT_IMPLEMENTED: 'Update Enrollment Station to use this.',
      NOT_FOUND: 'It may have been removed in another window. The list has been refreshed.',
      CONFLICT: 'Resolve the conflict shown, then try again.',
      INTERNAL: 'Try again; if it keeps failing, send the station log to support.',
      DB_TOO_NEW: 'Update Enrollment Station, or start it with another --data-dir.',
      DB_CORRUPT: 'Restore the roster folder from a backup.',
      DB_BUSY:
        'Wait a moment and retry; if it persists, close the other station window or command.',
      DISK_FULL:
        'Free space on the disk holding the roster folder. Nothing was half-written; paused work resumes by itself once there is room.',
      SECRET_KEY_MISMATCH:
        'The roster folder was moved without its key file, or the key changed. Put secret.key back beside the roster, or re-enter the terminal passwords.',
      AUTH_FAILED:
        'The address carries a one-time token; copy it again from the terminal where the station runs.',
      AUTH_INSECURE:
        'The station never sends a password readable on the network. Enable Digest authentication on the terminal, or connect to it over HTTPS.',
      OFFLINE: 'Check that the station is still running, then retry.',
      TIMEOUT: 'Check the network and retry.',
      INSECURE_CHANNEL:
        'Switch this terminal to HTTPS (Devices → Edit) before changing passwords or using a configuration file key: over plain HTTP it would cross the network readable. Nothing was sent.',
      OUT_OF_RANGE: 'Nothing was sent. Use a value within the range the terminal states.',
      ADMIN_ACCOUNT:
        'Nothing was sent. The terminal needs its administrator, and the station logs in with its own account; delete only operator or viewer accounts.',
      CONFIRMATION_NEEDED:
        'Nothing was changed. Confirm to remove these persons from the terminals.',
    },
    detail: 'Station says: {{message}}',
    uiFailed: 'Part of this screen could not be shown',
    uiFailedAdvice: 'The station may have stopped. Check that it is running, then reload the page.',
    reload: 'Reload',
  },
} as const

export type Resources = Widen<typeof en>
