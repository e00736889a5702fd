// The report as a PDF (pdfkit, pure JS). Chinese text needs an embedded CJK font: a system Noto
// CJK (or WenQuanYi / Droid) font is used where present; where none is found the PDF says so on
// its first page and the caller is told (notes), since CJK characters cannot be drawn then.
import { existsSync } from 'node:fs'
import type { ReportLang, ReportTerminal, SiteReport } from '@shared/contract/report'
import { stamp } from './html'
import { eventTypeName } from '@shared/event-types'
import { problemsText, slotText, wordsFor, type WordKey } from './report-text'

/** Font files tried in order, with the face to take from a collection (.ttc). */
export const CJK_FONTS: { file: string; face?: string }[] = [
  { file: '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc', face: 'NotoSansCJKsc-Regular' },
  { file: '/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc', face: 'NotoSansCJKsc-Regular' },
  {
    file: '/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc',
    face: 'NotoSansCJKsc-Regular',
  },
  { file: '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc', face: 'WenQuanYiMicroHei' },
  { file: '/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf' },
  { file: '/System/Library/Fonts/PingFang.ttc', face: 'PingFangSC-Regular' },
  { file: 'C:\\Windows\\Fonts\\msyh.ttc', face: 'MicrosoftYaHei' },
]

export const NO_CJK_FONT =
  'No CJK font was found (e.g. apt-get install fonts-noto-cjk): Chinese characters cannot be drawn in this PDF; use the HTML report.'

export async function renderPdf(
  report: SiteReport,
  lang: ReportLang,
  fonts = CJK_FONTS,
): Promise<{ pdf: Buffer; notes: string[] }> {
  const w = wordsFor(lang)
  // loaded on first use: pdfkit takes ~0.8 s of CPU to load, which every station start paid
  const { default: PDFDocument } = await import('pdfkit')
  const doc = new PDFDocument({ size: 'A4', margin: 40, bufferPages: true })
  const chunks: Buffer[] = []
  doc.on('data', (c: Buffer) => chunks.push(c))
  const ended = new Promise<void>((resolve) => doc.on('end', () => resolve()))
  const notes: string[] = []
  const font = fonts.find((f) => existsSync(f.file))
  if (font) doc.registerFont('body', font.file, font.face)
  else notes.push(NO_CJK_FONT)
  const body = font ? 'body' : 'Helvetica'
  doc.font(body)
  const left = doc.page.margins.left
  const width = doc.page.width - left - doc.page.margins.right

  const heading = (text: string, size: number) => {
    doc.moveDown(0.4).fontSize(size).fillColor('#000').text(text, left, doc.y, { width })
    doc.fontSize(9)
  }
  const row = (cells: string[], widths: number[], bold = false) => {
    const top = doc.y
    if (top > doc.page.height - doc.page.margins.bottom - 30) doc.addPage()
    const y = doc.y
    let x = left
    let bottom = y
    cells.forEach((c, i) => {
      const cw = width * widths[i]!
      doc.fillColor(bold ? '#333' : '#000').text(c, x + 2, y + 2, { width: cw - 4 })
      bottom = Math.max(bottom, doc.y)
      x += cw
    })
    doc
      .moveTo(left, bottom + 2)
      .lineTo(left + width, bottom + 2)
      .strokeColor('#bbb')
      .stroke()
    doc.y = bottom + 4
  }
  const table = (head: WordKey[], rows: string[][], widths: number[]) => {
    row(head.map(w), widths, true)
    for (const r of rows) row(r, widths)
  }
  const verdictText = (t: ReportTerminal) => w(t.verdict)

  doc.fontSize(18).text(`${w('title')} — ${report.sites.join(', ')}`, { width })
  doc.fontSize(10).fillColor('#555')
  doc.text(
    `${w('site')}: ${report.sites.join(', ')} · ${w('generated')}: ${stamp(report.generatedAt)}`,
  )
  if (!font) doc.fillColor('#b00020').text(NO_CJK_FONT, { width })
  heading(w('summary'), 14)
  doc.text(
    `${w('pass')} ${report.summary.pass} · ${w('fail')} ${report.summary.fail} · ${w('notVerified')} ${report.summary.notVerified}`,
  )
  table(
    ['terminal', 'model', 'serial', 'verdict', 'problems'],
    report.terminals.map((t) => [
      t.name,
      t.identity?.model ?? '—',
      t.identity?.serialNumber ?? '—',
      verdictText(t),
      problemsText(w, t.problems),
    ]),
    [0.16, 0.16, 0.18, 0.12, 0.38],
  )

  for (const t of report.terminals) {
    doc.addPage()
    heading(`${t.name} — ${verdictText(t)}`, 14)
    if (!t.verified) {
      doc
        .fillColor('#8a5a00')
        .text(`${w('notVerifiedWhy')}: ${t.error?.code ?? ''} ${t.error?.message ?? ''}`, { width })
      doc
        .fillColor('#000')
        .text(
          `${w('address')}: ${t.network.address} · ${w('profile')}: ${t.profile ?? w('noProfile')}`,
        )
      continue
    }
    const id = t.identity!
    table(
      ['model', 'serial', 'firmware', 'mac', 'address'],
      [[id.model, id.serialNumber, id.firmwareVersion, id.macAddress, t.network.address]],
      [0.2, 0.22, 0.2, 0.18, 0.2],
    )
    table(
      ['time', 'timeZone', 'drift', 'profile'],
      [
        [
          t.time?.deviceTime ?? w('notReadable'),
          t.time?.timeZone ?? '',
          String(t.time?.driftSeconds ?? '—'),
          t.profile ?? w('noProfile'),
        ],
      ],
      [0.3, 0.25, 0.15, 0.3],
    )
    heading(w('settings'), 11)
    table(
      ['setting', 'desired', 'actual', 'state'],
      t.settings.map((s) => [
        `${s.resource}${s.instance === null ? '' : `#${s.instance}`} ${s.key}`,
        String(s.desired),
        s.actual === null ? '—' : String(s.actual),
        `${w(s.state)}${s.reason ? ` — ${s.reason}` : ''}`,
      ]),
      [0.3, 0.18, 0.18, 0.34],
    )
    heading(w('holdings'), 11)
    table(
      ['kind', 'onTerminal', 'inRoster'],
      t.holdings.map((h) => [
        w(h.kind),
        h.terminal === null ? w('notReadable') : String(h.terminal),
        String(h.roster),
      ]),
      [0.4, 0.3, 0.3],
    )
    if (t.missing.length)
      doc.text(`${w('missing')}: ${t.missing.join(', ')}`, left, doc.y, { width })
    if (t.extra.length) doc.text(`${w('extra')}: ${t.extra.join(', ')}`, left, doc.y, { width })
    heading(w('doors'), 11)
    table(
      ['door', 'doorName', 'openDuration', 'doorSchedule'],
      t.doors.map((d) => [
        String(d.doorNo),
        d.name,
        d.openDuration ?? '—',
        d.doorStatusTemplate ? String(d.doorStatusTemplate) : w('noSchedule'),
      ]),
      [0.15, 0.35, 0.25, 0.25],
    )
    heading(w('listening'), 11)
    if (t.listening)
      table(
        ['slot', 'state', 'target'],
        t.listening.map((l) => [l.slot, slotText(w, l.state), l.target ?? '']),
        [0.15, 0.2, 0.65],
      )
    else doc.text(w('none'), left, doc.y)
    heading(w('lastEvents'), 11)
    table(
      ['time', 'event', 'person'],
      t.lastEvents.map((e) => [
        e.time,
        `${eventTypeName(e.major, e.minor, lang)} (${e.major}/${e.minor})`,
        [e.employeeNo, e.name].filter(Boolean).join(' '),
      ]),
      [0.3, 0.4, 0.3],
    )
    heading(w('problems'), 11)
    doc.text(problemsText(w, t.problems), left, doc.y, { width })
  }
  doc.end()
  await ended
  return { pdf: Buffer.concat(chunks), notes }
}
