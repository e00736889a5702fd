// The CSV read in chunks gives the rows the whole-text reader gives, wherever the chunks are cut
// (inside a quoted cell, between a doubled quote, between CR and LF), and refuses the same files.
import { describe, expect, it } from 'vitest'
import { CSV_LIMITS, type CsvLimits } from '../../../src/main/station/roster/csv'
import { csvStreamRows, csvTextRows } from '../../../src/main/station/import/csv-stream'

async function* chunked(text: string, size: number) {
  for (let at = 0; at < text.length; at += size) yield text.slice(at, at + size)
}

const streamed = async (text: string, size: number, limits: CsvLimits = CSV_LIMITS) => {
  const rows: string[][] = []
  for await (const row of csvStreamRows(chunked(text, size), limits)) rows.push(row)
  return rows
}

const TEXT = [
  'Employee No,Name,Notes',
  '1,"Ruiz, Elena","said ""hi""\r\nthen left"',
  '',
  '2,Bo,plain',
  '3,"",x"y',
  '4,Ann,"ends with quote"""',
].join('\r\n')

describe('csvStreamRows', () => {
  it('reads the same rows as the whole-text reader for every chunk size', async () => {
    const whole = [...csvTextRows(TEXT)]
    expect(whole).toHaveLength(5)
    for (let size = 1; size <= TEXT.length + 1; size++)
      expect(await streamed(TEXT, size), `chunks of ${size}`).toEqual(whole)
    expect(await streamed(`${TEXT}\n`, 7)).toEqual(whole)
    expect(await streamed(TEXT.replaceAll('\r\n', '\n'), 3)).toEqual([
      ...csvTextRows(TEXT.replaceAll('\r\n', '\n')),
    ])
  })

  it('takes the separator from the header line', async () => {
    expect(await streamed('a;b\n1;"x;y"\n', 2)).toEqual([
      ['a', 'b'],
      ['1', 'x;y'],
    ])
  })

  it('refuses an unclosed quote, a long cell and a row that never ends, before holding them', async () => {
    await expect(streamed('a,b\n1,"open', 3)).rejects.toThrow(/ends inside a quoted field/)
    const limits = { maxRows: 10, maxColumns: 4, maxCell: 8 }
    await expect(streamed('a,b\n1,123456789\n', 4, limits)).rejects.toThrow(/longer than 8/)
    // one unfinished quoted cell fed forever: refused once it is longer than a row could be
    async function* endless() {
      yield 'a,b\n1,"'
      for (;;) yield 'x'.repeat(64)
    }
    const rows = async () => {
      for await (const row of csvStreamRows(endless(), limits)) void row
    }
    await expect(rows()).rejects.toThrow(/longer/)
    await expect(streamed('a\n1\n2\n3\n', 1, { ...limits, maxRows: 3 })).rejects.toThrow(
      /more than 2 persons/,
    )
  })
})
