import { sessionStreamId } from '@titrepro/domain-jury';
import { PostgresEventStore } from '@titrepro/event-store';
import { signDevelopmentToken } from '@titrepro/platform-nest';
import { queryDatabase, startService, type StartedService } from '@titrepro/service-kit/testing';
import { createTestDatabase, type TestDatabase } from '@titrepro/testing';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { serviceDefinition } from '../service.definition';
import { launchChromium } from '../testing/chromium';
import { buildJuryHistory, type JuryHistory } from '../testing/jury-history';

const SCREENSHOTS = join(__dirname, '..', '..', '..', '..', 'tmp', 'audit');

/**
 * What an auditor sees: the timeline page in Chromium, served by the audit service on a real jury
 * store holding a real history (a clean deliberation, a forged one with a valid chain, and a link
 * broken by an edit in SQL). Saves tmp/audit/timeline.png for reviewers.
 */
describe('the timeline page in Chromium, on a real audit service and a real jury history', () => {
  let database: TestDatabase;
  let service: StartedService;
  let browser: Browser;
  let page: Page;
  let history: JuryHistory;
  let token: string;
  let explanationFr: string;

  beforeAll(async () => {
    database = await createTestDatabase('audit_timeline');
    const store = await PostgresEventStore.create({ connectionString: database.url });
    try {
      history = await buildJuryHistory(store);
      const clean = (await store.readStream(sessionStreamId(history.cleanSessionId))).find((event) => event.type === 'DeliberationRecorded');
      const applications = (clean?.data['ruleApplications'] ?? []) as Array<{ ruleId: string; explanation: { fr: string } }>;
      explanationFr = applications.find((application) => application.ruleId === history.forgedRuleId)?.explanation.fr ?? '';
    } finally {
      await store.close();
    }
    // An edit without recomputing the chain: the forged session's first event, a field no rule reads.
    await queryDatabase(database.url, `UPDATE event_store.events SET metadata = jsonb_set(metadata, '{correlationId}', '"edited"') WHERE stream_id = $1 AND revision = 0`, [
      sessionStreamId(history.forgedSessionId),
    ]);
    service = await startService(serviceDefinition, { region: 'idf', listen: true, env: { AUDIT_STORES: JSON.stringify([{ region: 'idf', service: 'jury', url: database.url }]) } });
    token = await signDevelopmentToken({ subject: 'auditor@dgefp', role: 'auditor', region: 'idf', auditorScope: 'national' });
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'fr-FR', timezoneId: 'Europe/Paris' });
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await service?.close();
    await database?.drop();
  });

  const show = async (asOf?: string): Promise<void> => {
    await page.fill('#token', token);
    await page.fill('#candidate', history.candidateId);
    await page.fill('#as-of', asOf ?? '');
    await page.click('button[type=submit]');
    await page.waitForSelector('#status[data-kind=ok], #status[data-kind=error]', { timeout: 60_000 });
    expect(await page.textContent('#status')).toBe('Chronologie chargée.');
  };

  it('serves the page with a policy that runs only its own script, and never puts the token in an address', async () => {
    const response = await page.goto(`${service.url}/timeline`);
    expect(response?.status()).toBe(200);
    expect(response?.headers()['content-security-policy']).toMatch(/default-src 'none'; script-src 'self'/);
    await show();
    expect(page.url()).not.toContain(token);
    expect(page.url()).toContain(`#candidat=${history.candidateId}`);
    const stored = await page.evaluate(() => (globalThis as unknown as { sessionStorage: { getItem: (key: string) => string | null } }).sessionStorage.getItem('titrepro.audit.token'));
    expect(stored).toBe(token);
  }, 120_000);

  it('shows the flagged decision and the broken link so they cannot be missed, and clicks through to the decision: its rule, its French explanation, the flag', async () => {
    await page.goto(`${service.url}/timeline`);
    await show();
    const alerts = page.locator('#alerts');
    await expect(alerts.isVisible()).resolves.toBe(true);
    expect(await alerts.getAttribute('role')).toBe('alert');
    expect(await alerts.textContent()).toContain('Décision signalée');
    expect(await alerts.textContent()).toContain('Maillon rompu');
    expect(await alerts.textContent()).toContain(sessionStreamId(history.forgedSessionId));

    // The file's events and both sessions' (those naming the candidate), on one axis, in order of occurrence.
    const times = await page.locator('#timeline > li time').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('datetime') ?? ''));
    expect(times.length).toBe(8);
    expect([...times].sort()).toEqual(times);
    const streams = await page.locator('#timeline > li').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-key')?.split('/')[2]));
    expect(new Set(streams)).toEqual(new Set([history.fileStreamId, sessionStreamId(history.cleanSessionId), sessionStreamId(history.forgedSessionId)]));

    await page.click('#alert-list a.jump');
    const decision = page.locator('#timeline > li.flagged', { has: page.locator('details[open]') });
    await decision.waitFor({ state: 'visible' });
    expect(await decision.locator('.flagged-marker').textContent()).toContain('Décision signalée');
    expect(await decision.locator('.flag-box').textContent()).toContain('Verdict que les règles ne donneraient pas');
    const rule = decision.locator(`tr[data-rule-id="${history.forgedRuleId}"]`);
    expect(await rule.locator('.rule-id').textContent()).toBe(history.forgedRuleId);
    expect(explanationFr).not.toBe('');
    expect(await rule.locator('.explanation').textContent()).toContain(explanationFr);
    expect(await rule.locator('.explanation').getAttribute('lang')).toBe('fr');
    expect(await rule.isVisible()).toBe(true);

    // The clean deliberation is a decision too, not flagged.
    const clean = page.locator('#timeline > li.decision:not(.flagged)', { hasText: 'DeliberationRecorded' });
    expect(await clean.count()).toBeGreaterThanOrEqual(1);

    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: join(SCREENSHOTS, 'timeline.png'), fullPage: true });
  }, 120_000);

  it('as of a date before the deliberations, shows the history without them', async () => {
    await page.goto(`${service.url}/timeline`);
    await show('2026-06-01');
    const types = await page.locator('#timeline .entry-meta').allTextContents();
    expect(types.some((text) => text.startsWith('CandidateConvened'))).toBe(true);
    expect(types.some((text) => text.startsWith('DeliberationRecorded'))).toBe(false);
    expect(await page.textContent('#result-meta')).toContain('état au 1 juin 2026');
  }, 120_000);
});
