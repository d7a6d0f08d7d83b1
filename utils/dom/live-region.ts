/**
 * A screen-reader announcement channel for the keyboard path ("Figure 2 of 7: two helicopters").
 * It lives in a closed shadow root under a host marked as our UI, is created only on the first
 * announcement, and is visually hidden with inline !important styles page CSS cannot override.
 */
import { OWN_UI_ATTRIBUTE } from './own-ui';

export interface LiveRegion {
  announce(message: string): void;
  destroy(): void;
}

const HIDDEN_HOST_STYLE: Record<string, string> = {
  position: 'fixed',
  top: '0',
  left: '0',
  width: '1px',
  height: '1px',
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  'clip-path': 'inset(50%)',
  'white-space': 'nowrap',
  display: 'block',
  visibility: 'visible',
  opacity: '1',
  'pointer-events': 'none',
};

/** "Figure 2 of 7: two helicopters" (index is zero-based). */
export function figureAnnouncement(index: number, total: number, label: string): string {
  return `Figure ${index + 1} of ${total}: ${label}`;
}

export function createLiveRegion(doc: Document = document): LiveRegion {
  let host: HTMLElement | null = null;
  let region: HTMLElement | null = null;
  let pending = 0;

  const ensureRegion = (): HTMLElement => {
    if (host?.isConnected && region) return region;
    host = doc.createElement('crosstally-live-region');
    host.setAttribute(OWN_UI_ATTRIBUTE, '');
    for (const [property, value] of Object.entries(HIDDEN_HOST_STYLE)) {
      host.style.setProperty(property, value, 'important');
    }
    const shadow = host.attachShadow({ mode: 'closed' });
    region = doc.createElement('div');
    region.setAttribute('role', 'status');
    region.setAttribute('aria-live', 'polite');
    region.setAttribute('aria-atomic', 'true');
    shadow.append(region);
    doc.documentElement.append(host);
    return region;
  };

  return {
    announce(message) {
      const target = ensureRegion();
      // Emptying first and writing a moment later makes a repeated message announce again.
      target.textContent = '';
      const win = doc.defaultView;
      if (pending && win) win.clearTimeout(pending);
      const write = (): void => {
        pending = 0;
        target.textContent = message;
      };
      if (win) pending = win.setTimeout(write, 50);
      else write();
    },
    destroy() {
      if (pending) doc.defaultView?.clearTimeout(pending);
      pending = 0;
      host?.remove();
      host = null;
      region = null;
    },
  };
}
