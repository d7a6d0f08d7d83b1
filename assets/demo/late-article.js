// Inserts the article one second after load, the way single-page news apps do. Builds the DOM
// with textContent only: the JSON comes from a scraped seed text.
const INSERT_DELAY_MS = 1000;

function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

async function insertArticle() {
  const response = await fetch('late-article.json');
  const data = await response.json();
  const article = element('article', 'story');
  article.dataset.seedId = data.seedId;
  const header = element('header', 'story-header');
  header.append(
    element('p', 'kicker', 'World'),
    element('h1', '', data.headline),
    element('p', 'byline', data.byline),
  );
  const body = element('div', 'story-body');
  for (const paragraph of data.paragraphs) body.append(element('p', '', paragraph));
  article.append(header, body);
  document.title = `${data.headline} – Demo outlet`;
  document.getElementById('loading')?.remove();
  document.getElementById('main').append(article);
  document.documentElement.dataset.demoArticleInserted = 'true';
}

window.addEventListener('load', () => {
  setTimeout(() => {
    insertArticle().catch((error) => {
      document.getElementById('loading').textContent = `Could not load the article: ${error}`;
    });
  }, INSERT_DELAY_MS);
});
