import { codedCompetences, type Ccp, type Ccs, type Title } from '@titrepro/domain-referential';
import { levelLabel, regimesBetween, rulebooks } from '@titrepro/domain-rulebook';
import { z } from 'zod';

const words = z.object({ fr: z.string(), en: z.string() });

const regimeWordingView = z.object({
  rulebookId: z.string().describe('The rulebook (regime) in force over these days.'),
  from: z.string().describe('First day of this version under that regime (YYYY-MM-DD).'),
  to: z.string().nullable().describe('Last day, inclusive; null while both are in force.'),
  level: words.describe('The level as the regime names it: "niveau III" (1969 nomenclature) until 2019-01-09, "niveau 5" (cadre national, décret 2019-14) after.'),
  authority: words.extend({ short: z.string() }).describe('The authority that decides and issues: the DIRECCTE until 2021-03-31, the DREETS after.'),
  practiceDossier: words.describe('The candidate\'s dossier on their practice: "DSPP" until 2016-05-31, "dossier professionnel (DP)" after.'),
});

const competenceView = z.object({
  code: z.string().describe('Stable code of the compétence in its référentiel version, e.g. CCP2-C3.'),
  label: z.string().describe('Verbatim from the référentiel: what a practical assessment result must repeat.'),
});

const certificateView = z.object({
  code: z.string().describe('Code of the CCP or CCS in its title, e.g. CCP1 or CCS1.'),
  label: z.string(),
  competences: z.array(competenceView),
});

const titleVersionView = z.object({
  version: z.number().int(),
  validFrom: z.string().describe('First day this version is in force (YYYY-MM-DD).'),
  validTo: z.string().nullable().describe('Last day in force, inclusive; null while in force.'),
  acronym: z.string(),
  label: z.string(),
  level: z.string(),
  nsf: z.string(),
  rome: z.array(z.object({ code: z.string(), label: z.string() })),
  legalBasis: z.array(z.string()),
  ccps: z.array(certificateView),
  ccss: z.array(certificateView).describe('Certificats complémentaires de spécialisation: only for holders of the title.'),
  regimes: z
    .array(regimeWordingView)
    .describe('How this version is worded under each regime it was in force in, oldest first (codes never change); the days before the first rulebook (2009-03-20) are left out.'),
});

/** A title: its latest version's summary, and every référentiel version with its CCPs, compétences and CCSs. */
export const titleView = z.object({
  code: z.string(),
  acronym: z.string(),
  label: z.string(),
  level: z.string(),
  version: z.number().int().describe('The latest version.'),
  validFrom: z.string(),
  validTo: z.string().nullable(),
  versions: z.array(titleVersionView).describe('Every version of the référentiel, oldest first.'),
});

export const titleList = z.array(titleView);

export type TitleView = z.infer<typeof titleView>;

const certificate = (certificate: Ccp | Ccs) => ({ code: certificate.code, label: certificate.label, competences: codedCompetences(certificate).map((competence) => ({ ...competence })) });

const regimesOf = (title: Title): z.infer<typeof regimeWordingView>[] =>
  regimesBetween(rulebooks, title.validFrom, title.validTo).map(({ rulebook, from, to }) => ({
    rulebookId: rulebook.id,
    from,
    to,
    level: levelLabel(rulebook.wording, title.level),
    authority: { ...rulebook.wording.authority, short: rulebook.wording.authorityShort },
    practiceDossier: { ...rulebook.wording.practiceDossier },
  }));

const versionView = (title: Title): z.infer<typeof titleVersionView> => ({
  version: title.version,
  validFrom: title.validFrom,
  validTo: title.validTo,
  acronym: title.acronym,
  label: title.label,
  level: title.level,
  nsf: title.nsf,
  rome: title.rome.map((job) => ({ ...job })),
  legalBasis: [...title.legalBasis],
  ccps: title.ccps.map(certificate),
  ccss: title.ccss.map(certificate),
  regimes: regimesOf(title),
});

/** The view of a title from its versions (oldest first; the last is the latest). */
export const titleViewOf = (versions: readonly Title[]): TitleView | undefined => {
  const latest = versions.reduce<Title | undefined>((best, title) => (!best || title.version > best.version ? title : best), undefined);
  if (!latest) return undefined;
  const { code, acronym, label, level, version, validFrom, validTo } = latest;
  return { code, acronym, label, level, version, validFrom, validTo, versions: versions.map(versionView) };
};
