// Reasons the station gives as a code plus parameters; the words live here, in English and
// Chinese, as one table: the renderer shows the user's language, the CLI prints the English.
// Templates name their parameters as {{name}}, a counted word as {{count|one|other}} (English
// plural rules; Chinese has none), a parameter that is itself a code as {{name:table}}
// (src/shared/reason-terms.ts); both languages use the same parameters.
import { ERROR_REASON_TEXT } from './error-reasons'
import { TERMINAL_ERROR_REASON_TEXT } from './error-reasons-terminal'
import { GUIDE1_ERROR_REASON_TEXT } from './error-reasons-guide1'
import { CREDENTIAL_ERROR_REASON_TEXT } from './error-reasons-credentials'
import { VOICE_ERROR_REASON_TEXT } from './error-reasons-voice'
import { SCHEDULE_FIT_REASON_TEXT } from './schedule-fit-reasons'
import { PROGRESS_REASON_TEXT } from './progress-reasons'
import { XLSX_ERROR_REASON_TEXT } from './error-reasons-xlsx'
import { termWords } from './reason-terms'

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
  // why a terminal's apply queue waits (ApplyDeviceProgress.pausedCode)
  terminalNotAnswering: {
    en: '{{terminal}} does not answer or is busy; the station tries again by itself.',
    zh: '{{terminal}} 没有响应或正忙；工作站会自动重试。',
  },
  terminalLocked: {
    en: '{{terminal}} has locked the station’s account; the apply resumes when it unlocks.',
    zh: '{{terminal}} 已锁定工作站的账号；解锁后下发自动继续。',
  },
  terminalRefusesPassword: {
    en: '{{terminal}} refuses the station’s password. Give the station its new password (Devices); the apply resumes by itself.',
    zh: '{{terminal}} 拒绝了工作站的密码。请在“设备”中提供新密码；下发会自动继续。',
  },
  terminalNotActivated: {
    en: '{{terminal}} is not activated (a factory reset?): activate it with an admin password; the apply resumes by itself.',
    zh: '{{terminal}} 尚未激活（是否恢复了出厂设置？）：请设置管理员密码激活；下发会自动继续。',
  },
  terminalCertChanged: {
    en: '{{terminal}} answers with another certificate than the one trusted. Check the terminal, then trust its new certificate in Devices.',
    zh: '{{terminal}} 使用的证书与已信任的不同。请检查终端，然后在“设备”中信任其新证书。',
  },
  terminalAnswerGarbled: {
    en: '{{terminal}}’s answer could not be read (garbled or cut short); the step is sent again.',
    zh: '无法读取 {{terminal}} 的应答（内容错乱或不完整）；该步骤将重新发送。',
  },
  terminalFull: {
    en: '{{terminal}} is full. Remove some from it or assign fewer to it, then resume the apply.',
    zh: '{{terminal}} 已满。请从中删除一些或减少分配给它的人员，然后继续下发。',
  },
  terminalFullPersons: {
    en: '{{terminal}} is full: {{held}} of {{max}} persons. Remove some from it or assign fewer to it, then resume the apply.',
    zh: '{{terminal}} 已满：已存 {{held}} 人，上限 {{max}} 人。请从中删除一些或减少分配给它的人员，然后继续下发。',
  },
  terminalFullCards: {
    en: '{{terminal}} is full: {{held}} of {{max}} cards. Remove some from it or assign fewer to it, then resume the apply.',
    zh: '{{terminal}} 已满：已存 {{held}} 张卡，上限 {{max}} 张。请从中删除一些或减少分配给它的人员，然后继续下发。',
  },
  terminalFullFaces: {
    en: '{{terminal}} is full: {{held}} of {{max}} faces. Remove some from it or assign fewer to it, then resume the apply.',
    zh: '{{terminal}} 已满：已存 {{held}} 张人脸，上限 {{max}} 张。请从中删除一些或减少分配给它的人员，然后继续下发。',
  },
  terminalBusyElsewhere: {
    en: '{{terminal}} is being applied by another station process: this job waits and goes on when it is done.',
    zh: '另一个工作站进程正在向 {{terminal}} 下发：此任务等待其完成后继续。',
  },
  terminalBusyOtherJob: {
    en: '{{terminal}} is being applied by another job of this station: this job waits and goes on when it is done.',
    zh: '本工作站的另一个任务正在向 {{terminal}} 下发：此任务等待其完成后继续。',
  },
  rosterNotWritable: {
    en: 'The roster cannot be written ({{error}}); the apply resumes by itself once it can.',
    zh: '无法写入名册（{{error}}）；可以写入后下发会自动继续。',
  },
  applyInternalError: {
    en: '{{terminal}}: the station failed unexpectedly; the apply tries again. If it keeps failing, send the station log to support.',
    zh: '{{terminal}}：工作站发生意外错误；下发将重试。如果持续失败，请将工作站日志发送给技术支持。',
  },
  // why a person waits on a terminal (PersonDeviceStatus.reasonCode)
  pendingNew: { en: 'Not applied yet.', zh: '尚未下发。' },
  pendingChanged: { en: 'Changed since the last apply.', zh: '上次下发后已更改。' },
  pendingRemoval: {
    en: 'To be removed from this terminal at the next apply.',
    zh: '将在下次下发时从此终端删除。',
  },
  // a terminal that did not hold what the station put there (HoldingsNotice.reason)
  holdingsSwapped: {
    en: '{{terminal}} answers with another serial number: a different unit. What it holds was read again. Refilling.',
    zh: '{{terminal}} 的序列号已改变：是另一台设备。已重新读取其中的数据，正在重新下发。',
  },
  holdingsReset: {
    en: '{{terminal}} holds {{found}} of {{expected}} persons — was it reset? Refilling.',
    zh: '{{terminal}} 上只有 {{found}} / {{expected}} 名人员——是否被重置过？正在重新下发。',
  },
  holdingsExtra: {
    en: '{{terminal}} holds {{found}} persons, {{extra}} more than the station put there — changed by another tool? The next apply removes them.',
    zh: '{{terminal}} 上有 {{found}} 名人员，比工作站下发的多 {{extra}} 名——是否被其他工具修改过？下次下发将删除多出的人员。',
  },
  holdingsDiffers: {
    en: '{{terminal}} does not hold what the station put there (cards, faces or fingerprints differ). What it holds was read again. Refilling.',
    zh: '{{terminal}} 上的数据与工作站下发的不一致（卡、人脸或指纹不同）。已重新读取其中的数据，正在重新下发。',
  },
  holdingsTooManyToRead: {
    en: '{{terminal}} does not hold what the station put there, and holds too many persons ({{found}}) to read back: apply to refill.',
    zh: '{{terminal}} 上的数据与工作站下发的不一致，且人员过多（{{found}}）无法读回：请下发以重新填充。',
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
  importChanged: {
    en: 'The file, or the roster, changed while the file was being imported; nothing was imported. Import it again.',
    zh: '导入期间文件或人员名册发生了变化；没有导入任何内容。请重新导入。',
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
  cellCardCount: {
    en: 'Row {{row}}, column “{{column}}”: expected {{expected}}, found “{{found}}”.',
    zh: '第 {{row}} 行“{{column}}”列：应为{{expected}}，实际为“{{found}}”。',
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
  bulkCountChanged: {
    en: 'The selection now holds {{found}} persons, not the {{expected}} you confirmed; nothing was changed. Look again and confirm.',
    zh: '所选人员现为 {{found}} 人，而非您确认的 {{expected}} 人；未做任何更改。请重新查看并确认。',
  },
  bulkPersonsGone: {
    en: '{{count|person|persons}} of the selection are no longer in the roster; nothing was changed.',
    zh: '所选人员中有 {{count}} 人已不在名册中；未做任何更改。',
  },
  // station errors (AppFailure details.reason), src/shared/error-reasons.ts
  ...ERROR_REASON_TEXT,
  ...TERMINAL_ERROR_REASON_TEXT,
  ...GUIDE1_ERROR_REASON_TEXT,
  ...CREDENTIAL_ERROR_REASON_TEXT,
  ...VOICE_ERROR_REASON_TEXT,
  ...SCHEDULE_FIT_REASON_TEXT,
  ...PROGRESS_REASON_TEXT,
  ...XLSX_ERROR_REASON_TEXT,
} as const satisfies Record<string, { en: string; zh: string }>

export type ReasonCode = keyof typeof REASON_TEXT

export const isReasonCode = (code: string): code is ReasonCode =>
  Object.prototype.hasOwnProperty.call(REASON_TEXT, code)

// a count reads with its thousands grouped (10,000) in both languages
const word = (value: string | number | undefined): string =>
  typeof value === 'number' ? value.toLocaleString('en-US') : (value ?? '')

/** The reason in words: its template with the parameters filled in. */
export function reasonText(reason: Reason, lang: 'en' | 'zh'): string {
  return REASON_TEXT[reason.code][lang]
    .replace(/\{\{(\w+)\|([^|}]*)\|([^}]*)\}\}/g, (_, name: string, one: string, other: string) => {
      const n = Number(reason.params[name])
      return `${word(n)} ${n === 1 ? one : other}`
    })
    .replace(/\{\{(\w+):(\w+)\}\}/g, (_, name: string, table: string) =>
      termWords(table, String(reason.params[name] ?? ''), lang),
    )
    .replace(/\{\{(\w+)\}\}/g, (_, name: string) => word(reason.params[name]))
}
