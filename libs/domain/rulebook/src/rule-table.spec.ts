import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ruleTableMarkdown } from './rule-table';
import { rulebooks } from './rulebooks';

const README = join(__dirname, '..', 'README.md');
const START = '<!-- rule-table:start (generated from the catalogue: UPDATE_RULE_TABLE=1 npx jest -c libs/domain/rulebook/jest.config.ts rule-table) -->';
const END = '<!-- rule-table:end -->';

describe("the README's rule table", () => {
  it('is the one the catalogue generates (a rulebook added or changed without the README fails here)', () => {
    const readme = readFileSync(README, 'utf8');
    const [before, rest] = readme.split(START);
    const after = rest?.split(END)[1];
    if (before === undefined || after === undefined) throw new Error(`README.md must hold the markers ${START} … ${END}`);
    const generated = `${before}${START}\n${ruleTableMarkdown(rulebooks)}\n${END}${after}`;
    if (process.env['UPDATE_RULE_TABLE'] === '1') writeFileSync(README, generated);
    expect(readme).toBe(generated);
  });

  it('lists CCP-TRANSITION-2016 only from tp-2016 on, and the seed’s rules in every rulebook', () => {
    const table = ruleTableMarkdown(rulebooks);
    const row = (id: string) => table.split('\n').find((line) => line.startsWith(`| ${id} |`)) ?? '';
    expect(row('CCP-TRANSITION-2016')).not.toContain('seed-2009');
    expect(row('CCP-TRANSITION-2016')).toContain('**`tp-2016`** (new rule) 2016-06-01 → 2017-09-30');
    expect(row('VAE-JURY')).toBe('| VAE-JURY | session | **`vae-jury-2024`** (new rule) 2024-04-13 → today |');
    expect(row('PATHWAY').match(/`[a-z0-9-]+`/g)).toHaveLength(8);
    expect(row('PATHWAY')).not.toContain('new version');
    expect(row('VAE-EXPERIENCE').match(/new version/g)).toHaveLength(2);
  });
});
