import { cohortExpectationsBroken, runCohort, summaryTable, type CandidateReport, type CohortReport } from '../journey/cohort';
import { startDownstreamSubscriber, type DownstreamSubscriber } from '../journey/downstream';
import { startRegions, type RunningRegions } from '../journey/launch';
import { describeForgeries } from './support/journey-forgeries';

/** A decision as the audit's history shows it: type, region, and rule ids it must hold. */
type Decided = readonly [type: string, region: 'idf' | 'bre', ruleIds: readonly string[], rulebookId?: string];
/** A document as its region lists it, and /verify's answer. */
type Issued = readonly [region: 'idf' | 'bre', kind: string, status: string, ccsCode: string | null, verification: string];

/** A certification event as the downstream subscriber prints it: type, region, rule ids it must hold. */
type Published = readonly [type: string, region: 'idf' | 'bre', ruleIds: readonly string[]];

/** What each scenario must come to, written out here (not read from the drivers' own expectations). */
const EXPECTED: Readonly<Record<string, { decisions: readonly Decided[]; documents: readonly Issued[]; events: readonly Published[] }>> = {
  'continuous-title': {
    decisions: [
      ['PathwayOpened', 'idf', ['PATHWAY']],
      ['TrainingEvaluationRecorded', 'idf', ['EVIDENCE-CONTINUOUS']],
      ['CandidateConvened', 'idf', ['EVIDENCE-DATED', 'JURY-PROFESSIONALS'], 'vae-jury-2024'],
      ['DeliberationRecorded', 'idf', ['JURY-OUTCOME']],
      ['TitleAwarded', 'idf', ['JURY-OUTCOME']],
      ['ParchmentIssued', 'idf', ['PARCHMENT', 'ISSUER']],
    ],
    documents: [['idf', 'parchment', 'issued', null, 'valid']],
    events: [['PathwayOpened', 'idf', []], ['TitleAwarded', 'idf', ['JURY-OUTCOME']]],
  },
  'continuous-ccp1-ccp3': {
    decisions: [
      ['DeliberationRecorded', 'idf', ['JURY-OUTCOME']],
      ['TitleNotAwarded', 'idf', ['JURY-OUTCOME']],
      ['BookletIssued', 'idf', ['BOOKLET', 'ISSUER']],
    ],
    documents: [['idf', 'booklet', 'issued', null, 'valid']],
    events: [['TitleNotAwarded', 'idf', ['JURY-OUTCOME']], ['CcpAwarded', 'idf', ['JURY-OUTCOME', 'CAPITALISATION-WINDOW']]],
  },
  'vae-refused': {
    decisions: [['VaeAdmissibilityDecided', 'idf', ['VAE-EXPERIENCE'], 'vae-jury-2024']],
    documents: [],
    events: [['VaeAdmissibilityDecided', 'idf', ['VAE-EXPERIENCE']]],
  },
  'vae-awarded': {
    decisions: [
      ['VaeAdmissibilityDecided', 'idf', ['VAE-EXPERIENCE'], 'vae-jury-2024'],
      ['CandidateConvened', 'idf', ['VAE-ADMISSIBILITY', 'JURY-PROFESSIONALS']],
      ['TitleAwarded', 'idf', ['JURY-OUTCOME']],
      ['ParchmentIssued', 'idf', ['PARCHMENT', 'ISSUER']],
    ],
    documents: [['idf', 'parchment', 'issued', null, 'valid']],
    events: [['VaeAdmissibilityDecided', 'idf', ['VAE-EXPERIENCE']], ['TitleAwarded', 'idf', ['JURY-OUTCOME']]],
  },
  'discontinuous-two-regions': {
    decisions: [
      ['CcpPairAssessmentRecorded', 'idf', ['CCP-PAIR']],
      ['CcpAwarded', 'idf', ['CAPITALISATION-WINDOW', 'JURY-OUTCOME']],
      ['CcpPairAssessmentRecorded', 'bre', ['CCP-PAIR']],
      ['CcpAwarded', 'bre', ['CAPITALISATION-WINDOW', 'JURY-OUTCOME']],
      ['TitleAwarded', 'bre', ['JURY-OUTCOME', 'TITLE-BY-CAPITALISATION']],
      ['ParchmentIssued', 'bre', ['PARCHMENT', 'ISSUER']],
    ],
    documents: [
      ['idf', 'booklet', 'issued', null, 'valid'],
      ['bre', 'booklet', 'issued', null, 'valid'],
      ['bre', 'parchment', 'issued', null, 'valid'],
    ],
    events: [['CcpAwarded', 'idf', ['CAPITALISATION-WINDOW']], ['CandidateHandedOver', 'idf', []], ['CcpAwarded', 'bre', ['CAPITALISATION-WINDOW']], ['TitleAwarded', 'bre', ['JURY-OUTCOME', 'TITLE-BY-CAPITALISATION']]],
  },
  ccs: {
    decisions: [
      ['TitleAwarded', 'idf', ['JURY-OUTCOME']],
      ['CandidateConvened', 'idf', ['CCS-REQUIRES-TITLE', 'JURY-PROFESSIONALS']],
      ['CcsAwarded', 'idf', ['CCS-REQUIRES-TITLE']],
    ],
    documents: [
      ['idf', 'parchment', 'issued', null, 'valid'],
      ['idf', 'parchment', 'issued', 'CCS1', 'valid'],
    ],
    events: [['TitleAwarded', 'idf', ['JURY-OUTCOME']], ['CcsAwarded', 'idf', ['CCS-REQUIRES-TITLE']]],
  },
  rectification: {
    decisions: [
      ['TitleNotAwarded', 'idf', ['JURY-OUTCOME']],
      ['DecisionRectified', 'idf', ['JURY-OUTCOME']],
    ],
    documents: [
      ['idf', 'booklet', 'revoked', null, 'revoked'],
      ['idf', 'booklet', 'issued', null, 'valid'],
    ],
    events: [['TitleNotAwarded', 'idf', ['JURY-OUTCOME']], ['DecisionRectified', 'idf', ['JURY-OUTCOME']]],
  },
};

const DATABASE_PREFIX = 'titrepro_e2e';

/**
 * The journey of `npm run demo`, as a test: both regions' built services and the audit (launcher's
 * startRegions, on ports 4100s and databases of its own), the same runCohort as the demo, and a
 * partner's downstream subscriber listening from before the first candidate.
 */
describe('the journey: a cohort through every pathway in two regions (built services, real PostgreSQL and Kafka)', () => {
  let running: RunningRegions | undefined;
  let subscriber: DownstreamSubscriber | undefined;
  let report: CohortReport;
  const candidate = (scenario: string): CandidateReport => {
    const found = report.candidates.find((each) => each.scenario === scenario);
    if (!found) throw new Error(`no candidate for ${scenario}`);
    return found;
  };

  beforeAll(async () => {
    const startedAt = Date.now();
    const say = (line: string) => process.stderr.write(`[journey +${((Date.now() - startedAt) / 1000).toFixed(0)} s] ${line}\n`);
    running = await startRegions({ portBase: 4100, databasePrefix: DATABASE_PREFIX, logDir: 'tmp/e2e/journey', fresh: true, build: true, say });
    subscriber = await startDownstreamSubscriber({ brokers: running.endpoints.kafkaBrokers, groupId: `journey-e2e-${Date.now()}`, topicPrefix: running.endpoints.topicPrefix });
    report = await runCohort(running.endpoints, { say });
    process.stdout.write(`${summaryTable(report)}\n`);
  }, 1_200_000);

  afterAll(async () => {
    await subscriber?.stop();
    await running?.stop();
  }, 60_000);

  it('comes out as the demo’s --check expects', () => {
    expect(cohortExpectationsBroken(report)).toEqual([]);
    expect(report.candidates.map((each) => each.scenario).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(Object.entries(EXPECTED))('%s: decides under the rules expected, each decision naming them', (scenario, { decisions }) => {
    const seen = candidate(scenario).decisions;
    for (const [type, region, ruleIds, rulebookId] of decisions) {
      expect(seen).toContainEqual(expect.objectContaining({ type, region, ruleIds: expect.arrayContaining([...ruleIds]), ...(rulebookId ? { rulebookId } : {}) }));
    }
  });

  it.each(Object.entries(EXPECTED))('%s: issues the documents expected, each verified by /verify', (scenario, { documents }) => {
    const seen = candidate(scenario).documents.map((document) => [document.region, document.kind, document.status, document.ccsCode, document.verification]);
    expect(seen).toEqual(expect.arrayContaining(documents.map((document) => [...document])));
    expect(seen).toHaveLength(documents.length);
  });

  it('refuses the CCS session before the title (CCS-REQUIRES-TITLE) and the VAE dossier without related experience (VAE-EXPERIENCE)', () => {
    expect(candidate('ccs').steps[0]?.outcome).toBe('refused CCS-REQUIRES-TITLE');
    expect(candidate('vae-refused').steps[0]?.outcome).toBe('refused VAE-EXPERIENCE (vae-jury-2024)');
  });

  it.each(Object.entries(EXPECTED))('%s: the downstream subscriber sees its certification events, with region and rule ids', async (scenario, { events }) => {
    const { candidateId } = candidate(scenario);
    for (const [type, region, ruleIds] of events) {
      const event = await subscriber?.until(`${type} of ${scenario} in ${region}`, (each) => each.candidateId === candidateId && each.type === type && each.region === region, 60_000);
      expect(event?.ruleIds).toEqual(expect.arrayContaining([...ruleIds]));
    }
  });

  it('has the audit replay every decision of every candidate to the same verdicts, and verify every chain, seal and award', () => {
    for (const each of report.candidates) expect({ scenario: each.scenario, ok: each.replay.ok, flagged: each.replay.flagged }).toEqual({ scenario: each.scenario, ok: true, flagged: 0 });
    expect(report.verification).toEqual({ ok: true, problems: [] });
    expect(report.serverErrors).toBe(0);
  });

  // After every test above (they read the report taken before): forged deliberations on the title capitalised across idf and bre.
  describeForgeries(() => {
    if (!running) throw new Error('the regions did not start');
    return { endpoints: running.endpoints, databasePrefix: DATABASE_PREFIX, candidateId: candidate('discontinuous-two-regions').candidateId };
  });
});
