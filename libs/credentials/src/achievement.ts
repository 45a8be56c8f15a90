import type { Ccp, Ccs, Title } from '@titrepro/domain-referential';

/**
 * What a credential attests. PARCHMENT: a parchemin is for the full title or a CCS, never a CCP
 * alone; BOOKLET: each CCP acquired is an entry of the livret de certification, with its session.
 */
export type Award =
  | { readonly kind: 'title'; readonly title: Title }
  | { readonly kind: 'ccs'; readonly title: Title; readonly ccsCode: string }
  | { readonly kind: 'ccp'; readonly title: Title; readonly ccpCode: string };

/** The document an award is delivered as (ISSUER: both by the regional office). */
export const documentOf = (award: Award): 'parchemin' | 'livret' => (award.kind === 'ccp' ? 'livret' : 'parchemin');

/** An Open Badges 3.0 `Achievement`, in the terms of the OB 3.0.3 context. */
export interface Achievement {
  readonly id: string;
  readonly type: readonly ['Achievement'];
  readonly achievementType: 'Diploma' | 'Certificate';
  readonly name: string;
  readonly description: string;
  readonly criteria: { readonly narrative: string };
  readonly humanCode: string;
  readonly inLanguage: 'fr';
  readonly version: string;
  readonly alignment?: readonly LevelAlignment[];
}

interface LevelAlignment {
  readonly type: readonly ['Alignment'];
  readonly targetName: string;
  readonly targetCode: string;
  readonly targetFramework: string;
  readonly targetUrl: string;
}

export class UnknownCertificateError extends Error {
  constructor(
    readonly titleCode: string,
    readonly code: string,
  ) {
    super(`title ${titleCode} has no CCP or CCS ${JSON.stringify(code)}`);
    this.name = 'UnknownCertificateError';
  }
}

/** Décret n° 2019-14, art. 1: the 1969 levels map onto the cadre national des certifications professionnelles. */
const NATIONAL_LEVEL_OF_1969_LEVEL: Readonly<Record<string, string>> = { V: '3', IV: '4', III: '5', II: '6', I: '7' };
const NATIONAL_FRAMEWORK = {
  name: 'Cadre national des certifications professionnelles (RNCP)',
  url: 'https://www.legifrance.gouv.fr/eli/decret/2019/1/8/MTRD1834949D/jo/texte',
};

/** A level as the référentiel states it: a 1969 level (`III`) or already a national level (`5`). */
const nationalLevelOf = (level: string): string | undefined =>
  NATIONAL_LEVEL_OF_1969_LEVEL[level] ?? (/^[1-8]$/.test(level) ? level : undefined);

const levelAlignment = (title: Title): readonly LevelAlignment[] | undefined => {
  const level = nationalLevelOf(title.level);
  return level === undefined
    ? undefined
    : [{ type: ['Alignment'], targetName: `Niveau ${level}`, targetCode: level, targetFramework: NATIONAL_FRAMEWORK.name, targetUrl: NATIONAL_FRAMEWORK.url }];
};

const bulletList = (lines: readonly string[]): string => lines.map((line) => `- ${line}`).join('\n');

const titleUrn = (title: Title): string => `urn:titrepro:title:${title.code}:v${title.version}`;

const titleLine = (title: Title): string => `titre professionnel ${title.acronym} (${title.code})`;

const ofTitle = (title: Title): Achievement => {
  const alignment = levelAlignment(title);
  const level = nationalLevelOf(title.level);
  return {
    id: titleUrn(title),
    type: ['Achievement'],
    achievementType: 'Diploma',
    name: title.label,
    description:
      `Titre professionnel du ministère chargé de l'emploi, ${title.code}, niveau ${title.level}` +
      (level && level !== title.level ? ` (niveau ${level} du cadre national des certifications professionnelles)` : '') +
      '.',
    criteria: { narrative: `Obtention des certificats de compétences professionnelles du titre :\n${bulletList(title.ccps.map((ccp) => `${ccp.code} ${ccp.label}`))}` },
    humanCode: title.code,
    inLanguage: 'fr',
    version: String(title.version),
    ...(alignment && { alignment }),
  };
};

const ofCertificate = (title: Title, part: Ccp | Ccs, kind: 'ccp' | 'ccs'): Achievement => ({
  id: `${titleUrn(title)}:${kind}:${part.code}`,
  type: ['Achievement'],
  achievementType: 'Certificate',
  name: part.label,
  description:
    kind === 'ccp'
      ? `Certificat de compétences professionnelles ${part.code} du ${titleLine(title)}.`
      : `Certificat complémentaire de spécialisation ${part.code} du ${titleLine(title)}.`,
  criteria: { narrative: `Compétences :\n${bulletList(part.competences)}` },
  humanCode: `${title.code}-${part.code}`,
  inLanguage: 'fr',
  version: String(title.version),
});

/** The Open Badges achievement for an award, from the title's référentiel. */
export const achievementOf = (award: Award): Achievement => {
  switch (award.kind) {
    case 'title':
      return ofTitle(award.title);
    case 'ccp': {
      const ccp = award.title.ccps.find((candidate) => candidate.code === award.ccpCode);
      if (!ccp) throw new UnknownCertificateError(award.title.code, award.ccpCode);
      return ofCertificate(award.title, ccp, 'ccp');
    }
    case 'ccs': {
      const ccs = award.title.ccss.find((candidate) => candidate.code === award.ccsCode);
      if (!ccs) throw new UnknownCertificateError(award.title.code, award.ccsCode);
      return ofCertificate(award.title, ccs, 'ccs');
    }
    default: {
      const unreachable: never = award;
      return unreachable;
    }
  }
};
