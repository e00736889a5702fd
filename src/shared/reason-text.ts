// Reasons the station gives as a code plus parameters; the words live here, in English and
// Chinese, as one table: the renderer shows the user's language, the CLI prints the English.
// Templates name their parameters as {{name}}, a counted word as {{count|one|other}} (English
// plural rules; Chinese has none); both languages use the same parameters.

export interface Reason {
  code: ReasonCode
  params: Record<string, string | number>
}

export const REASON_TEXT = {
  doorNotOnTerminal: {
    en: 'Door {{doors}} does not exist on {{terminal}} ({{count|door|doors}}).',
    zh: '{{terminal}} 上没有门 {{doors}}（共 {{count}} 个门）。',
  },
  doorRightRefused: {
    en: '{{terminal}} refused the door rights {{doors}}.',
    zh: '{{terminal}} 拒绝了门权限 {{doors}}。',
  },
  planTemplateRefused: {
    en: '{{terminal}} has no access schedule (plan template) {{template}}.',
    zh: '{{terminal}} 上没有计划模板 {{template}}。',
  },
  userTypeRefused: {
    en: '{{terminal}} does not accept the person type “{{userType}}”.',
    zh: '{{terminal}} 不接受人员类型“{{userType}}”。',
  },
  validityRefused: {
    en: '{{terminal}} refused the validity period ({{from}} – {{to}}).',
    zh: '{{terminal}} 拒绝了有效期（{{from}} – {{to}}）。',
  },
  employeeNoRefused: {
    en: '{{terminal}} refused the employee no. {{employeeNo}}.',
    zh: '{{terminal}} 拒绝了工号 {{employeeNo}}。',
  },
  nameRefused: {
    en: '{{terminal}} refused the name (too long or characters it cannot store).',
    zh: '{{terminal}} 拒绝了姓名（过长或含有无法保存的字符）。',
  },
  pinRefused: {
    en: '{{terminal}} refused the PIN (digits only, up to 8).',
    zh: '{{terminal}} 拒绝了密码（仅数字，最多 8 位）。',
  },
  fieldRefused: {
    en: '{{terminal}} refused the value of “{{field}}”.',
    zh: '{{terminal}} 拒绝了“{{field}}”的值。',
  },
  noFaceInPicture: {
    en: '{{terminal}} found no face in the picture. Take or choose a picture showing one face.',
    zh: '{{terminal}} 在照片中没有检测到人脸。请拍摄或选择一张只有一张人脸的照片。',
  },
  manyFacesInPicture: {
    en: '{{terminal}} found more than one face in the picture. Use a picture of this person alone.',
    zh: '{{terminal}} 在照片中检测到多张人脸。请使用只有此人的照片。',
  },
  faceNotModelled: {
    en: '{{terminal}} could not model the face (blurred, too small or turned away).',
    zh: '{{terminal}} 无法为该人脸建模（模糊、太小或未正对镜头）。',
  },
  userTypeNotOnTerminal: {
    en: '{{terminal}} has no person type “{{userType}}” (it has: {{known}}).',
    zh: '{{terminal}} 不支持人员类型“{{userType}}”（支持：{{known}}）。',
  },
  validityBeyondTerminal: {
    en: '{{terminal}} keeps validity periods only between {{min}} and {{max}}; {{from}} – {{to}} is outside.',
    zh: '{{terminal}} 只能保存 {{min}} 至 {{max}} 之间的有效期；{{from}} – {{to}} 超出范围。',
  },
  planTemplateBeyondTerminal: {
    en: '{{terminal}} has plan templates 1 to {{max}}, at most {{perDoor}} per door; “{{template}}” does not fit.',
    zh: '{{terminal}} 的计划模板编号为 1 至 {{max}}，每个门最多 {{perDoor}} 个；“{{template}}”不符合。',
  },
  personRefusedFirst: {
    en: 'Not sent: {{terminal}} refused the person first.',
    zh: '未发送：{{terminal}} 先拒绝了该人员。',
  },
  importDuplicateEmployee: {
    en: 'Employee no. {{employeeNo}} appears twice in the file.',
    zh: '工号 {{employeeNo}} 在文件中出现了两次。',
  },
  importBadCardNo: {
    en: 'Card number “{{cardNo}}” must be 1 to 32 letters or digits.',
    zh: '卡号“{{cardNo}}”必须是 1 到 32 位字母或数字。',
  },
  importCardTwice: {
    en: 'Card {{cardNo}} is also given to {{other}} in this file.',
    zh: '卡 {{cardNo}} 在此文件中也分配给了 {{other}}。',
  },
  importCardOwned: {
    en: 'Card {{cardNo}} already belongs to employee {{owner}}.',
    zh: '卡 {{cardNo}} 已属于工号 {{owner}}。',
  },
  importBadFields: {
    en: 'These columns have values the station does not accept: {{fields}}.',
    zh: '以下列的值工作站不接受：{{fields}}。',
  },
} as const satisfies Record<string, { en: string; zh: string }>

export type ReasonCode = keyof typeof REASON_TEXT

export const isReasonCode = (code: string): code is ReasonCode =>
  Object.prototype.hasOwnProperty.call(REASON_TEXT, code)

/** The reason in words: its template with the parameters filled in. */
export function reasonText(reason: Reason, lang: 'en' | 'zh'): string {
  return REASON_TEXT[reason.code][lang]
    .replace(/\{\{(\w+)\|([^|}]*)\|([^}]*)\}\}/g, (_, name: string, one: string, other: string) => {
      const n = Number(reason.params[name])
      return `${n} ${n === 1 ? one : other}`
    })
    .replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(reason.params[name] ?? ''))
}
