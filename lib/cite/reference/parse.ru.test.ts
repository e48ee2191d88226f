import { describe, it } from 'vitest'

import { expectReference, type ReferenceCase } from './testing'

const RUSSIAN: ReferenceCase[] = [
  ['Александров В. А. Россия на дальневосточных рубежах (вторая половина XVII в.). — М.: Наука, 1969. — 232 с.', { type: 'book', authors: [{ family: 'Александров', given: 'В. А.' }], title: { original: 'Россия на дальневосточных рубежах (вторая половина XVII в.)' }, publisherPlace: 'Москва', publisher: 'Наука', issued: '1969', language: 'ru' }],
  ['Пастухов А. М. Корейская пехотная тактика самсу // Россия и АТР. 2007. № 3. С. 12–20.', { type: 'article-journal', authors: [{ family: 'Пастухов', given: 'А. М.' }], title: { original: 'Корейская пехотная тактика самсу' }, containerTitle: 'Россия и АТР', issue: '3', pages: '12–20', issued: '2007' }],
  ['Бантыш-Каменский Н. Н. Дипломатическое собрание дел между Российским и Китайским государствами. — Казань, 1882.', { authors: [{ family: 'Бантыш-Каменский', given: 'Н. Н.' }], publisherPlace: 'Казань', issued: '1882' }],
  ['Русско-китайские отношения в XVII веке: материалы и документы / сост. Н. Ф. Демидова. — М.: Наука, 1969. — Т. 1.', { title: { original: 'Русско-китайские отношения в XVII веке: материалы и документы' }, publisher: 'Наука', issued: '1969', volume: '1' }],
  ['Оксана ГАЙНУТДИНОВА (Oksana Gainutdinova) Загадка Ачанского городка (The mystery of Fort Achansk)', { authors: [{ family: 'Гайнутдинова', given: 'Оксана', literal: 'Оксана ГАЙНУТДИНОВА', romanized: 'Oksana Gainutdinova' }], title: { original: 'Загадка Ачанского городка', translated: 'The mystery of Fort Achansk' } }],
  ['Мясников В. С. Империя Цин и Русское государство в XVII веке. — 2-е изд. — Хабаровск: Приамурское географическое общество, 1987. — С. 45.', { authors: [{ family: 'Мясников' }], edition: '2', publisherPlace: 'Хабаровск', issued: '1987', locator: { locatorType: 'page', locator: '45' } }],
  ['A.M. Pastukhov, "Корейская пехотная тактика самсу" (Korean infantry tactic samsu) (in Russian)', { authors: [{ family: 'Pastukhov', given: 'A. M.' }], title: { original: 'Корейская пехотная тактика самсу', translated: 'Korean infantry tactic samsu' }, language: 'ru' }],
  ['Сладковский М. И. История торгово-экономических отношений народов России с Китаем. — М.: Наука, 1974. — ISBN 978-5-02-000000-7.', { isbn: null, identifierProblems: [{ kind: 'isbn', reason: 'ISBN check digit wrong: "978-5-02-000000-7" (its other digits call for 1).' }], issued: '1974' }],
  ['ГАРФ. Ф. 102. Оп. 5. Д. 12. Л. 3 об.', { type: 'manuscript', archive: 'ГАРФ. Ф. 102. Оп. 5. Д. 12', locator: { locatorType: 'folio', locator: '3 об.' } }],
  ['Донесение Е. П. Хабарова. РГАДА. Ф. 214. Оп. 3. Д. 1.', { type: 'manuscript', title: { original: 'Донесение Е. П. Хабарова' }, archive: 'РГАДА. Ф. 214. Оп. 3. Д. 1' }],
  ['Там же. С. 47.', { shortForm: { kind: 'ibid' }, locator: { locatorType: 'page', locator: '47' } }],
]

describe('Russian references read into CSL fields', () => {
  it.each(RUSSIAN)('%s', (written, expected) => expectReference(written, 'ru', expected))
})
