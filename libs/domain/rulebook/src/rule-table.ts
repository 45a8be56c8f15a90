import { RULE_DATES } from './rule-dates';
import { RULE_IDS } from './rule-id';
import type { RulebookCatalogue } from './rulebook-catalogue';

const period = (validFrom: string, validTo: string | null): string => `${validFrom} → ${validTo ?? 'today'}`;

/**
 * The README's tables, written from the catalogue: for each rule id, the rulebooks that hold it
 * (the seed's placeholders for later rules left out), with their dates and the date the rule reads;
 * then each rulebook with what it changed. A spec checks the README still carries them verbatim.
 */
export const ruleTableMarkdown = (catalogue: Pick<RulebookCatalogue, 'listRulebooks'>): string => {
  const books = catalogue.listRulebooks();
  const rules = RULE_IDS.map((id) => {
    const holders = books
      .map((book, index) => ({ book, before: index > 0 ? books[index - 1]?.rules[id] : undefined }))
      .filter(({ book }) => book.rules[id].notInForce !== true)
      .map(({ book, before }) => {
        const mark = before === undefined || before === book.rules[id] ? '' : before.notInForce === true ? ' (new rule)' : ' (new version)';
        return `${mark ? '**' : ''}\`${book.id}\`${mark ? `**${mark}` : ''} ${period(book.validFrom, book.validTo)}`;
      });
    return `| ${id} | ${RULE_DATES[id].date} | ${holders.join('<br>')} |`;
  });
  const regimes = books.map((book) => `| \`${book.id}\` | ${period(book.validFrom, book.validTo)} | ${book.changes.map((change) => change.en).join('<br>') || 'the seed’s regime'} |`);
  return [
    '| rule id | date it reads | rulebooks that hold it (in bold: where its content changed) |',
    '|---|---|---|',
    ...rules,
    '',
    '| rulebook | in force | what changed from the one before |',
    '|---|---|---|',
    ...regimes,
  ].join('\n');
};
