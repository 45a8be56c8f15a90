import { signDevelopmentToken } from '@titrepro/platform-nest';

/**
 * A regional office's first morning, told through the registry's API: register a candidate, open a
 * VAE pathway, file 35 months of experience and decide it admissible under today's rulebook (no
 * minimum since loi 2022-1598; under the seed's three years it was refused), see a second decision
 * refused, since a decision is final; then
 * hand the file over to a second region, which accepts it and becomes the home region.
 */
const registry = process.argv[2] ?? 'http://127.0.0.1:3101';
const peerRegistry = process.argv[3] ?? 'http://127.0.0.1:3201';
const region = process.env['REGION'] ?? 'idf';
const peerRegion = process.env['PEER_REGION'] ?? 'bre';

/** A 503 (PostgreSQL busy: nothing was stored) is sent again after its Retry-After, as a client must; at most 5 times. */
const callAt = async (base: string, token: string, method: string, path: string, body?: unknown) => {
  let response: Response;
  for (let attempt = 1; ; attempt += 1) {
    response = await fetch(`${base}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    if (response.status !== 503 || attempt === 5) break;
    await response.arrayBuffer();
    await new Promise((resolve) => setTimeout(resolve, 1_000 * Number(response.headers.get('retry-after') ?? 2)));
  }
  const text = await response.text();
  return { status: response.status, body: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
};
const call = (token: string, method: string, path: string, body?: unknown) => callAt(registry, token, method, path, body);

/** Asks again, for at most 20 s, until `done` holds: the other region learns through Kafka. */
const eventually = async <Answer>(ask: () => Promise<Answer>, done: (answer: Answer) => boolean): Promise<Answer> => {
  let answer = await ask();
  for (let attempt = 0; attempt < 40 && !done(answer); attempt += 1) {
    await new Promise((resolve) => setTimeout(resolve, 500));
    answer = await ask();
  }
  return answer;
};

/** idf offers the file, bre accepts it, fetches it region to region, and is home from then on. */
const transferScenario = async (candidateId: string, officer: string): Promise<boolean> => {
  const peerOfficer = await signDevelopmentToken({ subject: `officer@${peerRegion}`, role: 'regional-officer', region: peerRegion });
  const offered = await call(officer, 'POST', `/candidates/${candidateId}/transfer`, { toRegion: peerRegion });
  say(`  POST …/transfer to ${peerRegion} → ${offered.status}`);
  const listed = await eventually(
    () => callAt(peerRegistry, peerOfficer, 'GET', '/transfers/incoming'),
    (answer) => (answer.body as unknown as { candidateId: string }[]).some((offer) => offer.candidateId === candidateId),
  );
  say(`  ${peerRegion}: GET /transfers/incoming → ${listed.status}, the offer is listed`);
  const accepted = await callAt(peerRegistry, peerOfficer, 'POST', `/transfers/incoming/${candidateId}/acceptance`);
  say(`  ${peerRegion}: POST …/acceptance → ${accepted.status}`);
  const received = await eventually(
    () => callAt(peerRegistry, peerOfficer, 'GET', `/candidates/${candidateId}`),
    (answer) => typeof answer.body['familyName'] === 'string',
  );
  say(`  ${peerRegion}: GET /candidates/… → ${received.status}, ${String(received.body['familyName'])} (fetched from ${region}, never on Kafka)`);
  const refused = await call(officer, 'GET', `/candidates/${candidateId}`);
  say(`  ${region}: GET /candidates/… → ${refused.status}: ${String(refused.body['detail'] ?? '')}`);
  return offered.status === 200 && accepted.status === 200 && received.status === 200 && refused.status === 403;
};

const say = (line: string) => process.stdout.write(`${line}\n`);

const main = async () => {
  const officer = await signDevelopmentToken({ subject: `officer@${region}`, role: 'regional-officer', region });
  const registered = await call(officer, 'POST', '/candidates', {
    familyName: 'Martin',
    givenNames: ['Camille'],
    birthDate: '1990-04-12',
    contact: { email: 'camille.martin@example.org' },
  });
  const candidateId = String(registered.body['candidateId']);
  say(`  POST /candidates → ${registered.status} candidate ${candidateId}`);

  const pathway = await call(officer, 'POST', `/candidates/${candidateId}/pathways`, { titleCode: 'TP-00495', pathwayType: 'vae' });
  const pathwayId = String(pathway.body['pathwayId']);
  say(`  POST …/pathways (TSGERI, VAE) → ${pathway.status}`);

  const shortExperience = [
    { organisation: 'Mairie de Créteil', role: 'Technicien support', start: '2022-01-01', end: '2024-11-30', capacity: 'employee', relatedToTitle: true },
  ];
  const filed = await call(officer, 'POST', `/candidates/${candidateId}/pathways/${pathwayId}/vae-admissibility-requests`, {
    experiencePeriods: shortExperience,
  });
  say(`  POST …/vae-admissibility-requests (35 months) → ${filed.status}`);
  const admissible = await call(officer, 'POST', `/candidates/${candidateId}/pathways/${pathwayId}/vae-admissibility-decision`, {
    outcome: 'admissible',
  });
  say(`  POST …/vae-admissibility-decision admissible → ${admissible.status} (today's rulebook asks no minimum duration)`);
  const decidedTwice = await call(officer, 'POST', `/candidates/${candidateId}/pathways/${pathwayId}/vae-admissibility-decision`, {
    outcome: 'not-admissible',
    reason: 'Expérience inférieure à trois ans',
  });
  say(`  POST …/vae-admissibility-decision not-admissible → ${decidedTwice.status} ${String(decidedTwice.body['detail'] ?? '')}`);

  const history = await call(officer, 'GET', `/candidates/${candidateId}/history`);
  say(`  GET …/history → ${history.status}`);
  for (const entry of (Array.isArray(history.body) ? history.body : []) as { summary: { fr: string; en: string }; ruleIds: string[] }[]) {
    say(`    · ${entry.summary.en}${entry.ruleIds.length ? ` [${entry.ruleIds.join(', ')}]` : ''}`);
  }
  const transferred = await transferScenario(candidateId, officer);
  if (![registered, pathway, filed, admissible, history].every((step) => step.status < 300) || decidedTwice.status !== 409 || !transferred) {
    process.exitCode = 1;
  }
};

void main();
