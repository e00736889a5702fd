import type { personImportEn } from './person-import.en'
import type { Widen } from './widen'

export const personImportZh: Widen<typeof personImportEn> = {
  title: '从 CSV 导入人员',
  intro:
    '每行一位人员。列：employeeNo 和 name（必填）；可选 group、type、gender、validFrom、validTo、doorRights、planTemplateNo、cards（用 ; 分隔）、notes。已存在的工号将被更新。',
  allOrNothing: '只要有一行有误，整个文件都会被拒绝；所有行都正确之前不会写入任何内容。',
  pick: '选择 CSV 文件',
  file: '文件：{{name}}（{{kb}} KB）',
  start: '导入',
  running: '正在导入 {{name}}…',
  done: '已导入 {{rows}} 行：新增 {{created}}，更新 {{updated}}，卡片 {{cards}}。',
  refused: '未导入任何内容',
  refusedBody_one: '文件有 {{count}} 处问题。请修正后重新导入。',
  refusedBody_other: '文件有 {{count}} 处问题。请修正后重新导入。',
  more: '……另有 {{count}} 处。',
  line: '行',
  problem: '问题',
  errorsLabel: '文件中的问题',
}
