import { describe, expect, it } from 'vitest'
import { api, EVENT_NAMES, METHOD_NAMES, isMethodName } from '../../../src/shared/api'

describe('the station contract', () => {
  it('lists its methods and events (a change here is a contract change: review it)', () => {
    expect({ methods: [...METHOD_NAMES].sort(), events: [...EVENT_NAMES].sort() }).toMatchSnapshot()
  })

  it('has a schema for every listed method and lists every schema', () => {
    expect(Object.keys(api).sort()).toEqual([...METHOD_NAMES].sort())
  })

  it('groups every method as feature.action', () => {
    for (const name of METHOD_NAMES) expect(name).toMatch(/^[a-z]+\.[a-zA-Z]+$/)
  })

  it('tells method names from look-alikes', () => {
    expect(isMethodName('station.info')).toBe(true)
    expect(isMethodName('station.info.x')).toBe(false)
    expect(isMethodName('__proto__')).toBe(false)
    expect(isMethodName(42)).toBe(false)
  })

  it('rejects unknown fields and fills defaults at the boundary', () => {
    expect(api['settings.set'].args.safeParse({ theme: 'dark', extra: 1 }).success).toBe(false)
    expect(api['settings.set'].args.safeParse({ listenPort: 80 }).success).toBe(false)
    const parsed = api['persons.save'].args.parse({ employeeNo: '0042', name: ' Ann Lee ' })
    expect(parsed).toMatchObject({
      employeeNo: '0042',
      name: 'Ann Lee',
      userType: 'normal',
      doorRights: [1],
      planTemplateNo: '1',
    })
  })

  it('refuses a validity that ends before it begins', () => {
    const result = api['persons.save'].args.safeParse({
      employeeNo: '1',
      name: 'A',
      valid: { enable: true, beginTime: '2027-01-01T00:00:00', endTime: '2026-01-01T00:00:00' },
    })
    expect(result.success).toBe(false)
  })
})
