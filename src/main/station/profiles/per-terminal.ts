// Fields that name or number one terminal (its name, a door's or reader's name): "from this
// terminal" leaves them out of the profile — they belong in a terminal's override.
export const PER_TERMINAL_FIELDS: readonly string[] = [
  'deviceName',
  'deviceID',
  'telecontrolID',
  'doorName',
  'cardReaderName',
  'cardReaderDescription',
]
