import { deciderSpec, type DecisionContext } from '@titrepro/domain-kernel';
import { rulebooks } from '@titrepro/domain-rulebook';
import type { SessionEvent } from '../events/session-event-catalogue';
import type { SessionCommand } from '../session.command';
import { createSessionDecider } from '../session.decider';
import { constitute, convene, errorOf, eventsOf, fileOn, M1, M2, on, schedule, specReferential } from '../../spec-support/session-fixtures';

// The shipped rulebooks, not the seed alone: VAE-JURY (D. 6412-6, décret 2024-332) is in force for
// juries sitting from 13 April 2024 and not before.
const spec = deciderSpec(createSessionDecider({ referential: specReferential, rulebooks }));
const play = (steps: readonly (readonly [SessionCommand, DecisionContext])[]): SessionEvent[] =>
  steps.reduce<SessionEvent[]>((events, [command, context]) => [...events, ...eventsOf(spec.given(events).when(command, context))], []);

const VAE = fileOn('vae', { admissibility: [{ pathwayId: 'p-1', outcome: 'admissible', decidedOn: '2024-01-10', source: { eventId: 'adm-p-1', region: 'idf' } }] });
const withPresident = (command: SessionCommand, presidentId: string | null): SessionCommand =>
  command.type === 'ConstituteJury' ? { ...command, data: { ...command.data, presidentId } } : command;

/** A VAE candidate convened to a title session sitting on `date`, the jury named afterwards. */
const convenedOn = (date: string) => play([[schedule({ date }), on('2024-03-01')], [convene(VAE), on('2024-03-02')]]);

describe('VAE-JURY: the jury of a VAE candidate (D. 6412-6), applied when the jury is named', () => {
  it('records VAE-JURY with the designated president for a VAE candidate of a session sitting from 2024-04-13', () => {
    const [event] = eventsOf(spec.given(convenedOn('2024-06-18')).when(withPresident(constitute([M1, M2], [VAE]), 'm-2'), on('2024-03-03')));
    expect(event).toMatchObject({ type: 'JuryConstituted', data: { presidentId: 'm-2', rulebookId: 'vae-jury-2024' } });
    const vaeJury = event?.type === 'JuryConstituted' ? event.data.ruleApplications.find((application) => application.ruleId === 'VAE-JURY') : undefined;
    expect(vaeJury).toMatchObject({ subject: 'c-1', passed: true, facts: { pathwayType: 'vae', presidentId: 'm-2' } });
  });

  it('designates the first member named when the office names no president', () => {
    expect(eventsOf(spec.given(convenedOn('2024-06-18')).when(constitute([M2, M1], [VAE]), on('2024-03-03')))).toMatchObject([{ data: { presidentId: 'm-2' } }]);
  });

  it('refuses a VAE jury of one member from 2024-04-13, naming VAE-JURY and the rulebook', () => {
    const error = errorOf(spec.given(convenedOn('2024-06-18')).when(constitute([M1], [VAE]), on('2024-03-03')));
    expect(error).toMatchObject({ kind: 'rule-violation', ruleId: 'VAE-JURY', rulebookId: 'vae-jury-2024' });
    expect(error.message).toBe('VAE-JURY: VAE jury of 1 member(s): at least 2 are needed (art. D. 6412-6 code du travail).');
  });

  it('accepts the same jury of one for a session sitting on 2024-04-12, and records no VAE-JURY then', () => {
    const [event] = eventsOf(spec.given(convenedOn('2024-04-12')).when(constitute([M1], [VAE]), on('2024-03-03')));
    expect(event).toMatchObject({ type: 'JuryConstituted', data: { rulebookId: 'vae-2024' } });
    expect(event?.type === 'JuryConstituted' && event.data.ruleApplications.map((application) => application.ruleId)).toEqual(['JURY-PROFESSIONALS']);
  });

  it('refuses a president who is not a member, naming the field', () => {
    expect(spec.given(convenedOn('2024-06-18')).when(withPresident(constitute([M1, M2], [VAE]), 'm-9'), on('2024-03-03'))).toMatchObject({
      ok: false,
      error: { kind: 'invalid-input', field: 'presidentId' },
    });
  });

  it('reads a jury named before the president was recorded as having none (its VAE-JURY then refuses, naming it)', () => {
    const named = eventsOf(spec.given(convenedOn('2024-06-18')).when(constitute([M1, M2], [VAE]), on('2024-03-03'))).map((event) =>
      event.type === 'JuryConstituted' ? { ...event, data: { ...event.data, presidentId: undefined } } : event,
    );
    const state = spec.given([...convenedOn('2024-06-18'), ...named]).state();
    expect(state.status === 'scheduled' && state.jury?.presidentId).toBeNull();
    const error = errorOf(spec.given([...convenedOn('2024-06-18'), ...named]).when(convene({ ...VAE, candidateId: 'c-2' }), on('2024-03-04')));
    expect(error).toMatchObject({ ruleId: 'VAE-JURY', message: 'VAE-JURY: VAE jury without a designated president.' });
  });
});
