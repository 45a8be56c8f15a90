import { codedCompetences, type Ccp, type Ccs, type Title } from '@titrepro/domain-referential';
import { z } from 'zod';

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
});

/** The view of a title from its versions (oldest first; the last is the latest). */
export const titleViewOf = (versions: readonly Title[]): TitleView | undefined => {
  const latest = versions.reduce<Title | undefined>((best, title) => (!best || title.version > best.version ? title : best), undefined);
  if (!latest) return undefined;
  const { code, acronym, label, level, version, validFrom, validTo } = latest;
  return { code, acronym, label, level, version, validFrom, validTo, versions: versions.map(versionView) };
};
