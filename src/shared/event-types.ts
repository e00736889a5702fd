// Names of the terminals' event types (major.minor), in English and Chinese, as one table: the
// guide's major/minor tables (docs/protocol/05-events.md §11) plus the codes the simulator and the
// real captures carry. Data, not code: the renderer, the CSV export and the CLI read it.
// Groups: 'access' (a passage attempt), 'door' (a door's state), 'alarm' (something to look at),
// 'system' (the terminal's own operations and exceptions: logins, reboots, time sync…).
// A code missing here is named by its major's group ("System event 3.240").

export type EventGroup = 'access' | 'door' | 'alarm' | 'system'

export interface EventTypeName {
  group: EventGroup
  en: string
  zh: string
}

type Row = [major: number, minor: number, group: EventGroup, en: string, zh: string]

/** Pass / fail / timeout triplets of combined verification (MAJOR_EVENT). */
function triplet(first: number, en: string, zh: string): Row[] {
  return [
    [5, first, 'access', `${en}: passed`, `${zh}认证通过`],
    [5, first + 1, 'access', `${en}: failed`, `${zh}认证失败`],
    [5, first + 2, 'access', `${en}: timed out`, `${zh}认证超时`],
  ]
}

const ROWS: Row[] = [
  // MAJOR_EVENT (5): passages
  [5, 1, 'access', 'Valid card', '合法卡认证通过'],
  ...triplet(2, 'Card and password', '刷卡加密码'),
  [5, 5, 'access', 'Card and password: password wrong', '刷卡加密码：密码错误'],
  [5, 6, 'access', 'Card has no access here', '卡无权限'],
  [5, 7, 'access', 'Card outside its time schedule', '卡不在计划时段内'],
  [5, 8, 'access', 'Card expired', '卡已过期'],
  [5, 9, 'access', 'Card not known to the terminal', '无此卡号'],
  [5, 10, 'access', 'Anti-passback: refused', '反潜回认证失败'],
  [5, 11, 'access', 'Interlock: door not closed', '互锁门未关闭'],
  [5, 12, 'access', 'Card does not belong to the multi-card group', '卡不属于多重认证群组'],
  [5, 13, 'access', 'Card outside its multi-card schedule', '卡不在多重认证时间段内'],
  [
    5,
    14,
    'access',
    'Multi-card: super password authentication failed',
    '多重认证模式超级权限认证失败',
  ],
  [5, 15, 'access', 'Multi-card: remote authentication failed', '多重认证模式远程认证失败'],
  [5, 16, 'access', 'Multi-card: passed', '多重认证成功'],
  [5, 17, 'door', 'First card: open begins', '首卡开门开始'],
  [5, 18, 'door', 'First card: open ends', '首卡开门结束'],
  [5, 19, 'door', 'Remain open begins', '常开状态开始'],
  [5, 20, 'door', 'Remain open ends', '常开状态结束'],
  [5, 21, 'door', 'Door unlocked', '门锁打开'],
  [5, 22, 'door', 'Door locked', '门锁关闭'],
  [5, 23, 'door', 'Exit button pressed', '开门按钮打开'],
  [5, 24, 'door', 'Exit button released', '开门按钮放开'],
  [5, 25, 'door', 'Door opened', '正常开门（门磁）'],
  [5, 26, 'door', 'Door closed', '正常关门（门磁）'],
  [5, 27, 'alarm', 'Door forced open', '门异常打开（门磁）'],
  [5, 28, 'alarm', 'Door held open too long', '开门超时'],
  [5, 29, 'alarm', 'Alarm output on', '报警输出打开'],
  [5, 30, 'alarm', 'Alarm output off', '报警输出关闭'],
  [5, 31, 'door', 'Remain closed begins', '常关状态开始'],
  [5, 32, 'door', 'Remain closed ends', '常关状态结束'],
  [5, 33, 'access', 'Multi-factor: remote opening needed', '多重认证：需要远程开门'],
  [5, 35, 'access', 'Multi-factor: same person again', '多重认证：重复认证'],
  [5, 36, 'access', 'Multi-factor: timed out', '多重认证：认证超时'],
  [5, 37, 'door', 'Doorbell rang', '门铃响'],
  [5, 38, 'access', 'Fingerprint matched', '指纹比对通过'],
  [5, 39, 'access', 'Fingerprint did not match', '指纹比对失败'],
  ...triplet(40, 'Card and fingerprint', '刷卡加指纹'),
  ...triplet(43, 'Card, fingerprint and password', '刷卡加指纹加密码'),
  ...triplet(46, 'Fingerprint and password', '指纹加密码'),
  [5, 49, 'access', 'Fingerprint not known to the terminal', '指纹不存在'],
  [5, 51, 'door', 'Call to the management centre', '呼叫中心'],
  ...triplet(54, 'Face and fingerprint', '人脸加指纹'),
  ...triplet(57, 'Face and password', '人脸加密码'),
  ...triplet(60, 'Face and card', '人脸加刷卡'),
  ...triplet(63, 'Face, password and fingerprint', '人脸加密码加指纹'),
  ...triplet(66, 'Face, card and fingerprint', '人脸加刷卡加指纹'),
  ...triplet(69, 'Employee no. and fingerprint', '工号加指纹'),
  ...triplet(72, 'Employee no., fingerprint and password', '工号加指纹加密码'),
  [5, 75, 'access', 'Face recognised', '人脸认证通过'],
  [5, 76, 'access', 'Face not recognised', '人脸认证失败'],
  ...triplet(77, 'Employee no. and face', '工号加人脸'),
  [5, 80, 'access', 'Face recognition failed', '人脸识别失败'],
  [5, 81, 'door', 'First-card authorisation begins', '首卡授权开始'],
  [5, 82, 'door', 'First-card authorisation ends', '首卡授权结束'],
  [5, 92, 'door', 'Door station: call answered', '门口机：通话已接听'],
  ...triplet(101, 'Employee no. and password', '工号加密码'),
  [5, 104, 'access', 'Liveness check failed (not a live face)', '真人检测失败'],
  [5, 105, 'access', 'Person and ID card match', '人证比对通过'],
  [5, 112, 'access', 'Person and ID card do not match', '人证比对失败'],
  [5, 113, 'access', 'On the block list', '黑名单事件'],
  [5, 117, 'access', 'Refused: door held closed or asleep', '认证失败：门常闭或休眠'],
  [5, 118, 'access', 'Refused: reader schedule asleep', '认证失败：认证计划休眠'],
  [5, 133, 'alarm', 'Turnstile: tailgating', '闸机：尾随通行'],
  [5, 134, 'alarm', 'Turnstile: passing the wrong way', '闸机：反向闯入'],
  [5, 135, 'alarm', 'Turnstile: forced passage', '闸机：外力冲撞'],
  [5, 136, 'alarm', 'Turnstile: climbing over', '闸机：翻越'],
  [5, 137, 'alarm', 'Turnstile: passage timed out', '闸机：通行超时'],
  [5, 138, 'alarm', 'Turnstile: intrusion', '闸机：误闯报警'],
  [5, 139, 'alarm', 'Turnstile: passing without verification', '闸机：自由通行时未认证通过'],
  [5, 148, 'door', 'Door station: unlocked remotely', '门口机：远程开锁'],
  [5, 150, 'access', 'Password wrong', '密码认证失败'],
  [5, 151, 'access', 'Password does not match', '密码不匹配'],
  [5, 152, 'access', 'Employee no. not known to the terminal', '工号不存在'],
  [5, 153, 'access', 'Combined verification: passed', '组合认证通过'],
  [5, 154, 'access', 'Combined verification: timed out', '组合认证超时'],
  [5, 155, 'access', 'Verification mode not allowed here', '认证方式不匹配'],
  [5, 156, 'access', 'QR code accepted', '二维码认证通过'],
  [5, 157, 'access', 'QR code refused', '二维码认证失败'],
  [5, 181, 'access', 'Password accepted', '密码认证通过'],
  [5, 214, 'door', 'Door station: call started', '门口机：开始呼叫'],
  [5, 216, 'door', 'Door station: call ended', '门口机：呼叫结束'],
  // MAJOR_ALARM (1)
  [1, 0x400, 'alarm', 'Zone short-circuited', '防区短路报警'],
  [1, 0x401, 'alarm', 'Zone wire broken', '防区断路报警'],
  [1, 0x402, 'alarm', 'Zone fault', '防区异常报警'],
  [1, 0x403, 'alarm', 'Zone back to normal', '防区报警恢复'],
  [1, 0x404, 'alarm', 'Terminal tampered with', '设备防拆报警'],
  [1, 0x405, 'alarm', 'Terminal tamper cleared', '设备防拆恢复'],
  [1, 0x406, 'alarm', 'Card reader tampered with', '读卡器防拆报警'],
  [1, 0x407, 'alarm', 'Card reader tamper cleared', '读卡器防拆恢复'],
  [1, 0x408, 'alarm', 'Case sensor alarm', '事件输入报警'],
  [1, 0x409, 'alarm', 'Case sensor back to normal', '事件输入恢复'],
  [1, 0x40a, 'alarm', 'Duress alarm', '胁迫报警'],
  [1, 0x40b, 'alarm', 'Event storage nearly full', '离线事件满90%报警'],
  [1, 0x40c, 'alarm', 'Too many failed verifications', '卡号认证失败超次报警'],
  [1, 0x40d, 'alarm', 'Memory card full', 'SD卡存储满报警'],
  [1, 0x40e, 'alarm', 'Linked capture', '联动抓拍事件报警'],
  [1, 0x413, 'alarm', 'Face picture quality too low', '人脸图片画质低'],
  [1, 0x414, 'alarm', 'Fingerprint quality too low', '指纹图片画质低'],
  [1, 0x415, 'alarm', 'Fire input short-circuited', '消防输入短路报警'],
  [1, 0x416, 'alarm', 'Fire input wire broken', '消防输入断路报警'],
  [1, 0x417, 'alarm', 'Fire input back to normal', '消防输入恢复'],
  [1, 0x418, 'alarm', 'Fire button pressed', '消防按钮触发'],
  [1, 0x419, 'alarm', 'Fire button back to normal', '消防按钮恢复'],
  [1, 0x41c, 'alarm', 'Emergency button pressed', '紧急按钮触发'],
  [1, 0x41d, 'alarm', 'Emergency button back to normal', '紧急按钮恢复'],
  // MAJOR_EXCEPTION (2)
  [2, 0x27, 'system', 'Network disconnected', '网络断开'],
  [2, 0x3a, 'system', 'RS-485 connection fault', 'RS485连接状态异常'],
  [2, 0x3b, 'system', 'RS-485 connection restored', 'RS485连接状态恢复'],
  [2, 0x400, 'system', 'Terminal powered on', '设备上电启动'],
  [2, 0x401, 'system', 'Terminal powered off', '设备掉电关闭'],
  [2, 0x402, 'system', 'Watchdog reset', '看门狗复位'],
  [2, 0x403, 'system', 'Battery low', '蓄电池电压低'],
  [2, 0x404, 'system', 'Battery back to normal', '蓄电池电压恢复正常'],
  [2, 0x405, 'system', 'Mains power off', '交流电断电'],
  [2, 0x406, 'system', 'Mains power back', '交流电恢复'],
  [2, 0x407, 'system', 'Network restored', '网络恢复'],
  [2, 0x408, 'system', 'Flash memory fault', 'FLASH读写异常'],
  [2, 0x409, 'system', 'Card reader offline', '读卡器掉线'],
  [2, 0x40a, 'system', 'Card reader back online', '读卡器掉线恢复'],
  [2, 0x41f, 'system', 'Fingerprint module disconnected', '指纹模组断开'],
  [2, 0x420, 'system', 'Fingerprint module restored', '指纹模组恢复'],
  [2, 0x421, 'system', 'Camera disconnected', '摄像机断开'],
  [2, 0x422, 'system', 'Camera restored', '摄像机恢复'],
  [2, 0x428, 'system', 'Local login locked', '本地登录锁定'],
  [2, 0x429, 'system', 'Local login unlocked', '本地登录解锁'],
  // MAJOR_OPERATION (3)
  [3, 0x50, 'system', 'Local login', '本地登录'],
  [3, 0x51, 'system', 'Local logout', '本地注销'],
  [3, 0x5a, 'system', 'Local upgrade', '本地升级'],
  [3, 0x70, 'system', 'Remote login (station or client)', '远程登录（工作站或客户端）'],
  [3, 0x71, 'system', 'Remote logout', '远程注销'],
  [3, 0x76, 'system', 'Remote: settings read', '远程获取参数'],
  [3, 0x77, 'system', 'Remote: settings changed', '远程配置参数'],
  [3, 0x79, 'system', 'Remote arm', '远程布防'],
  [3, 0x7a, 'system', 'Remote disarm', '远程撤防'],
  [3, 0x7b, 'system', 'Remote reboot', '远程重启'],
  [3, 0x7e, 'system', 'Remote upgrade', '远程升级'],
  [3, 0x86, 'system', 'Configuration exported', '导出配置文件'],
  [3, 0x87, 'system', 'Configuration imported', '导入配置文件'],
  [3, 0x400, 'door', 'Door opened remotely', '远程开门'],
  [3, 0x401, 'door', 'Door closed remotely', '远程关门'],
  [3, 0x402, 'door', 'Door set to remain open remotely', '远程常开'],
  [3, 0x403, 'door', 'Door set to remain closed remotely', '远程常关'],
  [3, 0x404, 'system', 'Time set remotely', '远程手动校时'],
  [3, 0x405, 'system', 'Time synchronised (NTP)', 'NTP自动校时'],
  [3, 0x406, 'system', 'Cards cleared remotely', '远程清空卡号'],
  [3, 0x407, 'system', 'Settings restored remotely', '远程恢复默认参数'],
  [3, 0x40a, 'system', 'Settings restored locally', '本地恢复默认参数'],
  [3, 0x40b, 'system', 'Picture captured remotely', '远程抓拍'],
  [3, 0x40f, 'door', 'Door opened with the unlock password', '密码开门'],
  [3, 0x2600, 'system', 'Operation 0x2600 (newer firmware)', '操作 0x2600（较新固件）'],
  [3, 0x2601, 'system', 'Operation 0x2601 (newer firmware)', '操作 0x2601（较新固件）'],
]

/** Every named event type, keyed "major.minor". */
export const EVENT_TYPES: ReadonlyMap<string, EventTypeName> = new Map(
  ROWS.map(([major, minor, group, en, zh]) => [`${major}.${minor}`, { group, en, zh }]),
)

const MAJOR_GROUP: Record<number, EventGroup> = {
  1: 'alarm',
  2: 'system',
  3: 'system',
  5: 'access',
}

const FALLBACK: Record<EventGroup, { en: string; zh: string }> = {
  access: { en: 'Access event', zh: '门禁事件' },
  door: { en: 'Door event', zh: '门事件' },
  alarm: { en: 'Alarm', zh: '报警' },
  system: { en: 'System event', zh: '系统事件' },
}

export type Lang = 'en' | 'zh'

/** The group of an event type: from the table, else from its major. */
export function eventGroup(major: number, minor: number): EventGroup {
  return EVENT_TYPES.get(`${major}.${minor}`)?.group ?? MAJOR_GROUP[major] ?? 'system'
}

/** The event type's name; an unnamed code is named by its group and shows its numbers. */
export function eventTypeName(major: number, minor: number, lang: Lang): string {
  const known = EVENT_TYPES.get(`${major}.${minor}`)
  if (known) return known[lang]
  return `${FALLBACK[eventGroup(major, minor)][lang]} ${major}.${minor}`
}

// Verify modes (currentVerifyMode / userVerifyMode): camel-case words joined by "Or" / "And",
// e.g. cardOrFaceOrFp, faceAndPwAndFp, cardOrfaceOrPw (the terminals' own capitalisation).
const FACTORS: Record<string, { en: string; zh: string }> = {
  card: { en: 'card', zh: '刷卡' },
  face: { en: 'face', zh: '人脸' },
  fp: { en: 'fingerprint', zh: '指纹' },
  pw: { en: 'password', zh: '密码' },
  employeeno: { en: 'employee no.', zh: '工号' },
  iris: { en: 'iris', zh: '虹膜' },
}
const JOINS = {
  or: { en: ' or ', zh: '或' },
  and: { en: ' and ', zh: '加' },
}
const SPECIAL: Record<string, { en: string; zh: string }> = {
  sleep: { en: 'no verification (reader asleep)', zh: '休眠（不认证）' },
  invalid: { en: 'none', zh: '无' },
}

const WORD = /^(card|face|fp|pw|employeeNo|iris|or|and)/i

/** A verify mode in words ("card or face or fingerprint"); an unknown word is kept as it is. */
export function verifyModeName(mode: string, lang: Lang): string {
  const special = SPECIAL[mode]
  if (special) return special[lang]
  const merged: string[] = []
  let rest = mode
  while (rest) {
    const m = WORD.exec(rest)
    if (!m) return mode
    merged.push(m[0].toLowerCase())
    rest = rest.slice(m[0].length)
  }
  return merged
    .map((w) => (w === 'or' || w === 'and' ? JOINS[w][lang] : FACTORS[w]![lang]))
    .join('')
}
