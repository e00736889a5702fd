// Station errors worded by a code (AppFailure details.reason, made by src/shared/coded-failure.ts):
// the English and Chinese words of each, with the same parameters. Part of REASON_TEXT; errors
// about a terminal (settings, accounts, doors, enrolment, maintenance) are in error-reasons-terminal.ts.
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
  eventIdInvalid: {
    en: '“{{eventId}}” is not an event id.',
    zh: '“{{eventId}}”不是事件 ID。',
  },
  eventMissing: {
    en: 'There is no event {{eventId}}.',
    zh: '没有事件 {{eventId}}。',
  },
  periodReversed: {
    en: 'The start of the period is after its end.',
    zh: '时段的开始晚于结束。',
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
  rangeEndGone: {
    en: 'The range from {{from}} to {{to}} cannot be picked: one of them is no longer in this list. Nothing was picked.',
    zh: '无法选择从 {{from}} 到 {{to}} 的范围：其中一人已不在此列表中。未选择任何人。',
  },
} as const satisfies Record<string, { en: string; zh: string }>
