/** EVIDENCE-CONTINUOUS and EVIDENCE-VAE: what is on the jury's table for one candidate. */
export interface JuryEvidenceFacts {
  /** The title's CCPs, i.e. its activités types: the DSPP must describe each. */
  readonly titleCcpCodes: readonly string[];
  /** Results of the évaluations en cours de formation (ECF) are present. */
  readonly trainingEvaluations: boolean;
  /** Activités types (CCP codes) the DSPP describes. */
  readonly dsppCcpCodes: readonly string[];
  /** Mise en situation professionnelle / épreuve de synthèse held. */
  readonly practicalAssessment: boolean;
  readonly juryInterview: boolean;
}

export interface JuryEvidenceDetails {
  /** What is missing or not admissible, as stable keys: `ecf`, `dspp:<CCP>`, `practical-assessment`, `jury-interview`, `ecf-not-admissible`. */
  readonly problems: readonly string[];
}
