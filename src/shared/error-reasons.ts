// Station errors worded by a code (AppFailure details.reason, made by src/shared/coded-failure.ts):
// the English and Chinese words of each, with the same parameters. Part of REASON_TEXT.
export const ERROR_REASON_TEXT = {
  secretStoreUnknown: {
    en: '{{file}} names an unknown secret store.',
    zh: '{{file}} 指定了未知的密钥存储。',
  },
  secretsUnreadable: {
    en: 'Stored terminal passwords cannot be opened: {{why}}',
    zh: '无法打开已保存的终端密码：{{why}}',
  },
  dbTooNew: {
    en: 'The roster database {{file}} was written by a newer version of Enrollment Station (schema {{found}}; this version knows up to {{latest}}). Update the station; the database was not changed.',
    zh: '名册数据库 {{file}} 由更新版本的工作站写入（架构 {{found}}；此版本最高支持 {{latest}}）。请升级工作站；数据库未被更改。',
  },
  dbUnreadable: {
    en: 'The roster database {{file}} cannot be read: {{why}}',
    zh: '无法读取名册数据库 {{file}}：{{why}}',
  },
  diskFull: {
    en: 'The disk holding the roster{{where}} is full. Nothing was half-written; free some space and try again.',
    zh: '存放名册{{where}}的磁盘已满。没有写入不完整的数据；请释放一些空间后重试。',
  },
  dbBusy: {
    en: 'Another station program kept the roster{{where}} busy too long. Try again; if it persists, close the other station window or command.',
    zh: '另一个工作站程序占用名册{{where}}过久。请重试；如果仍然如此，请关闭另一个工作站窗口或命令。',
  },
  dbDamaged: {
    en: 'The roster database{{where}} is damaged ({{sqlite}}). Restore the roster folder from a backup, or move the damaged file away and start with an empty roster.',
    zh: '名册数据库{{where}}已损坏（{{sqlite}}）。请从备份恢复名册文件夹，或移走损坏的文件并以空名册启动。',
  },
  unknownMethod: {
    en: 'There is no station method named “{{method}}”.',
    zh: '工作站没有名为“{{method}}”的方法。',
  },
  methodNotImplemented: {
    en: '“{{method}}” is part of the contract but not available in this version yet.',
    zh: '“{{method}}”属于接口约定，但此版本尚未提供。',
  },
  argSegmentBeginsAt24: {
    en: '{{field}}: a segment cannot begin at 24:00.',
    zh: '{{field}}：时段不能从 24:00 开始。',
  },
  argSegmentReversed: {
    en: '{{field}}: a segment must begin before it ends.',
    zh: '{{field}}：时段的开始必须早于结束。',
  },
  argSegmentsOverlap: {
    en: '{{field}}: segments of one day must not overlap.',
    zh: '{{field}}：同一天的时段不能重叠。',
  },
  argPeriodReversed: {
    en: '{{field}}: the end is before the beginning.',
    zh: '{{field}}：结束早于开始。',
  },
  argTime: {
    en: '{{field}}: expected a time HH:MM or HH:MM:SS.',
    zh: '{{field}}：应为时间 HH:MM 或 HH:MM:SS。',
  },
  argDate: {
    en: '{{field}}: expected a calendar date YYYY-MM-DD.',
    zh: '{{field}}：应为有效日期 YYYY-MM-DD。',
  },
  argEachOnce: {
    en: '{{field}}: each number may appear once.',
    zh: '{{field}}：每个编号只能出现一次。',
  },
  argRequired: {
    en: '{{field}}: a value is required.',
    zh: '{{field}}：必须填写。',
  },
  argTooLong: {
    en: '{{field}}: at most {{max}} characters.',
    zh: '{{field}}：最多 {{max}} 个字符。',
  },
  argTooMany: {
    en: '{{field}}: at most {{max}}.',
    zh: '{{field}}：最多 {{max}}。',
  },
  argTooSmall: {
    en: '{{field}}: at least {{min}}.',
    zh: '{{field}}：至少 {{min}}。',
  },
  argModeName: {
    en: '{{field}}: expected a mode name such as cardAndFace.',
    zh: '{{field}}：应为模式名称，如 cardAndFace。',
  },
  argOneFirmwareSource: {
    en: 'Give exactly one of the firmware file or its path.',
    zh: '请只提供固件文件或其路径之一。',
  },
  argNoChange: {
    en: 'No change was given.',
    zh: '没有提供任何更改。',
  },
  argUnknownKeys: {
    en: '{{field}}: unknown field(s) {{keys}}.',
    zh: '{{field}}：未知字段 {{keys}}。',
  },
  argChoice: {
    en: '{{field}}: expected one of {{values}}.',
    zh: '{{field}}：应为 {{values}} 之一。',
  },
  argFormat: {
    en: '{{field}}: the value is not in the expected form.',
    zh: '{{field}}：值的格式不正确。',
  },
  methodFailed: {
    en: '{{method}} failed unexpectedly: {{why}}',
    zh: '{{method}} 意外失败：{{why}}',
  },
  jobNothingToRetry: {
    en: 'This job has no failed items to retry.',
    zh: '此任务没有可重试的失败项。',
  },
  jobNotPausable: {
    en: 'The job is {{state:jobState}}; only a running job can be paused.',
    zh: '任务状态为“{{state:jobState}}”；只有进行中的任务可以暂停。',
  },
  jobAlreadyEnded: {
    en: 'The job is {{state:jobState}} already.',
    zh: '任务已经是“{{state:jobState}}”状态。',
  },
  jobNotResumable: {
    en: 'The job is {{state:jobState}}; it cannot be resumed.',
    zh: '任务状态为“{{state:jobState}}”；无法继续。',
  },
  jobMissing: {
    en: 'There is no apply job {{jobId}}.',
    zh: '没有下发任务 {{jobId}}。',
  },
  personMissing: {
    en: 'There is no person with employee number {{employeeNo}} in the roster.',
    zh: '名册中没有工号为 {{employeeNo}} 的人员。',
  },
  ruleRemovesAccess: {
    en: 'This rule change would remove {{persons|person|persons}} from {{terminals|terminal|terminals}} ({{removals|removal|removals}}). Confirm to save it.',
    zh: '此规则更改将从 {{terminals}} 台终端上删除 {{persons}} 名人员（共 {{removals}} 项删除）。请确认后保存。',
  },
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
  demoUnavailable: {
    en: 'This station was started without the demo site (the simulator is not available here).',
    zh: '此工作站启动时未带演示站点（此处没有模拟器）。',
  },
  demoRunning: {
    en: 'The demo site is already running.',
    zh: '演示站点已在运行。',
  },
  demoMissing: {
    en: 'There is no demo site to remove.',
    zh: '没有可移除的演示站点。',
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
  eventIdInvalid: {
    en: '“{{eventId}}” is not an event id.',
    zh: '“{{eventId}}”不是事件 ID。',
  },
  eventMissing: {
    en: 'There is no event {{eventId}}.',
    zh: '没有事件 {{eventId}}。',
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
  periodReversed: {
    en: 'The start of the period is after its end.',
    zh: '时段的开始晚于结束。',
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
  importProblems: {
    en: 'The file has {{problems|problem|problems}} in {{rows|row|rows}}; nothing was imported.',
    zh: '文件中有 {{problems}} 个问题，涉及 {{rows}} 行；没有导入任何内容。',
  },
  csvUnreadable: {
    en: 'The CSV file cannot be read: {{why}}.',
    zh: '无法读取 CSV 文件：{{why}}。',
  },
  csvEmpty: {
    en: 'The CSV file is empty.',
    zh: 'CSV 文件为空。',
  },
  csvHeaderColumns: {
    en: 'The CSV header must name at least the columns employeeNo and name.',
    zh: 'CSV 表头至少必须包含 employeeNo 和 name 两列。',
  },
  csvProblems: {
    en: 'The CSV file has {{count|problem|problems}}; nothing was imported.',
    zh: 'CSV 文件中有 {{count}} 个问题；没有导入任何内容。',
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
  profileMissing: {
    en: 'There is no profile “{{name}}”.',
    zh: '没有配置模板“{{name}}”。',
  },
  profileFeaturesMissing: {
    en: '{{terminal}} does not offer: {{missing}}.',
    zh: '{{terminal}} 不支持：{{missing}}。',
  },
  profileResourceUnknown: {
    en: 'The station knows no resource “{{resource}}”.',
    zh: '工作站不认识资源“{{resource}}”。',
  },
  profileResourceNotOffered: {
    en: '{{terminal}} does not offer {{resource}}: its capabilities do not list it.',
    zh: '{{terminal}} 不提供 {{resource}}：其能力中没有列出。',
  },
  profileInstanceMissing: {
    en: '{{terminal}} has no {{scope:configScope}} {{instance}} for {{resource}} (its capabilities list {{ids}}).',
    zh: '{{terminal}} 没有用于 {{resource}} 的{{scope:configScope}} {{instance}}（其能力列出：{{ids}}）。',
  },
  profileNotFollowed: {
    en: '{{terminal}} follows no profile.',
    zh: '{{terminal}} 未使用任何配置模板。',
  },
  profileTerminalUnreadable: {
    en: '{{terminal}} could not be read: nothing adopted. {{why}}',
    zh: '无法读取 {{terminal}}：未采用任何设置。{{why}}',
  },
  sitePassphraseWrong: {
    en: 'The passphrase does not open this file’s secrets: nothing was imported.',
    zh: '该口令无法打开此文件中的密码：没有导入任何内容。',
  },
  siteNotJson: {
    en: 'This is not a site file (.esite): it is not JSON.',
    zh: '这不是站点文件（.esite）：不是 JSON。',
  },
  siteUnreadable: {
    en: 'This is not a site file this station can read: {{issues}}.',
    zh: '这不是此工作站能读取的站点文件：{{issues}}。',
  },
  sitePassphraseNeeded: {
    en: 'An export with secrets needs a passphrase.',
    zh: '包含密码的导出需要口令。',
  },
  sitePassphraseMissing: {
    en: 'This file holds encrypted terminal passwords: give its passphrase (nothing was imported).',
    zh: '此文件包含加密的终端密码：请提供其口令（没有导入任何内容）。',
  },
  siteNotStored: {
    en: 'The file’s profiles, schedules and rules could not be stored (nothing of them was written): {{why}}',
    zh: '无法保存文件中的配置模板、计划和规则（均未写入）：{{why}}',
  },
  siteNotStoredTerminalsAdded: {
    en: 'The file’s profiles, schedules and rules could not be stored (nothing of them was written; the terminals listed as added were added): {{why}}',
    zh: '无法保存文件中的配置模板、计划和规则（均未写入；列为已添加的终端已添加）：{{why}}',
  },
  cardOwned: {
    en: 'Card {{cardNo}} already belongs to employee {{owner}}.',
    zh: '卡 {{cardNo}} 已属于工号 {{owner}}。',
  },
  employeeNoTaken: {
    en: 'Employee number {{employeeNo}} is already used by {{name}}.',
    zh: '工号 {{employeeNo}} 已被 {{name}} 使用。',
  },
  personHasNoCard: {
    en: 'Employee {{employeeNo}} has no card {{cardNo}}.',
    zh: '工号 {{employeeNo}} 没有卡 {{cardNo}}。',
  },
  personHasNoCredential: {
    en: 'Employee {{employeeNo}} has no such credential.',
    zh: '工号 {{employeeNo}} 没有该凭证。',
  },
  clearUnsupported: {
    en: '{{terminal}} cannot clear {{what}}: its capabilities do not offer it. Nothing was sent.',
    zh: '{{terminal}} 无法清除 {{what}}：其能力不支持。未发送任何内容。',
  },
  modeSchedulesMissing: {
    en: '{{family:modeFamily}} {{kind:scheduleKind}} {{missing}}: not defined in the station.',
    zh: '{{family:modeFamily}}{{kind:scheduleKind}} {{missing}}：工作站中未定义。',
  },
  modeScheduleInUse: {
    en: '{{family:modeFamily}} {{kind:scheduleKind}} {{no}} is still used by {{userKind:usedBy}}: {{usedBy}}.',
    zh: '{{family:modeFamily}}{{kind:scheduleKind}} {{no}} 仍被{{userKind:usedBy}}使用：{{usedBy}}。',
  },
  schedulesMissing: {
    en: 'The {{kind:scheduleKind}} {{missing}}: not defined in the station.',
    zh: '{{kind:scheduleKind}} {{missing}}：工作站中未定义。',
  },
  scheduleInUse: {
    en: 'The {{kind:scheduleKind}} {{no}} is still used by {{userKind:usedBy}}: {{usedBy}}.',
    zh: '{{kind:scheduleKind}} {{no}} 仍被{{userKind:usedBy}}使用：{{usedBy}}。',
  },
  schedulesUnsupported: {
    en: '{{terminal}} does not offer access schedules.',
    zh: '{{terminal}} 不支持门禁计划。',
  },
  schedulesDoNotFit: {
    en: '{{terminal}} cannot hold these schedules (nothing was sent): {{count|problem|problems}}.',
    zh: '{{terminal}} 无法保存这些计划（未发送任何内容）：{{count}} 个问题。',
  },
  schedulesNoClear: {
    en: '{{terminal}} cannot clear its schedules (no ClearPlansCfg for {{lacking}}); nothing was sent.',
    zh: '{{terminal}} 无法清除其计划（{{lacking}} 没有 ClearPlansCfg）；未发送任何内容。',
  },
  syncCardUnfit: {
    en: 'Card number “{{cardNo}}” cannot enter the roster.',
    zh: '卡号“{{cardNo}}”无法存入名册。',
  },
  syncPersonUnfit: {
    en: 'The terminal’s person {{employeeNo}} cannot enter the roster: {{issues}}',
    zh: '终端上的人员 {{employeeNo}} 无法存入名册：{{issues}}',
  },
  syncNotInRoster: {
    en: '{{employeeNo}} is not in the roster.',
    zh: '{{employeeNo}} 不在名册中。',
  },
  syncExpired: {
    en: 'This sync has expired or is unknown; pull the terminal again.',
    zh: '此同步已过期或未知；请重新读取终端。',
  },
  syncNotOnTerminal: {
    en: '{{employeeNo}} is not on the terminal.',
    zh: '{{employeeNo}} 不在该终端上。',
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
} as const satisfies Record<string, { en: string; zh: string }>
