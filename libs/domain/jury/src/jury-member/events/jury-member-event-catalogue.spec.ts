import { fieldsAcceptingRedacted, REDACTED } from '@titrepro/domain-kernel';
import { MEMBER_NAME, memberDecider, memberRegistered, on, TSGERI } from '../../spec-support/jury-member-fixtures';
import { parseRegisterJuryMember } from '../register-jury-member/register-jury-member.command';
import { type JuryMemberEvent, juryMemberEvents } from './jury-member-event-catalogue';

const sorted = (names: readonly string[]): string[] => [...names].sort();

/** A registration as the decider writes it from raw input. */
const registeredFromInput = (): readonly JuryMemberEvent[] => {
  const parsed = parseRegisterJuryMember({ memberId: 'm-7', region: 'bre', titleCodes: [TSGERI], ...MEMBER_NAME });
  if (!parsed.ok) throw new Error(parsed.error.message);
  const decided = memberDecider.decide(parsed.value, memberDecider.initialState(), on('2025-02-03'));
  if (!decided.ok) throw new Error(decided.error.message);
  return decided.value;
};

describe('juryMemberEvents (the catalogue of jury member events)', () => {
  it('describes JuryMemberRegistered at schema version 1', () => {
    expect(juryMemberEvents.types).toEqual(['JuryMemberRegistered']);
    expect(juryMemberEvents.descriptorOf('JuryMemberRegistered')).toMatchObject({ schemaVersion: 1 });
  });

  it("declares the member's names personal, exactly the fields typed Personal and accepting REDACTED, sealed under the member", () => {
    const descriptor = juryMemberEvents.descriptorOf('JuryMemberRegistered');
    expect(sorted(fieldsAcceptingRedacted(descriptor.schema))).toEqual(['familyName', 'givenNames']);
    expect(sorted(descriptor.personal?.fields ?? [])).toEqual(['familyName', 'givenNames']);
    for (const event of registeredFromInput()) {
      expect(juryMemberEvents.storageOf(event)).toEqual({ schemaVersion: 1, personal: { subjectId: 'm-7', fields: ['familyName', 'givenNames'] } });
    }
  });

  it('reads back every event the decider emits, through JSON, unchanged, and refuses malformed data', () => {
    for (const event of [...registeredFromInput(), memberRegistered({ assessorId: 'a-1' })]) {
      expect(juryMemberEvents.read({ type: event.type, schemaVersion: 1, data: JSON.parse(JSON.stringify(event.data)) as unknown })).toEqual({ ok: true, value: event });
    }
    const { assessorId: _left, ...withoutAssessor } = memberRegistered().data;
    expect(juryMemberEvents.read({ type: 'JuryMemberRegistered', schemaVersion: 1, data: withoutAssessor })).toMatchObject({ ok: false, error: { reason: 'invalid-data' } });
  });

  it('describes a registration from ids and habilitations, the same once the names are erased, never naming the member', () => {
    const event = memberRegistered({ assessorId: 'a-1' });
    const description = juryMemberEvents.describe(event);
    expect(description).toEqual({
      fr: `Membre de jury m-1 (évaluateur a-1) inscrit par la région idf le 2025-01-02, habilité pour ${TSGERI}`,
      en: `Jury member m-1 (assessor a-1) registered by region idf on 2025-01-02, habilitated for ${TSGERI}`,
    });
    const erased = juryMemberEvents.read({ type: event.type, schemaVersion: 1, data: { ...event.data, familyName: REDACTED, givenNames: REDACTED } });
    expect(erased.ok && juryMemberEvents.describe(erased.value)).toEqual(description);
    const text = `${description.fr}\n${description.en}`;
    for (const value of [MEMBER_NAME.familyName, ...MEMBER_NAME.givenNames]) expect(text).not.toContain(value);
  });
});
