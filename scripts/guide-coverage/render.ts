// docs/guide-coverage.md: the counts, then one table row per guide item.
import type { Counts, CoverageRow } from './coverage'

const SHOWN = 4
const cell = (xs: string[]): string =>
  xs.length === 0
    ? '—'
    : xs.length > SHOWN
      ? `${xs.slice(0, SHOWN).join('<br>')}<br>+${xs.length - SHOWN} more`
      : xs.join('<br>')
const esc = (s: string): string => s.replace(/\|/g, '\\|')

function countLine(name: string, c: Counts): string {
  return `| ${name} | ${c.items} | ${c.client} | ${c.simulator} | ${c.station} | ${c.user} | ${c.tested} | ${c.noUrl} |`
}

export function renderMarkdown(
  rows: CoverageRow[],
  summary: { chapter21: Counts; framework: Counts; recordedRequests: number },
): string {
  const lines = [
    '# Guide coverage',
    '',
    'Written by `npm run coverage:guide` (scripts/guide-coverage/): do not edit by hand. One row per',
    'API item of the guide (docs/protocol/guide-toc.txt; its request from the protocol reference).',
    '**Client**: a client function sends that request (src/main/isapi, or the generic resource',
    'functions for a registry entry). **Simulator**: a simulator route serves it. **Station**: the',
    'contract method that sends it (the config registry, or the one on whose behalf it was sent in',
    'the tests). **User**: where a user reaches it (Terminal page section, renderer screen, CLI).',
    '**Tested**: during the integration tests the client sent it and the simulator served it.',
    '',
    '| items | total | client | simulator | station | user | tested | no URL |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
    countLine('chapter 21', summary.chapter21),
    countLine('framework chapters', summary.framework),
    '',
    '| § | item | request | client | simulator | station | user | tested | note |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows.map(
      (r) =>
        `| ${r.section} | ${esc(r.title)} | ${r.request ? `\`${esc(r.request)}\`` : '—'} | ${cell(r.client)} | ${cell(r.simulator)} | ${cell(r.station)} | ${cell(r.user)} | ${r.tested ? 'yes' : 'no'} | ${esc(r.note)} |`,
    ),
    '',
  ]
  return lines.join('\n')
}
