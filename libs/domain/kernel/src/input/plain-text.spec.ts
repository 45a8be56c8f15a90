import { plainTextProblem } from './plain-text';
import { singleLineText, multilineText } from './text-schemas';

describe('plain text a person typed', () => {
  it.each([
    ['NUL', 'A\u0000B', 'control characters (U+0000 at position 2)'],
    ['a C0 control', 'A\u001bB', 'control characters'],
    ['DEL', 'A\u007fB', 'control characters'],
    ['a C1 control', 'A\u0085B', 'control characters'],
    ['an unpaired high surrogate', 'A\ud800B', 'unpaired surrogates'],
    ['an unpaired low surrogate', 'A\udc00', 'unpaired surrogates'],
    ['the noncharacter U+FFFE', 'A\ufffe', 'noncharacters'],
    ['the noncharacter U+FDD0', '\ufdd0', 'noncharacters'],
    ['the noncharacter U+1FFFF', 'A\u{1ffff}', 'noncharacters'],
    ['the right-to-left override U+202E', 'Dupont\u202Efdp.exe', 'bidirectional control characters (U+202E at position 7)'],
    ['the left-to-right embedding U+202A', '\u202Aa', 'bidirectional control characters'],
    ['the pop directional formatting U+202C', 'a\u202C', 'bidirectional control characters'],
    ['the first strong isolate U+2068', 'a\u2068b', 'bidirectional control characters'],
    ['the pop directional isolate U+2069', 'a\u2069', 'bidirectional control characters'],
    ['the right-to-left mark U+200F', 'a\u200Fb', 'bidirectional control characters'],
    ['the left-to-right mark U+200E', 'a\u200Eb', 'bidirectional control characters'],
    ['the Arabic letter mark U+061C', 'a\u061Cb', 'bidirectional control characters'],
  ])('refuses %s', (_what, value, message) => {
    expect(plainTextProblem(value)).toContain(message);
  });

  it('accepts names in any script (right-to-left ones too), accents, emoji (paired surrogates) and inner spaces', () => {
    for (const value of ['Élodie Dupont-Nguyễn', 'Ōtsuka 大塚', 'Zoë 🎓', "N'Diaye", 'مريم', 'שרה כהן']) expect(plainTextProblem(value)).toBeUndefined();
  });

  it('refuses tabs and line breaks in a single line, and accepts them in multiline text', () => {
    expect(plainTextProblem('a\nb')).toContain('single line');
    expect(plainTextProblem('a\tb')).toContain('single line');
    expect(plainTextProblem('a\u2028b')).toContain('single line');
    expect(plainTextProblem('a\r\n\tb', { multiline: true })).toBeUndefined();
    expect(plainTextProblem('a\u0000b', { multiline: true })).toContain('control characters');
  });

  it('gives zod schemas that trim, bound and check the text', () => {
    expect(singleLineText(10).safeParse('  Martin ').data).toBe('Martin');
    expect(singleLineText(10).safeParse('A\u0000B').error?.issues[0]?.message).toContain('control characters');
    expect(singleLineText(3).safeParse('Martin').success).toBe(false);
    expect(multilineText(50).safeParse('line one\nline two').success).toBe(true);
  });
});
