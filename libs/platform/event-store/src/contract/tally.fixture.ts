import { conflict, fail, invalidInput, ok, type Decider } from '@titrepro/domain-kernel';

/** A minimal decider for the contract suite: a tally that must be opened before points are added. */
export type TallyState = { readonly status: 'none' } | { readonly status: 'open'; readonly owner: string; readonly total: number };

export type TallyCommand =
  | { readonly type: 'OpenTally'; readonly owner: string }
  | { readonly type: 'OpenTallyWithPoints'; readonly owner: string; readonly points: number }
  | { readonly type: 'AddPoints'; readonly points: number };

export type TallyEvent =
  | { readonly type: 'TallyOpened'; readonly data: { readonly owner: string; readonly openedAt: string } }
  | { readonly type: 'PointsAdded'; readonly data: { readonly points: number } };

export const tallyDecider: Decider<TallyState, TallyCommand, TallyEvent> = {
  initialState: () => ({ status: 'none' }),
  evolve: (state, event) => {
    switch (event.type) {
      case 'TallyOpened':
        return { status: 'open', owner: event.data.owner, total: 0 };
      case 'PointsAdded':
        return state.status === 'open' ? { ...state, total: state.total + event.data.points } : state;
    }
  },
  decide: (command, state, { now }) => {
    switch (command.type) {
      case 'OpenTally':
        if (state.status !== 'none') return fail(conflict('The tally is already open'));
        return ok([{ type: 'TallyOpened', data: { owner: command.owner, openedAt: now.toISOString() } }]);
      case 'OpenTallyWithPoints':
        if (state.status !== 'none') return fail(conflict('The tally is already open'));
        return ok([
          { type: 'TallyOpened', data: { owner: command.owner, openedAt: now.toISOString() } },
          { type: 'PointsAdded', data: { points: command.points } },
        ]);
      case 'AddPoints':
        if (state.status !== 'open') return fail(conflict('Open the tally before adding points'));
        if (command.points <= 0) return fail(invalidInput('points', 'Points must be positive'));
        return ok([{ type: 'PointsAdded', data: { points: command.points } }]);
    }
  },
};
