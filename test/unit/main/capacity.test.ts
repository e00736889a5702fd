import { expect, it } from 'vitest'
import { capacityItem } from '../../../src/main/station/terminal/overview'

it('warns at 90 % of the capacity, not below, and never without a known total', () => {
  expect(capacityItem('cards', 899, 1000).warn).toBe(false)
  expect(capacityItem('cards', 900, 1000).warn).toBe(true)
  expect(capacityItem('faces', 5, null).warn).toBe(false)
  expect(capacityItem('persons', null, 100).warn).toBe(false)
})
