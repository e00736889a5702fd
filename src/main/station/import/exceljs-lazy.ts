// exceljs pulls in ~80 packages (about a second of module loading); it is loaded at the first
// spreadsheet read or write, not when the station starts (every station start, every test).
import type ExcelJS from 'exceljs'

let loading: Promise<typeof ExcelJS> | null = null

export function loadExcelJs(): Promise<typeof ExcelJS> {
  loading ??= import('exceljs').then((m) => m.default)
  return loading
}
