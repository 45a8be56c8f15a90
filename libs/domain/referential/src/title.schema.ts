import { calendarDate, compareCalendarDates, isCalendarDate } from '@titrepro/domain-kernel';
import { z } from 'zod';

const text = z.string().trim().min(1);

const certificate = z.object({
  code: z.string().regex(/^[A-Z0-9][A-Z0-9-]*$/, { message: 'must be upper-case letters, digits and dashes' }),
  label: text,
  competences: z.array(text).min(1),
});

const uniqueCodes = (items: readonly { code: string }[]): boolean => new Set(items.map((item) => item.code)).size === items.length;

/** What a title data file must hold; checked when the referential is loaded. */
export const titleSchema = z
  .object({
    code: z.string().regex(/^TP-\d{5}$/, { message: 'must look like TP-00495' }),
    acronym: text,
    label: text,
    level: text,
    nsf: z.string().regex(/^\d{3} ?[a-z]$/, { message: 'must look like 326 u' }),
    rome: z.array(z.object({ code: z.string().regex(/^[A-N]\d{4}$/, { message: 'must look like M1801' }), label: text })).min(1),
    version: z.number().int().min(1),
    validFrom: calendarDate,
    validTo: calendarDate.nullable(),
    legalBasis: z.array(text),
    ccps: z.array(certificate).min(1).refine(uniqueCodes, { message: 'CCP codes must be unique' }),
    ccss: z.array(certificate).refine(uniqueCodes, { message: 'CCS codes must be unique' }),
  })
  .strict()
  .superRefine((title, context) => {
    // zod still runs refinements after a refine() failed on a field (only type errors skip them).
    const bothDates = isCalendarDate(title.validFrom) && isCalendarDate(title.validTo);
    if (bothDates && title.validTo !== null && compareCalendarDates(title.validTo, title.validFrom) < 0) {
      context.addIssue({ code: 'custom', path: ['validTo'], message: 'must not be before validFrom' });
    }
    const ccpCodes = new Set(title.ccps.map((ccp) => ccp.code));
    title.ccss.forEach((ccs, index) => {
      if (ccpCodes.has(ccs.code)) context.addIssue({ code: 'custom', path: ['ccss', index, 'code'], message: 'is already a CCP code' });
    });
  });
