/** Parses generated HTML the way a browser would, to check what a reader (and the extension) gets. */
import { Window } from 'happy-dom';

export function parseHtml(markup: string): Document {
  const window = new Window();
  return new window.DOMParser().parseFromString(markup, 'text/html') as unknown as Document;
}
