// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/preact';
import axe from 'axe-core';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FigureOverlay } from '../../components/FigureOverlay';
import { LanguageSetting } from '../../components/manager/LanguageSetting';
import { ToolbarPopup } from '../../components/ToolbarPopup';
import { setUiLanguage } from '../../utils/i18n/translate';
import type { ReportLinker } from '../../utils/overlay/links';
import { armMod, helicopterReports, pageFigure } from './overlay-fixtures';

const linker: ReportLinker = { readerUrl: (r) => `chrome-extension://id/reader.html?source=${r.sourceId}` };

beforeEach(() => setUiLanguage('ru'));
afterEach(() => {
  cleanup();
  setUiLanguage('en');
});

describe('in Russian', () => {
  it('the overlay names what is counted, the claimant, the summary and the agreement in Russian', async () => {
    render(
      <FigureOverlay
        pageFigure={pageFigure}
        content={{ status: 'ready', reports: helicopterReports() }}
        linker={linker}
        onClose={vi.fn()}
      />,
    );
    const dialog = screen.getByRole('dialog');
    expect(screen.getByRole('heading', { level: 2 }).textContent).toMatch(
      /^Сбитые вертолёты \(азербайджанские потери\), 27 сент\. 2020\sг\.$/,
    );
    expect(screen.getByText(/Эта страница:/).textContent).toBe(
      'Эта страница: 4, по данным: Минобороны Армении Армения',
    );
    expect(screen.getByRole('status').textContent).toBe('3 цифры от 3 заявителей в 7 сообщениях: 1, 2, 4');
    const groups = within(dialog).getAllByRole('heading', { level: 3 });
    expect(groups.map((g) => g.textContent)).toContain('4✓совпадает');
    expect(screen.getByRole('button', { name: 'Закрыть' })).toBeTruthy();
    expect((await axe.run(dialog)).violations).toEqual([]);
  });

  it('the popup says its status, figures and links in Russian', () => {
    render(
      <ToolbarPopup
        status={{ kind: 'coverage', coverage: { isCoverage: true, score: 9, evidence: [] }, figureCount: 5 }}
        figures={[
          {
            id: 'f1',
            text: '4 вертолёта',
            metricLabel: 'helicopters shot down',
            side: 'AZ',
            claimant: armMod,
            reportCount: 3,
          },
        ]}
        onSelectFigure={vi.fn()}
        site={{ hostname: 'news.example', enabled: true }}
        onSiteToggle={vi.fn()}
        managerUrl="chrome-extension://id/options.html"
      />,
    );
    expect(screen.getByText(/Материал о Нагорном Карабахе/).textContent).toBe(
      'Материал о Нагорном Карабахе: 5 цифр с сообщениями в вашем хранилище.',
    );
    const figure = screen.getByRole('button', { name: /4 вертолёта/ });
    expect(figure.textContent).toContain('Сбитые вертолёты (азербайджанские потери)');
    expect(figure.textContent).toContain('Минобороны Армении · 3 сообщения');
    expect(screen.getByRole('switch', { name: 'Отмечать цифры на news.example' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Открыть менеджер хранилища' })).toBeTruthy();
  });

  it('the language menu offers following the browser and every language by its own name', () => {
    const onChange = vi.fn();
    render(<LanguageSetting setting="browser" browserLanguage="ru" onChange={onChange} />);
    const menu = screen.getByRole('combobox', { name: 'Язык' }) as HTMLSelectElement;
    expect([...menu.options].map((o) => o.textContent)).toEqual([
      'Как в браузере (Русский)',
      'English',
      'Русский',
      'Deutsch',
      'Français',
      'Italiano',
      'Türkçe',
      'Azərbaycan dili',
      'Հայերեն',
    ]);
    menu.value = 'hy';
    menu.dispatchEvent(new Event('change'));
    expect(onChange).toHaveBeenCalledWith('hy');
  });
});
