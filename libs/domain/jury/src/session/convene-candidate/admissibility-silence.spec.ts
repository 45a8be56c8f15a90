import { deciderSpec } from '@titrepro/domain-kernel';
import { rulebooks } from '@titrepro/domain-rulebook';
import { createSessionDecider } from '../session.decider';
import { convene, errorOf, eventsOf, fileOn, on, schedule, specReferential } from '../../spec-support/session-fixtures';

// The shipped rulebooks: from 2024 (décret 2023-1275) two months of silence after the dossier de
// recevabilité are worth admissibility; before, silence was worth rejection.
const spec = deciderSpec(createSessionDecider({ referential: specReferential, rulebooks }));
const source = { eventId: 'e-requested', region: 'idf' };
const filedOn = (requestedOn: string) => fileOn('vae', { admissibility: [], admissibilityRequests: [{ pathwayId: 'p-1', requestedOn, source }] });
const sessionOn = (date: string) => eventsOf(spec.given([]).when(schedule({ date }), on('2023-01-02')));

describe('VAE-ADMISSIBILITY from the jury: silence worth admissibility (décret 2023-1275)', () => {
  it('convenes a VAE candidate whose dossier got no answer for two months, the filing day among the facts', () => {
    const [convened] = eventsOf(spec.given(sessionOn('2024-06-18')).when(convene(filedOn('2024-03-01')), on('2024-06-01')));
    const admissibility = convened?.type === 'CandidateConvened' ? convened.data.ruleApplications.find((application) => application.ruleId === 'VAE-ADMISSIBILITY') : undefined;
    expect(convened).toMatchObject({ data: { rulebookId: 'vae-jury-2024' } });
    expect(admissibility).toMatchObject({ passed: true, facts: { admissibility: null, requestedOn: '2024-03-01', sessionDate: '2024-06-18' } });
    expect(admissibility?.explanation.en).toBe('Complete dossier filed on 2024-03-01 left unanswered: admissible by silence since 2024-05-01.');
  });

  it('refuses the same candidate before the two months are over, saying when silence will be worth admissibility', () => {
    const error = errorOf(spec.given(sessionOn('2024-06-18')).when(convene(filedOn('2024-05-01')), on('2024-06-01')));
    expect(error).toMatchObject({ kind: 'rule-violation', ruleId: 'VAE-ADMISSIBILITY', rulebookId: 'vae-jury-2024' });
    expect(error.message).toContain('it is worth admissibility on 2024-07-01');
  });

  it('refuses a dossier left unanswered in 2023: silence was then worth rejection (tp-2022)', () => {
    const error = errorOf(spec.given(sessionOn('2023-06-18')).when(convene(filedOn('2023-01-10')), on('2023-06-01')));
    expect(error).toMatchObject({ kind: 'rule-violation', ruleId: 'VAE-ADMISSIBILITY', rulebookId: 'tp-2022' });
  });
});
