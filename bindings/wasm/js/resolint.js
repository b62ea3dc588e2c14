// resolint — the public JavaScript API over the WebAssembly module.
//
// The wasm-bindgen glue (`resolint_wasm.js`) exposes raw calls that return flat records
// (numbers + one string, see bindings/wasm/src/encode.rs); this module checks the
// arguments, decodes the records into plain objects and keeps the options as the few
// bytes the raw calls take (checked once, by the core, in the constructor; see
// bindings/wasm/src/options.rs). Types: resolint.d.ts. Browser use: `await init()` first;
// the Node entry (node.js) instantiates synchronously on import.

import initWasm, {
  __testPanic,
  __testTrap,
  __wbg_reset_state as resetInstance,
  initSync as initWasmSync,
  rawApplyFixes,
  rawFingerprint,
  rawFixAll,
  rawParseOptions,
  rawReady,
  rawRules,
  rawTakeStrings,
  rawValidate,
  rawValidateParagraphs,
  version as rawVersion,
} from './resolint_wasm.js';

/** Marks a missing string or number in the records. */
const NONE = 0xffffffff;
const SEVERITIES = ['error', 'warning', 'info'];
const APPLICABILITIES = [undefined, 'safe', 'unsafe'];

let ready = false;
let ruleNames = null;

// Every call goes through here.
//
// - A Rust panic: the panic hook (bindings/wasm/src/lib.rs) schedules a reset of the
//   instance and throws an Error carrying the panic message, which reaches the caller.
//   `rawReady()` (no arguments) is called before each call so that a scheduled reset
//   happens there, before the next call copies its arguments in (the glue copies
//   arguments first and checks for a scheduled reset after).
// - A trap that bypasses the hook (an abort such as an allocation failure, a stack
//   overflow): the instance is left mid-call, so it is replaced at once by a fresh one
//   built from the same compiled module, and the caller gets an Error naming the trap.
// The module keeps no state between calls, so a fresh instance loses nothing.
function call(fn) {
  if (!ready) {
    throw new Error('resolint: the WebAssembly module is not initialised: `await init()` first (the Node entry does it for you)');
  }
  try {
    rawReady();
    return fn();
  } catch (e) {
    if (e instanceof WebAssembly.RuntimeError || (e instanceof RangeError && /call stack/i.test(e.message))) {
      resetInstance();
      ruleNames = null;
      throw new Error(`resolint: internal error (WebAssembly ${e.message}). The instance has been reset and the next call will work; please report this with the text that caused it.`, { cause: e });
    }
    throw e;
  }
}

/**
 * Loads the WebAssembly module (browsers). `input` is what wasm-bindgen's init takes: a
 * URL, a Response, bytes or a compiled module; by default `resolint_wasm_bg.wasm` next to
 * this file.
 */
export default async function init(input) {
  await initWasm(input === undefined ? undefined : { module_or_path: input });
  ready = true;
}

/** Instantiates the module synchronously from its bytes or a compiled module. */
export function initSync(module) {
  initWasmSync({ module });
  ready = true;
}

/**
 * For the package's tests only (not part of the API): makes the module panic
 * (`"panic"`) or trap (`"trap"`) inside a wrapped call.
 */
export function __testFailure(kind) {
  return call(() => (kind === 'trap' ? __testTrap() : __testPanic()));
}

/** The version of the resolint core the module was built from (the package's version). */
export function version() {
  return call(() => rawVersion());
}

/** The rule registry: rows of strings from the module, as objects. */
function rules() {
  return call(() => rawRules()).map(([name, group, severity, fix, summary]) => ({ name, group, severity, fix, summary }));
}

function names() {
  if (ruleNames === null) ruleNames = rules().map((r) => r.name);
  return ruleNames;
}

function decode(n, s, paragraphMode) {
  let i = 0;
  let p = 0;
  const str = () => {
    const len = n[i++];
    return s.slice(p, (p += len));
  };
  const opt = () => {
    const len = n[i++];
    return len === NONE ? null : s.slice(p, (p += len));
  };
  const language = str();
  const summary = { errors: n[i++], warnings: n[i++], infos: n[i++] };
  const kind = str();
  const title = opt();
  const organ = opt();
  const preambular = n[i++];
  const footnotes = n[i++];
  const sections = new Array(n[i++]);
  for (let k = 0; k < sections.length; k++) {
    sections[k] = { heading: opt(), line: n[i++], preambular: n[i++], operative: n[i++] };
  }
  const outline = { kind, title, organ, preambular, sections, footnotes };
  const rules = names();
  const diagnostics = new Array(n[i++]);
  for (let k = 0; k < diagnostics.length; k++) {
    const r = n[i++];
    const rule = r === NONE ? str() : rules[r];
    const severity = SEVERITIES[n[i++]];
    const message = str();
    const help = opt();
    const d = paragraphMode
      ? { rule, severity, message, paragraph: n[i++], line: n[i++], column: n[i++], endLine: n[i++], endColumn: n[i++], start: n[i++], end: n[i++] }
      : { rule, severity, message, line: n[i++], column: n[i++], endLine: n[i++], endColumn: n[i++], start: n[i++], end: n[i++] };
    if (help !== null) d.help = help;
    const fix = n[i++];
    if (fix !== 0) {
      const edits = new Array(n[i++]);
      for (let e = 0; e < edits.length; e++) {
        edits[e] = paragraphMode
          ? { paragraph: n[i++], start: n[i++], end: n[i++], text: str() }
          : { start: n[i++], end: n[i++], text: str() };
      }
      d.fix = { applicability: APPLICABILITIES[fix], edits };
    }
    diagnostics[k] = d;
  }
  return { language, outline, diagnostics, summary };
}

function offset(x) {
  return Number.isInteger(x) && x >= 0 && x < NONE ? x : NONE;
}

function optionalString(value, what) {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') throw new TypeError(`validateParagraphs: ${what} must be a string, null or undefined`);
  return value;
}

/** Checks OAS draft resolutions; see resolint.d.ts. */
export class Validator {
  #config;

  /**
   * `options`: the keys of `resolint.toml` — `{ lang? (or language?): "auto"|"en"|"es"|"fr"|"pt",
   * profile?: "general-assembly"|"permanent-council"|"cidi", sessionYear?: number,
   * rules?: { [rule]: "off"|"info"|"warning"|"error" }, ignore?: [{ rule, paragraph?, text? }] }`.
   * Throws an `Error` naming an unknown key, rule or level, or a bad value.
   */
  constructor(options) {
    this.#config = call(() => rawParseOptions(options));
  }

  /** Checks a plain-text draft; offsets and columns are UTF-16 code units. */
  validate(text) {
    if (typeof text !== 'string') throw new TypeError('validate: text must be a string');
    const config = this.#config;
    const nums = call(() => rawValidate(text, config));
    return decode(nums, call(rawTakeStrings), false);
  }

  /**
   * Checks a draft given as paragraphs (`{ text, listString?, style? }`, as Office.js
   * reads them). Diagnostics and fix edits carry `paragraph` and UTF-16 offsets inside it.
   */
  validateParagraphs(paragraphs) {
    if (!Array.isArray(paragraphs)) throw new TypeError('validateParagraphs: paragraphs must be an array');
    const lengths = new Uint32Array(paragraphs.length * 3);
    const parts = [];
    for (let k = 0; k < paragraphs.length; k++) {
      const para = paragraphs[k];
      if (para === null || typeof para !== 'object') {
        throw new TypeError(`validateParagraphs: paragraphs[${k}] must be an object with a text string`);
      }
      const { text } = para;
      if (typeof text !== 'string') throw new TypeError(`validateParagraphs: paragraphs[${k}].text must be a string`);
      const list = optionalString(para.listString, `paragraphs[${k}].listString`);
      const style = optionalString(para.style, `paragraphs[${k}].style`);
      parts.push(text);
      lengths[3 * k] = text.length;
      lengths[3 * k + 1] = list === null ? NONE : (parts.push(list), list.length);
      lengths[3 * k + 2] = style === null ? NONE : (parts.push(style), style.length);
    }
    const joined = parts.join('');
    const config = this.#config;
    const nums = call(() => rawValidateParagraphs(joined, lengths, config));
    return decode(nums, call(rawTakeStrings), true);
  }

  /**
   * Applies the fixes of `diagnostics` (as `validate` returned them, UTF-16 offsets) to
   * `text`, safe and unsafe alike: pass only those you want. A fix whose edits are out of
   * range, split a surrogate pair or overlap a fix applied before is skipped whole.
   */
  applyFixes(text, diagnostics) {
    if (typeof text !== 'string') throw new TypeError('applyFixes: text must be a string');
    if (!Array.isArray(diagnostics)) throw new TypeError('applyFixes: diagnostics must be an array');
    const nums = [0];
    const texts = [];
    for (const d of diagnostics) {
      const fix = d === null || typeof d !== 'object' ? undefined : d.fix;
      if (fix === null || typeof fix !== 'object' || !Array.isArray(fix.edits)) continue;
      const edits = fix.edits;
      if (!edits.every((e) => e !== null && typeof e === 'object' && typeof e.text === 'string')) continue;
      if (edits.some((e) => e.paragraph !== undefined)) {
        throw new TypeError('applyFixes: these diagnostics come from validateParagraphs (their offsets are inside paragraphs); apply their edits to each paragraph');
      }
      nums.push(fix.applicability === 'safe' ? 0 : 1, edits.length);
      for (const e of edits) {
        nums.push(offset(e.start), offset(e.end), e.text.length);
        texts.push(e.text);
      }
      nums[0]++;
    }
    const fixes = Uint32Array.from(nums);
    const joined = texts.join('');
    return call(() => rawApplyFixes(text, fixes, joined));
  }

  /** Applies every safe fix, re-validating until none is left; returns the new text. */
  fixAll(text) {
    if (typeof text !== 'string') throw new TypeError('fixAll: text must be a string');
    const config = this.#config;
    return call(() => rawFixAll(text, config));
  }

  /** Metadata of every rule (name, group, severity, fix, summary), for settings screens. */
  static rules() {
    return rules();
  }

  /** The version of the resolint core the module was built from (the package's version). */
  static version() {
    return version();
  }

  /**
   * The fingerprint of a paragraph's text, for the `paragraph` of an `ignore` entry: white
   * space is collapsed, so re-flowing the paragraph keeps it. Pass the text the validator
   * sees: a `validateParagraphs` paragraph's `text` (without Word's list number), or a
   * paragraph of a plain-text draft as it stands (typed number included, all its lines).
   */
  static fingerprint(paragraphText) {
    if (typeof paragraphText !== 'string') throw new TypeError('fingerprint: paragraphText must be a string');
    return call(() => rawFingerprint(paragraphText));
  }
}
