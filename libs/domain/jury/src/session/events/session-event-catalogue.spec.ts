import { fieldsAcceptingRedacted } from '@titrepro/domain-kernel';
import { aWholeCcsSession, aWholeTitleSession } from '../../spec-support/session-whole-life';
import { sessionEvents } from './session-event-catalogue';

const lives = () => [...aWholeTitleSession(), ...aWholeCcsSession()];

describe('sessionEvents (the catalogue of a validation session’s events)', () => {
  it('describes each event type under its own name, all at schema version 1, none holding personal data', () => {
    expect(sessionEvents.types.length).toBeGreaterThan(0);
    for (const type of sessionEvents.types) {
      const descriptor = sessionEvents.descriptorOf(type);
      expect(descriptor).toMatchObject({ type, schemaVersion: 1 });
      expect(fieldsAcceptingRedacted(descriptor.schema)).toEqual([]);
      expect(descriptor.personal).toBeUndefined();
    }
  });

  it('reads back every event of whole session lives, through JSON, unchanged, and refuses malformed data', () => {
    const events = lives();
    expect(new Set(events.map((event) => event.type))).toEqual(new Set(sessionEvents.types));
    for (const event of events) {
      const stored = { type: event.type, schemaVersion: 1, data: JSON.parse(JSON.stringify(event.data)) as unknown };
      expect(sessionEvents.read(stored)).toEqual({ ok: true, value: event });
    }
    const deliberation = events.find((event) => event.type === 'DeliberationRecorded');
    expect(sessionEvents.read({ type: 'DeliberationRecorded', schemaVersion: 1, data: { ...deliberation?.data, outcome: { kind: 'maybe' } } })).toMatchObject({
      ok: false,
      error: { reason: 'invalid-data' },
    });
  });

  it('traces the rulebook and rule ids of every decision, and of the awards sealed minutes publish', () => {
    const events = lives();
    const deliberation = events.find((event) => event.type === 'DeliberationRecorded' && event.data.candidateId === 'c-dt');
    if (!deliberation) throw new Error('no deliberation');
    expect(sessionEvents.storageOf(deliberation)).toEqual({ schemaVersion: 1, decision: { rulebookId: 'seed-2009', ruleIds: ['JURY-OUTCOME', 'TITLE-BY-CAPITALISATION'] } });
    const awarded = events.find((event) => event.type === 'TitleAwarded' && event.data.candidateId === 'c-dt');
    if (!awarded) throw new Error('no award');
    expect(sessionEvents.storageOf(awarded)).toEqual({ schemaVersion: 1, decision: { rulebookId: 'seed-2009', ruleIds: ['JURY-OUTCOME', 'TITLE-BY-CAPITALISATION'] } });
    for (const event of events.filter((each) => ['ValidationSessionScheduled', 'InterviewRecorded', 'MinutesApproved', 'MinutesSealed'].includes(each.type))) {
      expect(sessionEvents.storageOf(event)).toEqual({ schemaVersion: 1 });
    }
  });

  it('describes each event in one line, in French and English, without the rectification reason', () => {
    for (const event of lives()) {
      const { fr, en } = sessionEvents.describe(event);
      expect(fr.length).toBeGreaterThan(10);
      expect(en.length).toBeGreaterThan(10);
      expect(`${fr}\n${en}`).not.toContain('Erreur matérielle');
    }
    const sealed = lives().find((event) => event.type === 'CcsAwarded');
    if (!sealed) throw new Error('no CCS award');
    expect(sessionEvents.describe(sealed)).toEqual({
      fr: 'CCS CCS1 du titre TP-00002 attribué au candidat c-ccs le 2025-06-16 (décision d-c-ccs, session s-1)',
      en: 'CCS CCS1 of title TP-00002 awarded to candidate c-ccs on 2025-06-16 (decision d-c-ccs, session s-1)',
    });
  });
});
