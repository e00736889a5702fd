// `report.build` / `report.render`: the commissioning report read from the terminals now, as
// data, printable HTML or PDF, in English or Chinese.
import type { RenderedReport, ReportLang, SiteReport } from '@shared/contract/report'
import type { ReportCollector } from './collect'
import { renderHtml } from './html'
import { renderPdf } from './pdf'

const slug = (s: string): string =>
  s.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || 'site'

export function reportService(collector: ReportCollector) {
  return {
    build: (sel: { site?: string; deviceIds?: string[] }): Promise<SiteReport> =>
      collector.build(sel),
    async render(
      sel: { site?: string; deviceIds?: string[] },
      format: 'html' | 'pdf',
      lang: ReportLang = 'en',
    ): Promise<RenderedReport> {
      const report = await collector.build(sel)
      const base = `commissioning-${slug(report.sites.join('-'))}-${report.generatedAt.slice(0, 10)}-${lang}`
      if (format === 'html')
        return {
          fileName: `${base}.html`,
          mime: 'text/html',
          content: renderHtml(report, lang),
          encoding: 'utf8',
          summary: report.summary,
          notes: [],
        }
      const { pdf, notes } = await renderPdf(report, lang)
      return {
        fileName: `${base}.pdf`,
        mime: 'application/pdf',
        content: pdf.toString('base64'),
        encoding: 'base64',
        summary: report.summary,
        notes,
      }
    },
  }
}
