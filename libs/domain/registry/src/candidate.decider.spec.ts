import { foldEvents } from '@titrepro/domain-kernel';
import { candidateDecider } from './candidate.decider';
import type { CandidateCommand } from './candidate.command';
import type { CandidateEvent } from './events/candidate-event-catalogue';

describe('candidateDecider (shipped titles and rulebooks)', () => {
  it('runs a VAE candidate from registration to admissibility on TSGERI', () => {
    const commands: CandidateCommand[] = [
      {
        type: 'RegisterCandidate',
        data: { candidateId: 'c-7', region: 'ara', familyName: 'Nguyen', givenNames: ['Linh'], birthDate: '1988-09-30', contact: { phone: '0612345678' } },
      },
      { type: 'OpenPathway', data: { candidateId: 'c-7', actingRegion: 'ara', pathwayId: 'p-7', titleCode: 'TP-00495', pathwayType: 'vae' } },
      {
        type: 'RequestVaeAdmissibility',
        data: {
          candidateId: 'c-7',
          actingRegion: 'ara',
          pathwayId: 'p-7',
          experiencePeriods: [{ organisation: 'CHU', role: 'Technicien', start: '2019-09-01', end: '2024-08-31', capacity: 'employee', relatedToTitle: true }],
        },
      },
      { type: 'DecideVaeAdmissibility', data: { candidateId: 'c-7', actingRegion: 'ara', pathwayId: 'p-7', outcome: 'admissible' } },
    ];
    const history: CandidateEvent[] = [];
    for (const command of commands) {
      const result = candidateDecider.decide(command, foldEvents(candidateDecider, history), { now: new Date('2025-03-10T09:00:00Z') });
      if (!result.ok) throw new Error(JSON.stringify(result.error));
      history.push(...result.value);
    }
    expect(history.map((event) => event.type)).toEqual(['CandidateRegistered', 'PathwayOpened', 'VaeAdmissibilityRequested', 'VaeAdmissibilityDecided']);
    expect(history[3]).toMatchObject({ data: { outcome: 'admissible', experienceMonths: 60, trace: { rulebookId: 'vae-jury-2024' } } });
  });
});
