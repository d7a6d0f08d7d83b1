import { t } from '../../utils/i18n/translate';
export interface ManagerTab<T extends string> {
  id: T;
  label: string;
}

export interface ManagerTabsProps<T extends string> {
  tabs: readonly ManagerTab<T>[];
  current: T;
  onSelect: (id: T) => void;
}

export function tabId(id: string): string {
  return `ct-tab-${id}`;
}

export function panelId(id: string): string {
  return `ct-panel-${id}`;
}

/** The page's sections as tabs: arrow keys move between them, Home and End to the ends. */
export function ManagerTabs<T extends string>({ tabs, current, onSelect }: ManagerTabsProps<T>) {
  const onKeyDown = (event: KeyboardEvent) => {
    const at = tabs.findIndex((tab) => tab.id === current);
    const moves: Record<string, number> = {
      ArrowRight: at + 1,
      ArrowLeft: at - 1,
      Home: 0,
      End: tabs.length - 1,
    };
    const target = moves[event.key];
    if (target === undefined) return;
    event.preventDefault();
    const next = tabs[(target + tabs.length) % tabs.length];
    if (!next) return;
    onSelect(next.id);
    document.getElementById(tabId(next.id))?.focus();
  };
  return (
    <div class="ct-tabs" role="tablist" aria-label={t('manager.sections')} onKeyDown={onKeyDown}>
      {tabs.map((tab) => (
        <button
          key={tab.id}
          type="button"
          role="tab"
          id={tabId(tab.id)}
          aria-selected={tab.id === current}
          aria-controls={panelId(tab.id)}
          tabIndex={tab.id === current ? 0 : -1}
          onClick={() => onSelect(tab.id)}
        >
          {tab.label}
        </button>
      ))}
    </div>
  );
}
