// Station errors about a terminal (its settings, accounts, doors, listening slots, enrolment,
// maintenance and batches) worded by a code, in English and Chinese with the same parameters.
// Part of REASON_TEXT (src/shared/reason-text.ts); the rest are in error-reasons.ts.
export const TERMINAL_ERROR_REASON_TEXT = {
  configResourceUnknown: {
    en: 'No configuration resource “{{resource}}”. Known: {{known}}.',
    zh: '没有配置资源“{{resource}}”。已知：{{known}}。',
  },
  configFieldUnknown: {
    en: '{{resource}} on {{terminal}} has no field “{{field}}”. Editable: {{editable}}.',
    zh: '{{terminal}} 上的 {{resource}} 没有字段“{{field}}”。可编辑：{{editable}}。',
  },
  configFieldReadOnly: {
    en: '{{resource}}.{{field}} is reported by {{terminal}}, not set.',
    zh: '{{resource}}.{{field}} 由 {{terminal}} 报告，不能设置。',
  },
  configValueOutOfRange: {
    en: '{{resource}}.{{field}}={{value}} is outside what {{terminal}} allows: {{allowed}}. Nothing was sent.',
    zh: '{{resource}}.{{field}}={{value}} 超出 {{terminal}} 允许的范围：{{allowed}}。未发送任何内容。',
  },
  configValueNotBoolean: {
    en: '{{resource}}.{{field}}={{value}} is outside what {{terminal}} allows: true or false. Nothing was sent.',
    zh: '{{resource}}.{{field}}={{value}} 超出 {{terminal}} 允许的范围：只能为 true 或 false。未发送任何内容。',
  },
  configValueChoice: {
    en: '{{resource}}.{{field}}={{value}} is outside what {{terminal}} allows: one of {{options}}. Nothing was sent.',
    zh: '{{resource}}.{{field}}={{value}} 超出 {{terminal}} 允许的范围：应为 {{options}} 之一。未发送任何内容。',
  },
  configValueBytes: {
    en: '{{resource}}.{{field}}={{value}} is outside what {{terminal}} allows: {{allowed}} bytes. Nothing was sent.',
    zh: '{{resource}}.{{field}}={{value}} 超出 {{terminal}} 允许的范围：{{allowed}} 字节。未发送任何内容。',
  },
  configListNotBoolean: {
    en: '{{resource}}.{{at}} is outside what {{terminal}} allows: true or false. Nothing was sent.',
    zh: '{{resource}}.{{at}} 超出 {{terminal}} 允许的范围：只能为 true 或 false。未发送任何内容。',
  },
  configListChoice: {
    en: '{{resource}}.{{at}} is outside what {{terminal}} allows: one of {{options}}. Nothing was sent.',
    zh: '{{resource}}.{{at}} 超出 {{terminal}} 允许的范围：应为 {{options}} 之一。未发送任何内容。',
  },
  configListBytes: {
    en: '{{resource}}.{{at}} is outside what {{terminal}} allows: at most {{max}} bytes. Nothing was sent.',
    zh: '{{resource}}.{{at}} 超出 {{terminal}} 允许的范围：最多 {{max}} 字节。未发送任何内容。',
  },
  configListTooMany: {
    en: '{{resource}}.{{at}} is outside what {{terminal}} allows: at most {{max}} items. Nothing was sent.',
    zh: '{{resource}}.{{at}} 超出 {{terminal}} 允许的范围：最多 {{max}} 项。未发送任何内容。',
  },
  configListNotObject: {
    en: '{{resource}}.{{at}} is outside what {{terminal}} allows: an object with {{fields}}. Nothing was sent.',
    zh: '{{resource}}.{{at}} 超出 {{terminal}} 允许的范围：应为包含 {{fields}} 的对象。未发送任何内容。',
  },
  configListUnknownField: {
    en: '{{resource}}.{{at}} is outside what {{terminal}} allows: fields {{fields}}. Nothing was sent.',
    zh: '{{resource}}.{{at}} 超出 {{terminal}} 允许的范围：字段只能为 {{fields}}。未发送任何内容。',
  },
  configNeedsNumber: {
    en: '{{resource}}.{{field}} takes a number.',
    zh: '{{resource}}.{{field}} 需要填写数字。',
  },
  configListOutOfRange: {
    en: '{{resource}}.{{at}} is outside what {{terminal}} allows: {{allowed}}. Nothing was sent.',
    zh: '{{resource}}.{{at}} 超出 {{terminal}} 允许的范围：{{allowed}}。未发送任何内容。',
  },
  configNeedsNumberList: {
    en: '{{resource}}.{{field}} takes numbers separated by commas (e.g. 2,3).',
    zh: '{{resource}}.{{field}} 需要用逗号分隔的数字（如 2,3）。',
  },
  configNeedsList: {
    en: '{{resource}}.{{field}} takes a list.',
    zh: '{{resource}}.{{field}} 需要一个列表。',
  },
  configNeedsJsonList: {
    en: '{{resource}}.{{field}} takes a list written as JSON ([{…}, …]).',
    zh: '{{resource}}.{{field}} 需要以 JSON 书写的列表（[{…}, …]）。',
  },
  configNeedsNumbers: {
    en: '{{resource}}.{{field}} takes numbers.',
    zh: '{{resource}}.{{field}} 需要填写数字。',
  },
  terminalTimeUnreadable: {
    en: 'The terminal reported an unreadable time “{{time}}”.',
    zh: '终端报告的时间“{{time}}”无法识别。',
  },
  terminalMissing: {
    en: 'There is no terminal with id {{id}}.',
    zh: '没有 ID 为 {{id}} 的终端。',
  },
  terminalAlreadyAdded: {
    en: '{{address}} is already added as “{{terminal}}”.',
    zh: '{{address}} 已作为“{{terminal}}”添加。',
  },
  terminalAlreadyActivated: {
    en: '{{terminal}} is already activated: add it with its admin password.',
    zh: '{{terminal}} 已激活：请使用其管理员密码添加。',
  },
  enrollCardUnfit: {
    en: '{{terminal}} read a card number the roster cannot hold: “{{cardNo}}”.',
    zh: '{{terminal}} 读到的卡号名册无法保存：“{{cardNo}}”。',
  },
  enrollIrisEmpty: {
    en: '{{terminal}} finished the iris capture without data.',
    zh: '{{terminal}} 完成了虹膜采集，但没有数据。',
  },
  stationShuttingDown: {
    en: 'The station is shutting down.',
    zh: '工作站正在关闭。',
  },
  enrollKindUnsupported: {
    en: '{{terminal}} cannot capture {{kind:captureKind}}.',
    zh: '{{terminal}} 无法采集{{kind:captureKind}}。',
  },
  enrollCapabilitiesUnknown: {
    en: 'What {{terminal}} can capture is not known yet; check the terminal first.',
    zh: '尚不知道 {{terminal}} 能采集什么；请先检查该终端。',
  },
  enrollCancelled: {
    en: 'The capture was cancelled.',
    zh: '采集已取消。',
  },
  enrollFailedUnexpectedly: {
    en: 'The capture failed unexpectedly: {{why}}',
    zh: '采集意外失败：{{why}}',
  },
  enrollAlreadyCapturing: {
    en: '{{terminal}} is already capturing (session {{sessionId}}); finish or cancel it first.',
    zh: '{{terminal}} 正在采集（会话 {{sessionId}}）；请先完成或取消。',
  },
  listeningPortUnavailable: {
    en: 'The station cannot listen on {{address}}:{{port}}: {{why}}',
    zh: '工作站无法在 {{address}}:{{port}} 上监听：{{why}}',
  },
  listeningNotLocal: {
    en: '{{terminal}} is not on this machine: set the listening address to LAN (0.0.0.0) first.',
    zh: '{{terminal}} 不在本机上：请先将监听地址设为局域网（0.0.0.0）。',
  },
  listeningNoFreeSlot: {
    en: 'Every httpHosts slot points at another platform ({{taken}}); none was changed.',
    zh: '所有 httpHosts 槽位都指向其他平台（{{taken}}）；未做任何更改。',
  },
  listeningNotKept: {
    en: '{{terminal}} accepted the setting but did not keep it (slot {{slot}} → {{now}}).',
    zh: '{{terminal}} 接受了设置但没有保存（槽位 {{slot}} → {{now}}）。',
  },
  listeningNoTestPost: {
    en: 'The terminal cannot run a test post; its first events will show that it delivers.',
    zh: '该终端无法发送测试推送；其首批事件将表明推送是否正常。',
  },
  listeningTestPostFailed: {
    en: 'The terminal’s test post failed: {{answer}}',
    zh: '终端的测试推送失败：{{answer}}',
  },
  listeningTestReached: {
    en: '{{terminal}} reached the station (slot {{slot}}).',
    zh: '{{terminal}} 已连通工作站（槽位 {{slot}}）。',
  },
  listeningTestUnreached: {
    en: '{{terminal}} could not reach the station: {{answer}}.',
    zh: '{{terminal}} 无法连通工作站：{{answer}}。',
  },
  listeningNotRepointed: {
    en: 'Not re-pointed after the listening address changed: {{why}}',
    zh: '监听地址更改后未能重新指向：{{why}}',
  },
  faceLibrariesNone: {
    en: '{{terminal}} keeps no faces: it has no face libraries. Nothing was sent.',
    zh: '{{terminal}} 不保存人脸：它没有人脸库。未发送任何内容。',
  },
  faceLibraryMissing: {
    en: '{{terminal}} has no {{faceLibType:faceLibType}} face library {{FDID}}.',
    zh: '{{terminal}} 上没有{{faceLibType:faceLibType}}人脸库 {{FDID}}。',
  },
  faceLibraryNameTaken: {
    en: '{{terminal}} already has a face library named “{{name}}”. Nothing was sent.',
    zh: '{{terminal}} 已有名为“{{name}}”的人脸库。未发送任何内容。',
  },
  faceLibraryBuiltIn: {
    en: 'Library {{FDID}} ({{faceLibType:faceLibType}}) is the terminal’s own: it is never removed. Nothing was sent.',
    zh: '人脸库 {{FDID}}（{{faceLibType:faceLibType}}）是终端自带的：不能删除。未发送任何内容。',
  },
  faceLibraryConfirmName: {
    en: 'Type the library’s name “{{name}}” to remove it with its faces. Nothing was sent.',
    zh: '请输入人脸库名称“{{name}}”以删除它及其中的人脸。未发送任何内容。',
  },
  batchFailed: {
    en: '{{terminal}}: the step failed unexpectedly ({{why}}).',
    zh: '{{terminal}}：该步骤意外失败（{{why}}）。',
  },
  batchUpgradeQueued: { en: '{{terminal}} waits its turn.', zh: '{{terminal}} 正在排队等候。' },
  batchUpgradeRunning: { en: 'Upgrading {{terminal}}.', zh: '正在升级 {{terminal}}。' },
  batchUpgradeDone: {
    en: '{{terminal}} is back with firmware {{firmware}}.',
    zh: '{{terminal}} 已恢复，固件版本 {{firmware}}。',
  },
  batchTimeSyncQueued: {
    en: '{{terminal}}: waits for the station clock.',
    zh: '{{terminal}}：等待同步工作站时钟。',
  },
  batchTimeSyncRunning: {
    en: '{{terminal}}: setting the station clock.',
    zh: '{{terminal}}：正在同步工作站时钟。',
  },
  batchTimeNtpQueued: {
    en: '{{terminal}}: waits for NTP server {{host}}.',
    zh: '{{terminal}}：等待设置 NTP 服务器 {{host}}。',
  },
  batchTimeNtpRunning: {
    en: '{{terminal}}: setting NTP server {{host}}.',
    zh: '{{terminal}}：正在设置 NTP 服务器 {{host}}。',
  },
  batchTimeZoneQueued: {
    en: '{{terminal}}: waits for time zone {{timeZone}}.',
    zh: '{{terminal}}：等待设置时区 {{timeZone}}。',
  },
  batchTimeZoneRunning: {
    en: '{{terminal}}: setting time zone {{timeZone}}.',
    zh: '{{terminal}}：正在设置时区 {{timeZone}}。',
  },
  batchTimeDone: {
    en: '{{terminal}}: {{mode}} {{timeZone}}, {{localTime}}',
    zh: '{{terminal}}：时间模式 {{mode}}，时区 {{timeZone}}，{{localTime}}',
  },
  batchTerminalFailed: {
    en: '{{terminal}} failed: {{why}}',
    zh: '{{terminal}} 失败：{{why}}',
  },
  batchMixedModels: {
    en: 'One package fits one model; these terminals are {{models}}. Choose terminals of one model.',
    zh: '一个升级包只适用于一种型号；这些终端的型号为 {{models}}。请选择同一型号的终端。',
  },
  terminalBusyWith: {
    en: '{{terminal}} is busy: {{operation:operation}} is in progress. Try again once it has finished.',
    zh: '{{terminal}} 正忙：{{operation:operation}}正在进行。请在完成后重试。',
  },
  terminalApplyRunning: {
    en: '{{terminal}} has an apply job in progress; wait for it to finish or pause it first.',
    zh: '{{terminal}} 有下发任务正在进行；请等待其完成或先暂停。',
  },
  firmwareEmpty: {
    en: 'The firmware file is empty.',
    zh: '固件文件为空。',
  },
  firmwarePathInBrowser: {
    en: 'In browser mode send the firmware file itself; a path on the station machine is accepted only from the desktop app and the CLI.',
    zh: '浏览器模式下请发送固件文件本身；工作站电脑上的路径只能从桌面应用和命令行使用。',
  },
  firmwareMissing: {
    en: 'There is no firmware file at {{path}}.',
    zh: '{{path}} 处没有固件文件。',
  },
  firmwarePathEmpty: {
    en: '{{path}} is empty.',
    zh: '{{path}} 为空。',
  },
  firmwareTooBig: {
    en: '{{path}} is {{size}} MiB, more than any terminal firmware (limit {{limit}} MiB).',
    zh: '{{path}} 有 {{size}} MiB，超过任何终端固件的大小（上限 {{limit}} MiB）。',
  },
  backupKeyInsecure: {
    en: '{{terminal}} is reached over plain HTTP; the configuration file’s key would cross the network readable. Switch it to HTTPS first, or back up without a key.',
    zh: '{{terminal}} 通过明文 HTTP 连接；配置文件的密钥会以可读形式经过网络。请先切换到 HTTPS，或不带密钥备份。',
  },
  configFileEmpty: {
    en: 'The configuration file is empty.',
    zh: '配置文件为空。',
  },
  peripheralsNone: {
    en: '{{terminal}} does not offer a reader or module upgrade (its capabilities list no peripherals).',
    zh: '{{terminal}} 不支持读卡器或模块升级（其能力中没有外设）。',
  },
  peripheralTypeUnsupported: {
    en: '{{terminal}} cannot upgrade a “{{type}}”.',
    zh: '{{terminal}} 无法升级“{{type}}”。',
  },
  peripheralModuleMissing: {
    en: '{{terminal}} has {{type}} {{min}}–{{max}}; there is no {{type}} {{module}}.',
    zh: '{{terminal}} 的 {{type}} 编号为 {{min}}–{{max}}；没有 {{type}} {{module}}。',
  },
  discoveryNoNetwork: {
    en: 'Discovery could not use the network: {{why}}',
    zh: '搜索设备无法使用网络：{{why}}',
  },
  duplicateGone: {
    en: 'This duplicate is no longer listed; refresh the list.',
    zh: '此重复项已不在列表中；请刷新列表。',
  },
  documentUnsupported: {
    en: '{{terminal}} does not report {{name}} (its capabilities lack {{flag}}). Nothing was sent.',
    zh: '{{terminal}} 不提供 {{name}}（其能力中没有 {{flag}}）。未发送任何内容。',
  },
  passwordRefusedEarlier: {
    en: '{{terminal}} refused the station’s password earlier; correct it in the terminal’s settings before checking again.',
    zh: '{{terminal}} 之前拒绝了工作站的密码；请先在终端设置中更正，然后再检查。',
  },
  adminPermissionsFixed: {
    en: '{{userName}} is the terminal’s administrator; its permissions are fixed.',
    zh: '{{userName}} 是终端的管理员；其权限不能更改。',
  },
  remoteConfigUnsupported: {
    en: '{{terminal}} does not let remote configuration be granted to an account.',
    zh: '{{terminal}} 不允许为账号授予远程配置权限。',
  },
  remoteConfigKeptGranted: {
    en: '{{terminal}} answered OK but kept remote configuration granted for {{userName}}.',
    zh: '{{terminal}} 回答成功，但仍为 {{userName}} 保留了远程配置权限。',
  },
  remoteConfigKeptWithdrawn: {
    en: '{{terminal}} answered OK but kept remote configuration withdrawn for {{userName}}.',
    zh: '{{terminal}} 回答成功，但仍未给 {{userName}} 远程配置权限。',
  },
  passwordInsecure: {
    en: '{{terminal}} is reached over plain HTTP; a new password would cross the network readable. Switch it to HTTPS first.',
    zh: '{{terminal}} 通过明文 HTTP 连接；新密码会以可读形式经过网络。请先切换到 HTTPS。',
  },
  accountsUnsupported: {
    en: '{{terminal}} does not offer account management.',
    zh: '{{terminal}} 不支持账号管理。',
  },
  passwordUnfit: {
    en: 'The password {{problem:passwordProblem}} ({{min}}–{{max}} characters).',
    zh: '密码{{problem:passwordProblem}}（{{min}}–{{max}} 个字符）。',
  },
  accountNameTaken: {
    en: 'An account named “{{userName}}” already exists.',
    zh: '已存在名为“{{userName}}”的账号。',
  },
  accountsFull: {
    en: 'The terminal holds at most {{max}} accounts.',
    zh: '终端最多保存 {{max}} 个账号。',
  },
  accountMissing: {
    en: 'There is no account {{accountId}} on this terminal.',
    zh: '此终端上没有账号 {{accountId}}。',
  },
  accountIsStation: {
    en: '{{userName}} is the account the station logs in with; it cannot be deleted from here.',
    zh: '{{userName}} 是工作站登录用的账号；不能在此删除。',
  },
  accountIsAdmin: {
    en: '{{userName}} is the terminal’s administrator; it cannot be deleted.',
    zh: '{{userName}} 是终端的管理员；不能删除。',
  },
  deviceLogUnsupported: {
    en: '{{terminal}} does not offer its log.',
    zh: '{{terminal}} 不提供其日志。',
  },
  doorStateUnsupported: {
    en: '{{terminal}} does not report its doors’ state (no AcsWorkStatus).',
    zh: '{{terminal}} 不报告门状态（没有 AcsWorkStatus）。',
  },
  doorCommandUnsupported: {
    en: '{{terminal}} does not offer “{{command}}” for its doors.',
    zh: '{{terminal}} 的门不支持“{{command}}”。',
  },
  doorMissing: {
    en: '{{terminal}} has {{doors|door|doors}}; there is no door {{doorNo}}.',
    zh: '{{terminal}} 共有 {{doors}} 个门；没有门 {{doorNo}}。',
  },
  factoryResetModeUnsupported: {
    en: '{{terminal}} does not offer a “{{mode}}” factory reset.',
    zh: '{{terminal}} 不支持“{{mode}}”恢复出厂设置。',
  },
  factoryResetConfirm: {
    en: 'Type the terminal’s name, “{{terminal}}”, to confirm the factory reset.',
    zh: '请输入终端名称“{{terminal}}”以确认恢复出厂设置。',
  },
  listeningSlotRange: {
    en: '{{terminal}} has listening-host slots 1–{{max}}.',
    zh: '{{terminal}} 的监听主机槽位为 1–{{max}}。',
  },
  listeningSlotFree: {
    en: 'Slot {{slot}} of {{terminal}} is already free.',
    zh: '{{terminal}} 的槽位 {{slot}} 已空闲。',
  },
  listeningSlotKept: {
    en: '{{terminal}} answered OK but kept slot {{slot}}.',
    zh: '{{terminal}} 回答成功，但保留了槽位 {{slot}}。',
  },
  listeningSlotsKept: {
    en: '{{terminal}} answered OK but kept slot(s) {{slots}}.',
    zh: '{{terminal}} 回答成功，但保留了槽位 {{slots}}。',
  },
  listeningUnsupported: {
    en: '{{terminal}} cannot post events to a listening host.',
    zh: '{{terminal}} 无法向监听主机推送事件。',
  },
  listeningSlotNotSet: {
    en: '{{terminal}} has no slot pointing at this station yet: set it up first.',
    zh: '{{terminal}} 还没有指向此工作站的槽位：请先设置。',
  },
  terminalLockedUntil: {
    en: '{{terminal}} is locked after failed logins; nothing is sent before {{until}}.',
    zh: '{{terminal}} 因登录失败已锁定；{{until}} 之前不会发送任何内容。',
  },
  terminalCallFailed: {
    en: '{{terminal}}: {{why}}',
    zh: '{{terminal}} 出错：{{why}}',
  },
  importTasksUnsupported: {
    en: '{{terminal}} does not run asynchronous {{kind}} imports (its capabilities lack {{flag}}). Nothing was sent.',
    zh: '{{terminal}} 不支持异步导入 {{kind}}（其能力中没有 {{flag}}）。未发送任何内容。',
  },
  importTaskMissing: {
    en: '{{terminal}} holds no {{kind}} import task {{taskId}}.',
    zh: '{{terminal}} 没有 {{kind}} 导入任务 {{taskId}}。',
  },
  importTaskKept: {
    en: '{{terminal}} answered OK but still holds {{kind}} import task {{taskId}}.',
    zh: '{{terminal}} 回复成功，但仍保留 {{kind}} 导入任务 {{taskId}}。',
  },
  listeningNoFreeHostSlot: {
    en: '{{terminal}} has no free listening-host slot ({{slots}} taken). Free one first; nothing was sent.',
    zh: '{{terminal}} 没有空闲的监听主机槽位（已占用 {{slots}} 个）。请先释放一个；未发送任何内容。',
  },
  listeningTooManyHosts: {
    en: "{{terminal}} has {{room}} slot(s) besides the station's own; {{given}} host(s) were given. Nothing was sent.",
    zh: '{{terminal}} 除工作站自己的槽位外还有 {{room}} 个槽位；给出了 {{given}} 个主机。未发送任何内容。',
  },
  imageRestoreUnsupported: {
    en: '{{terminal}} does not offer restoring its image parameters. Nothing was sent.',
    zh: '{{terminal}} 不支持恢复图像参数。未发送任何内容。',
  },
  faceSearchNotOffered: {
    en: '{{terminal}} does not offer searching its faces by picture (its face library capabilities lack isSuportFSsearchByPic). Nothing was compared.',
    zh: '{{terminal}} 不支持以图搜脸（其人脸库能力中没有 isSuportFSsearchByPic）。未进行比对。',
  },
  faceSearchNoTerminal: {
    en: 'No online face terminal offers searching faces by picture, so faces could not be compared. Terminals asked: {{terminals}}.',
    zh: '没有在线的人脸终端支持以图搜脸，因此无法比对人脸。已询问的终端：{{terminals}}。',
  },
  faceCheckRunning: {
    en: 'The roster’s faces are being compared on a terminal already. Wait for it to end, or cancel it.',
    zh: '已有一次名册人脸比对正在终端上进行。请等待其结束，或将其取消。',
  },
} as const satisfies Record<string, { en: string; zh: string }>
