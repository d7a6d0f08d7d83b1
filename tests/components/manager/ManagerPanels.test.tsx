// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { Send } from '../../../utils/manager/client';
import { failure } from '../../../utils/messaging/protocol';
import { parseClaimPackText } from '../../../utils/store/claim-pack/validate';
import { claimCount, claimRow, claimsOfOrigin, countOfOrigin } from '../../../utils/store/claim-rows';
import { QUOTA_MESSAGE } from '../../../utils/store/errors';
import { annotationCollectionShape, claimReviewShape } from '../../utils/manager/interop/shapes';
import { fixtureFullPack, freshDb, snapshot } from '../../utils/store/helpers';
import { axeViolations, claimsLoaded, renderManager, rowLines, storeSend } from './manager-fixtures';

afterEach(cleanup);

function chooseFile(input: HTMLElement, name: string, text: string) {
  const file = new File([text], name, { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
}

describe('import', () => {
  it('lists every problem of a bad file with where it is, and changes nothing', async () => {
    const { db } = renderManager({ initialHash: '#transfer' });
    await screen.findByRole('heading', { name: 'Import a claim pack' });
    await waitFor(async () => expect(await claimCount(db)).toBe(11));
    const before = await snapshot(db);
    const pack = fixtureFullPack();
    const { selector: _selector, ...noSelector } = pack.claims[1]!;
    const bad = {
      ...pack,
      sources: [{ ...pack.sources[0], url: 'javascript:alert(1)' }, ...pack.sources.slice(1)],
      claims: [{ ...pack.claims[0], value: 'two' }, noSelector],
    };
    chooseFile(screen.getByLabelText(/Choose a claim pack file/), 'bad.json', JSON.stringify(bad));
    const alert = await screen.findByText(/Nothing was imported from “bad.json”/);
    const problems = within(alert.closest('[role="alert"]') as HTMLElement)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(problems).toEqual([
      'sources[0].url: expected an http(s) URL',
      'claims[0].value: expected number, received string',
      'claims[1].selector: expected object, received undefined',
    ]);
    expect(await snapshot(db)).toEqual(before);
    expect(screen.queryByRole('button', { name: 'Import' })).toBeNull();
  });

  it('previews what a good file would change before importing it', async () => {
    const { db } = renderManager({ initialHash: '#transfer' });
    await screen.findByRole('heading', { name: 'Import a claim pack' });
    const pack = fixtureFullPack();
    pack.sources.push({ ...pack.sources[0]!, id: 'new-src', label: 'New source' });
    pack.claims.push({
      ...pack.claims[0]!,
      id: 'new-src#helicopters_downed@26',
      sourceId: 'new-src',
      value: 7,
    });
    chooseFile(screen.getByLabelText(/Choose a claim pack file/), 'good.json', JSON.stringify(pack));
    const table = await screen.findByRole('table');
    const cells = within(table)
      .getAllByRole('row')
      .map((row) => [...row.querySelectorAll('th,td')].map((c) => c.textContent));
    expect(cells[1]).toEqual(['Claims', '1', '0', '11', '0']);
    expect(cells[2]).toEqual(['Sources', '1', '0', '4', '–']);
    expect(cells[3]).toEqual(['Article texts', '0', '0', '4', '0']);
    expect(await claimCount(db)).toBe(11);
    expect(await axeViolations()).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: 'Import' }));
    await screen.findByText(/^Imported “good.json”: 1 claim added/, { selector: 'p' });
    expect(await claimCount(db)).toBe(12);
  });
});

describe('import of a pack that only carries an article text', () => {
  it('shows the text in the preview, keeps the bundled text, and says what it wrote', async () => {
    const { db } = renderManager({ initialHash: '#transfer' });
    await screen.findByRole('heading', { name: 'Import a claim pack' });
    await waitFor(async () => expect(await claimCount(db)).toBe(11));
    const before = await snapshot(db);
    const pack = fixtureFullPack();
    const source = pack.sources[0]!;
    const forged = {
      ...pack,
      sources: [source],
      claims: [],
      documents: [{ sourceId: source.id, text: 'A forged article: 900 helicopters were shot down.' }],
    };
    chooseFile(screen.getByLabelText(/Choose a claim pack file/), 'text-only.json', JSON.stringify(forged));
    const table = await screen.findByRole('table');
    const cells = within(table)
      .getAllByRole('row')
      .map((row) => [...row.querySelectorAll('th,td')].map((c) => c.textContent));
    expect(cells[3]).toEqual(['Article texts', '0', '0', '0', '1']);
    expect(screen.getByText(/the bundled texts are never replaced/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Import' }));
    await screen.findByText(/^Imported “text-only.json”: 0 claims added, 0 updated, 0 unchanged/, {
      selector: 'p',
    });
    expect(await snapshot(db)).toEqual(before);
  });
});

describe('export', () => {
  it('downloads the whole store as a claim pack that reads back, and the filtered view as CSV', async () => {
    const { downloads } = renderManager({ initialHash: '#transfer?party=ARM' });
    await screen.findByRole('heading', { name: 'Export' });
    fireEvent.click(screen.getByRole('button', { name: 'Download claim pack (JSON)' }));
    await screen.findByText(/^Saved crosstally-store-2020-10-01.json \(11 claims\)/);
    const pack = parseClaimPackText(downloads[0]!.text);
    expect(pack.claims).toHaveLength(11);
    expect(downloads[0]!.type).toBe('application/json');
    await screen.findByLabelText(/The claims the filters show \(3 claims\)/);
    fireEvent.click(screen.getByLabelText(/The claims the filters show/));
    fireEvent.click(screen.getByRole('button', { name: 'Download CSV' }));
    await screen.findByText(/^Saved crosstally-claims-2020-10-01.csv \(3 claims\)/);
    const lines = downloads[1]!.text.trim().split('\r\n');
    expect(lines).toHaveLength(4);
    expect(lines.slice(1).every((line) => line.includes('ARM'))).toBe(true);
  });

  it('downloads the selection for other tools as ClaimReview and Web Annotations (JSON-LD)', async () => {
    const { downloads } = renderManager({ initialHash: '#transfer?party=ARM' });
    await screen.findByLabelText(/The claims the filters show \(3 claims\)/);
    fireEvent.click(screen.getByLabelText(/The claims the filters show/));
    fireEvent.click(screen.getByRole('button', { name: 'Download ClaimReview (JSON-LD)' }));
    await screen.findByText(/^Saved crosstally-claims-claimreview-2020-10-01.jsonld \(3 claims\)/);
    expect(claimReviewShape.parse(JSON.parse(downloads[0]!.text))['@graph']).toHaveLength(3);
    expect(downloads[0]!.type).toBe('application/ld+json');
    fireEvent.click(screen.getByRole('button', { name: 'Download Web Annotations (JSON-LD)' }));
    await screen.findByText(/^Saved crosstally-claims-annotations-2020-10-01.jsonld \(3 claims\)/);
    expect(annotationCollectionShape.parse(JSON.parse(downloads[1]!.text)).total).toBe(3);
  });
});

describe('reset', () => {
  it("asks first, then resets to the seed, keeping the reader's own claims", async () => {
    const db = freshDb();
    const send = storeSend(db);
    await send({ type: 'deleteClaims', ids: ['fx-wire#drones_downed@195'] });
    await send({
      type: 'addClaim',
      claim: {
        metric: 'tanks_destroyed',
        value: 6,
        qualifier: 'exact',
        side: 'AZ',
        claimant: null,
        sourceId: 'fx-repost',
        quote: 'Six tanks burned.',
        figureText: 'Six tanks',
        period: null,
      },
    });
    renderManager({ db, initialHash: '#storage' });
    await screen.findByLabelText(/The claims you added \(1\)/);
    expect(await claimCount(db)).toBe(11);
    fireEvent.click(screen.getByRole('button', { name: 'Reset to the seed…' }));
    const confirm = await screen.findByRole('region', { name: 'Reset the store?' });
    expect(confirm.textContent).toContain('1 claim of yours will be kept');
    expect(await claimRow(db, 'fx-wire#drones_downed@195')).toBeUndefined();
    fireEvent.click(within(confirm).getByRole('button', { name: 'Reset now' }));
    await screen.findByText(/kept 1 claim of yours/);
    expect(await claimRow(db, 'fx-wire#drones_downed@195')).toBeDefined();
    expect(await countOfOrigin(db, 'user')).toBe(1);
    expect(await claimCount(db)).toBe(12);
  });

  it('offers an export before resetting', async () => {
    const { downloads } = renderManager({ initialHash: '#storage' });
    fireEvent.click(await screen.findByRole('button', { name: 'Export everything first' }));
    await waitFor(() => expect(downloads).toHaveLength(1));
    expect(parseClaimPackText(downloads[0]!.text).claims).toHaveLength(11);
  });
});

describe('storage', () => {
  it('says what the store holds and uses, and shows the store’s message when the browser refuses to store more', async () => {
    const db = freshDb();
    const real = storeSend(db);
    const full: Send = (async (request: { type: string }) =>
      request.type === 'deleteClaims' ? failure('quota', 'error.quota') : real(request as never)) as Send;
    renderManager({ db, send: full, initialHash: '#storage' });
    const meter = await screen.findByLabelText(/^Uses 2.4 MB of the 9.5 MB the browser allows \(25.0%\)/);
    expect(meter.tagName).toBe('METER');
    expect(await screen.findByText('11 claims')).toBeTruthy();
    expect(screen.getByText('4 sources')).toBeTruthy();
    expect(await axeViolations()).toEqual([]);
    fireEvent.click(screen.getByRole('tab', { name: 'Claims' }));
    await claimsLoaded();
    fireEvent.click(screen.getAllByRole('button', { name: /^Delete:/ })[0] as HTMLElement);
    const alert = await screen.findByText(QUOTA_MESSAGE);
    expect(alert.closest('[role="alert"]')?.textContent).toMatch(
      /Storage full.*delete claims you no longer need/,
    );
    expect(await claimCount(db)).toBe(11);
  });
});

describe('sources', () => {
  it('lists every source with its claims, opens seed documents in the reader, and shows a source’s claims', async () => {
    renderManager({ initialHash: '#sources' });
    const wire = await screen.findByText('Example Wire, 27 September 2020');
    const row = wire.closest('.ct-source-row') as HTMLElement;
    await waitFor(() => expect(row.textContent).toContain('4 claims'));
    expect(
      within(row)
        .getByRole('link', { name: /Open Example Wire.* in the reader/ })
        .getAttribute('href'),
    ).toBe('chrome-extension://crosstally-test/reader.html?source=fx-wire');
    expect(await axeViolations()).toEqual([]);
    fireEvent.click(within(row).getByRole('button', { name: /^Show the claims of Example Wire/ }));
    await claimsLoaded(4);
    expect(screen.getByText(/^Source: Example Wire, 27 September 2020/)).toBeTruthy();
  });

  it('adds a source, naming bad fields, and deletes one with undo', async () => {
    const { db } = renderManager({ initialHash: '#sources' });
    fireEvent.click(await screen.findByRole('button', { name: 'Add a source' }));
    const editor = within(await screen.findByRole('region', { name: 'Add a source' }));
    fireEvent.input(editor.getByLabelText('Address (URL)'), { target: { value: 'javascript:alert(1)' } });
    fireEvent.click(editor.getByRole('button', { name: 'Add source' }));
    expect((await editor.findAllByText(/^Title: give the article a name/)).length).toBe(2);
    expect(editor.getAllByText(/^Address \(URL\): use a web address/).length).toBe(2);
    fireEvent.input(editor.getByLabelText('Title'), { target: { value: 'My notes' } });
    fireEvent.input(editor.getByLabelText('Address (URL)'), { target: { value: 'https://notes.example/1' } });
    fireEvent.click(editor.getByRole('button', { name: 'Add source' }));
    await screen.findByText('My notes');
    expect(await db.sources.count()).toBe(5);
    const history = (await screen.findByText('Example Times, 28 September 2020')).closest(
      '.ct-source-row',
    ) as HTMLElement;
    fireEvent.click(within(history).getByRole('button', { name: /^Delete Example Times/ }));
    await screen.findByText(/^Deleted “Example Times, 28 September 2020” and its 2 claims/);
    expect(await claimCount(db)).toBe(9);
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(async () => expect(await claimCount(db)).toBe(11));
  });
});

describe('add an article', () => {
  const article = `Armenia's defence ministry said on Tuesday that its forces had shot down three Azerbaijani helicopters near Hadrut.
Azerbaijan denied it. Nagorno-Karabakh officials said 12 civilians had been killed in Stepanakert.`;

  it('finds the figures of pasted text, lets the reader correct them, and saves the article with them', async () => {
    const { db } = renderManager({ initialHash: '#add' });
    fireEvent.input(await screen.findByLabelText('Article text'), { target: { value: article } });
    fireEvent.click(screen.getByRole('button', { name: 'Find figures' }));
    await screen.findByRole('heading', { name: /figures found: check each/ });
    const figures = screen
      .getAllByRole('group')
      .filter(
        (g) => g.tagName === 'FIELDSET' && /^Figure \d/.test(g.querySelector('legend')?.textContent ?? ''),
      );
    expect(figures.length).toBeGreaterThanOrEqual(2);
    const legendOf = (f: HTMLElement) => f.querySelector('legend')?.textContent ?? '';
    const heli = figures.find((f) => legendOf(f).includes('helicopters')) as HTMLElement;
    fireEvent.input(within(heli).getByLabelText('Value'), { target: { value: '4' } });
    expect(within(heli).getByText('corrected')).toBeTruthy();
    const civilians = figures.find((f) => legendOf(f).includes('civilians')) as HTMLElement;
    fireEvent.click(within(civilians).getByLabelText('Save this figure'));
    fireEvent.click(screen.getByRole('button', { name: /^Save the article and/ }));
    expect((await screen.findAllByText(/^Title: give the article a name/)).length).toBeGreaterThan(0);
    const fields = screen.getByRole('heading', { name: 'Where the article comes from' })
      .nextElementSibling as HTMLElement;
    fireEvent.input(within(fields).getByLabelText('Title'), { target: { value: 'Hadrut report' } });
    fireEvent.input(within(fields).getByLabelText('Outlet'), { target: { value: 'Pasted Post' } });
    fireEvent.input(within(fields).getByLabelText('Published'), { target: { value: '2020-10-06' } });
    expect(await axeViolations()).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: /^Save the article and/ }));
    const saved = await screen.findByText(/^Saved “Hadrut report” with/, { selector: 'p' });
    const link = within(saved).getByRole('link', { name: 'Read it with its figures marked' });
    expect(link.getAttribute('href')).toMatch(/reader\.html\?source=article:/);
    const user = await claimsOfOrigin(db, 'user');
    expect(user.find((c) => c.metric === 'helicopters_downed')).toMatchObject({
      value: 4,
      period: '2020-10-06',
    });
    expect(user.some((c) => c.metric === 'civilians_killed')).toBe(false);
    const source = await db.sources.get(user[0]!.sourceId);
    expect(source).toMatchObject({ label: 'Hadrut report', outlet: 'Pasted Post', kind: 'web' });
  });
});

describe('stored text is never markup', () => {
  it('renders quotes, labels and outlets that hold HTML as text', async () => {
    const db = freshDb();
    const send = storeSend(db);
    await send({ type: 'claimFacets' });
    const source = await send({
      type: 'saveSource',
      source: {
        label: '<img src=x onerror="alert(1)">',
        outlet: '<b>Bold</b>',
        url: null,
        language: 'en',
        publishedDate: null,
        kind: 'web',
      },
    });
    if (!source.ok) throw new Error(source.error.message);
    await send({
      type: 'addClaim',
      claim: {
        metric: 'tanks_destroyed',
        value: 2,
        qualifier: 'exact',
        side: null,
        claimant: null,
        sourceId: source.data.id,
        quote: '<script>alert(1)</script> 2 tanks <img src=x>',
        figureText: '2 tanks',
        period: null,
      },
    });
    renderManager({ db, initialHash: `#claims?source=${encodeURIComponent(source.data.id)}` });
    await claimsLoaded(1);
    expect(rowLines()[0]).toContain('reported by <b>Bold</b>');
    expect(document.querySelector('.ct-claim-quote')?.textContent).toBe(
      '<script>alert(1)</script> 2 tanks <img src=x>',
    );
    expect(document.querySelector('.ct-manager img, .ct-manager script, .ct-manager b')).toBeNull();
  });
});
