// Terminal page additions of issue 12 (part 1): restoring the picture defaults, …
export const terminalMoreEn = {
  picture: {
    restore: 'Restore picture defaults',
    restoreConfirm:
      'Bring brightness, contrast, saturation, sharpness and supplement light back to the terminal’s defaults? The current tuning is lost.',
    confirm: 'Yes, restore',
    cancel: 'Cancel',
    restored: 'The terminal’s image parameters are back to its defaults.',
  },
  workStatus: {
    title: 'Terminal status',
    fields: {
      powerSupplyStatus: 'Power supply',
      batteryVoltage: 'Battery (V×10)',
      batteryLowVoltage: 'Battery low',
      batteryChargeStatus: 'Battery charging',
      hostAntiDismantleStatus: 'Tamper',
      antiSneakStatus: 'Anti-passback',
      multiDoorInterlockStatus: 'Interlock',
      fireAlarmStatus: 'Fire alarm',
      indicatorLightStatus: 'Indicator light',
      netStatus: 'Network',
      ezvizStatus: 'Hik-Connect',
      sipStatus: 'SIP',
      cardNum: 'Cards stored',
    },
  },
  hosts: {
    title: 'Other platforms’ listening hosts',
    url: 'Add a host (URL)',
    badUrl: 'Not an http(s) URL with a host, e.g. http://10.0.0.5:8080/events',
    add: 'Add in a free slot',
    list: 'Replace the hosts (one URL per line)',
    listHint: 'Every slot but the station’s own gets these hosts, in order; the rest are emptied.',
    replace: 'Replace the hosts',
    replaceConfirm:
      'Replace every other platform’s slot? Platforms not listed stop receiving events.',
    yes: 'Yes, replace',
    cancel: 'Cancel',
    done: 'The terminal’s listening hosts are updated.',
  },
} as const
