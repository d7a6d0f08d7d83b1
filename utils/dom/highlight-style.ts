/**
 * The one stylesheet that paints our highlights. Adopted as a constructed sheet so no element is
 * added to the page; a single plain <style> only where constructed sheets are missing.
 * Highlight pseudo-elements never change layout, so marks cause no layout shift.
 *
 * The highlight names are random for each page load: a page cannot test for a known name
 * (`CSS.highlights.has(...)`) to learn that Crosstally is installed. README "Privacy" says what a
 * page can still see.
 */

/** The three highlight layers, weakest first. */
export interface HighlightNames {
  figure: string;
  hover: string;
  active: string;
}

/** Fresh unguessable names: a letter first (a CSS identifier), then 64 random bits in hex. */
export function randomHighlightNames(random: Crypto = globalThis.crypto): HighlightNames {
  const name = (): string => {
    const bytes = random.getRandomValues(new Uint8Array(8));
    return `h${Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('')}`;
  };
  return { figure: name(), hover: name(), active: name() };
}

/**
 * Paint order of the layers (a Highlight's `priority`): the active mark over the hovered one over
 * the rest. Pages can read it too; the end-to-end probes find our layers by it.
 */
export const HIGHLIGHT_PRIORITIES = { figure: 0, hover: 1, active: 2 } as const;

let sessionNames: HighlightNames | null = null;

/** This page load's names, the same for every highlighter of this content script. */
export function sessionHighlightNames(): HighlightNames {
  sessionNames ??= randomHighlightNames();
  return sessionNames;
}

/**
 * Translucent amber over the page's own background keeps the page's text colour readable on
 * light and dark pages; the underline carries the cue for readers who do not see the tint.
 * The figure, hover and active rules come in that order (the end-to-end probes rely on it).
 */
export function highlightCss(names: HighlightNames): string {
  return `
::highlight(${names.figure}) {
  background-color: rgba(250, 204, 21, 0.26);
  text-decoration-line: underline;
  text-decoration-style: dotted;
  text-decoration-color: rgb(217, 119, 6);
  text-decoration-thickness: 2px;
}
::highlight(${names.hover}) {
  background-color: rgba(250, 204, 21, 0.42);
  text-decoration-line: underline;
  text-decoration-style: solid;
  text-decoration-color: rgb(217, 119, 6);
  text-decoration-thickness: 2px;
}
::highlight(${names.active}) {
  background-color: rgba(245, 158, 11, 0.55);
  text-decoration-line: underline;
  text-decoration-style: solid;
  text-decoration-color: rgb(180, 83, 9);
  text-decoration-thickness: 3px;
}
@media (forced-colors: active) {
  ::highlight(${names.figure}), ::highlight(${names.hover}) {
    text-decoration-color: Highlight;
  }
  ::highlight(${names.active}) {
    background-color: Highlight;
    color: HighlightText;
  }
}
`;
}

export interface InstalledStyle {
  /** Makes the rules apply inside a page component's shadow root (document rules do not reach it). */
  adoptInto(root: ShadowRoot): void;
  /** Re-adds the sheet if the page replaced `document.adoptedStyleSheets`. */
  ensure(): void;
  remove(): void;
}

function constructSheet(doc: Document, css: string): CSSStyleSheet | null {
  const SheetConstructor = doc.defaultView?.CSSStyleSheet;
  if (!SheetConstructor || !('adoptedStyleSheets' in doc)) return null;
  try {
    const sheet = new SheetConstructor();
    sheet.replaceSync(css);
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

export function installHighlightStyle(doc: Document, names: HighlightNames): InstalledStyle {
  const css = highlightCss(names);
  let sheet = constructSheet(doc, css);
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
      // No marker attribute: pages must not find us by one (style elements are inert to us anyway).
      styleElement = doc.createElement('style');
      styleElement.textContent = css;
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
