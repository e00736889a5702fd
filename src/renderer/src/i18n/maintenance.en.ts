// Terminal maintenance strings (English): firmware upgrade, reboot, configuration backup and
// restore on the Devices screen. zh is typed by this shape (features.ts).
export const maintenanceEn = {
  menu: {
    upgrade: 'Upgrade firmware…',
    backup: 'Back up configuration',
    restore: 'Restore configuration…',
    reboot: 'Reboot',
  },
  fileLabel: 'Firmware file',
  fileHint: 'The package from Hikvision for this model (usually digicap.dav).',
  configFileLabel: 'Configuration file',
  keyLabel: 'File key (if the backup was made with one)',
  keyHint: 'The key given when the file was exported; up to 32 characters, no spaces.',
  peripheral: {
    button: 'Upgrade a reader…',
    lacks: 'reader or module upgrade',
    title: 'Upgrade a reader or module of {{name}}',
    body: '{{name}} passes the package to the chosen reader or module, which restarts by itself. {{name}} keeps working meanwhile.',
    loading: 'Reading what the terminal can upgrade',
    target: 'Reader or module',
    module: '{{type}} {{no}} · {{version}}',
    noVersion: 'version not reported',
    types: { cardReader: 'Card reader', securityModule: 'Secure door control unit' },
    fileLabel: 'Package file',
    fileHint: 'The package from Hikvision for this reader or module.',
    confirm: 'Upgrade',
    done: '{{type}} {{no}} now runs {{version}} (was {{previous}}).',
  },
  backupKey: {
    button: 'Back up with a key…',
    title: 'Back up the configuration of {{name}} with a key',
    body: 'The terminal encrypts the file with this key. Restoring the file needs the same key: keep it safe, it cannot be recovered.',
    label: 'Key',
    again: 'Key again',
    differ: 'The two keys differ.',
    confirm: 'Back up',
    insecure:
      'A key travels in the address: over plain HTTP it would cross the network readable. Switch this terminal to HTTPS (Devices → Edit) to use one.',
  },
  configFileHint:
    'A backup made by the station (.cfg), from this terminal or one of the same model.',
  fileSize: '{{name}} · {{size}}',
  tooLargeTitle: 'This file is too large for the window',
  tooLarge:
    '{{name}} ({{size}}) is over the {{limit}} the window can send. Upgrade with the command line on the station machine instead:',
  cliCommand: 'npm run cli -- devices upgrade "{{terminal}}" <file>',
  upgrade: {
    title: 'Upgrade firmware of {{name}}',
    current: '{{name}} ({{model}}) runs firmware {{version}}.',
    warning:
      'The terminal writes the new firmware and restarts: it cannot open the door or enroll for a few minutes. Do not power it off meanwhile.',
    confirm: 'Upgrade {{name}}',
    running: 'Upgrading {{name}}',
    keepsRunning:
      'The upgrade goes on at the station even if this window closes; the terminal comes back by itself.',
    progressLabel: 'Upgrade progress',
    phase: {
      reading: 'Reading the file and passing it to the station',
      uploading: 'Sending the package',
      flashing: 'Writing the firmware',
      rebooting: 'Restarting',
      done: 'Done',
      failed: 'Failed',
    },
    doneTitle: 'Upgrade finished',
    done: '{{name}} is back with firmware {{version}} (was {{previous}}).',
    sameVersion: '{{name}} is back; its firmware is still {{version}}.',
    upgraded: '{{name}} now runs firmware {{version}}.',
    failedTitle: 'The upgrade did not happen',
    failedDuring: 'Stopped while: {{phase}} ({{percent}}%).',
    another: 'Choose another file',
  },
  problem: {
    wrongKey:
      'The key does not open this file: {{name}} refused it and nothing changed. Give the key the backup was made with.',
    badDevType:
      'This package is for another model: {{name}} is a {{model}}. The terminal refused it and keeps its firmware. Get the package made for {{model}}.',
    rejected:
      'The terminal refused the package and keeps its firmware. Check that the file is a firmware package for {{model}}.',
    busyWith: '{{name}} is busy: {{operation}} is in progress. Try again once it has finished.',
    busyApply:
      '{{name}} has an apply job in progress. Wait for it to finish, or pause it on the Apply screen, then try again.',
    busyDevice:
      '{{name}} is busy with another operation (a capture, or an upgrade started elsewhere). Try again in a moment.',
    offline:
      '{{name}} is unreachable at {{address}}. Check that it is powered on and on the network, then try again.',
    timeout:
      '{{name}} did not answer in time at {{address}}. It may still be restarting: check it in a minute.',
    notSupported: '{{name}} does not accept this over the network: {{detail}}',
    invalid: 'The file was not accepted: {{detail}}',
    deviceCode: 'The terminal’s own code',
  },
  reboot: {
    title: 'Reboot {{name}}?',
    body: '{{name}} restarts: for about a minute it cannot open the door, enroll or report events. The station waits until it answers again.',
    confirm: 'Reboot',
    waiting: 'Waiting for {{name}} to come back…',
    done: '{{name}} is back after {{seconds}} s.',
  },
  restore: {
    title: 'Restore configuration of {{name}}',
    body: 'The terminal takes the settings from the file and restarts. Persons and their credentials are not in the file and stay as they are.',
    confirm: 'Restore and restart',
    waiting: 'Restoring; waiting for {{name}} to restart and come back…',
    done: 'The configuration was restored; {{name}} restarted and is back.',
  },
  backup: {
    running: 'Backing up {{name}}…',
    done: 'Configuration of {{name}} saved as {{file}}.',
  },
} as const
