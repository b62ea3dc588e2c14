// Shared by the tests: where things are, the native CLI, and byte -> UTF-16 conversion.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
export const pkgDir = process.env.RESOLINT_PKG_DIR ? resolve(process.env.RESOLINT_PKG_DIR) : join(repoRoot, 'pkg');
/** The seeds live beside the repository (`<repo>/../shared/seeds/`), in CI too. */
export const seedsDir = resolve(repoRoot, '../shared/seeds');
export const omnibusSeed = join(seedsDir, '004_991020ab79cd2c6b.txt');

/** Every `.txt` under tests/fixtures, as paths relative to the repository root. */
export function fixtureFiles() {
  const root = join(repoRoot, 'tests/fixtures');
  const out = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.txt')) out.push(relative(repoRoot, path));
    }
  };
  if (existsSync(root)) walk(root);
  return out.sort();
}

/**
 * Runs `resolint check --format json` on the files (paths relative to the repository
 * root, or absolute) and returns the JSON object of each file by the path given.
 */
export function cliCheck(files) {
  const run = spawnSync('cargo', ['run', '-q', '--bin', 'resolint', '--', 'check', '--format', 'json', ...files], {
    cwd: repoRoot,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    timeout: 20 * 60 * 1000,
  });
  if (run.error) throw run.error;
  // 0: no errors, 1: error diagnostics (expected for the seed), 2: usage or I/O error.
  if (run.status !== 0 && run.status !== 1) {
    throw new Error(`resolint check exited with ${run.status}: ${run.stderr}`);
  }
  const byFile = new Map();
  for (const line of run.stdout.split('\n')) {
    if (line.trim() === '') continue;
    const report = JSON.parse(line);
    byFile.set(report.file, report);
  }
  return byFile;
}

/** A function mapping a byte offset of `text`'s UTF-8 to its UTF-16 offset (or -1). */
export function byteToUtf16(text) {
  const map = new Int32Array(Buffer.byteLength(text, 'utf8') + 1).fill(-1);
  let byte = 0;
  let unit = 0;
  for (const ch of text) {
    map[byte] = unit;
    byte += Buffer.byteLength(ch, 'utf8');
    unit += ch.length;
  }
  map[byte] = unit;
  return (b) => (b >= 0 && b < map.length ? map[b] : -1);
}

/** The UTF-16 offset where the line holding UTF-16 offset `at` starts (\n, \r\n, \r). */
export function lineStart(text, at) {
  for (let i = at - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return i + 1;
  }
  return 0;
}

/** 1-based line of UTF-16 offset `at` (line breaks \n, \r\n, \r). */
export function lineOf(text, at) {
  let line = 1;
  for (let i = 0; i < at; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) line++;
    else if (c === 13 && text.charCodeAt(i + 1) !== 10) line++;
  }
  return line;
}

/**
 * What the WebAssembly API should return for a CLI report of `text`: byte offsets made
 * UTF-16, char columns made UTF-16 columns, keys in camelCase.
 */
export function expectedFromCli(text, cli) {
  const u = byteToUtf16(text);
  const column = (b) => {
    const at = u(b);
    return at - lineStart(text, at) + 1;
  };
  const diagnostics = cli.diagnostics.map((d) => {
    const out = {
      rule: d.rule,
      severity: d.severity,
      message: d.message,
      line: d.line,
      column: column(d.start),
      endLine: d.end_line,
      endColumn: column(d.end),
      start: u(d.start),
      end: u(d.end),
    };
    if (d.help !== undefined) out.help = d.help;
    if (d.fix !== undefined) {
      out.fix = {
        applicability: d.fix.applicability,
        edits: d.fix.edits.map((e) => ({ start: u(e.start), end: u(e.end), text: e.text })),
      };
    }
    return out;
  });
  return { language: cli.language, outline: cli.outline, diagnostics, summary: cli.summary };
}

/** Diagnostics grouped by rule, in order. */
export function byRule(diagnostics) {
  const groups = {};
  for (const d of diagnostics) (groups[d.rule] ??= []).push(d);
  return groups;
}

/** Applies non-overlapping edits (UTF-16 offsets) to `text`, in JavaScript. */
export function applyEditsInJs(text, edits) {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  let at = 0;
  for (const e of sorted) {
    out += text.slice(at, e.start) + e.text;
    at = e.end;
  }
  return out + text.slice(at);
}
