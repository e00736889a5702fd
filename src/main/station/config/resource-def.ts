// The shape of one registry entry: everything the station needs to offer, read, check and write
// a configuration resource. Ranges, options and lengths are NOT here: they come from the
// terminal's own capability document at run time.
import type { ConfigGroup, ConfigLabel } from '@shared/contract/config'

/** Where the instance numbers of a per-door / per-reader resource come from. */
export interface InstanceRange {
  kind: 'door' | 'reader' | 'instance'
  /** A capability document that states the range… */
  capsPath: string
  format: 'json' | 'xml'
  /** …in this field (`doorNo`, `cardReaderNo`, `wiegandNo`, `id`). */
  field: string
}

export interface FieldHint {
  label?: ConfigLabel
  /** XML leaves are text: say when a range is a string's length, not a number's. */
  type?: 'string' | 'number'
  /** Shown, never editable (the terminal reports it). */
  readOnly?: boolean
  /** Neither shown nor written back (clock readings). */
  hidden?: boolean
  /** Written, never read back nor echoed (verification codes, keys, passwords): a password input, masked in the audit. */
  secret?: boolean
  /** Words for some of the values the terminal offers (the terminal's list decides which exist). */
  optionLabels?: Record<string, ConfigLabel>
  /** A number with fractions (a temperature) even when the terminal's value is whole now. */
  decimals?: boolean
  /** A list of numbers (doors, readers), edited as "2,3"; each checked against the list's capability. */
  numberList?: boolean
  /** A list of items, edited as JSON text; each item checked against the list's capability. */
  jsonList?: boolean
}

export interface ResourceDef {
  /** The ISAPI document's root name; also the resource's id in the contract and the CLI. */
  id: string
  /** The document's root when the id names a part of a shared document (TemperatureScreening → AcsCfg). */
  root?: string
  /** Only these fields of the document are shown and may be set (the rest travel back as sent). */
  only?: string[]
  /** These fields are another entry's (`only`): not shown here, yet travel back as sent. */
  except?: readonly string[]
  /** Guide section (access-control guide chapter 21). */
  guide: string
  group: ConfigGroup
  label: ConfigLabel
  format: 'json' | 'xml'
  /** Resource path; `{id}` stands for the instance number. */
  path: string
  /** Capability document path; `{id}` as above. */
  capsPath: string
  /** The capability flag that says the terminal offers it: AccessControl (`acs`) or System (`system`) capabilities, dotted for nesting. Absent: offered when its capability document answers. */
  flag?: { doc: 'acs' | 'system'; key: string }
  /** Absent: one per terminal. */
  instances?: InstanceRange
  fields?: Record<string, FieldHint>
  /** A change makes the terminal reboot (and, for FaceRecognizeMode, clear its faces). */
  reboots?: boolean
  /** The root is a list of items named by this field (RFCardCfg: `cardType`). */
  itemKey?: string
  /** The capability document describes one item of the document, under this name (a list's
   * capability per item: NTPServerList's is one NTPServer's). */
  capsItem?: string
  /** A status document: read and shown, never written (audio channels, image modes). */
  readOnly?: boolean
}
