/**
 * The /explore page end to end in headless Chromium (Debian's chromium, driven by playwright-core):
 * search, expand, open evidence, filter, timeline. Leaves a screenshot in test-artifacts/.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { ingestPaths } from '../../src/ingest';
import { wipe } from '../helpers/neo4j';
import { launchChromium, waitForText } from '../helpers/browser';
import { useServer } from '../helpers/server';

const ARTIFACTS = path.resolve(__dirname, '../../test-artifacts');

describe('graph explorer in Chromium', () => {
  const app = useServer();
  let browser: Browser;
  let page: Page;
  const origin = () => app().server.url.replace(/\/graphql$/, '');

  beforeAll(async () => {
    await wipe(app().graph);
    await ingestPaths(app().graph, [path.resolve(__dirname, '../../seeds')]);
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('finds Stoltenberg, draws his neighbourhood and shows his details', async () => {
    const paths = new Set<string>();
    page.on('request', (r) => paths.add(new URL(r.url()).pathname));
    await page.goto(`${origin()}/explore`);
    await page.getByLabel('Search entities').fill('Stoltenberg');
    await page.getByTestId('search').click();
    const hit = page.getByTestId('hit').first();
    await hit.waitFor();
    expect(await hit.textContent()).toBe('Jens Stoltenberg');
    await hit.click();
    expect(await waitForText(page.getByTestId('entity-name'), 'Jens Stoltenberg')).toBe('Jens Stoltenberg');
    const nodes = Number(await page.getByTestId('graph').getAttribute('data-nodes'));
    expect(nodes).toBeGreaterThan(1);
    // the canvas is real: Cytoscape drew into it
    expect(await page.locator('#graph canvas').count()).toBeGreaterThan(0);
    const facts = await page.getByTestId('connection').allTextContents();
    expect(facts.join('\n')).toMatch(/HOLDS_POSITION → NATO/);
    // a real client of the public API only: nothing but the page, its assets and /graphql
    expect([...paths].sort()).toEqual(['/explore', '/explore/app.js', '/explore/style.css', '/graphql']);
  });

  it('opens the evidence of a fact: the sentence and its article', async () => {
    const row = page.getByTestId('connection').filter({ hasText: 'HOLDS_POSITION → NATO' }).first();
    await row.getByTestId('show-evidence').click();
    expect(await waitForText(page.getByTestId('evidence-title'), 'Jens Stoltenberg HOLDS_POSITION NATO')).toContain(
      'Jens Stoltenberg HOLDS_POSITION NATO',
    );
    const evidence = await page.getByTestId('evidence').first().textContent();
    expect(evidence).toMatch(/Stoltenberg/);
    expect(evidence).toMatch(/2023-02-16/);
  });

  it('expands a neighbour: NATO brings new entities onto the graph', async () => {
    const before = Number(await page.getByTestId('graph').getAttribute('data-nodes'));
    await page
      .getByTestId('connection')
      .filter({ hasText: 'HOLDS_POSITION → NATO' })
      .first()
      .getByTestId('expand')
      .click();
    expect(await waitForText(page.getByTestId('entity-name'), 'NATO')).toBe('NATO');
    // the graph count is written in the same render as the entity's name
    expect(Number(await page.getByTestId('graph').getAttribute('data-nodes'))).toBeGreaterThan(before);
    expect(await waitForText(page.getByTestId('status'), 'NATO')).toContain('NATO');
  });

  it('filters by relationship type and by date', async () => {
    const count = () => page.getByTestId('graph-count').textContent();
    const all = await count();
    const boxes = await page.getByTestId('type-filter').all();
    const types = await Promise.all(boxes.map((b) => b.getAttribute('value')));
    expect(types).toContain('HOLDS_POSITION');
    await page.locator('[data-testid=type-filter][value=HOLDS_POSITION]').uncheck();
    expect(await count()).not.toBe(all);
    expect(await page.getByTestId('connection').filter({ hasText: 'HOLDS_POSITION' }).count()).toBe(0);
    await page.locator('[data-testid=type-filter][value=HOLDS_POSITION]').check();
    expect(await count()).toBe(all);
    // the seed was published 2023-02-16: a range after it hides every fact
    await page.getByTestId('date-from').fill('2024-01-01');
    await page.getByTestId('date-from').dispatchEvent('change');
    expect(await count()).toMatch(/, 0 facts shown/);
    await page.getByTestId('date-from').fill('');
    await page.getByTestId('date-from').dispatchEvent('change');
    expect(await count()).toBe(all);
  });

  it('shows statements and events on a timeline, and keeps a screenshot', async () => {
    await page.getByLabel('Search entities').fill('Borrell');
    await page.getByTestId('search').click();
    await page.getByTestId('hit').filter({ hasText: 'Borrell' }).first().click();
    expect(await waitForText(page.getByTestId('entity-name'), 'Borrell')).toContain('Borrell');
    const items = await page.getByTestId('timeline-item').allTextContents();
    expect(items.length).toBeGreaterThan(0);
    expect(items.some((t) => t.startsWith('2023-02') && /statement/.test(t))).toBe(true);
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: path.join(ARTIFACTS, 'explorer.png') });
    expect(fs.statSync(path.join(ARTIFACTS, 'explorer.png')).size).toBeGreaterThan(10_000);
  });
});
