import { describe, expect, it } from 'vitest';
import { escapeHtml, html } from '../../../../utils/node/demo/html';
import { parseHtml } from './parse-html';

const HOSTILE_TEXTS = [
  '</p><script>alert(1)</script>',
  '<img src=x onerror="alert(1)">',
  '" onmouseover="alert(1)" data-x="',
  "' autofocus onfocus='alert(1)",
  'Tom & Jerry &amp; &lt;b&gt; already escaped',
  '<!-- comment --> <![CDATA[ x ]]> </textarea></title></style>',
];

describe('escapeHtml', () => {
  it('leaves no character that could open a tag, an entity or end an attribute', () => {
    for (const text of HOSTILE_TEXTS)
      expect(escapeHtml(text)).not.toMatch(/[<>"']|&(?!amp;|lt;|gt;|quot;|#39;)/);
  });

  it('keeps ordinary text as it is', () => {
    expect(escapeHtml('Shot down 2 helicopters – “reported” by the ministry')).toBe(
      'Shot down 2 helicopters – “reported” by the ministry',
    );
  });
});

describe('html template', () => {
  it('renders hostile text as the same text, never as markup', () => {
    for (const text of HOSTILE_TEXTS) {
      const doc = parseHtml(html`<body><p title="${text}">${text}</p></body>`.value);
      const paragraph = doc.querySelector('p');
      expect(paragraph?.textContent).toBe(text);
      expect(paragraph?.getAttribute('title')).toBe(text);
      expect(paragraph?.attributes.length).toBe(1);
      expect(doc.querySelectorAll('script, img, textarea').length).toBe(0);
    }
  });

  it('keeps nested fragments as markup and escapes every item of a list', () => {
    const items = ['<b>one</b>', 'two'].map((item) => html`<li>${item}</li>`);
    const doc = parseHtml(html`<ul>${items}</ul>`.value);
    expect([...doc.querySelectorAll('li')].map((li) => li.textContent)).toEqual(['<b>one</b>', 'two']);
    expect(doc.querySelectorAll('b').length).toBe(0);
  });

  it('renders nothing for null, undefined and false, and numbers as text', () => {
    expect(html`<p>${null}${undefined}${false}${0}</p>`.value).toBe('<p>0</p>');
  });
});
