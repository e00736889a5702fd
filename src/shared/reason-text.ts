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
  importFileType: {
    en: '“{{file}}” is not a spreadsheet this station reads: use .xlsx or .csv.',
    zh: '“{{file}}”不是工作站能读取的表格：请使用 .xlsx 或 .csv。',
  },
  importUnreadable: {
    en: 'The file cannot be read: {{why}}.',
    zh: '无法读取该文件：{{why}}。',
  },
  importTooMany: {
    en: 'The sheet has more than {{max}} persons.',
    zh: '表格中的人员超过 {{max}} 个。',
  },
  importMissingColumns: {
    en: 'The first row must name the columns {{columns}}.',
    zh: '第一行必须包含列 {{columns}}。',
  },
  importBusy: {
    en: 'Another import is being written; try again when it has finished.',
    zh: '另一个导入正在写入；请在其完成后重试。',
  },
  cellRequired: {
    en: 'Row {{row}}, column “{{column}}”: a value is required, the cell is empty.',
    zh: '第 {{row}} 行“{{column}}”列：必须填写，单元格为空。',
  },
  cellTooLong: {
    en: 'Row {{row}}, column “{{column}}”: expected 1 to {{expected}} characters, found “{{found}}”.',
    zh: '第 {{row}} 行“{{column}}”列：应为 1 到 {{expected}} 个字符，实际为“{{found}}”。',
  },
  cellChoice: {
    en: 'Row {{row}}, column “{{column}}”: expected one of {{expected}}, found “{{found}}”.',
    zh: '第 {{row}} 行“{{column}}”列：应为 {{expected}} 之一，实际为“{{found}}”。',
  },
  cellDate: {
    en: 'Row {{row}}, column “{{column}}”: expected a date such as 2026-12-01 or 2026/12/01, found “{{found}}”.',
    zh: '第 {{row}} 行“{{column}}”列：应为日期（如 2026-12-01 或 2026/12/01），实际为“{{found}}”。',
  },
  cellDateOrder: {
    en: 'Row {{row}}, column “{{column}}”: the end must not be before the start, found “{{found}}”.',
    zh: '第 {{row}} 行“{{column}}”列：结束时间不能早于开始时间，实际为“{{found}}”。',
  },
  cellNumberList: {
    en: 'Row {{row}}, column “{{column}}”: expected door numbers 1 to 64 separated by ;, found “{{found}}”.',
    zh: '第 {{row}} 行“{{column}}”列：应为 1 到 64 的门编号（用 ; 分隔），实际为“{{found}}”。',
  },
  cellPlanTemplate: {
    en: 'Row {{row}}, column “{{column}}”: expected plan template numbers such as 1 or 1;2, found “{{found}}”.',
    zh: '第 {{row}} 行“{{column}}”列：应为计划模板编号（如 1 或 1;2），实际为“{{found}}”。',
  },
  cellCardNo: {
    en: 'Row {{row}}, column “{{column}}”: expected card numbers of 1 to 32 letters or digits, found “{{found}}”.',
    zh: '第 {{row}} 行“{{column}}”列：卡号应为 1 到 32 位字母或数字，实际为“{{found}}”。',
  },
  cellCardTwice: {
    en: 'Row {{row}}, column “{{column}}”: card {{found}} is given to another person in this file too.',
    zh: '第 {{row}} 行“{{column}}”列：卡 {{found}} 在此文件中也分配给了其他人。',
  },
  cellCardOwned: {
    en: 'Row {{row}}, column “{{column}}”: card {{found}} already belongs to another person ({{expected}}).',
    zh: '第 {{row}} 行“{{column}}”列：卡 {{found}} 已属于其他人员（{{expected}}）。',
  },
  cellEmployeeTwice: {
    en: 'Row {{row}}, column “{{column}}”: employee no. {{found}} appears twice in the file.',
    zh: '第 {{row}} 行“{{column}}”列：工号 {{found}} 在文件中出现了两次。',
  },
  cellEmployeeNo: {
    en: 'Row {{row}}, column “{{column}}”: expected 1 to 32 letters, digits, _ or -, found “{{found}}”.',
    zh: '第 {{row}} 行“{{column}}”列：工号应为 1 到 32 位字母、数字、_ 或 -，实际为“{{found}}”。',
  },
  photoNoSuchPerson: {
    en: '{{file}}: no person with employee no. {{employeeNo}}.',
    zh: '{{file}}：没有工号为 {{employeeNo}} 的人员。',
  },
  photoRefused: {
    en: '{{file}}: the picture was refused ({{why}}).',
    zh: '{{file}}：照片被拒绝（{{why}}）。',
  },
  photoUnnamed: {
    en: '{{file}}: the name must start with the employee no. (1001.jpg or 1001_Elena.jpg).',
    zh: '{{file}}：文件名必须以工号开头（如 1001.jpg 或 1001_Elena.jpg）。',
  },
  departmentNotEmpty: {
    en: 'Department “{{path}}” still holds {{persons}} person(s) and {{below}} sub-department(s); move them first.',
    zh: '部门“{{path}}”下仍有 {{persons}} 人和 {{below}} 个子部门；请先移走。',
  },
  departmentExists: {
    en: 'There is already a department “{{path}}”.',
    zh: '已存在部门“{{path}}”。',
  },
  departmentIntoItself: {
    en: 'Department “{{from}}” cannot move into itself (“{{to}}”).',
    zh: '部门“{{from}}”不能移到其自身之下（“{{to}}”）。',
  },
  departmentMissing: {
    en: 'There is no department “{{path}}”.',
    zh: '没有部门“{{path}}”。',
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
