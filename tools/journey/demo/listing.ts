import { JOURNEY_REGIONS, megabytes, type RunningRegions } from '../launch';
import type { DemoOutcome } from './scenario';

const SERVICE_LABELS: Readonly<Record<string, string>> = {
  registry: 'candidate registry',
  evaluation: 'evaluation',
  jury: 'jury',
  issuance: 'document issuance',
};

/** Each process's RSS now, and the peak of all of them together: the memory figures of issue 22. */
export const memoryLines = (running: RunningRegions): string[] => [
  'Memory (RSS) now:',
  ...running.rss().map((reading) => `  ${reading.name.padEnd(28)} ${megabytes(reading.rssBytes)}`),
  `  peak of all these processes together since they started: ${megabytes(running.peakRss().totalBytes)}`,
];

/** The services with their URLs and API docs, and where to look next: what the demo prints once it stays up. */
export const demoListing = (running: RunningRegions, outcome: DemoOutcome): string[] => {
  const { endpoints } = running;
  const row = (label: string, url: string, docs: string) => `  ${label.padEnd(28)} ${url.padEnd(24)} ${docs}`;
  const auditorToken = 'npm run token -- --role auditor --region idf --auditor-scope national';
  const lines = [
    '',
    row('service', 'URL', 'API (OpenAPI)'),
    ...JOURNEY_REGIONS.flatMap((region) =>
      Object.entries(endpoints.regions[region]).map(([service, url]) => row(`${region} ${SERVICE_LABELS[service] ?? service}`, url, `${url}/docs`)),
    ),
    row('audit (both regions)', endpoints.audit, `${endpoints.audit}/docs`),
    row('OpenID provider', endpoints.oidcIssuer, `${endpoints.oidcIssuer}/.well-known/openid-configuration`),
    '',
  ];
  if (outcome.timelineCandidate) {
    lines.push(
      `One candidate's timeline, the auditor's page: ${endpoints.audit}/timeline#candidat=${outcome.timelineCandidate}`,
      `  it asks for an auditor's token: ${auditorToken}`,
    );
  } else {
    lines.push(`The auditor's timeline page: ${endpoints.audit}/timeline (a token: ${auditorToken})`);
  }
  if (outcome.parchemin) {
    const issuance = endpoints.regions[outcome.parchemin.region].issuance;
    lines.push(
      `Verify a parchemin (public, what its QR code carries): ${issuance}/documents/${outcome.parchemin.documentId}/verification`,
      `  or its PDF: curl -s -H "authorization: Bearer $(npm run -s token -- --role regional-officer --region ${outcome.parchemin.region})" ${issuance}/documents/${outcome.parchemin.documentId}/pdf -o parchemin.pdf`,
      `             curl -s -X POST -H 'content-type: application/pdf' --data-binary @parchemin.pdf ${issuance}/verify`,
    );
  }
  lines.push(
    'Tokens for the APIs: npm run token -- --role regional-officer --region idf (an assessor, a jury member or a candidate: --sub <their id>, README "Who a token names")',
    '',
    `Logs: ${running.processes()[0]?.log.replace(/[^/]+$/, '') ?? 'tmp/demo/'}`,
    `Ctrl-C stops everything${running.kafkaStartedHere ? ', the Kafka broker included (this demo started it)' : '; the Kafka broker keeps running (it was running before: npm run kafka:stop)'}.`,
  );
  return lines;
};
