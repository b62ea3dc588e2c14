// resolint for Node.js: the same module as the browser build, instantiated
// synchronously on import, so `new Validator()` works at once (and `await init()` is a
// no-op kept for code shared with browsers).
import { readFileSync } from 'node:fs';
import { initSync } from './resolint.js';

initSync(readFileSync(new URL('./resolint_wasm_bg.wasm', import.meta.url)));

export * from './resolint.js';
export { default } from './resolint.js';
