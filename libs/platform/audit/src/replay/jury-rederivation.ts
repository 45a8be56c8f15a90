import { foldEvents, type Explanation } from '@titrepro/domain-kernel';
import { referential } from '@titrepro/domain-referential';
import { rulebooks, type RuleApplication, type Rulebook } from '@titrepro/domain-rulebook';
import {
  candidateFileDecider,
  candidateFileEvents,
  candidateFileFacts,
  convocationOf,
  interviewOf,
  judgeOutcome,
  sessionDecider,
  sessionEvents,
  type CandidateFileEvent,
  type DecisionRectified,
  type DeliberationRecorded,
  type SessionEvent,
} from '@titrepro/domain-jury';
import type { RecordedEvent } from '@titrepro/event-store';
import type { ReplayFlag, Unchecked } from '../model';
import type { AuditedStore } from '../stores/audited-stores';
import { canonical } from './canonical';
import type { ReplayReads } from './replay-reads';

export interface Rederivation {
  readonly rederived: string[];
  readonly unchecked: Unchecked[];
  readonly flags: ReplayFlag[];
}

/** The rulebook with every rule passing, verdicts aside: judging with it gives the facts every rule reads. */
const permissive = (rulebook: Rulebook): Rulebook => ({
  ...rulebook,
  rules: Object.fromEntries(
    Object.entries(rulebook.rules).map(([ruleId, rule]) => [ruleId, { ...rule, evaluate: (facts: never) => ({ ...rule.evaluate(facts), passed: true }) }]),
  ) as unknown as Rulebook['rules'],
});

const say = (fr: string, en: string): Explanation => ({ fr, en });

/**
 * Re-derives a jury decision (deliberation or rectification) from what it cites: the session as it
 * stood before the event (convocation, interview, date), the jury's file of the candidate at the
 * cited revision, the title from the référentiel, under the rulebook the event recorded. The rules
 * are judged again as the decider judged them; each recorded application is compared with the
 * re-derived one (facts), and a refusal names the rule that refuses.
 */
export const rederiveJuryDecision = async (reads: ReplayReads, store: AuditedStore, recorded: RecordedEvent, event: DeliberationRecorded | DecisionRectified): Promise<Rederivation> => {
  const flags: ReplayFlag[] = [];
  const { data } = event;
  const rulebook = rulebooks.findRulebook(data.rulebookId);
  if (!rulebook) return { rederived: [], unchecked: [{ ruleId: null, reason: `rulebook ${data.rulebookId} is not known here` }], flags };

  // The file, at the cited revision: it must exist there.
  const fileEvents = (await reads.stream(store, data.fileRef.streamId)).filter((each) => each.revision <= data.fileRef.revision);
  if (fileEvents.at(-1)?.revision !== data.fileRef.revision) {
    flags.push({
      kind: 'missing-citation',
      ruleId: null,
      subject: null,
      message: say(
        `La décision cite ${data.fileRef.streamId} à la révision ${data.fileRef.revision}, qui n'existe pas dans le magasin jury de ${store.region}`,
        `The decision cites ${data.fileRef.streamId} at revision ${data.fileRef.revision}, which does not exist in ${store.region}'s jury store`,
      ),
      recorded: data.fileRef,
      rederived: { lastRevision: fileEvents.at(-1)?.revision ?? null },
    });
    return { rederived: [], unchecked: [], flags };
  }
  const fileDomainEvents: CandidateFileEvent[] = [];
  for (const each of fileEvents) {
    const read = candidateFileEvents.read(each);
    if (!read.ok) return { rederived: [], unchecked: [{ ruleId: null, reason: `the cited file holds an unreadable event at revision ${each.revision}: ${read.error.message}` }], flags };
    fileDomainEvents.push(read.value);
  }
  const file = candidateFileFacts(foldEvents(candidateFileDecider, fileDomainEvents), data.candidateId);

  // The session as it stood just before the decision.
  const sessionDomainEvents: SessionEvent[] = [];
  for (const each of await reads.stream(store, recorded.streamId)) {
    if (each.revision >= recorded.revision) break;
    const read = sessionEvents.read(each);
    if (read.ok) sessionDomainEvents.push(read.value);
  }
  const session = foldEvents(sessionDecider, sessionDomainEvents);
  if (session.status !== 'scheduled') return { rederived: [], unchecked: [{ ruleId: null, reason: `session ${data.sessionId} was not scheduled before this decision` }], flags };
  const convocation = convocationOf(session, data.candidateId);
  if (!convocation) {
    flags.push({
      kind: 'missing-citation',
      ruleId: null,
      subject: data.candidateId,
      message: say(`Le candidat ${data.candidateId} n'était pas convoqué à la session ${data.sessionId}`, `Candidate ${data.candidateId} was not convened to session ${data.sessionId}`),
      recorded: { sessionId: data.sessionId, candidateId: data.candidateId },
      rederived: null,
    });
    return { rederived: [], unchecked: [], flags };
  }
  const title = referential.titleValidAt(data.titleCode, session.session.date) ?? referential.findTitle(data.titleCode);
  if (!title) return { rederived: [], unchecked: [{ ruleId: null, reason: `title ${data.titleCode} is not in the référentiel` }], flags };

  const toJudge = {
    rulebook,
    session: session.session,
    title,
    convocation,
    outcome: data.outcome,
    file,
    interviewHeld: interviewOf(session, data.candidateId) !== undefined,
    rectifiedDecisionId: event.type === 'DecisionRectified' ? data.decisionId : null,
  };
  const judged = judgeOutcome(toJudge);
  // The facts each rule reads, even where one refuses: the same judgement under rules that pass whatever they read.
  const facts = judgeOutcome({ ...toJudge, rulebook: permissive(rulebook) });
  if (!judged.ok) {
    const error = judged.error as { kind: string; ruleId?: string; message: string; explanation?: Explanation };
    flags.push({
      kind: 'rule-refuses',
      ruleId: error.ruleId ?? null,
      subject: data.candidateId,
      message: error.explanation
        ? say(`Sur les faits des flux cités, ${error.ruleId ?? 'la règle'} refuse cette décision : ${error.explanation.fr}`, `On the facts of the cited streams, ${error.ruleId ?? 'the rule'} refuses this decision: ${error.explanation.en}`)
        : say(`Sur les faits des flux cités, cette décision est refusée : ${error.message}`, `On the facts of the cited streams, this decision is refused: ${error.message}`),
      recorded: { outcome: data.outcome },
      rederived: error,
    });
  }
  const rederivedApplications: readonly RuleApplication[] = facts.ok ? facts.value.ruleApplications : [];
  const key = (application: { ruleId: string; subject: string | null }) => `${application.ruleId}|${application.subject ?? ''}`;
  const again = new Map(rederivedApplications.map((application) => [key(application), application]));
  for (const application of data.ruleApplications) {
    const fresh = again.get(key(application));
    if (!fresh) {
      // A refusal before any rule (a CCP awarded twice) leaves nothing to compare with: the rule-refuses flag says why.
      if (facts.ok) {
        flags.push({
          kind: 'facts-differ',
          ruleId: application.ruleId,
          subject: application.subject,
          message: say(`${application.ruleId} ne s'applique pas à cette décision sur les faits des flux cités`, `${application.ruleId} does not apply to this decision on the facts of the cited streams`),
          recorded: application.facts,
          rederived: null,
        });
      }
      continue;
    }
    if (canonical(fresh.facts) !== canonical(application.facts)) {
      flags.push({
        kind: 'facts-differ',
        ruleId: application.ruleId,
        subject: application.subject,
        message: say(
          `Les faits enregistrés pour ${application.ruleId} diffèrent de ceux de ${data.fileRef.streamId}@${data.fileRef.revision} et de la session`,
          `The facts recorded for ${application.ruleId} differ from those of ${data.fileRef.streamId}@${data.fileRef.revision} and the session`,
        ),
        recorded: application.facts,
        rederived: fresh.facts,
      });
    }
  }
  const recordedKeys = new Set(data.ruleApplications.map(key));
  for (const fresh of rederivedApplications) {
    if (recordedKeys.has(key(fresh))) continue;
    flags.push({
      kind: 'facts-differ',
      ruleId: fresh.ruleId,
      subject: fresh.subject,
      message: say(`La décision n'enregistre pas ${fresh.ruleId}, qui s'applique sur les faits des flux cités`, `The decision does not record ${fresh.ruleId}, which applies on the facts of the cited streams`),
      recorded: null,
      rederived: fresh.facts,
    });
  }
  return { rederived: [...new Set(rederivedApplications.map((each) => each.ruleId))], unchecked: [], flags };
};
