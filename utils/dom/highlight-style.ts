/**
 * The one stylesheet that paints our highlights. Adopted as a constructed sheet so no element is
 * added to the page; a single <style data-crosstally-ui> only where constructed sheets are missing.
 * Highlight pseudo-elements never change layout, so marks cause no layout shift.
 */
import { OWN_UI_ATTRIBUTE } from './own-ui';

export const HIGHLIGHT_NAMES = {
  figure: 'crosstally-figure',
  hover: 'crosstally-figure-hover',
  active: 'crosstally-figure-active',
} as const;

/**
 * Translucent amber over the page's own background keeps the page's text colour readable on
 * light and dark pages; the underline carries the cue for readers who do not see the tint.
 */
export const HIGHLIGHT_CSS = `
::highlight(${HIGHLIGHT_NAMES.figure}) {
  background-color: rgba(250, 204, 21, 0.26);
  text-decoration-line: underline;
  text-decoration-style: dotted;
  text-decoration-color: rgb(217, 119, 6);
  text-decoration-thickness: 2px;
}
::highlight(${HIGHLIGHT_NAMES.hover}) {
  background-color: rgba(250, 204, 21, 0.42);
  text-decoration-line: underline;
  text-decoration-style: solid;
  text-decoration-color: rgb(217, 119, 6);
  text-decoration-thickness: 2px;
}
::highlight(${HIGHLIGHT_NAMES.active}) {
  background-color: rgba(245, 158, 11, 0.55);
  text-decoration-line: underline;
  text-decoration-style: solid;
  text-decoration-color: rgb(180, 83, 9);
  text-decoration-thickness: 3px;
}
@media (forced-colors: active) {
  ::highlight(${HIGHLIGHT_NAMES.figure}), ::highlight(${HIGHLIGHT_NAMES.hover}) {
    text-decoration-color: Highlight;
  }
  ::highlight(${HIGHLIGHT_NAMES.active}) {
    background-color: Highlight;
    color: HighlightText;
  }
}
`;

export interface InstalledStyle {
  /** Makes the rules apply inside a page component's shadow root (document rules do not reach it). */
  adoptInto(root: ShadowRoot): void;
  /** Re-adds the sheet if the page replaced `document.adoptedStyleSheets`. */
  ensure(): void;
  remove(): void;
}

function constructSheet(doc: Document): CSSStyleSheet | null {
  const SheetConstructor = doc.defaultView?.CSSStyleSheet;
  if (!SheetConstructor || !('adoptedStyleSheets' in doc)) return null;
  try {
    const sheet = new SheetConstructor();
    sheet.replaceSync(HIGHLIGHT_CSS);
    return sheet;
  } catch {
    return null;
  }
}

function adopt(target: DocumentOrShadowRoot, sheet: CSSStyleSheet): void {
  if (!target.adoptedStyleSheets.includes(sheet)) {
    target.adoptedStyleSheets = [...target.adoptedStyleSheets, sheet];
  }
}

function unadopt(target: DocumentOrShadowRoot, sheet: CSSStyleSheet): void {
  if (target.adoptedStyleSheets.includes(sheet)) {
    target.adoptedStyleSheets = target.adoptedStyleSheets.filter((each) => each !== sheet);
  }
}

export function installHighlightStyle(doc: Document): InstalledStyle {
  let sheet = constructSheet(doc);
  const shadowRoots = new Set<ShadowRoot>();
  let styleElement: HTMLStyleElement | null = null;
  const ensure = (): void => {
    if (sheet) {
      try {
        adopt(doc, sheet);
        return;
      } catch {
        sheet = null; // some content-script sandboxes refuse adoption; use an element instead
      }
    }
    if (!styleElement?.isConnected) {
      styleElement = doc.createElement('style');
      styleElement.setAttribute(OWN_UI_ATTRIBUTE, '');
      styleElement.textContent = HIGHLIGHT_CSS;
      (doc.head ?? doc.documentElement).append(styleElement);
    }
  };
  ensure();
  return {
    ensure,
    adoptInto(root) {
      if (!sheet || shadowRoots.has(root)) return;
      try {
        adopt(root, sheet);
        shadowRoots.add(root);
      } catch {
        // Marks inside this component stay unpainted but still work from the keyboard.
      }
    },
    remove() {
      if (sheet) {
        const current = sheet;
        for (const target of [doc, ...shadowRoots]) {
          try {
            unadopt(target, current);
          } catch {
            // The target is gone or refuses; nothing left to undo.
          }
        }
      }
      shadowRoots.clear();
      styleElement?.remove();
      styleElement = null;
    },
  };
}
