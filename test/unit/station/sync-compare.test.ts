import { describe, expect, it } from 'vitest'
import { diffFields, parseDoors } from '../../../src/main/station/sync/compare'
import type { DevicePerson, Kinds } from '../../../src/main/station/sync/device-snapshot'
import { cardTypeOf, personFromDevice } from '../../../src/main/station/sync/from-device'
import type { RosterPerson } from '../../../src/main/station/sync/roster-view'
import { AppFailure } from '../../../src/shared/result'

const all: Kinds = { card: true, face: true, fingerprint: true, iris: true }
const valid = {
  enable: true,
  beginTime: '2025-01-01T00:00:00',
  endTime: '2030-12-31T23:59:59',
  timeType: 'local' as const,
}
const roster = (): RosterPerson => ({
  record: {
    employeeNo: '7',
    name: 'Ann',
    userType: 'normal',
    gender: 'female',
    valid,
    doorRights: [1],
    planTemplateNo: '1',
    pinSealed: null,
    groupName: 'Staff',
    notes: '',
    createdAt: '',
    updatedAt: '',
  },
  cards: [{ employeeNo: '7', cardNo: '01', cardType: 'normalCard' }],
  face: {
    employeeNo: '7',
    bytes: 1,
    width: 1,
    height: 1,
    sha256: 'abc',
    source: 'file',
    capturedAt: '',
  },
  fingerprints: [
    {
      employeeNo: '7',
      fingerId: 1,
      fingerType: 'normalFP',
      template: 'AAAA',
      quality: 90,
      sourceModel: 'X',
    },
  ],
  irises: [{ employeeNo: '7', eye: 'left', data: 'AAAA', sourceModel: 'X' }],
})
const device = (): DevicePerson => ({
  person: {
    employeeNo: '7',
    name: 'Ann',
    userType: 'normal',
    gender: 'female',
    valid,
    doorRight: '1',
    rightPlans: [{ doorNo: 1, planTemplateNo: '1' }],
  },
  cards: [{ cardNo: '01', cardType: 'normalCard' }],
  face: { url: '/x', sha256: 'abc' },
  fingerprints: [{ fingerId: 1, fingerType: 'normalFP', template: 'AAAA' }],
  irises: [{ eye: 'left', data: 'BBBB' }],
})

describe('sync diff', () => {
  it('finds nothing between equal versions (iris data formats are not compared)', () => {
    expect(diffFields(device(), roster(), all)).toEqual([])
  })

  it('names each differing field, credential by credential', () => {
    const d = device()
    d.person.name = 'Anne'
    d.person.valid = { ...valid, endTime: '2031-01-01T00:00:00' }
    d.person.doorRight = '1,2'
    d.cards.push({ cardNo: '02', cardType: 'normalCard' })
    d.face = null
    d.fingerprints[0]!.template = 'AAAB'
    d.irises = []
    expect(diffFields(d, roster(), all)).toEqual([
      'name',
      'valid',
      'doorRights',
      'cards',
      'face',
      'fingerprints',
      'irises',
    ])
  })

  it('compares only what the terminal can hold and tells', () => {
    const d = device()
    d.face = null
    d.irises = []
    delete d.person.gender
    d.fingerprints = [{ fingerId: 1, fingerType: 'normalFP', template: null }] // templates hidden
    expect(
      diffFields(d, roster(), { card: true, face: false, fingerprint: true, iris: false }),
    ).toEqual([])
  })

  it('reads door lists leniently', () => {
    expect(parseDoors(' 3,1,,x,1,99')).toEqual([1, 3])
    expect(parseDoors(undefined)).toEqual([])
  })
})

describe('terminal person → roster input', () => {
  it('maps odd values to valid ones and keeps roster-only fields', () => {
    const input = personFromDevice(
      {
        employeeNo: '7',
        name: '  ',
        userType: 'vip',
        gender: 'x',
        valid: {
          enable: true,
          beginTime: '2025-01-01T00:00:00+08:00',
          endTime: '2030-12-31T23:59:59Z',
          timeType: 'UTC',
        },
        doorRight: '2,1',
        rightPlans: [{ doorNo: 1, planTemplateNo: 'weekday' }],
        password: '',
      },
      roster().record,
    )
    expect(input).toMatchObject({
      name: '7',
      userType: 'normal',
      gender: 'unknown',
      valid: { beginTime: '2025-01-01T00:00:00', endTime: '2030-12-31T23:59:59', timeType: 'UTC' },
      doorRights: [1, 2],
      planTemplateNo: '1',
      groupName: 'Staff',
    })
    expect(input.pin).toBeUndefined()
    expect(cardTypeOf('TypeA_M1')).toBe('normalCard')
  })

  it('refuses what the roster cannot hold, with a reason', () => {
    expect(() => personFromDevice({ employeeNo: 'x'.repeat(40), name: 'A' }, undefined)).toThrow(
      AppFailure,
    )
  })
})
