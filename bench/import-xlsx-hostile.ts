// Issue 18: what each hostile .xlsx costs the station before it is refused (npx tsx
// bench/import.ts --format xlsx --hostile). Each file goes through persons.importFile in a
// process of its own (so one case's peak does not hide the next one's), and the JSON gives,
// per case: the reason code, the wall and CPU time, the peak RSS above idle (idle measured with
// the file's base64 already in memory), and the event loop's longest stall (a 1 ms timer's
// largest lateness, and the part of it this process spent on CPU). Targets: ≤ 64 MB and
// ≤ 100 ms.
import { execFileSync } from 'node:child_process'
import { loadavg } from 'node:os'
import { performance } from 'node:perf_hooks'
import { fileURLToPath } from 'node:url'
import { buildZip, repeated, row, sheetXml, sstXml, workbook } from '../test/helpers/xlsx-build'
import { testStation } from '../test/helpers/station'

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main'
const sheetHead = `<worksheet xmlns="${NS}"><sheetData>`
const sheetTail = '</sheetData></worksheet>'
const header = row(1, ['Employee No', 'Name'])
const plain = () => sheetXml(header)

const CASES: Record<string, () => Buffer> = {
  'not a zip (8 MB of text)': () => Buffer.alloc(8 << 20, 'Employee No,Name\n'),
  'shared strings bomb: 64 MB of 1,000-character strings, claiming 1 KB': () =>
    workbook({
      sheet: plain(),
      sharedStrings: {
        ...repeated('<sst>', `<si><t>${'s'.repeat(1000)}</t></si>`.repeat(1000), 64, '</sst>'),
        size: 1000,
      },
    }),
  'shared strings bomb: 3,000,000 empty strings': () =>
    workbook({
      sheet: plain(),
      sharedStrings: repeated('<sst>', '<si/>'.repeat(1000), 3000, '</sst>'),
    }),
  'sheet bomb: 600 MB of spaces, claiming 10 bytes': () =>
    workbook({ sheet: { ...repeated(sheetHead, ' '.repeat(1 << 20), 600, sheetTail), size: 10 } }),
  'a cell of 100 MB (inline string)': () =>
    workbook({
      sheet: repeated(
        `${sheetHead}${header}<row r="2"><c r="B2" t="inlineStr"><is><t>`,
        'x'.repeat(1 << 20),
        100,
        `</t></is></c></row>${sheetTail}`,
      ),
    }),
  'a shared string of 100 MB used by a cell': () =>
    workbook({
      sheet: sheetXml(`${header}<row r="7"><c r="C7" t="s"><v>0</v></c></row>`),
      sharedStrings: repeated('<sst><si><t>', 'y'.repeat(1 << 20), 100, '</t></si></sst>', true),
    }),
  'a row of 3,000,000 empty cells': () =>
    workbook({
      sheet: repeated(
        `${sheetHead}${header}<row r="2">`,
        '<c/>'.repeat(10_000),
        300,
        `</row>${sheetTail}`,
      ),
    }),
  'a row of 16,384 filled columns': () =>
    workbook({ sheet: sheetXml(header + `<row r="2">${'<c><v>1</v></c>'.repeat(16_384)}</row>`) }),
  '1,000,000 rows': () =>
    workbook({
      sheet: repeated(`${sheetHead}${header}`, '<row><c><v>1</v></c></row>', 1_000_000, sheetTail),
    }),
  'DOCTYPE with nested entities': () =>
    workbook({
      sheet: plain(),
      sharedStrings: `<!DOCTYPE sst [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>${sstXml('<si><t>&b;</t></si>')}`,
    }),
  '300 parts': () =>
    workbook({
      sheet: plain(),
      extra: Array.from({ length: 300 }, (_, i) => ({ name: `xl/media/p${i}.bin`, body: 'x' })),
    }),
  'a 1.2 MB ZIP directory': () =>
    workbook({
      sheet: plain(),
      extra: Array.from({ length: 20 }, (_, i) => ({
        name: `c${i}.xml`,
        body: '',
        comment: 60_000,
      })),
    }),
  'a huge column reference (AAAA…A2)': () =>
    workbook({
      sheet: sheetXml(`${header}<row r="2"><c r="${'A'.repeat(60_000)}2"><v>1</v></c></row>`),
    }),
  'overlapping parts': () => {
    const good = buildZip([{ name: 'a.xml', body: 'x'.repeat(100) }])
    const dirAt = good.readUInt32LE(good.length - 6)
    const dir = good.subarray(dirAt, good.length - 22)
    const twin = Buffer.from(dir)
    twin.write('b.xml', 46)
    const end = Buffer.from(good.subarray(good.length - 22))
    end.writeUInt16LE(2, 8)
    end.writeUInt16LE(2, 10)
    end.writeUInt32LE(dir.length * 2, 12)
    return Buffer.concat([good.subarray(0, dirAt), dir, twin, end])
  },
}

async function runCase(name: string) {
  const file = CASES[name]!()
  const { station } = testStation()
  const args = { fileName: 'staff.xlsx', dataBase64: file.toString('base64') }
  global.gc?.()
  const idleRss = process.memoryUsage().rss
  let peakRss = idleRss
  let stallMs = 0
  let stallCpuMs = 0
  let last = performance.now()
  let lastCpu = process.cpuUsage()
  const tick = setInterval(() => {
    const now = performance.now()
    const cpu = process.cpuUsage(lastCpu)
    lastCpu = process.cpuUsage()
    stallMs = Math.max(stallMs, now - last - 1)
    stallCpuMs = Math.max(stallCpuMs, Math.min(now - last, (cpu.user + cpu.system) / 1000))
    last = now
    peakRss = Math.max(peakRss, process.memoryUsage().rss)
  }, 1)
  const t0 = performance.now()
  const cpu0 = process.cpuUsage()
  const r = await station.call('persons.importFile', args)
  const cpu = process.cpuUsage(cpu0)
  const ms = performance.now() - t0
  clearInterval(tick)
  await station.close()
  const reason = r.ok ? 'IMPORTED' : (r.error.details?.reason as { code: string }).code
  return {
    case: name,
    zipKb: Math.round(file.length / 1024),
    refusedWith: reason,
    ms: Math.round(ms),
    cpuMs: Math.round((cpu.user + cpu.system) / 1000),
    rssAboveIdleMb: Math.round((peakRss - idleRss) / 2 ** 20),
    longestStallMs: Math.round(stallMs),
    longestStallCpuMs: Math.round(stallCpuMs),
  }
}

const only = process.argv.indexOf('--case')
if (only > 0) {
  console.log(JSON.stringify(await runCase(process.argv[only + 1]!)))
  process.exit(0)
}

const results = Object.keys(CASES).map((name) => {
  const self = fileURLToPath(import.meta.url)
  const argv = [...process.execArgv, '--expose-gc', self, '--case', name]
  const out = execFileSync(process.execPath, argv, { encoding: 'utf8', maxBuffer: 1 << 20 })
  return JSON.parse(out.trim().split('\n').at(-1)!) as Record<string, number | string>
})
console.log(
  JSON.stringify(
    {
      bench: 'import-xlsx-hostile',
      loadAverage: loadavg()[0],
      cases: results,
      worstRssAboveIdleMb: Math.max(...results.map((r) => r.rssAboveIdleMb as number)),
      worstStallMs: Math.max(...results.map((r) => r.longestStallMs as number)),
      worstStallCpuMs: Math.max(...results.map((r) => r.longestStallCpuMs as number)),
      targets: { rssAboveIdleMb: 64, longestStallMs: 100 },
    },
    null,
    2,
  ),
)
