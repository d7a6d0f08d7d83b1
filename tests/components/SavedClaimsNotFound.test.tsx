// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { SavedClaimsNotFound } from '../../components/SavedClaimsNotFound';

afterEach(cleanup);

describe('SavedClaimsNotFound', () => {
  it('lists each saved claim missing from the page, under a heading that says so', () => {
    render(
      <SavedClaimsNotFound
        claims={[{ id: 'c1', text: '2 Azerbaijani helicopters', metricLabel: 'helicopters shot down' }]}
      />,
    );
    const section = screen.getByRole('region', { name: 'Saved from this page, not found on it now' });
    expect(section.textContent).toContain('“2 Azerbaijani helicopters”');
    expect(section.textContent).toContain('helicopters shot down: not found on this page');
  });

  it('shows nothing when every saved claim was found', () => {
    const { container } = render(<SavedClaimsNotFound claims={[]} />);
    expect(container.textContent).toBe('');
  });
});
