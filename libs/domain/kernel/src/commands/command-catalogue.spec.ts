import { z } from 'zod';
import type { DomainEvent } from '../decider';
import { conflict } from '../domain-error';
import { fail, ok } from '../result';
import { commandCatalogue, defineCommand, type CommandOf, type TypedCommand } from './command-catalogue';

interface Counter {
  readonly count: number;
}
type Counted = DomainEvent<'Counted', { readonly by: number }>;
interface Input {
  readonly limit: number;
}

type Increment = TypedCommand<'Increment', { readonly by: number }>;
const decideIncrement = (command: Increment, state: Counter, { limit }: Input) =>
  state.count + command.data.by > limit ? fail(conflict(`over ${limit}`)) : ok([{ type: 'Counted' as const, data: { by: command.data.by } }]);
const increment = defineCommand({ type: 'Increment', schema: z.strictObject({ by: z.number().int().positive() }), decide: decideIncrement });
// A use case that reads neither the state nor the input is a command of the stream all the same.
const reset = defineCommand({ type: 'Reset', schema: z.strictObject({}), decide: (): ReturnType<typeof decideIncrement> => ok([]) });

const counterCommands = commandCatalogue<Counter, Counted, Input>()({ Increment: increment, Reset: reset });
type CounterCommand = CommandOf<typeof counterCommands>;

describe('command catalogue', () => {
  it('parses at the edge, naming the wrong field, into the command its decide receives', () => {
    expect(increment.parse({ by: 2 })).toEqual({ ok: true, value: { type: 'Increment', data: { by: 2 } } });
    expect(increment.parse({ by: -1 })).toMatchObject({ ok: false, error: { kind: 'invalid-input', field: 'by' } });
    expect(increment.parse({ by: 1, extra: true })).toMatchObject({ ok: false, error: { kind: 'invalid-input', field: 'extra' } });
  });

  it('dispatches each command to its own definition: the dispatch is derived, not written', () => {
    const command: CounterCommand = { type: 'Increment', data: { by: 3 } };
    expect(counterCommands.decide(command, { count: 0 }, { limit: 5 })).toEqual({ ok: true, value: [{ type: 'Counted', data: { by: 3 } }] });
    expect(counterCommands.decide(command, { count: 4 }, { limit: 5 })).toEqual({ ok: false, error: conflict('over 5') });
    expect(counterCommands.decide({ type: 'Reset', data: {} }, { count: 4 }, { limit: 5 })).toEqual({ ok: true, value: [] });
    expect(counterCommands.types).toEqual(['Increment', 'Reset']);
    expect(counterCommands.has('Reset')).toBe(true);
    expect(counterCommands.has('Decrement')).toBe(false);
  });

  it('refuses at compile time a command under another key, of another stream, or not listed (checked by tsc)', () => {
    const compileOnly = () => {
      // @ts-expect-error Increment is listed under Reset's key.
      commandCatalogue<Counter, Counted, Input>()({ Increment: increment, Reset: increment });
      // @ts-expect-error a stream whose input is not Input cannot run Increment.
      commandCatalogue<Counter, Counted, { readonly other: string }>()({ Increment: increment });
      // @ts-expect-error a command the catalogue does not list is no command of the stream.
      const unlisted: CounterCommand = { type: 'Decrement', data: { by: 1 } };
      return unlisted;
    };
    expect(compileOnly).toBeInstanceOf(Function);
  });

  it('refuses at run time a catalogue whose key is not its command’s type (a cast got past the compiler)', () => {
    expect(() => commandCatalogue<Counter, Counted, Input>()({ Reset: increment } as never)).toThrow('command catalogue: Increment is listed under Reset');
  });
});
