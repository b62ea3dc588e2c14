// Types of the `resolint` package (hand-written; checked by bindings/js/types-check.ts).
// scripts/build-wasm.sh fills in `RuleName` from the rule registry of the build.

/** The official languages of the OAS, by their two-letter codes. */
export type Lang = "en" | "es" | "fr" | "pt";

/** A rule's level: off, or the severity its diagnostics get. */
export type Level = "off" | "info" | "warning" | "error";

export type Severity = "error" | "warning" | "info";

/** The public name of a rule (see `Validator.rules()`). */
export type RuleName = /*RULE_NAMES*/ string;

export type RuleGroup = "structure" | "preamble" | "operative" | "footnotes" | "citations" | "text";

/** The body a draft is for: it decides which organ line `organ-line-format` expects. */
export type Profile = "general-assembly" | "permanent-council" | "cidi";

/**
 * One occurrence a person chose to ignore, matched by content rather than position so
 * that it survives edits: diagnostics of `rule` are left out when their paragraph has the
 * fingerprint `paragraph` (from `Validator.fingerprint`; left out: any paragraph) and the
 * text they flag is exactly `text` (left out: any text).
 */
export interface Ignore {
  rule: RuleName;
  paragraph?: string;
  text?: string;
}

/**
 * Options of a `Validator`: the keys of `resolint.toml`. Unknown keys, rules and levels,
 * and values of the wrong kind, throw an `Error` naming them. A key set to `undefined` or
 * `null` is the same as a key left out.
 */
export interface ValidatorOptions {
  /** The drafts' language; `"auto"` (the default) detects it. */
  lang?: "auto" | Lang;
  /** The same as `lang` (give one of the two). */
  language?: "auto" | Lang;
  /** The body the drafts are for; left out, any organ line is accepted. */
  profile?: Profile;
  /**
   * The year of the General Assembly session the drafts are for (a whole number, such as
   * 2024); left out, it is read from each draft's provenance line or symbol.
   */
  sessionYear?: number;
  /** Levels by rule name; rules left out keep their default severity. */
  rules?: { [R in RuleName]?: Level };
  /** Occurrences to leave unreported. */
  ignore?: readonly Ignore[];
}

/** One replacement: UTF-16 offsets `start..end` of the text become `text`. */
export interface Edit {
  start: number;
  end: number;
  text: string;
}

/** An edit of a paragraph-mode diagnostic: offsets inside paragraph `paragraph`. */
export interface ParagraphEdit extends Edit {
  paragraph: number;
}

export interface Fix<E extends Edit = Edit> {
  /** `safe` fixes may be applied without review ("Fix all"); `unsafe` ones one at a time. */
  applicability: "safe" | "unsafe";
  /** Sorted, non-overlapping. */
  edits: E[];
}

/** One problem. Lines and columns are 1-based; columns and offsets count UTF-16 code units. */
export interface Diagnostic {
  rule: RuleName;
  severity: Severity;
  /** What is wrong, why, and what to do. */
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** UTF-16 offsets into the validated text. */
  start: number;
  end: number;
  help?: string;
  fix?: Fix;
}

/**
 * A diagnostic of `validateParagraphs`: `start`/`end` count UTF-16 code units from the start
 * of paragraph `paragraph` (a range that runs into later paragraphs keeps counting, one
 * unit per paragraph break; `endLine - 1` is the paragraph it ends in). `line` is
 * `paragraph + 1`.
 */
export interface ParagraphDiagnostic extends Omit<Diagnostic, "fix"> {
  paragraph: number;
  fix?: Fix<ParagraphEdit>;
}

export interface SectionOutline {
  /** `null` for the one section of a single resolution. */
  heading: string | null;
  /** 1-based line (paragraph in paragraph mode) of the heading or first paragraph. */
  line: number;
  preambular: number;
  operative: number;
}

export interface Outline {
  kind: "resolution" | "omnibus" | "declaration" | "none";
  title: string | null;
  organ: string | null;
  preambular: number;
  sections: SectionOutline[];
  footnotes: number;
}

export interface Summary {
  errors: number;
  warnings: number;
  infos: number;
}

export interface Report<D = Diagnostic> {
  language: Lang;
  outline: Outline;
  diagnostics: D[];
  summary: Summary;
}

/** A paragraph as Office.js gives it. */
export interface Paragraph {
  text: string;
  /** The label Word shows for an auto-numbered paragraph (`listItem.listString`, e.g. "1."). */
  listString?: string | null;
  /** The paragraph's style name. */
  style?: string | null;
}

/** What `Validator.rules()` lists. */
export interface RuleMeta {
  name: RuleName;
  group: RuleGroup;
  /** The default severity. */
  severity: Severity;
  fix: "none" | "safe" | "unsafe";
  summary: string;
}

export type InitInput = RequestInfo | URL | Response | BufferSource | WebAssembly.Module;

/**
 * Loads the WebAssembly module; call (and await) it once before anything else in a
 * browser. By default it fetches `resolint_wasm_bg.wasm` next to the package's JS. In
 * Node the module is loaded on import and this resolves at once.
 */
export default function init(input?: InitInput | Promise<InitInput>): Promise<void>;

/** Instantiates the module synchronously from its bytes or a compiled module. */
export function initSync(module: BufferSource | WebAssembly.Module): void;

/** The version of the resolint core the module was built from (the package's version). */
export function version(): string;

export class Validator {
  /** Throws an `Error` whose message names an unknown key, rule or level, or a bad value. */
  constructor(options?: ValidatorOptions);
  /** Checks a plain-text draft. */
  validate(text: string): Report;
  /** Checks a draft given as paragraphs; Word's list numbers count as typed ones. */
  validateParagraphs(paragraphs: readonly Paragraph[]): Report<ParagraphDiagnostic>;
  /**
   * Applies the fixes of `diagnostics` (from `validate`), safe and unsafe alike; a fix
   * that is out of range, splits a surrogate pair or overlaps an earlier one is skipped.
   */
  applyFixes(text: string, diagnostics: readonly { fix?: Fix }[]): string;
  /** Applies every safe fix, re-validating until none is left. */
  fixAll(text: string): string;
  /** Metadata of every rule, for settings screens. */
  static rules(): RuleMeta[];
  /** The version of the resolint core the module was built from (the package's version). */
  static version(): string;
  /**
   * The fingerprint of a paragraph's text (16 hexadecimal digits), for `Ignore.paragraph`.
   * White space is collapsed, so re-flowing the paragraph keeps it. Pass the text the
   * validator sees: a `validateParagraphs` paragraph's `text` (without Word's list
   * number), or a paragraph of a plain-text draft as it stands (typed number included).
   */
  static fingerprint(paragraphText: string): string;
}
