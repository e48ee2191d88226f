import { describe, expect, it } from 'vitest'

import { checkDoi } from './doi'

describe('checkDoi', () => {
  it('accepts a DOI as written, after doi: or a resolver address, and lower-cases it', () => {
    for (const written of ['10.1017/S0026749X00016796', 'doi:10.1017/S0026749X00016796', 'https://doi.org/10.1017/S0026749X00016796', 'http://dx.doi.org/10.1017/s0026749x00016796.']) {
      expect(checkDoi(written)).toEqual({ ok: true, doi: '10.1017/s0026749x00016796' })
    }
  })
  it('refuses what is not of the form 10.NNNN/suffix, quoting it', () => {
    expect(checkDoi('10.12/broken')).toEqual({ ok: false, reason: '"10.12/broken" is not a well-formed DOI (10.NNNN/suffix).' })
    expect(checkDoi('10.1017').ok).toBe(false)
    expect(checkDoi('11.1017/abc').ok).toBe(false)
  })
})
