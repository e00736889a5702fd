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

describe('ID-card swipe event (21.19.3)', () => {
  it('types the card fields and the swipe, and announces its pictures', async () => {
    const { announcedPictures } =
      await import('../../../src/main/isapi/endpoints/notification-parts')
    const n = parseNotification({
      ipAddress: '10.0.0.5',
      dateTime: '2026-12-05T10:00:00+08:00',
      activePostCount: 1,
      eventType: 'IDCardInfoEvent',
      eventState: 'active',
      eventDescription: 'ID Card Information Event',
      IDCardInfoEvent: {
        deviceName: 'Gate',
        majorEventType: 5,
        subEventType: 105,
        cardReaderNo: 1,
        doorNo: 1,
        serialNo: 12,
        currentEvent: true,
        IDCardInfo: {
          name: 'ZHANG SAN',
          sex: 'male',
          birth: '1990-02-24',
          addr: 'Somewhere 1',
          IDCardNo: '110101199002240011',
          issuingAuthority: 'Office',
          startDate: '2015-01-01',
          endDate: '2035-01-01',
          nation: 1,
          isLongTermEffective: false,
        },
        picturesNumber: 2,
      },
    })
    expect(n?.type).toBe('other')
    if (n?.type !== 'other') return
    expect(n.idCard).toEqual({
      card: {
        name: 'ZHANG SAN',
        sex: 'male',
        birth: '1990-02-24',
        address: 'Somewhere 1',
        idCardNo: '110101199002240011',
        issuingAuthority: 'Office',
        validFrom: '2015-01-01',
        validTo: '2035-01-01',
        nation: 1,
        longTermValid: false,
      },
      event: expect.objectContaining({ major: 5, minor: 105, serialNo: 12, cardReaderNo: 1 }),
    })
    expect(announcedPictures(n)).toBe(2)
  })
})
