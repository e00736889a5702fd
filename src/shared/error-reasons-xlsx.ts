// Why an .xlsx person file is refused before any row is checked (src/main/station/import/xlsx-*.ts):
// what the file is, or which of its bounds it passes. English and Chinese, the same parameters.
// Part of REASON_TEXT (src/shared/reason-text.ts).
export const XLSX_ERROR_REASON_TEXT = {
  xlsxNotZip: {
    en: 'The file is not an Excel workbook (.xlsx): save it from the spreadsheet as “Excel Workbook (.xlsx)” or as CSV.',
    zh: '该文件不是 Excel 工作簿（.xlsx）：请在表格软件中另存为“Excel 工作簿（.xlsx）”或 CSV。',
  },
  xlsxEncrypted: {
    en: 'The workbook is password-protected, or is an old .xls file named .xlsx: save it without a password as “Excel Workbook (.xlsx)”, or as CSV.',
    zh: '该工作簿受密码保护，或是改名为 .xlsx 的旧版 .xls 文件：请不设密码另存为“Excel 工作簿（.xlsx）”或 CSV。',
  },
  xlsxZipDamaged: {
    en: 'The workbook is damaged (its ZIP structure is broken or inconsistent): open it in the spreadsheet and save it again.',
    zh: '该工作簿已损坏（其 ZIP 结构损坏或不一致）：请在表格软件中打开并重新保存。',
  },
  xlsxDamaged: {
    en: 'The workbook is damaged in its part {{part}}: open it in the spreadsheet and save it again.',
    zh: '该工作簿的部件 {{part}} 已损坏：请在表格软件中打开并重新保存。',
  },
  xlsxTooManyParts: {
    en: 'The workbook holds {{found}} parts; a person file holds at most {{max}}. Save only the persons’ sheet in a new workbook.',
    zh: '该工作簿包含 {{found}} 个部件；人员文件最多 {{max}} 个。请只将人员工作表保存到一个新工作簿中。',
  },
  xlsxDirectoryTooLarge: {
    en: 'The workbook’s ZIP directory is larger than {{max}} MB, far more than a person file needs: refused.',
    zh: '该工作簿的 ZIP 目录超过 {{max}} MB，远超人员文件所需：已拒绝。',
  },
  xlsxPartTooLarge: {
    en: 'The workbook’s part {{part}} expands to more than {{max}} MB, more than a person file can hold: refused. Save only the persons’ sheet in a new workbook.',
    zh: '该工作簿的部件 {{part}} 解压后超过 {{max}} MB，超出人员文件的容量：已拒绝。请只将人员工作表保存到一个新工作簿中。',
  },
  xlsxTooMuchText: {
    en: 'The workbook holds more text than a person file can ({{count}} distinct texts or {{max}} MB): refused.',
    zh: '该工作簿包含的文本超出人员文件的容量（{{count}} 条不同文本或 {{max}} MB）：已拒绝。',
  },
  xlsxDoctype: {
    en: 'The workbook’s part {{part}} declares a DOCTYPE (entity definitions), which a workbook never has: refused.',
    zh: '该工作簿的部件 {{part}} 声明了 DOCTYPE（实体定义），正常工作簿不会包含：已拒绝。',
  },
  xlsxNoSheet: {
    en: 'The workbook has no worksheet to read persons from.',
    zh: '该工作簿中没有可读取人员的工作表。',
  },
  xlsxColumnBeyond: {
    en: 'Row {{row}}: a value in column {{column}}, beyond the {{max}} columns a person file can have. Remove it, or move it into the first {{max}} columns.',
    zh: '第 {{row}} 行：{{column}} 列有值，超出人员文件最多 {{max}} 列。请删除它，或移到前 {{max}} 列中。',
  },
  xlsxCellTooLong: {
    en: 'Row {{row}}, column {{column}}: a cell longer than {{max}} characters.',
    zh: '第 {{row}} 行 {{column}} 列：单元格超过 {{max}} 个字符。',
  },
} as const satisfies Record<string, { en: string; zh: string }>
