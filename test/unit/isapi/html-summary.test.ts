import { describe, expect, it } from 'vitest'
import { htmlSummary, statusFromBody } from '../../../src/main/isapi/errors'

describe('htmlSummary', () => {
  it('title and heading of an error page', () => {
    expect(
      htmlSummary(
        '<html><head><title>Document Error</title></head><body><h2>404 -- Not Found</h2></body></html>',
      ),
    ).toBe('Document Error — 404 -- Not Found')
  })

  it('the text without tags when there is no title, at most 200 characters', () => {
    expect(htmlSummary('<html><body><p>Service <b>busy</b></p>\n</body></html>')).toBe(
      'Service busy',
    )
    expect(htmlSummary(`<html><body>${'x '.repeat(500)}</body></html>`)).toHaveLength(200)
  })

  it('an unterminated tag ends the text (the rest is inside the tag)', () => {
    expect(htmlSummary('<html><body>Bad gateway<div class="x')).toBe('Bad gateway')
  })

  it('looks at the first 8 KiB only: the text after it never appears', () => {
    const page = `<html><body>${'<'.repeat(4 * 1024 * 1024)}`
    expect(htmlSummary(page)).toBe('')
    expect(statusFromBody('text/html', `<html>${' '.repeat(9000)}late text</html>`)).toEqual({
      html: '',
    })
  })
})
