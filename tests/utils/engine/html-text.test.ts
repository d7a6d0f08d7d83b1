import { describe, expect, it } from 'vitest';
import { detectCoverage } from '../../../utils/engine/coverage/coverage';
import { htmlToText } from '../../../utils/engine/html-text';

const page = `<!DOCTYPE html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <title>Fighting flares in Nagorno-Karabakh &amp; talks stall</title>
  <style>body { color: red } .secret::after { content: "STYLE-TEXT" }</style>
  <script>var leak = "SCRIPT-TEXT </div> <p>";</script>
</head>
<body>
  <header class="site"><a href="/">News Site</a> <nav><a href="/world">World</a> <a href="/sport">Sport</a></nav></header>
  <main>
    <article>
      <header><h1>Fighting flares in Nagorno-Karabakh</h1><p class="byline">By A. Reporter</p></header>
      <p>Azerbaijani forces shelled positions along the line of contact, officials in Stepanakert said.</p>
      <p>Armenia&#8217;s defence ministry said two helicopters were shot down&nbsp;&mdash; Baku denied it.</p>
      <!-- <p>COMMENT-TEXT</p> -->
      <figure><img src="x.jpg" alt="ALT-TEXT"><figcaption>Smoke over the town</figcaption></figure>
      <div hidden>HIDDEN-TEXT</div>
      <aside>Related: MOST-READ-TEXT</aside>
    </article>
  </main>
  <form><label>Subscribe FORM-TEXT</label><input name="email"></form>
  <footer>&copy; 2020 FOOTER-TEXT</footer>
  <noscript>NOSCRIPT-TEXT</noscript>
  <template><p>TEMPLATE-TEXT</p></template>
  <svg><title>SVG-TITLE</title><text>SVG-TEXT</text></svg>
</body>
</html>`;

describe('htmlToText', () => {
  const extracted = htmlToText(page);

  it('keeps the article text, one block per line', () => {
    expect(extracted.text.split('\n')).toEqual([
      'Fighting flares in Nagorno-Karabakh',
      'By A. Reporter',
      'Azerbaijani forces shelled positions along the line of contact, officials in Stepanakert said.',
      'Armenia’s defence ministry said two helicopters were shot down — Baku denied it.',
      'Smoke over the town',
    ]);
  });

  it('drops page chrome, code, hidden elements and comments', () => {
    for (const leaked of [
      'News Site',
      'World',
      'SCRIPT',
      'STYLE',
      'COMMENT',
      'ALT',
      'HIDDEN',
      'MOST-READ',
      'FORM',
      'FOOTER',
      'NOSCRIPT',
      'TEMPLATE',
      'SVG',
    ]) {
      expect(extracted.text).not.toContain(leaked);
    }
  });

  it('reads the title and the page language', () => {
    expect(extracted.title).toBe('Fighting flares in Nagorno-Karabakh & talks stall');
    expect(extracted.lang).toBe('en-GB');
    expect(htmlToText('<p>No head at all</p>')).toEqual({ text: 'No head at all', title: null, lang: null });
    expect(htmlToText("<html xml:lang='hy'><svg><title>icon</title></svg>").title).toBeNull();
    expect(htmlToText("<html xml:lang='hy'>").lang).toBe('hy');
  });

  it('gives text that coverage detection recognises', () => {
    expect(detectCoverage({ text: extracted.text, title: extracted.title ?? undefined }).isCoverage).toBe(
      true,
    );
  });

  it('decodes named, numeric and legacy character references', () => {
    const { text } = htmlToText(
      '<p>&eacute;&Eacute; &lt;b&gt; &quot;x&quot; &#8211; &#x2014; &#150; &copy 2020 &gbreve;&scedil; &unknown; &#0; &amp</p>',
    );
    expect(text).toBe('éÉ <b> "x" – — – © 2020 ğş &unknown; \ufffd &');
  });

  it('separates blocks, list items, line breaks and table cells but joins inline markup', () => {
    const { text } = htmlToText(
      '<div>One<br>Two</div><ul><li>Three</li><li>Four</li></ul><table><tr><td>5</td><td>tanks</td></tr></table>' +
        '<p>Nagorno-<b>Kara</b><i>bakh</i></p><h2>Five</h2>Six',
    );
    expect(text).toBe('One\nTwo\nThree\nFour\n5 tanks\nNagorno-Karabakh\nFive\nSix');
  });

  it('collapses whitespace within lines and keeps line breaks of <pre>', () => {
    expect(htmlToText('<p>  two \n\t  spaces&nbsp;&nbsp;here  </p>').text).toBe('two spaces here');
    expect(htmlToText('<pre>line one\nline two</pre>').text).toBe('line one\nline two');
  });

  it('keeps body text when the head is never closed', () => {
    expect(htmlToText('<html><head><title>T</title><p>Body text</p>').text).toBe('Body text');
    expect(htmlToText('<head><meta charset="utf-8">Loose text').text).toBe('Loose text');
  });

  it('never shows script content, even when the script is never closed', () => {
    expect(htmlToText('<p>Before</p><script>document.write("<p>SCRIPT</p>")').text).toBe('Before');
    expect(htmlToText('<p>Before</p><SCRIPT type="x">a</script >b<p>After</p>').text).toBe(
      'Before\nb\nAfter',
    );
  });

  it('survives malformed markup', () => {
    const cases: [string, string][] = [
      ['<div><p>unclosed <b>bold', 'unclosed bold'],
      ['<p>a < b and c > d</p>', 'a < b and c > d'],
      ['<p>text</p><div class="x', 'text'],
      ['<a title="1 > 0">link</a>', 'link'],
      ['<a href="unterminated>text</a>', ''],
      ['<p>x</></p><!-- never closed <p>y</p>', 'x'],
      ['</p>stray end</div>', 'stray end'],
      ['<nav>menu<div>inner</div>', ''],
      ['<div><nav>menu</div><p>after</p>', 'after'],
      ['<p>\ud800lone\udc00</p>', '\ud800lone\udc00'],
    ];
    for (const [html, expected] of cases) expect(htmlToText(html).text).toBe(expected);
    expect(htmlToText(undefined as unknown as string)).toEqual({ text: '', title: null, lang: null });
  });

  it('handles 1 MB of hostile input in linear time', () => {
    const inputs = [
      '<div>'.repeat(200_000),
      `<p>${'&amp;'.repeat(200_000)}</p>`,
      '<a b="'.repeat(150_000),
      '<'.repeat(1 << 20),
      '<!--'.repeat(250_000),
      `<script>${'x'.repeat(1 << 20)}`,
      Array.from({ length: 1 << 20 }, (_, i) => String.fromCharCode((i * 7919 + 13) % 65536)).join(''),
    ];
    for (const html of inputs) {
      const result = htmlToText(html);
      expect(typeof result.text).toBe('string');
    }
  });
});
