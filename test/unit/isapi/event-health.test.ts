// The health fields of an access event (temperature-screening and mask-detecting firmware,
// protocol 05-events: `mask`, `currTemperature`, `thermometryUnit`, `isAbnomalTemperature` sic).
import { describe, expect, it } from 'vitest'
import { parseAcsEvent, parseNotification } from '../../../src/main/isapi/models/event'

describe('event health fields', () => {
  it('reads mask and temperature from an alertStream access event', () => {
    const n = parseNotification({
      eventType: 'AccessControllerEvent',
      dateTime: '2026-12-05T10:00:00+08:00',
      AccessControllerEvent: {
        majorEventType: 5,
        subEventType: 76,
        employeeNoString: '501',
        mask: 'no',
        currTemperature: 38.2,
        thermometryUnit: 'celsius',
        isAbnomalTemperature: true,
      },
    })
    expect(n && 'event' in n ? n.event : undefined).toMatchObject({
      minor: 76,
      mask: 'no',
      temperature: 38.2,
      temperatureUnit: 'celsius',
      temperatureAbnormal: true,
    })
  })

  it('takes text values (XML-style firmware) and the corrected spelling; leaves absent ones out', () => {
    const e = parseAcsEvent({
      major: 5,
      minor: 75,
      currTemperature: '98.6',
      thermometryUnit: 'fahrenheit',
      isAbnormalTemperature: 'false',
    })
    expect(e).toMatchObject({
      temperature: 98.6,
      temperatureUnit: 'fahrenheit',
      temperatureAbnormal: false,
    })
    const plain = parseAcsEvent({ major: 5, minor: 1, cardNo: '1' })!
    expect('temperature' in plain || 'temperatureAbnormal' in plain).toBe(false)
    expect(parseAcsEvent({ major: 5, minor: 75, currTemperature: 'hot' })?.temperature).toBe(
      undefined,
    )
  })
})
