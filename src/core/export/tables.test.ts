import { describe, expect, it } from 'vitest';
import { tableExporters, toCsv, toMarkdown } from './index';

const table = {
  columns: ['module', 'dependents', 'note'],
  rows: [
    ['github.com/a/b', 12, null],
    ['=HYPERLINK("http://x")', -3, '+1'],
    ['@SUM(A1)', 0, 'a,b "quoted"\r\nnext'],
    ['\tx', 1, '-2'],
  ],
};

describe('CSV', () => {
  it('follows RFC 4180 and defuses formulas', () => {
    expect(toCsv(table)).toBe(
      'module,dependents,note\r\n' +
        'github.com/a/b,12,\r\n' +
        `"'=HYPERLINK(""http://x"")",-3,'+1\r\n` +
        `'@SUM(A1),0,"a,b ""quoted""\r\nnext"\r\n` +
        "'\tx,1,'-2\r\n",
    );
  });
});

describe('Markdown', () => {
  it('escapes pipes, HTML and line breaks', () => {
    const md = toMarkdown({ columns: ['a|b', 'c'], rows: [['x|y<script>', 'l1\nl2'], [null, 3]] });
    expect(md).toBe('| a\\|b | c |\n| --- | --- |\n| x\\|y&lt;script&gt; | l1<br>l2 |\n|  | 3 |\n');
  });

  it('is reachable by format name', () => {
    expect(tableExporters.markdown(table)).toBe(toMarkdown(table));
    expect(tableExporters.csv(table)).toBe(toCsv(table));
  });
});
