import { describe, expect, it } from 'vitest'
import * as isapi from '../../../src/main/isapi/index'

// The public surface of the client, so changes show in review. connect() does no I/O.
describe('isapi public surface', () => {
  it('exports and client method groups', async () => {
    expect(Object.keys(isapi).sort()).toEqual([
      'IsapiError',
      'TERMINAL_DOCUMENTS',
      'connect',
      'isAcsAlert',
      'isIsapiError',
      'isNotOnDevice',
      'lookupError',
      'parseHttpHostPush',
      'readTerminalDocument',
      'withCoverageCaller',
    ])
    const c = isapi.connect({ host: '127.0.0.1', port: 9, username: 'u', password: 'p' })
    const groups = Object.fromEntries(
      Object.entries(c)
        .filter(([, v]) => typeof v === 'object' && v !== null && !('session' in v))
        .map(([k, v]) => [k, Object.keys(v as object).sort()]),
    )
    expect(groups).toMatchInlineSnapshot(`
      {
        "accounts": [
          "add",
          "capabilities",
          "list",
          "permissions",
          "remove",
          "security",
          "setPermission",
          "update",
        ],
        "capture": [
          "card",
          "face",
          "fingerprint",
          "iris",
        ],
        "cards": [
          "add",
          "apply",
          "count",
          "delete",
          "modify",
          "search",
          "searchPage",
        ],
        "config": [
          "capabilities",
          "caps",
          "read",
          "write",
        ],
        "door": [
          "alwaysClosed",
          "alwaysOpen",
          "capabilities",
          "close",
          "control",
          "open",
          "workStatus",
        ],
        "events": [
          "alertStream",
          "capabilities",
          "count",
          "getStorage",
          "search",
          "searchPage",
          "setStorage",
          "subscribe",
          "unsubscribe",
        ],
        "faces": [
          "add",
          "apply",
          "capabilities",
          "count",
          "createLibrary",
          "delete",
          "deleteLibrary",
          "libraries",
          "modify",
          "renameLibrary",
          "search",
          "searchPage",
        ],
        "fingerprints": [
          "apply",
          "applyAsync",
          "capabilities",
          "delete",
          "modify",
          "read",
        ],
        "httpHosts": [
          "delete",
          "deleteAll",
          "get",
          "list",
          "set",
          "setAll",
          "test",
        ],
        "iris": [
          "add",
          "apply",
          "capabilities",
          "count",
          "delete",
          "modify",
          "search",
        ],
        "log": [
          "search",
        ],
        "maintenance": [
          "exportConfiguration",
          "importConfiguration",
          "peripheralCaps",
          "peripheralVersion",
          "reboot",
          "upgrade",
          "upgradePeripheral",
          "upgradeStatus",
          "upgradeSupport",
          "uploadFirmware",
          "waitForFlash",
          "waitForReboot",
        ],
        "persons": [
          "add",
          "apply",
          "count",
          "delete",
          "deleteFully",
          "get",
          "modify",
          "search",
          "searchPage",
        ],
        "pictures": [
          "get",
        ],
        "rules": [
          "attendanceTemplates",
          "clear",
          "clearAntiPassback",
          "clearOffered",
        ],
        "schedules": [
          "bindingCapabilities",
          "capabilities",
          "clear",
          "clearCapabilities",
          "getBinding",
          "getHolidayGroup",
          "getHolidayPlan",
          "getTemplate",
          "getWeekPlan",
          "setBinding",
          "setHolidayGroup",
          "setHolidayPlan",
          "setTemplate",
          "setWeekPlan",
        ],
        "system": [
          "accounts",
          "activate",
          "activationStatus",
          "capabilities",
          "deviceInfo",
          "factoryReset",
          "getNtpServer",
          "getTime",
          "reboot",
          "rtspPort",
          "setNtpServer",
          "setTime",
          "snapshot",
          "streamingChannels",
          "systemCapabilities",
          "userCheck",
        ],
      }
    `)
    expect(typeof c.setCredentials).toBe('function')
    expect(c.authenticated).toBe(false)
    await c.close()
  })
})
