// Test documents for the server/http tests.

/** The shapes Next 16 / React 19 put into a server-rendered App Router page. */
// Long enough to be worth compressing.
const text = `<p>${'伊犁 Ili, 塔尔巴哈台 Tarbagatai. '.repeat(60)}</p>`
const jsonLd = '<script type="application/ld+json">{"@type":"Article","name":"伊犁 \\u003c/script>"}</script>'
export const page = [
  '<!DOCTYPE html><html lang="zh"><head><meta charSet="utf-8"/>',
  '<link rel="stylesheet" href="/_next/static/css/a.css" data-precedence="next"/>',
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/webpack.js"/>',
  '<link rel="preload" as="font" href="/fonts/noto.woff2" crossorigin=""/>',
  '<script src="/_next/static/chunks/main-app.js" async=""></script>',
  '<script src="/_next/static/chunks/polyfills.js" noModule=""></script>',
  '<title>伊犁</title></head><body><main><p>Code samples print &lt;script&gt; as text.</p>',
  text,
  jsonLd,
  '</main><script>(self.__next_f=self.__next_f||[]).push([0])</script>',
  '<script>self.__next_f.push([1,"1:\\"$Sreact.fragment\\"\\n\\u003cp>伊犁\\u003c/p>"])</script>',
  '</body></html>',
].join('')
export const stripped = [
  '<!DOCTYPE html><html lang="zh"><head><meta charSet="utf-8"/>',
  '<link rel="stylesheet" href="/_next/static/css/a.css" data-precedence="next"/>',
  '<link rel="preload" as="font" href="/fonts/noto.woff2" crossorigin=""/>',
  '<title>伊犁</title></head><body><main><p>Code samples print &lt;script&gt; as text.</p>',
  text,
  jsonLd,
  '</main></body></html>',
].join('')
