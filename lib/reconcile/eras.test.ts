import { describe, expect, it } from 'vitest'

import { eraDateAgrees, findEraDates } from './eras'

const only = (text: string) => {
  const dates = findEraDates(text)
  expect(dates).toHaveLength(1)
  return dates[0]!
}

describe('reign-era dates against known Gregorian dates', () => {
  it('converts lunar days: the Tongzhi Emperor died on 同治十三年十二月初五 = 12 January 1875, the Kangxi Emperor on 康熙六十一年十一月十三日 = 20 December 1722', () => {
    expect(only('同治十三年十二月初五').gregorianDay).toBe('1875-01-12')
    expect(only('康熙六十一年十一月十三日').gregorianDay).toBe('1722-12-20')
  })

  it('gives an era year its lunar year: 同治十三年 is 1874, 康熙元年 1662, 宣统三年 1911, and the first Qing era 天命元年 1616', () => {
    expect(only('同治十三年').gregorianYears).toEqual([1874])
    expect(only('康熙元年').gregorianYears).toEqual([1662])
    expect(only('宣統三年').gregorianYears).toEqual([1911])
    expect(only('天命元年').gregorianYears).toEqual([1616])
  })

  it('knows the Ming eras: 万历二十年 is 1592, 崇祯十七年 1644, 永樂元年 1403', () => {
    expect(only('万历二十年').gregorianYears).toEqual([1592])
    expect(only('崇祯十七年').gregorianYears).toEqual([1644])
    expect(only('永樂元年').gregorianYears).toEqual([1403])
  })

  it('lets a twelfth lunar month reach into the next Gregorian year, so 同治三年（1865年）十二月 is not a mismatch', () => {
    const date = only('同治三年（1865年）十二月')
    expect(date.gregorianYears).toEqual([1864, 1865])
    expect(eraDateAgrees(date)).toBe(true)
    expect(eraDateAgrees(only('同治三年（1865年）'))).toBe(false)
  })

  it('reads leap months and refuses a leap month the year does not have', () => {
    expect(only('光绪十年闰五月').leapMonth).toBe(true)
    expect(findEraDates('光绪十一年闰五月')).toHaveLength(0)
  })

  it('takes the era last named for a bracketed year without one, but not a bare duration', () => {
    const dates = findEraDates('光緒二年（1876年）至三年（1877年），用了三年时间')
    expect(dates.map((date) => [date.era, date.eraYear, date.gregorianGiven])).toEqual([
      ['光緒', 2, 1876],
      ['光緒', 3, 1877],
    ])
  })

  it('reads romanised era dates in English text', () => {
    expect(only('in the 3rd year of Tongzhi (1865) the envoys').gregorianYears).toEqual([1864])
    expect(only('dated Guangxu 2 (1876).').gregorianGiven).toBe(1876)
  })
})
