// Holdings round-trip as typed rows: what goes in comes back sorted by key with its fields in
// the fixed order, and the stored text is the text the apply-state pass compares with.
import { expect, it } from 'vitest'
import { openStore } from '../../../src/main/store'
import { holdingListsText, type Holding } from '../../../src/main/store/holdings-repo'
import { deviceRecord } from '../../helpers/device-record'

const AT = '2026-11-24T00:00:00.000Z'

it('stores a holding as typed entries and reads it back sorted, counted as terminals count', () => {
  const store = openStore(':memory:')
  store.devices.put(deviceRecord({ id: 'dev-a', name: 'A' }))
  const put: Holding = {
    employeeNo: '0042',
    personHash: 'p',
    // out of order, fields out of order: the repo writes them one way
    cards: [
      { cardType: 'normalCard', cardNo: '9' },
      { cardNo: '10', cardType: 'superCard' },
    ],
    faceHash: 'f',
    fingerprints: [
      { fingerId: 10, hash: 'b' },
      { fingerId: 2, hash: 'a' },
    ],
    irises: [
      { eye: 'right', hash: 'r' },
      { eye: 'left', hash: 'l' },
    ],
  }
  store.holdings.put('dev-a', put, AT)
  const back = store.holdings.get('dev-a', '0042')!
  expect(back).toEqual({
    employeeNo: '0042',
    personHash: 'p',
    cards: [
      { cardNo: '10', cardType: 'superCard' },
      { cardNo: '9', cardType: 'normalCard' },
    ],
    faceHash: 'f',
    fingerprints: [
      { fingerId: 2, hash: 'a' },
      { fingerId: 10, hash: 'b' },
    ],
    irises: [
      { eye: 'left', hash: 'l' },
      { eye: 'right', hash: 'r' },
    ],
  })
  // the stored text is the compared text, whatever order the entries came in
  const [stored] = store.applyState.holdings('dev-a', { list: ['0042'] }).values()
  expect(stored).toMatchObject(holdingListsText(put))
  expect(stored).toMatchObject(holdingListsText(back))
  expect(store.holdings.countsOf('dev-a')).toEqual({
    persons: 1,
    cards: 2,
    faces: 1,
    fingerprints: 1,
  })
  expect([...store.holdings.ofDeviceFor('dev-a', ['0042']).values()]).toEqual([back])
  store.holdings.remove('dev-a', '0042')
  expect(store.holdings.get('dev-a', '0042')).toBeUndefined()
})
