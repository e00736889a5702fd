import { describe, expect, it } from 'vitest'
import { DocValidator, capsToXml } from '../../../src/simulator/config/validate.js'
import { IsapiFail } from '../../../src/simulator/http/errors.js'

const caps = {
  enable: 'true,false',
  mode: { '@opt': 'a,b' },
  n: { '@min': 1, '@max': 9 },
  name: { '@min': 0, '@max': 4 },
  List: { maxSize: 2, id: { '@min': 1, '@max': 3 } },
}
const factory = { enable: false, mode: 'a', n: 1, name: '', List: [{ id: 1 }] }

function err(f: () => unknown): string {
  try {
    f()
  } catch (e) {
    return e instanceof IsapiFail ? `${e.sub}:${e.errorMsg}` : String(e)
  }
  return 'no error'
}

describe('configuration document validation', () => {
  it('merges valid JSON values and ignores unknown keys', () => {
    const v = new DocValidator(false)
    expect(
      v.merge(
        { enable: true, n: 9, List: [{ id: 3 }, { id: 2 }], extra: 1 },
        factory,
        caps,
        factory,
      ),
    ).toEqual({ enable: true, mode: 'a', n: 9, name: '', List: [{ id: 3 }, { id: 2 }] })
  })

  it('rejects wrong types, ranges, enums, lengths and list sizes with the field name', () => {
    const v = new DocValidator(false)
    expect(err(() => v.merge({ enable: 'yes' }, factory, caps, factory))).toBe(
      'badParameters:enable',
    )
    expect(err(() => v.merge({ n: 10 }, factory, caps, factory))).toBe('badParameters:n')
    expect(err(() => v.merge({ mode: 'c' }, factory, caps, factory))).toBe('badParameters:mode')
    expect(err(() => v.merge({ name: 'abcde' }, factory, caps, factory))).toBe('badParameters:name')
    expect(
      err(() => v.merge({ List: [{ id: 1 }, { id: 1 }, { id: 1 }] }, factory, caps, factory)),
    ).toBe('badParameters:List')
    expect(err(() => v.merge({ List: [{ id: 4 }] }, factory, caps, factory))).toBe(
      'badParameters:id',
    )
  })

  it('coerces XML strings by the factory type; errors are badXmlContent', () => {
    const v = new DocValidator(true)
    expect(
      v.merge({ enable: 'true', n: '3', List: { id: '2' } }, factory, caps, factory),
    ).toMatchObject({ enable: true, n: 3, List: [{ id: 2 }] })
    expect(err(() => v.merge({ n: 'x' }, factory, caps, factory))).toBe('badXmlContent:n')
  })

  it('renders capabilities as XML attributes', () => {
    expect(capsToXml(caps)).toEqual({
      enable: { '@opt': 'true,false' },
      mode: { '@opt': 'a,b' },
      n: { '@min': 1, '@max': 9 },
      name: { '@min': 0, '@max': 4 },
      List: { '@size': 2, id: { '@min': 1, '@max': 3 } },
    })
  })
})
