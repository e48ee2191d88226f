import { beforeEach, describe, expect, it } from 'vitest'

import { normalize, normalizeWithOffsets, SearchIndex, type SearchDocument, tokenize } from './index'

const ili: SearchDocument = {
  id: 'article-ili',
  kind: 'article',
  locale: 'zh',
  title: '伊犁将军',
  text: '乾隆二十七年，清廷设伊犁将军，总统天山南北两路军务。',
  url: '/zh/articles/ili-general',
}
const kashgar: SearchDocument = {
  id: 'place-kashgar',
  kind: 'place',
  locale: 'zh',
  title: '喀什噶爾',
  text: '喀什噶爾位於塔里木盆地西緣，是南疆的商業中心。',
  url: '/zh/places/kashgar',
}
const kashgarSimplified: SearchDocument = {
  id: 'article-kashgar-revolt',
  kind: 'event',
  locale: 'zh',
  title: '喀什噶尔之役',
  text: '清军于一八七七年收复喀什噶尔。',
  url: '/zh/events/kashgar-1877',
}
const yakubBeg: SearchDocument = {
  id: 'person-yakub-beg',
  kind: 'person',
  locale: 'en',
  title: 'Yakub Beg',
  aliases: ['Agubai', '阿古柏', 'Ya‘qūb Bēg'],
  text: 'Ruler of Kashgaria from 1865 until his death in 1877, he held the Tarim basin against the Qing.',
  url: '/en/people/yakub-beg',
}
const conquest: SearchDocument = {
  id: 'article-conquest',
  kind: 'article',
  locale: 'en',
  title: 'Qing conquest of Dzungaria',
  text: 'The Qianlong Emperor sent armies against the Dzungar Khanate in 1755. The campaigns destroyed the Dzungars as a people.',
  url: '/en/articles/dzungar-conquest',
}

function indexOf(...documents: SearchDocument[]) {
  const index = new SearchIndex()
  for (const document of documents) index.add(document)
  return index
}

const ids = (hits: { id: string }[]) => hits.map((hit) => hit.id)

describe('normalize', () => {
  it('folds case, width, diacritics, traditional characters and punctuation', () => {
    expect(normalize('ＱＩＮＧ Ya‘qūb Bēg')).toBe("qing ya'qub beg")
    expect(normalize('喀什噶爾')).toBe('喀什噶尔')
    expect(normalize('伊犁，“將軍”。')).toBe('伊犁,"将军".')
  })

  it('maps each normalised character back to the original', () => {
    const { text, sourceOffsets } = normalizeWithOffsets('Ａé喀爾')
    expect(text).toBe('ae喀尔')
    expect([...sourceOffsets]).toEqual([0, 1, 2, 3, 4])
  })
})

describe('tokenize', () => {
  it('makes words of alphabetic text and unigrams plus bigrams of Han text', () => {
    expect(tokenize('Ili 伊犁河')).toEqual(['ili', '伊', '伊犁', '犁', '犁河', '河'])
  })

  it('makes no bigram across punctuation, but joins a name across the separator ·', () => {
    expect(tokenize('伊，犁')).toEqual(['伊', '犁'])
    expect(tokenize('雅霍甫·伯克')).toContain('甫伯')
  })
})

describe('SearchIndex', () => {
  // Built before each test, not while collecting: mutation testing switches a planted bug on only when the tests start.
  let index: SearchIndex
  beforeEach(() => {
    index = indexOf(ili, kashgar, kashgarSimplified, yakubBeg, conquest)
  })

  it('finds a document with 伊犁 by the two-character query and by one character', () => {
    expect(ids(index.search('伊犁'))).toEqual(['article-ili'])
    expect(ids(index.search('伊'))).toEqual(['article-ili'])
  })

  it('finds simplified text with a traditional query and the reverse', () => {
    expect(ids(index.search('喀什噶爾')).sort()).toEqual(['article-kashgar-revolt', 'place-kashgar'])
    expect(ids(index.search('喀什噶尔')).sort()).toEqual(['article-kashgar-revolt', 'place-kashgar'])
  })

  it('highlights traditional text matched by a simplified query', () => {
    const hit = index.search('喀什噶尔', { kinds: ['place'] })[0]!
    expect(hit.snippet).toContain('<mark>喀什噶爾</mark>位於塔里木盆地')
  })

  it('finds a person by a recorded alternative name, in either script', () => {
    const [hit] = index.search('Agubai')
    expect(hit?.id).toBe('person-yakub-beg')
    expect(hit?.snippet).toContain('<mark>Agubai</mark>')
    expect(ids(index.search('阿古柏'))).toEqual(['person-yakub-beg'])
    expect(ids(index.search("ya'qub"))).toEqual(['person-yakub-beg'])
  })

  it('finds English words, by prefix too, and marks them in the snippet', () => {
    const [hit] = index.search('dzungar')
    expect(hit?.id).toBe('article-conquest')
    expect(hit?.snippet).toContain('against the <mark>Dzungar</mark> Khanate')
    expect(hit?.snippet).toContain('destroyed the <mark>Dzungars</mark>')
    expect(ids(index.search('Qianlong emperor'))).toEqual(['article-conquest'])
    expect(index.search('Qianlong Kashgar')).toEqual([])
  })

  it('returns id, kind, title, url and a score, best first, within the limit and the kinds asked for', () => {
    const hits = index.search('qing')
    expect(ids(hits)).toEqual(['article-conquest', 'person-yakub-beg'])
    expect(hits[0]).toMatchObject({ kind: 'article', title: 'Qing conquest of Dzungaria', url: '/en/articles/dzungar-conquest', locale: 'en' })
    expect(hits[0]!.score).toBeGreaterThan(hits[1]!.score)
    expect(ids(index.search('qing', { limit: 1 }))).toEqual(['article-conquest'])
    expect(ids(index.search('qing', { kinds: ['person'] }))).toEqual(['person-yakub-beg'])
  })

  it('does not match a bigram split by punctuation', () => {
    const split = indexOf({ id: 'x', kind: 'source', title: '记', text: '设伊，犁为府', url: '/x' })
    expect(split.search('伊犁')).toEqual([])
    expect(ids(split.search('伊'))).toEqual(['x'])
  })

  it('needs every bigram of a longer Han query', () => {
    expect(ids(index.search('伊犁将军'))).toEqual(['article-ili'])
    expect(index.search('伊犁噶尔')).toEqual([])
  })

  it('forgets removed documents and replaces a document added again', () => {
    const own = indexOf(ili, kashgar)
    expect(own.remove('article-ili')).toBe(true)
    expect(own.remove('article-ili')).toBe(false)
    expect(own.search('伊犁')).toEqual([])
    expect(own.size).toBe(1)
    own.add({ ...kashgar, text: '已改写的条目。' })
    expect(own.search('塔里木')).toEqual([])
    expect(ids(own.search('改写'))).toEqual(['place-kashgar'])
  })

  it('still answers correctly after removals trigger a compaction', () => {
    const own = new SearchIndex()
    for (let n = 0; n < 300; n++) own.add({ id: `d${n}`, kind: 'source', title: `Document ${n}`, text: n % 2 ? 'odd Ili' : 'even 伊犁', url: `/d/${n}` })
    for (let n = 0; n < 200; n++) own.remove(`d${n}`)
    expect(own.size).toBe(100)
    expect(own.search('odd', { limit: 500 })).toHaveLength(50)
    expect(own.search('伊犁', { limit: 500 }).map((hit) => hit.id)).toContain('d200')
    own.add({ id: 'd0', kind: 'source', title: 'Back', text: 'odd', url: '/d/0' })
    expect(own.search('odd', { limit: 500 })).toHaveLength(51)
  })

  it('escapes HTML in snippets', () => {
    const own = indexOf({ id: 'h', kind: 'source', title: 'Raw', text: 'A <script>alert("x")</script> & the Ili valley', url: '/h' })
    const [hit] = own.search('ili')
    expect(hit?.snippet).toBe('A &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; the <mark>Ili</mark> valley')
  })

  it('cuts long text to an excerpt around the match', () => {
    const long = `${'The steppe road ran north. '.repeat(20)}At last the Ili valley opened. ${'Caravans came and went. '.repeat(20)}`
    const [hit] = indexOf({ id: 'l', kind: 'source', title: 'Road', text: long, url: '/l' }).search('ili')
    expect(hit?.snippet).toMatch(/^….*<mark>Ili<\/mark> valley.*…$/)
    expect(hit!.snippet.length).toBeLessThan(200)
  })

  it('refuses a document of an unknown kind', () => {
    expect(() => new SearchIndex().add({ ...ili, kind: 'map' as never })).toThrow(/not one of article/)
  })

  it('returns nothing for an empty or punctuation-only query', () => {
    expect(index.search('')).toEqual([])
    expect(index.search('，。!')).toEqual([])
  })
})
