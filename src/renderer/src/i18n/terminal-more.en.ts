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
} as const
