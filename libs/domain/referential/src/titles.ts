import advfV1 from '../data/advf.v1.json';
import tsgeriV1 from '../data/tsgeri.v1.json';
import { createReferential } from './referential';

/** Every title data file shipped; a new title or version is one more JSON file and one more line. */
const DATA_FILES = [
  { source: 'tsgeri.v1.json', data: tsgeriV1 },
  { source: 'advf.v1.json', data: advfV1 },
] as const;

/** The shipped titles, validated when this module loads. */
export const referential = createReferential(DATA_FILES);

export const listTitles = referential.listTitles;
export const findTitle = referential.findTitle;
export const titleVersions = referential.titleVersions;
export const titleValidAt = referential.titleValidAt;
