// The report as one printable HTML page (no scripts, no external files): a summary page with
// pass / fail per terminal, then one section per terminal, each starting on a new printed page.
import type { ReportLang, ReportTerminal, SiteReport } from '@shared/contract/report'
import { eventTypeName } from '@shared/event-types'
import { problemsText, slotText, wordsFor, type WordKey } from './report-text'

const esc = (s: unknown): string =>
  String(s ?? '').replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  )

const STYLE = `
body{font-family:"Noto Sans CJK SC","Noto Sans",Arial,sans-serif;margin:24px;color:#1a1a1a;font-size:13px}
h1{font-size:22px;margin:0 0 4px}h2{font-size:17px;margin:18px 0 6px;border-bottom:2px solid #333}
h3{font-size:14px;margin:12px 0 4px}table{border-collapse:collapse;width:100%;margin:4px 0 8px}
th,td{border:1px solid #bbb;padding:3px 6px;text-align:left;vertical-align:top}th{background:#eee}
.pass{color:#0a7a28;font-weight:bold}.fail{color:#b00020;font-weight:bold}
.notVerified{color:#8a5a00;font-weight:bold}.drifted{color:#b00020}.unsupported{color:#777}
.meta{color:#555}.terminal{page-break-before:always;break-before:page}
@media print{body{margin:0}}`

export const stamp = (iso: string): string => iso.replace('T', ' ').replace(/\.\d+Z$/, ' UTC')

export function renderHtml(report: SiteReport, lang: ReportLang): string {
  const w = wordsFor(lang)
  const verdict = (t: ReportTerminal) => `<span class="${t.verdict}">${esc(w(t.verdict))}</span>`
  const table = (head: WordKey[], rows: unknown[][]): string =>
    `<table><tr>${head.map((h) => `<th>${esc(w(h))}</th>`).join('')}</tr>${rows
      .map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`)
      .join('')}</table>`
  const title = `${w('title')} — ${report.sites.join(', ')}`
  const summary = table(
    ['terminal', 'site', 'model', 'serial', 'verdict', 'problems'],
    report.terminals.map((t) => [
      esc(t.name),
      esc(t.site),
      esc(t.identity?.model ?? '—'),
      esc(t.identity?.serialNumber ?? '—'),
      verdict(t),
      esc(problemsText(w, t.problems)),
    ]),
  )
  const section = (t: ReportTerminal): string => {
    if (!t.verified)
      return `<section class="terminal"><h2>${esc(t.name)} — ${verdict(t)}</h2>
<p class="notVerified">${esc(w('notVerifiedWhy'))}: ${esc(t.error?.code)} ${esc(t.error?.message)}</p>
${table(['address', 'profile'], [[esc(t.network.address), esc(t.profile ?? w('noProfile'))]])}</section>`
    const id = t.identity!
    return `<section class="terminal"><h2>${esc(t.name)} — ${verdict(t)}</h2>
${table(
  ['model', 'serial', 'firmware', 'mac', 'address'],
  [
    [
      esc(id.model),
      esc(id.serialNumber),
      esc(id.firmwareVersion),
      esc(id.macAddress),
      esc(t.network.address),
    ],
  ],
)}
${table(
  ['time', 'timeZone', 'drift', 'profile'],
  [
    [
      esc(t.time?.deviceTime ?? w('notReadable')),
      esc(t.time?.timeZone ?? ''),
      esc(t.time?.driftSeconds ?? '—'),
      esc(t.profile ?? w('noProfile')),
    ],
  ],
)}
<h3>${esc(w('settings'))}</h3>${
      t.settings.length
        ? table(
            ['setting', 'desired', 'actual', 'state'],
            t.settings.map((s) => [
              esc(`${s.resource}${s.instance === null ? '' : `#${s.instance}`} ${s.key}`),
              esc(s.desired),
              esc(s.actual ?? '—'),
              `<span class="${s.state}">${esc(w(s.state))}</span>${s.reason ? ` — ${esc(s.reason)}` : ''}`,
            ]),
          )
        : `<p>${esc(w('none'))}</p>`
    }
<h3>${esc(w('holdings'))}</h3>${table(
      ['kind', 'onTerminal', 'inRoster'],
      t.holdings.map((h) => [esc(w(h.kind)), esc(h.terminal ?? w('notReadable')), esc(h.roster)]),
    )}${t.missing.length ? `<p>${esc(w('missing'))}: ${esc(t.missing.join(', '))}</p>` : ''}${
      t.extra.length ? `<p>${esc(w('extra'))}: ${esc(t.extra.join(', '))}</p>` : ''
    }
<h3>${esc(w('doors'))}</h3>${table(
      ['door', 'doorName', 'openDuration', 'doorSchedule'],
      t.doors.map((d) => [
        esc(d.doorNo),
        esc(d.name),
        esc(d.openDuration ?? '—'),
        esc(d.doorStatusTemplate ? d.doorStatusTemplate : w('noSchedule')),
      ]),
    )}
<h3>${esc(w('listening'))}</h3>${
      t.listening
        ? table(
            ['slot', 'state', 'target'],
            t.listening.map((l) => [esc(l.slot), esc(slotText(w, l.state)), esc(l.target ?? '')]),
          )
        : `<p>${esc(w('none'))}</p>`
    }
<h3>${esc(w('lastEvents'))}</h3>${table(
      ['time', 'event', 'person'],
      t.lastEvents.map((e) => [
        esc(e.time),
        esc(`${eventTypeName(e.major, e.minor, lang)} (${e.major}/${e.minor})`),
        esc([e.employeeNo, e.name].filter(Boolean).join(' ')),
      ]),
    )}
<h3>${esc(w('problems'))}</h3><p>${esc(problemsText(w, t.problems))}</p></section>`
  }
  return `<!doctype html><html lang="${lang === 'zh' ? 'zh-CN' : 'en'}"><head><meta charset="utf-8">
<title>${esc(title)}</title><style>${STYLE}</style></head><body>
<h1>${esc(title)}</h1><p class="meta">${esc(w('site'))}: ${esc(report.sites.join(', '))} · ${esc(w('generated'))}: ${esc(stamp(report.generatedAt))}</p>
<h2>${esc(w('summary'))}</h2><p><span class="pass">${esc(w('pass'))} ${report.summary.pass}</span> · <span class="fail">${esc(w('fail'))} ${report.summary.fail}</span> · <span class="notVerified">${esc(w('notVerified'))} ${report.summary.notVerified}</span></p>
${summary}
${report.terminals.map(section).join('\n')}
</body></html>`
}
