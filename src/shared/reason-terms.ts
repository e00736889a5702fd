// Words a reason's parameter stands for when the parameter is itself a code (a schedule kind, a
// job state, an operation): a template names the table as {{param:table}} and the value is
// worded in the reader's language; a value the table does not know is shown as it is.
export const REASON_TERMS = {
  scheduleKind: {
    weekPlan: { en: 'week plan', zh: '周计划' },
    holidayPlan: { en: 'holiday plan', zh: '假日计划' },
    holidayGroup: { en: 'holiday group', zh: '假日组' },
    template: { en: 'template', zh: '计划模板' },
  },
  modeFamily: {
    Verify: { en: 'Reader authentication', zh: '读卡器认证方式' },
    DoorStatus: { en: 'Door status', zh: '门状态' },
  },
  jobState: {
    planned: { en: 'planned', zh: '已计划' },
    running: { en: 'running', zh: '进行中' },
    paused: { en: 'paused', zh: '已暂停' },
    done: { en: 'done', zh: '已完成' },
    failed: { en: 'failed', zh: '已失败' },
    cancelled: { en: 'cancelled', zh: '已取消' },
  },
  operation: {
    'a firmware upgrade': { en: 'a firmware upgrade', zh: '固件升级' },
    'a reboot': { en: 'a reboot', zh: '重启' },
    'a configuration backup': { en: 'a configuration backup', zh: '配置备份' },
    'a configuration restore': { en: 'a configuration restore', zh: '配置恢复' },
  },
  eyes: {
    left: { en: 'left', zh: '左眼' },
    right: { en: 'right', zh: '右眼' },
    both: { en: 'left and right', zh: '双眼' },
  },
  captureKind: {
    face: { en: 'a face', zh: '人脸' },
    card: { en: 'a card', zh: '卡' },
    fingerprint: { en: 'fingerprints', zh: '指纹' },
    iris: { en: 'an iris', zh: '虹膜' },
  },
  passwordProblem: {
    tooShort: { en: 'is shorter than the terminal accepts', zh: '比终端允许的短' },
    tooLong: { en: 'is longer than the terminal accepts', zh: '比终端允许的长' },
    oneKind: {
      en: 'must mix at least two kinds of characters (digits, lower case, upper case, symbols)',
      zh: '必须至少包含两类字符（数字、小写字母、大写字母、符号）',
    },
    isUserName: { en: 'must not be the user name or its reverse', zh: '不能是用户名或其倒序' },
  },
  weekday: {
    Monday: { en: 'Monday', zh: '星期一' },
    Tuesday: { en: 'Tuesday', zh: '星期二' },
    Wednesday: { en: 'Wednesday', zh: '星期三' },
    Thursday: { en: 'Thursday', zh: '星期四' },
    Friday: { en: 'Friday', zh: '星期五' },
    Saturday: { en: 'Saturday', zh: '星期六' },
    Sunday: { en: 'Sunday', zh: '星期日' },
  },
  configScope: {
    door: { en: 'door', zh: '门' },
    reader: { en: 'card reader', zh: '读卡器' },
    instance: { en: 'instance', zh: '实例' },
    singleton: { en: 'instance', zh: '实例' },
  },
  usedBy: {
    template: { en: 'templates', zh: '计划模板' },
    holidayGroup: { en: 'holiday groups', zh: '假日组' },
    person: { en: 'persons', zh: '人员' },
    door: { en: 'doors', zh: '门' },
    reader: { en: 'card readers', zh: '读卡器' },
  },
  bindingThing: {
    reader: { en: 'card reader', zh: '读卡器' },
    door: { en: 'door', zh: '门' },
  },
  voiceOutcome: {
    success: { en: 'success', zh: '认证成功' },
    failure: { en: 'failure', zh: '认证失败' },
  },
  voiceField: {
    prefix: { en: 'what is said before the text', zh: '文本前缀' },
    language: { en: 'the language', zh: '语言' },
  },
  faceLibType: {
    blackFD: { en: 'block-list', zh: '黑名单' },
    staticFD: { en: 'static', zh: '静态' },
    infraredFD: { en: 'infrared', zh: '红外' },
  },
} as const satisfies Record<string, Record<string, { en: string; zh: string }>>

export function termWords(table: string, value: string, lang: 'en' | 'zh'): string {
  const words = (REASON_TERMS as Record<string, Record<string, { en: string; zh: string }>>)[
    table
  ]?.[value]
  return words ? words[lang] : value
}
