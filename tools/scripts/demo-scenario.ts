import { signDevelopmentToken } from '@titrepro/platform-nest';

/**
 * A regional office's first morning, told through the registry's API: register a candidate, open a
 * VAE pathway, file the experience, see the rule refuse a premature "admissible", then decide.
 */
const registry = process.argv[2] ?? 'http://127.0.0.1:3101';
const region = process.env['REGION'] ?? 'idf';

const call = async (token: string, method: string, path: string, body?: unknown) => {
  const response = await fetch(`${registry}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  return { status: response.status, body: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
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
  const refused = await call(officer, 'POST', `/candidates/${candidateId}/pathways/${pathwayId}/vae-admissibility-decision`, {
    outcome: 'admissible',
  });
  say(`  POST …/vae-admissibility-decision admissible → ${refused.status} ${String(refused.body['ruleId'] ?? '')}: ${String(refused.body['detail'] ?? '')}`);
  const notAdmissible = await call(officer, 'POST', `/candidates/${candidateId}/pathways/${pathwayId}/vae-admissibility-decision`, {
    outcome: 'not-admissible',
    reason: 'Expérience inférieure à trois ans',
  });
  say(`  POST …/vae-admissibility-decision not-admissible → ${notAdmissible.status}`);

  const history = await call(officer, 'GET', `/candidates/${candidateId}/history`);
  say(`  GET …/history → ${history.status}`);
  for (const entry of history.body as unknown as { summary: { fr: string; en: string }; ruleIds: string[] }[]) {
    say(`    · ${entry.summary.en}${entry.ruleIds.length ? ` [${entry.ruleIds.join(', ')}]` : ''}`);
  }
  if (![registered, pathway, filed, notAdmissible, history].every((step) => step.status < 300) || refused.status !== 422) {
    process.exitCode = 1;
  }
};

void main();
