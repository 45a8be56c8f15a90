import { listTitles, type Title } from '@titrepro/domain-referential';

/** A title of the référentiel as it ships (libs/domain/referential/data), found by its usual short name. */
export const titleOfTheTests = (acronym: string): Title => {
  const title = listTitles().find((each) => each.acronym === acronym);
  if (!title) throw new Error(`${acronym} is not in the référentiel the tests read`);
  return title;
};

/** TSGERI, the title every world's candidates work towards: read from the référentiel, never copied. */
export const tsgeri: Title = titleOfTheTests('TSGERI');
/** Its code (`TP-00495`). */
export const TSGERI: string = tsgeri.code;
/** Its CCPs' codes, in the référentiel's order. */
export const CCP_CODES: readonly string[] = tsgeri.ccps.map((ccp) => ccp.code);
/** The compétences a CCP of TSGERI assesses. */
export const competencesOf = (ccpCode: string): readonly string[] => tsgeri.ccps.find((ccp) => ccp.code === ccpCode)?.competences ?? [];
/** Every compétence of TSGERI, CCP after CCP. */
export const allCompetences = (): readonly string[] => tsgeri.ccps.flatMap((ccp) => ccp.competences);
