// Uses the whole public API of the `resolint` package as a TypeScript program would;
// `tsc -p tsconfig.json` must accept it (bindings/js/test/types.test.mjs runs it).
import init, {
  initSync,
  version,
  Validator,
  type Diagnostic,
  type Edit,
  type Fix,
  type Ignore,
  type Lang,
  type Level,
  type Outline,
  type Paragraph,
  type ParagraphDiagnostic,
  type Profile,
  type Report,
  type RuleMeta,
  type RuleName,
  type Severity,
  type ValidatorOptions,
} from "resolint";

async function main(bytes: ArrayBuffer): Promise<void> {
  await init();
  await init(new URL("https://example.org/resolint_wasm_bg.wasm"));
  initSync(bytes);

  const options: ValidatorOptions = {
    lang: "es",
    rules: { whitespace: "off", "operative-numbering": "error", "doubled-word": "info" },
  };
  const validator = new Validator(options);
  new Validator();
  new Validator({});
  new Validator({ lang: "auto" });
  new Validator({ language: "fr" });

  // Every option, as a Word add-in would keep them in the document's settings.
  const profile: Profile = "permanent-council";
  const ignore: Ignore[] = [
    { rule: "doubled-word", paragraph: Validator.fingerprint("NOTING the the report,"), text: "the the" },
    { rule: "whitespace" },
    { rule: "placeholder", text: "[date]" },
  ];
  const everything: ValidatorOptions = {
    language: "auto",
    profile,
    sessionYear: 2024,
    rules: { "session-ordinal": "warning" },
    ignore,
  };
  new Validator(everything);
  new Validator({ profile: "cidi", sessionYear: new Date().getFullYear(), ignore: [] as const });
  const profiles: Profile[] = ["general-assembly", "permanent-council", "cidi"];
  const fingerprint: string = Validator.fingerprint("To ask.");
  void [profiles, fingerprint];

  const report: Report = validator.validate("THE GENERAL ASSEMBLY,\n");
  const language: Lang = report.language;
  const outline: Outline = report.outline;
  const kind: "resolution" | "omnibus" | "declaration" | "none" = outline.kind;
  const title: string | null = outline.title;
  const headings: (string | null)[] = outline.sections.map((s) => s.heading);
  const total: number = report.summary.errors + report.summary.warnings + report.summary.infos;

  for (const d of report.diagnostics) {
    const rule: RuleName = d.rule;
    const severity: Severity = d.severity;
    const where: number[] = [d.line, d.column, d.endLine, d.endColumn, d.start, d.end];
    const help: string | undefined = d.help;
    const fix: Fix | undefined = d.fix;
    const edits: Edit[] = fix?.edits ?? [];
    const applicability: "safe" | "unsafe" | undefined = fix?.applicability;
    void [rule, severity, where, help, edits, applicability, d.message.length];
  }

  const safe: Diagnostic[] = report.diagnostics.filter((d) => d.fix?.applicability === "safe");
  const fixed: string = validator.applyFixes("text", safe);
  const all: string = validator.fixAll(fixed);

  const paragraphs: Paragraph[] = [
    { text: "THE GENERAL ASSEMBLY," },
    { text: "To ask.", listString: "1.", style: "List Paragraph" },
    { text: "To urge.", listString: null, style: null },
  ];
  const byParagraph: Report<ParagraphDiagnostic> = validator.validateParagraphs(paragraphs);
  for (const d of byParagraph.diagnostics) {
    const at: [number, number, number] = [d.paragraph, d.start, d.end];
    const editParagraphs: number[] = (d.fix?.edits ?? []).map((e) => e.paragraph);
    void [at, editParagraphs];
  }

  const rules: RuleMeta[] = Validator.rules();
  const levels: Record<string, Level> = Object.fromEntries(rules.map((r) => [r.name, r.severity]));
  const v: string = version() + Validator.version();
  void [language, kind, title, headings, total, all, levels, v];
}

void main;
