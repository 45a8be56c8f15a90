/** A region that was a candidate's home from an instant on. */
export interface HomePeriod {
  readonly region: string;
  readonly from: Date;
}

/** A handover offered by the home region, waiting for (or given) the receiving region's answer. */
export interface PendingTransfer {
  readonly fromRegion: string;
  readonly toRegion: string;
  readonly accepted: boolean;
}

/** What one consumer knows of one candidate's home regions, from the registry's events it has seen. */
export interface CandidateHomes {
  /** Oldest first. */
  readonly periods: readonly HomePeriod[];
  readonly pendingTransfer?: PendingTransfer;
}

export const NO_HOME_KNOWN: CandidateHomes = { periods: [] };

/** The region that was home at `at`: the last period begun by then (the first one for an earlier instant). */
export const homeAt = (periods: readonly HomePeriod[], at: Date): string | undefined => {
  let home = periods[0]?.region;
  for (const period of periods) if (period.from.getTime() <= at.getTime()) home = period.region;
  return home;
};

/** The home now, as far as the registry's events seen tell. */
export const currentHome = (homes: CandidateHomes): string | undefined => homes.periods.at(-1)?.region;
