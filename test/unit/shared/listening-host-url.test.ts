import { describe, expect, it } from 'vitest'
import { parseListeningHostUrl } from '@shared/listening-host-url'

describe('a listening host typed as a URL', () => {
  it('reads protocol, address, port (or the default) and path', () => {
    expect(parseListeningHostUrl(' http://10.0.0.5:8080/events ')).toEqual({
      protocol: 'HTTP',
      address: '10.0.0.5',
      port: 8080,
      path: '/events',
    })
    expect(parseListeningHostUrl('https://platform.example/a?b=1')).toEqual({
      protocol: 'HTTPS',
      address: 'platform.example',
      port: 443,
      path: '/a?b=1',
    })
  })

  it('refuses what is not an http(s) URL with a host, or carries credentials', () => {
    expect(parseListeningHostUrl('10.0.0.5:8080')).toBeNull()
    expect(parseListeningHostUrl('ftp://10.0.0.5/x')).toBeNull()
    expect(parseListeningHostUrl('http://user:pw@10.0.0.5/x')).toBeNull()
  })
})
