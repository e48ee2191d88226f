import { describe, it } from 'vitest'

import { expectReference, type ReferenceCase } from './testing'

const perdue = { family: 'Perdue', given: 'Peter C.' }

const CHICAGO: ReferenceCase[] = [
  ['Perdue, Peter C. China Marches West: The Qing Conquest of Central Eurasia. Cambridge, MA: Belknap Press, 2005.', { type: 'book', authors: [perdue], title: { original: 'China Marches West: The Qing Conquest of Central Eurasia' }, publisherPlace: 'Cambridge, MA', publisher: 'Belknap Press', issued: '2005' }],
  ['Peter C. Perdue, China Marches West: The Qing Conquest of Central Eurasia (Cambridge, MA: Belknap Press, 2005), 45.', { authors: [perdue], title: { original: 'China Marches West: The Qing Conquest of Central Eurasia' }, publisherPlace: 'Cambridge, MA', publisher: 'Belknap Press', issued: '2005', locator: { locatorType: 'page', locator: '45' } }],
  ['Forsyth, James. A History of the Peoples of Siberia. Cambridge: Cambridge University Press, 1992.', { authors: [{ family: 'Forsyth', given: 'James' }], title: { original: 'A History of the Peoples of Siberia' }, publisherPlace: 'Cambridge', publisher: 'Cambridge University Press', issued: '1992' }],
  ['James Forsyth, A History of the Peoples of Siberia (Cambridge: Cambridge University Press, 1992), 101–3.', { authors: [{ family: 'Forsyth', given: 'James' }], publisher: 'Cambridge University Press', issued: '1992', locator: { locatorType: 'page', locator: '101–3' } }],
  ['Millward, James A. Beyond the Pass: Economy, Ethnicity, and Empire in Qing Central Asia, 1759–1864. Stanford, CA: Stanford University Press, 1998.', { authors: [{ family: 'Millward', given: 'James A.' }], publisherPlace: 'Stanford, CA', issued: '1998' }],
  ['Elliott, Mark C. The Manchu Way. 2nd ed. Stanford: Stanford University Press, 2001.', { authors: [{ family: 'Elliott', given: 'Mark C.' }], title: { original: 'The Manchu Way' }, edition: '2', publisherPlace: 'Stanford', issued: '2001' }],
  ['Crossley, Pamela Kyle, Helen F. Siu, and Donald S. Sutton, eds. Empire at the Margins. Berkeley: University of California Press, 2006.', { editors: [{ family: 'Crossley', given: 'Pamela Kyle' }, { family: 'Siu', given: 'Helen F.' }, { family: 'Sutton', given: 'Donald S.' }], title: { original: 'Empire at the Margins' }, issued: '2006' }],
  ['Perdue, Peter C. "Military Mobilization in Seventeenth and Eighteenth-Century China, Russia, and Mongolia." Modern Asian Studies 30, no. 4 (1996): 757–93.', { type: 'article-journal', authors: [perdue], containerTitle: 'Modern Asian Studies', volume: '30', issue: '4', issued: '1996', pages: '757–93' }],
  ['Peter C. Perdue, "Military Mobilization," Modern Asian Studies 30, no. 4 (1996): 760.', { type: 'article-journal', title: { original: 'Military Mobilization' }, containerTitle: 'Modern Asian Studies', volume: '30', issue: '4', issued: '1996', locator: { locatorType: 'page', locator: '760' } }],
  ['Gertraude Roth Li, "State Building before 1644," in The Cambridge History of China, vol. 9, ed. Willard J. Peterson (Cambridge: Cambridge University Press, 2002), 14.', { type: 'chapter', authors: [{ family: 'Li', given: 'Gertraude Roth' }], title: { original: 'State Building before 1644' }, containerTitle: 'The Cambridge History of China', volume: '9', editors: [{ family: 'Peterson', given: 'Willard J.' }], issued: '2002', locator: { locatorType: 'page', locator: '14' } }],
  ['Fletcher, Joseph. "Ch\'ing Inner Asia c. 1800." In The Cambridge History of China, edited by John K. Fairbank, 35–106. Cambridge: Cambridge University Press, 1978.', { type: 'chapter', authors: [{ family: 'Fletcher', given: 'Joseph' }], containerTitle: 'The Cambridge History of China', editors: [{ family: 'Fairbank', given: 'John K.' }], pages: '35–106', issued: '1978' }],
  ['Mancall, Mark. Russia and China: Their Diplomatic Relations to 1728. Cambridge, MA: Harvard University Press, 1971. ISBN 978-0-674-78115-3.', { authors: [{ family: 'Mancall', given: 'Mark' }], isbn: '978-0-674-78115-3', issued: '1971' }],
  ['Stephan, John J. The Russian Far East: A History. Stanford: Stanford University Press, 1994. https://doi.org/10.1515/9781503621879.', { doi: '10.1515/9781503621879', issued: '1994', url: null }],
  ['Lee, Robert H. G. "The Manchurian Frontier in Ch\'ing History." PhD diss., Harvard University, 1970.', { type: 'thesis', authors: [{ family: 'Lee', given: 'Robert H. G.' }], publisher: 'Harvard University', issued: '1970' }],
]

const APA_HARVARD: ReferenceCase[] = [
  ['Perdue, P. C. (2005). China marches west: The Qing conquest of Central Eurasia. Belknap Press.', { authors: [{ family: 'Perdue', given: 'P. C.' }], title: { original: 'China marches west: The Qing conquest of Central Eurasia' }, publisher: 'Belknap Press', issued: '2005' }],
  ['Perdue, P. C. (1996). Military mobilization in seventeenth and eighteenth-century China, Russia, and Mongolia. Modern Asian Studies, 30(4), 757–793. https://doi.org/10.1017/S0026749X00016796', { type: 'article-journal', containerTitle: 'Modern Asian Studies', volume: '30', issue: '4', pages: '757–793', doi: '10.1017/s0026749x00016796' }],
  ['Millward, J. A., & Newby, L. J. (2006). The Qing and Islam on the western frontier. In P. K. Crossley (Ed.), Empire at the margins (pp. 113–134). University of California Press.', { authors: [{ family: 'Millward', given: 'J. A.' }, { family: 'Newby', given: 'L. J.' }], issued: '2006', type: 'chapter' }],
  ['Perdue, P.C. (2005) China marches west: the Qing conquest of Central Eurasia. Cambridge, MA: Belknap Press.', { authors: [{ family: 'Perdue', given: 'P. C.' }], publisherPlace: 'Cambridge, MA', publisher: 'Belknap Press', issued: '2005' }],
  ['Forsyth, J., 1992. A history of the peoples of Siberia. Cambridge University Press, Cambridge.', { authors: [{ family: 'Forsyth', given: 'J.' }], title: { original: 'A history of the peoples of Siberia' }, issued: '1992' }],
  ['Perdue, Peter C. 2005. China Marches West. Cambridge, MA: Belknap Press.', { authors: [perdue], issued: '2005', title: { original: 'China Marches West' }, publisher: 'Belknap Press' }],
  ['Newby, L. J. (2005). The empire and the khanate: A political history of Qing relations with Khoqand c. 1760–1860 (2nd ed.). Brill.', { authors: [{ family: 'Newby', given: 'L. J.' }], issued: '2005', publisher: 'Brill' }],
  ['Kim, K. (2016). Borderland capitalism. Stanford University Press. https://www.sup.org/books/title/?id=24731', { authors: [{ family: 'Kim', given: 'K.' }], url: 'https://www.sup.org/books/title/?id=24731', publisher: 'Stanford University Press' }],
]

const MLA: ReferenceCase[] = [
  ['Perdue, Peter C. China Marches West: The Qing Conquest of Central Eurasia. Belknap Press, 2005.', { authors: [perdue], publisher: 'Belknap Press', issued: '2005', publisherPlace: null }],
  ['Perdue, Peter C. "Military Mobilization in Seventeenth and Eighteenth-Century China." Modern Asian Studies, vol. 30, no. 4, 1996, pp. 757–93.', { type: 'article-journal', containerTitle: 'Modern Asian Studies', volume: '30', issue: '4', issued: '1996' }],
  ['Millward, James A., and Laura J. Newby. Eurasian Crossroads. Columbia UP, 2007.', { authors: [{ family: 'Millward', given: 'James A.' }, { family: 'Newby', given: 'Laura J.' }], title: { original: 'Eurasian Crossroads' }, issued: '2007' }],
  ['Kim, Kwangmin, et al. Borderland Capitalism. Stanford UP, 2016.', { authors: [{ family: 'Kim', given: 'Kwangmin' }], title: { original: 'Borderland Capitalism' }, issued: '2016' }],
]

const WIKIPEDIA: ReferenceCase[] = [
  ['Forsyth, James (1994). A History of the Peoples of Siberia: Russia\'s North Asian Colony 1581-1990. Cambridge University Press. ISBN 0-521-47771-9.', { authors: [{ family: 'Forsyth', given: 'James' }], publisher: 'Cambridge University Press', issued: '1994', isbn: '978-0-521-47771-0' }],
  ['Perdue, Peter C. (2005). China Marches West. Cambridge, MA: Belknap Press. p. 45. ISBN 978-0-674-01684-2.', { authors: [perdue], publisherPlace: 'Cambridge, MA', isbn: '978-0-674-01684-2', locator: { locatorType: 'page', locator: '45' } }],
  ['Jenne, Jeremiah (6 September 2016). "Settling Siberia: Nerchinsk, 1689". The World of Chinese. Retrieved 1 May 2020.', { title: { original: 'Settling Siberia: Nerchinsk, 1689' }, containerTitle: 'The World of Chinese', issued: '2016-09-06', accessed: '2020-05-01' }],
  ['"The Treaty of Nerchinsk". Encyclopaedia of the Far East. Archived from the original on 3 May 2010. Retrieved 2012-04-05.', { title: { original: 'The Treaty of Nerchinsk' }, containerTitle: 'Encyclopaedia of the Far East', accessed: '2012-04-05', archiveNote: 'Archived from the original on 3 May 2010.' }],
  ['Perdue, Peter C. (1996). "Military Mobilization". Modern Asian Studies. 30 (4): 757–793. doi:10.1017/S0026749X00016796.', { type: 'article-journal', containerTitle: 'Modern Asian Studies', volume: '30', issue: '4', pages: '757–793', doi: '10.1017/s0026749x00016796' }],
  ['Li, Gertraude Roth (2002). "State Building before 1644". In Peterson, Willard J. (ed.). The Ch\'ing Empire to 1800. Cambridge History of China. 9. Cambridge University Press. p. 14. ISBN 978-0-521-24334-6.', { type: 'chapter', editors: [{ family: 'Peterson', given: 'Willard J.' }], containerTitle: "The Ch'ing Empire to 1800", isbn: '978-0-521-24334-6' }],
  ['Smith, John (2010). "Frontier Forts". Journal of Frontier Studies. 12 (3): 45–67. ISBN 978-0-521-47771-1.', { isbn: null, identifierProblems: [{ kind: 'isbn', text: '978-0-521-47771-1', reason: 'ISBN check digit wrong: "978-0-521-47771-1" (its other digits call for 0).' }] }],
  ['Smith, John (2010). "Frontier Forts". Journal of Frontier Studies. doi:10.12/broken.', { doi: null, identifierProblems: [{ kind: 'doi', text: '10.12/broken' }] }],
  ['"Albazin". Great Soviet Encyclopedia. https://example.org/albazin. Accessed May 3, 2021.', { url: 'https://example.org/albazin', accessed: '2021-05-03' }],
  ['Mancall, Mark (1971). Russia and China. Harvard University Press. https://archive.org/details/russiachina. Archived at https://web.archive.org/web/2010/https://archive.org/details/russiachina', { url: 'https://archive.org/details/russiachina', archiveUrl: 'https://web.archive.org/web/2010/https://archive.org/details/russiachina' }],
]

const ARCHIVAL: ReferenceCase[] = [
  ['Report of the Ili garrison, 1871. FO 17/612, The National Archives, Kew.', { type: 'manuscript', archive: 'FO 17/612, The National Archives, Kew', issued: '1871' }],
]

describe('English references read into CSL fields', () => {
  describe.each([
    ['Chicago notes and bibliography', CHICAGO],
    ['APA and Harvard', APA_HARVARD],
    ['MLA', MLA],
    ["Wikipedia's citation templates", WIKIPEDIA],
    ['archival documents', ARCHIVAL],
  ] as const)('%s', (_form, cases) => {
    it.each(cases)('%s', (written, expected) => expectReference(written, 'en', expected))
  })
})
