// Repairs a known wasm-opt bug (binaryen 108, Debian bookworm's): with two tables (the
// function table and wasm-bindgen's externref table) it writes the export
// `__wbindgen_externrefs` with the index of the function table, while the code still
// uses the right one; the glue then fails at start-up ("Table.set(): Argument 1 is
// invalid"). This points the export back at the only externref table, in place, and
// does nothing when the export is already right (newer binaryen).
//
// Usage: node fix-table-export.mjs module.wasm
import { readFileSync, writeFileSync } from 'node:fs';

const path = process.argv[2];
const bytes = readFileSync(path);

function leb(at) {
  let value = 0;
  let shift = 0;
  for (;;) {
    const b = bytes[at++];
    value += (b & 0x7f) * 2 ** shift;
    shift += 7;
    if (b < 0x80) return [value, at];
  }
}

function skipLimits(at) {
  const flags = bytes[at++];
  let [, next] = leb(at);
  if (flags & 1) [, next] = leb(next);
  return next;
}

const tableTypes = [];
let importedTables = 0;
let exportAt = null;
let at = 8;
while (at < bytes.length) {
  const id = bytes[at++];
  const [size, start] = leb(at);
  const end = start + size;
  if (id === 2) {
    // Imports: count imported tables (they come first in the index space).
    let [count, p] = leb(start);
    for (; count > 0; count--) {
      let len;
      [len, p] = leb(p);
      p += len;
      [len, p] = leb(p);
      p += len;
      const kind = bytes[p++];
      if (kind === 0) [, p] = leb(p);
      else if (kind === 1) {
        tableTypes.push(bytes[p++]);
        importedTables++;
        p = skipLimits(p);
      } else if (kind === 2) p = skipLimits(p);
      else if (kind === 3) p += 2;
      else if (kind === 4) p += 2;
      else throw new Error(`unknown import kind ${kind}`);
    }
  } else if (id === 4) {
    let [count, p] = leb(start);
    for (; count > 0; count--) {
      tableTypes.push(bytes[p++]);
      p = skipLimits(p);
    }
  } else if (id === 7) {
    let [count, p] = leb(start);
    for (; count > 0; count--) {
      let len;
      [len, p] = leb(p);
      const name = bytes.subarray(p, p + len).toString('utf8');
      p += len;
      const kind = bytes[p++];
      if (kind === 1 && name === '__wbindgen_externrefs') exportAt = p;
      [, p] = leb(p);
    }
  }
  at = end;
}

const EXTERNREF = 0x6f;
if (exportAt === null) {
  console.log(`fix-table-export: no __wbindgen_externrefs export in ${path}, nothing to do`);
} else {
  const [index] = leb(exportAt);
  const externrefs = tableTypes.flatMap((t, i) => (t === EXTERNREF ? [i] : []));
  if (tableTypes[index] === EXTERNREF) {
    // Already right.
  } else if (externrefs.length === 1 && index < 0x80 && externrefs[0] < 0x80) {
    bytes[exportAt] = externrefs[0];
    writeFileSync(path, bytes);
    console.log(`fix-table-export: __wbindgen_externrefs pointed at table ${index} (not externref); now table ${externrefs[0]}`);
  } else {
    console.error(`fix-table-export: cannot repair the export of __wbindgen_externrefs (tables: ${tableTypes})`);
    process.exit(1);
  }
}
