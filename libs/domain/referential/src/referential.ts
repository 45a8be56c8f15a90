import type { CalendarDate } from '@titrepro/domain-kernel';
import { compareCalendarDates } from '@titrepro/domain-kernel';
import { parseTitle } from './parse-title';
import type { Title } from './title';

/** Read access to the titles the ministry certifies. */
export interface Referential {
  /** One entry per title code: its latest version. Sorted by code. */
  listTitles(): readonly Title[];
  /** The latest version of a title, or undefined for an unknown code. */
  findTitle(code: string): Title | undefined;
  /** Every version of a title, oldest first (empty for an unknown code). */
  titleVersions(code: string): readonly Title[];
  /** The version in force on `date` (validFrom ≤ date ≤ validTo), or undefined. */
  titleValidAt(code: string, date: CalendarDate): Title | undefined;
}

/** A data file that is not a valid référentiel: loading stops, listing every problem found. */
export class ReferentialError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`invalid référentiel data:\n${problems.join('\n')}`);
    this.name = 'ReferentialError';
  }
}

const coversDate = (title: Title, date: CalendarDate): boolean =>
  compareCalendarDates(title.validFrom, date) <= 0 && (title.validTo === null || compareCalendarDates(date, title.validTo) <= 0);

const overlaps = (earlier: Title, later: Title): boolean =>
  earlier.validTo === null || compareCalendarDates(later.validFrom, earlier.validTo) <= 0;

const versionProblems = (code: string, versions: readonly Title[]): string[] =>
  versions.slice(1).flatMap((version, index) => {
    const previous = versions[index] as Title;
    const problems: string[] = [];
    if (previous.version === version.version) problems.push(`${code}: version ${version.version} is defined twice`);
    else if (overlaps(previous, version)) problems.push(`${code}: versions ${previous.version} and ${version.version} overlap in validity`);
    return problems;
  });

/**
 * Builds a referential from raw data files, validating each (shape, verbatim texts present, unique
 * codes) and the set (no two versions of a title valid on the same day). Throws ReferentialError:
 * a bad data file is a deployment mistake, to be caught when the service starts.
 */
export const createReferential = (files: readonly { readonly source: string; readonly data: unknown }[]): Referential => {
  const problems: string[] = [];
  const byCode = new Map<string, Title[]>();
  for (const file of files) {
    const parsed = parseTitle(file.data, file.source);
    if (!parsed.ok) {
      problems.push(...parsed.error);
      continue;
    }
    byCode.set(parsed.value.code, [...(byCode.get(parsed.value.code) ?? []), parsed.value]);
  }
  for (const [code, versions] of byCode) {
    versions.sort((a, b) => compareCalendarDates(a.validFrom, b.validFrom) || a.version - b.version);
    problems.push(...versionProblems(code, versions));
  }
  if (problems.length > 0) throw new ReferentialError(problems);

  const latest = (versions: readonly Title[]): Title | undefined =>
    versions.reduce<Title | undefined>((best, title) => (!best || title.version > best.version ? title : best), undefined);
  const titles = [...byCode.keys()]
    .sort()
    .map((code) => latest(byCode.get(code) ?? []))
    .filter((title): title is Title => title !== undefined);

  return {
    listTitles: () => titles,
    findTitle: (code) => latest(byCode.get(code) ?? []),
    titleVersions: (code) => byCode.get(code) ?? [],
    titleValidAt: (code, date) => (byCode.get(code) ?? []).find((title) => coversDate(title, date)),
  };
};
