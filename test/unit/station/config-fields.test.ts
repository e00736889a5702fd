// The station's reading of a resource on one terminal: fields typed and bounded by the
// terminal's capability document, a change checked against them before anything is sent.
import { describe, expect, it } from 'vitest'
import { parseCapDocument } from '../../../src/main/isapi/models/config-caps'
import { diff, flatten, valueAt, withValue } from '../../../src/main/station/config/document'
import { checkChange, fieldsOf } from '../../../src/main/station/config/fields'
import { resourceById } from '../../../src/main/station/config/registry'
import { AppFailure } from '../../../src/shared/result'

const door = resourceById('DoorParam')!
const rf = resourceById('RFCardCfg')!
const time = resourceById('Time')!

const refusal = (f: () => unknown): AppFailure => {
  try {
    f()
  } catch (e) {
    if (e instanceof AppFailure) return e
    throw e
  }
  throw new Error('expected a refusal')
}

describe('fields from capabilities', () => {
  const caps = parseCapDocument({
    doorName: { '@min': '1', '@max': '32' },
    openDuration: { '@min': '1', '@max': '255' },
    magneticType: { '@opt': 'alwaysClose,alwaysOpen' },
    enableDoorLock: { '@opt': 'true,false' },
  })
  const values = flatten({
    doorName: '7',
    openDuration: '5',
    magneticType: 'alwaysClose',
    enableDoorLock: 'true',
    localControllerID: '0',
  })
  const fields = fieldsOf(door, caps, values)
  const f = (k: string) => fields.find((x) => x.key === k)!

  it('types XML text by the capability and the value; a registry hint wins', () => {
    expect(f('openDuration')).toMatchObject({ type: 'number', min: 1, max: 255, readOnly: false })
    // "7" looks numeric, but the registry says a door name is text: the range is its length
    expect(f('doorName')).toMatchObject({ type: 'string', minLength: 1, maxLength: 32 })
    expect(f('magneticType')).toMatchObject({
      type: 'enum',
      options: ['alwaysClose', 'alwaysOpen'],
    })
    expect(f('enableDoorLock')).toMatchObject({ type: 'boolean', readOnly: false })
    expect(f('localControllerID').readOnly).toBe(true)
  })

  it('refuses out of range with the range, unknown and read-only fields, and coerces input', () => {
    const where = { device: 'Gate', resource: 'DoorParam', fields }
    const e = refusal(() => checkChange(f('openDuration'), 'openDuration', '300', where))
    expect(e.code).toBe('OUT_OF_RANGE')
    expect(e.details).toMatchObject({ min: 1, max: 255, field: 'openDuration' })
    expect(e.message).toContain('1–255')
    expect(checkChange(f('openDuration'), 'openDuration', '10', where)).toBe(10)
    expect(checkChange(f('enableDoorLock'), 'enableDoorLock', 'false', where)).toBe(false)
    expect(
      refusal(() => checkChange(f('doorName'), 'doorName', '门'.repeat(11), where)).details,
    ).toMatchObject({ maxLength: 32 })
    expect(
      refusal(() => checkChange(f('magneticType'), 'magneticType', 'ajar', where)).details,
    ).toMatchObject({ options: ['alwaysClose', 'alwaysOpen'] })
    expect(refusal(() => checkChange(undefined, 'colour', 'red', where)).code).toBe('INVALID_ARGS')
    expect(
      refusal(() => checkChange(f('localControllerID'), 'localControllerID', '1', where)).code,
    ).toBe('INVALID_ARGS')
    expect(refusal(() => checkChange(f('openDuration'), 'openDuration', 'ten', where)).code).toBe(
      'INVALID_ARGS',
    )
  })

  it('hides what the registry hides (the clock reading) but keeps caps-only named fields', () => {
    const tf = fieldsOf(
      time,
      parseCapDocument({
        timeMode: { '@opt': 'NTP,manual' },
        timeZone: { '@min': 0, '@max': 256 },
        timeType: { '@opt': 'local,UTC' },
      }),
      flatten({ timeMode: 'NTP', localTime: '2026-01-01T00:00:00+08:00', timeZone: 'CST-8:00:00' }),
    )
    expect(tf.map((x) => x.key)).toEqual(['timeMode', 'timeZone'])
  })
})

describe('documents', () => {
  const list = [
    { cardType: 'EMCard', enabled: true },
    { cardType: 'M1Card', enabled: false },
  ]

  it('addresses a keyed list by its items’ names, and writes into it', () => {
    expect(flatten(list, rf.itemKey)).toEqual({ 'EMCard.enabled': true, 'M1Card.enabled': false })
    const fields = fieldsOf(
      rf,
      parseCapDocument({
        cardType: { '@opt': ['EMCard', 'M1Card'] },
        enabled: { '@opt': [true, false] },
      }),
      flatten(list, rf.itemKey),
    )
    expect(fields.map((x) => [x.key, x.type, x.readOnly])).toEqual([
      ['EMCard.enabled', 'boolean', false],
      ['M1Card.enabled', 'boolean', false],
    ])
    const next = withValue(list, 'M1Card.enabled', true, rf.itemKey)
    expect(next).toEqual([
      { cardType: 'EMCard', enabled: true },
      { cardType: 'M1Card', enabled: true },
    ])
    expect(list[1]!.enabled).toBe(false) // the terminal's document is not modified in place
    expect(valueAt(next, 'M1Card.enabled', rf.itemKey)).toBe(true)
  })

  it('nests with dotted keys, keeps unknown fields, and lists what changed', () => {
    const doc = { serverAddress: { hostName: 'a', future: 'kept' }, enabled: false }
    const next = withValue(doc, 'serverAddress.hostName', 'b')
    expect(next).toEqual({ serverAddress: { hostName: 'b', future: 'kept' }, enabled: false })
    expect(diff(flatten(doc), flatten(next))).toEqual([
      { key: 'serverAddress.hostName', before: 'a', after: 'b' },
    ])
  })
})
