import { calendarDateIn, DATE_RANGES, identifier, regionCode } from '@titrepro/domain-kernel';
import { titleCode } from '../../shared/code-schemas';
import { consumedFactFields } from './input-schemas';

/** The fields of RecordAward and RecordRectifiedAward besides the award itself. */
export const awardCommandFields = {
  ...consumedFactFields,
  decisionId: identifier,
  sessionId: identifier,
  region: regionCode,
  titleCode,
  awardedOn: calendarDateIn(DATE_RANGES.decisionDate),
} as const;
