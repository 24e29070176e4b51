/**
 * Every regular expression in the shipped code is checked for catastrophic
 * backtracking with recheck, and no RegExp is built from run-time data (a
 * pack or a setting could otherwise smuggle in a slow pattern).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { checkSync } from 'recheck';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');
const DIRS = ['src', 'entrypoints'];

function files(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) out.push(...files(full));
    else if (/\.tsx?$/.test(name)) out.push(full);
  }
  return out;
}

interface Found {
  file: string;
  line: number;
  source: string;
  flags: string;
}

const literals: Found[] = [];
const dynamic: string[] = [];
for (const dir of DIRS) {
  for (const file of files(path.join(root, dir))) {
    const text = readFileSync(file, 'utf8');
    const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
    const where = (node: ts.Node) => `${path.relative(root, file)}:${sf.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
    const visit = (node: ts.Node) => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const raw = node.getText();
        const last = raw.lastIndexOf('/');
        literals.push({ file: path.relative(root, file), line: sf.getLineAndCharacterOfPosition(node.getStart()).line + 1, source: raw.slice(1, last), flags: raw.slice(last + 1) });
      }
      if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && ts.isIdentifier(node.expression) && node.expression.text === 'RegExp') {
        const arg = node.arguments?.[0];
        if (arg && (ts.isStringLiteral(arg) || ts.isNoSubstitutionTemplateLiteral(arg))) {
          literals.push({ file: path.relative(root, file), line: sf.getLineAndCharacterOfPosition(node.getStart()).line + 1, source: arg.text, flags: '' });
        } else dynamic.push(where(node));
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
}

describe('regular expressions', () => {
  it('no RegExp is built from run-time data', () => {
    expect(dynamic).toEqual([]);
  });
  it.each(literals.map((l) => [`${l.file}:${l.line} /${l.source}/${l.flags}`, l] as const))('%s is safe from catastrophic backtracking', (_name, l) => {
    const result = checkSync(l.source, l.flags.replace(/[^dgimsuy]/g, ''), { timeout: 10_000 });
    expect(result.status, JSON.stringify(result)).toBe('safe');
  });
});
