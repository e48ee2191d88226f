import { describe, it } from 'vitest'

import { expectReference, type ReferenceCase } from './testing'

const CHINESE: ReferenceCase[] = [
  ['〔清〕魏源：《圣武记》卷四，北京：中华书局，1984年，第156页。', { type: 'book', authors: [{ literal: '魏源', dynasty: '清' }], title: { original: '圣武记' }, volume: '四', publisherPlace: '北京', publisher: '中华书局', issued: '1984', locator: { locatorType: 'page', locator: '156' } }],
  ['〔清〕魏源：《圣武记》卷四，第156页。', { title: { original: '圣武记' }, locator: { locatorType: 'folio', locator: '卷四，第156页' } }],
  ['〔清〕魏源：《圣武记》卷四，北京：中华书局，1984年。', { title: { original: '圣武记' }, volume: '四', publisher: '中华书局', issued: '1984', locator: null }],
  ['（清）左宗棠《左宗棠全集》，长沙：岳麓书社，2009年。', { authors: [{ literal: '左宗棠', dynasty: '清' }], title: { original: '左宗棠全集' }, publisherPlace: '长沙', publisher: '岳麓书社', issued: '2009' }],
  ['张秀平、毛元佑、黄朴民 著：《影响中国的100次战争》，南宁：广西人民出版社，1993年，第12页。', { authors: [{ literal: '张秀平' }, { literal: '毛元佑' }, { literal: '黄朴民' }], publisher: '广西人民出版社', publisherPlace: '南宁', issued: '1993', locator: { locatorType: 'page', locator: '12' } }],
  ['马大正主编：《新疆史鉴》，乌鲁木齐：新疆人民出版社，2006年。', { authors: [], editors: [{ literal: '马大正' }], title: { original: '新疆史鉴' }, issued: '2006' }],
  ['中国第一历史档案馆编：《清代中哈关系档案汇编》第一册，北京：中国档案出版社，2006年。', { editors: [{ literal: '中国第一历史档案馆' }], title: { original: '清代中哈关系档案汇编' }, publisher: '中国档案出版社' }],
  ['王柯：〈國際政治視野下的「新疆建省」〉，《二十一世纪》2001年第6期，第45—56页。', { type: 'article-journal', authors: [{ literal: '王柯' }], title: { original: '國際政治視野下的「新疆建省」' }, containerTitle: '二十一世纪', issue: '6', issued: '2001' }],
  ['《湘军刘总统禀病痊筹议进兵南路由》，《左宗棠全集》札件，第384—385页。', { type: 'chapter', title: { original: '湘军刘总统禀病痊筹议进兵南路由' }, containerTitle: '左宗棠全集', locator: { locatorType: 'page', locator: '384—385' } }],
  ['《上总理各国事务衙门》，《左文襄公全集》书牍，卷一三，页一。', { containerTitle: '左文襄公全集', locator: { locatorType: 'folio', locator: '卷一三，页一' } }],
  ['祁韵士：《皇朝藩部要略》，光绪十年刻本。', { title: { original: '皇朝藩部要略' }, issued: '1884' }],
  ['何秋涛：《朔方备乘》，一九八四年影印本，第二十卷。', { title: { original: '朔方备乘' }, issued: '1984', volume: '二十' }],
  ['曾问吾：《中国经营西域史》，上海：商务印书馆，民国二十五年。', { publisherPlace: '上海', publisher: '商务印书馆', issued: '1936' }],
  ['萧一山：《清代通史》第2版，北京：中华书局，1986年。', { title: { original: '清代通史' }, edition: '2', issued: '1986' }],
  ['魏源. 圣武记[M]. 北京: 中华书局, 1984: 156.', { type: 'book', authors: [{ literal: '魏源' }], title: { original: '圣武记' }, publisherPlace: '北京', publisher: '中华书局', issued: '1984', locator: { locatorType: 'page', locator: '156' } }],
  ['王柯. 国际政治视野下的新疆建省[J]. 二十一世纪, 2001(6): 45-56.', { type: 'article-journal', title: { original: '国际政治视野下的新疆建省' }, containerTitle: '二十一世纪', issued: '2001', issue: '6', pages: '45-56' }],
  ['《军机处录副奏折》，中国第一历史档案馆藏，档号03-0188-012。', { type: 'manuscript', title: { original: '军机处录副奏折' }, archive: '中国第一历史档案馆藏，档号03-0188-012' }],
  ['穆汗买德•阿提夫：《喀什历史》', { authors: [{ literal: '穆汗买德•阿提夫' }], title: { original: '喀什历史' } }],
  ['若米尼认为“补偿不了我们的军费”《俄国在东方》P144', { title: { original: '俄国在东方' }, quote: '若米尼认为“补偿不了我们的军费”', authors: [], locator: { locatorType: 'page', locator: '144' } }],
  ['林则徐：《林则徐全集》第五册，福州：海峡文艺出版社，2002年，第23页，ISBN 978-7-80640-741-3。', { title: { original: '林则徐全集' }, volume: '五', issued: '2002', locator: { locatorType: 'page', locator: '23' } }],
  ['Wang Ke 王柯, 《国际政治视野下的新疆建省》, 2001.', { authors: [{ literal: '王柯', romanized: 'Wang Ke' }], title: { original: '国际政治视野下的新疆建省' }, issued: '2001' }],
  ['Gong, Shuduo; Liu, Delin (2007). 图说清. 知書房出版集團. p. 66. ISBN 978-986-7151-64-3.', { authors: [{ family: 'Gong', given: 'Shuduo' }, { family: 'Liu', given: 'Delin' }], title: { original: '图说清' }, publisher: '知書房出版集團', isbn: '978-986-7151-64-3', language: 'zh' }],
]

describe('Chinese references read into CSL fields', () => {
  it.each(CHINESE)('%s', (written, expected) => expectReference(written, 'zh', expected))
})
