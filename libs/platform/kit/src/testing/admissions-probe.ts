import { defineEvent, eventCatalogueOf, ok, type Decider, type DomainEvent } from '@titrepro/domain-kernel';
import { z } from 'zod';
import { defineAggregate } from '../aggregate/aggregate';

/** What a probe consumer records of each event it admits: its type and the region it came from. */
export interface Admission {
  readonly type: string;
  readonly region: string;
}

type Admitted = DomainEvent<'EventAdmitted', Admission>;
type Admit = { readonly type: 'Admit'; readonly data: Admission };
const decider: Decider<null, Admit, Admitted> = { initialState: () => null, evolve: () => null, decide: (command) => ok([{ type: 'EventAdmitted', data: command.data }]) };

/**
 * A probe's record of the events its consumers admitted, one stream per candidate (`admitted-<id>`):
 * the region-trust specs read which events got through, and from where.
 */
export const admissions = defineAggregate({
  category: 'admitted',
  decider,
  events: eventCatalogueOf<Admitted>({
    EventAdmitted: defineEvent<Admitted>({
      type: 'EventAdmitted',
      schemaVersion: 1,
      schema: z.object({ type: z.string(), region: z.string() }),
      describe: (data) => ({ fr: `${data.type} admis`, en: `${data.type} admitted` }),
    }),
  }),
});

/** The command that records an admitted event. */
export const admit = (data: Admission): Admit => ({ type: 'Admit', data });
