import type { Explanation } from '@titrepro/domain-kernel';
import type { RuleId } from './rule-id';

/** The dated event whose day chooses the rulebook for a rule. */
export type RuleDate = 'request' | 'decision' | 'session' | 'assessment' | 'award';

/**
 * Which date each rule reads to choose its rulebook, and why: a candidate whose pathway straddles a
 * change is judged rule by rule, each on its own date. Every one is a fact of the decision, never
 * the clock, so a recorded decision re-runs to the same verdict.
 */
export const RULE_DATES: { readonly [Id in RuleId]: { readonly date: RuleDate; readonly why: Explanation } } = {
  PATHWAY: { date: 'decision', why: { fr: "Le jour de l'ouverture du parcours.", en: 'The day the pathway is opened.' } },
  'VAE-EXPERIENCE': {
    date: 'request',
    why: {
      fr: 'Le dépôt du dossier de recevabilité : une demande est instruite selon les textes en vigueur à son dépôt (les décrets de 2017 et 2023 visent les demandes et parcours déposés ou initiés après leur entrée en vigueur).',
      en: 'The filing of the dossier de recevabilité: a request is examined under the texts in force when it was filed (the décrets of 2017 and 2023 apply to requests and pathways filed or begun after they took effect).',
    },
  },
  'VAE-ADMISSIBILITY': { date: 'session', why: { fr: 'La date de la session : la recevabilité doit être acquise et valable ce jour-là.', en: 'The session date: admissibility must be held and valid that day.' } },
  'EVIDENCE-CONTINUOUS': { date: 'session', why: { fr: 'La date de la session : le jury juge les pièces présentes ce jour-là.', en: 'The session date: the jury judges the evidence on its table that day.' } },
  'EVIDENCE-VAE': { date: 'session', why: { fr: 'La date de la session.', en: 'The session date.' } },
  'EVIDENCE-DATED': { date: 'session', why: { fr: 'La date de la session.', en: 'The session date.' } },
  'JURY-PROFESSIONALS': { date: 'session', why: { fr: 'La date de la session : la composition du jury est celle du jour où il siège.', en: 'The session date: a jury is composed for the day it sits.' } },
  'VAE-JURY': {
    date: 'session',
    why: {
      fr: "La date de la session : le jury de VAE est composé, avec son président, pour le jour où il siège (le décret 2024-332 s'applique aux jurys réunis à compter du 13 avril 2024).",
      en: 'The session date: a VAE jury is composed, with its president, for the day it sits (décret 2024-332 applies to juries sitting from 13 April 2024).',
    },
  },
  'JURY-OUTCOME': { date: 'session', why: { fr: 'La date de la session.', en: 'The session date.' } },
  'CCP-PAIR': { date: 'assessment', why: { fr: "Le jour de l'évaluation du CCP.", en: 'The day the CCP is assessed.' } },
  'CAPITALISATION-WINDOW': {
    date: 'award',
    why: { fr: "Le jour où le jury attribue le CCP : c'est ce jour-là qu'il compte ou non pour le titre.", en: 'The day the jury awards the CCP: that is the day it counts for the title or not.' },
  },
  'TITLE-BY-CAPITALISATION': { date: 'award', why: { fr: "Le jour où le jury attribue le titre.", en: 'The day the jury awards the title.' } },
  'CCP-TRANSITION-2016': {
    date: 'award',
    why: { fr: "Le jour de l'attribution, avec les dates d'obtention des CCP parmi ses faits : la transition compare chacune au 1er juin 2016.", en: 'The award day, with the days the CCPs were obtained among its facts: the transition compares each to 1 June 2016.' },
  },
  'CCS-REQUIRES-TITLE': { date: 'session', why: { fr: 'La date de la session CCS (ou de l’entrée en préparation).', en: 'The date of the CCS session (or of starting preparation).' } },
  PARCHMENT: {
    date: 'award',
    why: { fr: 'La date de la décision du jury : le même parchemin se réédite à l’identique, quel que soit le jour de délivrance.', en: 'The jury decision date: the same parchemin is re-issued identically whatever the day it is delivered.' },
  },
  BOOKLET: { date: 'award', why: { fr: "La date de la décision du jury qui attribue le CCP.", en: 'The date of the jury decision awarding the CCP.' } },
  ISSUER: { date: 'award', why: { fr: 'La date de la décision du jury, comme PARCHMENT.', en: 'The jury decision date, as for PARCHMENT.' } },
};
