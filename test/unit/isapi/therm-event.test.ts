// FaceThermDetectionInfo (21.32.15) read into typed fields: temperatures, the rule, the unit and
// whether the face is outside the rule; other notification types are not taken for it.
import { describe, expect, it } from 'vitest'
import { parseNotification } from '../../../src/main/isapi/models/event'

const note = (inner: Record<string, unknown>, eventType = 'FaceThermDetectionInfo') => ({
  ipAddress: '192.0.2.5',
  dateTime: '2026-12-05T23:00:00+08:00',
  activePostCount: 1,
  eventType,
  eventState: 'active',
  eventDescription: 'Face thermometry detection',
  [eventType]: inner,
})

describe('FaceThermDetectionInfo', () => {
  it('reads the temperatures, the rule and the unit; above a highestGreater rule is abnormal', () => {
    const e = parseNotification(
      note({
        id: 1,
        name: 'Entrance',
        faceDetectionState: 'detected',
        alarmTemperature: '38.2',
        averageTemperature: 37.6,
        minTemperature: 36.9,
        ruleTemperature: 37.3,
        alarmRule: 'highestGreater',
        thermometryUnit: 'celsius',
      }),
    )
    expect(e?.type === 'other' && e.thermal).toEqual({
      temperature: 38.2,
      averageTemperature: 37.6,
      minTemperature: 36.9,
      ruleTemperature: 37.3,
      alarmRule: 'highestGreater',
      unit: 'celsius',
      abnormal: true,
      regionId: 1,
      regionName: 'Entrance',
      faceDetectionState: 'detected',
      time: '2026-12-05T23:00:00+08:00',
    })
  })

  it('is normal below the rule, and says nothing of it without a rule', () => {
    const normal = parseNotification(
      note({ alarmTemperature: 36.4, ruleTemperature: 37.3, alarmRule: 'highestGreater' }),
    )
    expect(normal?.type === 'other' && normal.thermal?.abnormal).toBe(false)
    const bare = parseNotification(note({ alarmTemperature: 36.4 }))
    expect(bare?.type === 'other' && bare.thermal).toMatchObject({ temperature: 36.4 })
    expect(bare?.type === 'other' && 'abnormal' in (bare.thermal ?? {})).toBe(false)
  })

  it('leaves other notification types alone', () => {
    const other = parseNotification(note({ alarmTemperature: 40 }, 'VMD'))
    expect(other?.type === 'other' && other.thermal).toBeUndefined()
  })
})
