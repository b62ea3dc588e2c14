//! Renderers for the command line: human (rustc-style snippets through
//! annotate-snippets), JSON (one object per file), SARIF 2.1.0 (one log for all files),
//! and the outline and rule tables.
//!
//! Only compiled with the `cli` feature, so none of it reaches the WebAssembly module.
//! Renderers format; they never decide what is reported.

use annotate_snippets::{AnnotationKind, Level, Renderer, Snippet};
use serde::Serialize;

use super::{Diagnostic, Fix, Severity, Summary};
use crate::lang::Lang;
use crate::outline::Outline;
use crate::rules::RuleMeta;
use crate::syntax::{ColumnCursor, LineIndex, TextRange};

/// At most this many diagnostics a file are drawn as snippets; the rest are counted.
pub const MAX_SHOWN: usize = 500;

/// Lines longer than this are shown as an excerpt around the span, not whole.
const LONG_LINE: usize = 2_000;

/// Renders diagnostics rustc-style: message, `--> file:line:col`, the line with a caret.
#[must_use]
pub fn human(file: &str, text: &str, index: &LineIndex, diagnostics: &[Diagnostic], styled: bool) -> String {
    let renderer = if styled { Renderer::styled() } else { Renderer::plain() };
    let mut cursor = ColumnCursor::new(text, index, false);
    let mut out = String::new();
    for d in diagnostics.iter().take(MAX_SHOWN) {
        let level = match d.severity {
            Severity::Error => Level::ERROR,
            Severity::Warning => Level::WARNING,
            Severity::Info => Level::INFO,
        };
        let (excerpt, span, line) = excerpt(text, index, d.range);
        if excerpt.len() > LONG_LINE {
            out.push_str(&long_line(file, excerpt, span, cursor.line_col(d.range.start), d));
            continue;
        }
        let mut snippet = Snippet::source(excerpt).line_start(line).path(file).annotation(AnnotationKind::Primary.span(span));
        for a in &d.annotations {
            if let Some(local) = local_span(text, index, line, a.range) {
                snippet = snippet.annotation(AnnotationKind::Context.span(local).label(a.message.as_str()));
            }
        }
        let mut group = level.primary_title(&*d.message).id(d.rule).element(snippet);
        if let Some(help) = &d.help {
            group = group.element(Level::HELP.message(help.as_str()));
        }
        if let Some(fix) = &d.fix {
            group = group.element(Level::NOTE.message(fix_note(fix)));
        }
        out.push_str(&renderer.render(&[group]));
        out.push_str("\n\n");
    }
    if diagnostics.len() > MAX_SHOWN {
        out.push_str(&format!("… and {} more diagnostics in {file} (--format json lists them all)\n\n", diagnostics.len() - MAX_SHOWN));
    }
    out
}

/// A diagnostic on a very long line (a whole paragraph on one line): an excerpt of about
/// sixty characters either side, with the true line and column in the header.
fn long_line(file: &str, line_text: &str, span: std::ops::Range<usize>, at: crate::syntax::LineCol, d: &Diagnostic) -> String {
    let floor = |mut i: usize| {
        while i > 0 && !line_text.is_char_boundary(i) {
            i -= 1;
        }
        i
    };
    let from = floor(span.start.saturating_sub(120));
    let to = floor((span.end + 120).min(line_text.len()));
    let before = &line_text[from..span.start];
    let marked = &line_text[span.start..span.end.min(to).max(span.start)];
    let indent = " ".repeat(before.chars().count() + 2);
    let carets = "^".repeat(marked.chars().count().max(1));
    format!(
        "{}[{}]: {}\n  --> {file}:{}:{}\n   | …{before}{marked}{}…\n   | {indent}{carets}\n\n",
        d.severity.as_str(),
        d.rule,
        d.message,
        at.line,
        at.column,
        &line_text[span.end.min(to).max(span.start)..to]
    )
}

fn fix_note(fix: &Fix) -> &'static str {
    match fix.applicability {
        super::Applicability::Safe => "fixable with `resolint check --fix`",
        super::Applicability::Unsafe => "a fix is available, to apply with care",
    }
}

/// The diagnostic's first line, the span inside it, and the 1-based line number.
/// (annotate-snippets itself shortens long lines around the span.)
fn excerpt<'t>(text: &'t str, index: &LineIndex, range: TextRange) -> (&'t str, std::ops::Range<usize>, usize) {
    let line = index.line_of(range.start);
    let line_range = index.line_range(text, line);
    let line_text = line_range.slice(text);
    let start_in = (range.start.saturating_sub(line_range.start) as usize).min(line_text.len());
    let end_in = ((range.end.min(line_range.end)).saturating_sub(line_range.start) as usize).clamp(start_in, line_text.len());
    (line_text, start_in..end_in, line + 1)
}

fn local_span(text: &str, index: &LineIndex, line: usize, range: TextRange) -> Option<std::ops::Range<usize>> {
    let (_, span, l) = excerpt(text, index, range);
    (l == line).then_some(span)
}

/// One diagnostic as the JSON output writes it.
#[derive(Serialize)]
struct JsonDiagnostic<'a> {
    rule: &'a str,
    severity: Severity,
    message: &'a str,
    line: u32,
    column: u32,
    end_line: u32,
    end_column: u32,
    start: u32,
    end: u32,
    #[serde(skip_serializing_if = "Option::is_none")]
    help: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    fix: Option<&'a Fix>,
}

/// One file as the JSON output writes it.
#[derive(Serialize)]
struct JsonFile<'a> {
    file: &'a str,
    language: Lang,
    outline: &'a Outline,
    diagnostics: Vec<JsonDiagnostic<'a>>,
    summary: Summary,
}

/// The JSON object for one checked file (see DESIGN.md's contract).
#[must_use]
pub fn json(file: &str, text: &str, index: &LineIndex, report: &crate::Report) -> String {
    let mut cursor = ColumnCursor::new(text, index, false);
    let diagnostics = report
        .diagnostics
        .iter()
        .map(|d| {
            let start = cursor.line_col(d.range.start);
            let end = cursor.end_of(start, d.range.start, d.range.end);
            JsonDiagnostic {
                rule: d.rule,
                severity: d.severity,
                message: &d.message,
                line: start.line,
                column: start.column,
                end_line: end.line,
                end_column: end.column,
                start: d.range.start,
                end: d.range.end,
                help: d.help.as_deref(),
                fix: d.fix.as_ref(),
            }
        })
        .collect();
    let file = JsonFile { file, language: report.language, outline: &report.outline, diagnostics, summary: report.summary };
    serde_json::to_string(&file).unwrap_or_default()
}

/// The outline, readably.
#[must_use]
pub fn outline(file: &str, outline: &Outline, language: Lang) -> String {
    use std::fmt::Write;
    let mut out = String::new();
    let kind = serde_json::to_value(outline.kind).ok().and_then(|v| v.as_str().map(str::to_owned)).unwrap_or_default();
    let _ = writeln!(out, "{file}: {kind} ({})", language.code());
    if kind == "none" {
        out.push_str("  not a resolution: no organ line and no operative keyword\n");
        return out;
    }
    let _ = writeln!(out, "  title     {}", outline.title.as_deref().unwrap_or("(none)"));
    let _ = writeln!(out, "  organ     {}", outline.organ.as_deref().unwrap_or("(none)"));
    let _ = writeln!(out, "  preamble  {} paragraphs", outline.preambular);
    let _ = writeln!(out, "  footnotes {}", outline.footnotes);
    let _ = writeln!(out, "  sections  {}", outline.sections.len());
    for (i, s) in outline.sections.iter().enumerate() {
        let _ = writeln!(
            out,
            "  {:>3}. line {:>4}  {:>2} preambular  {:>2} operative  {}",
            i + 1,
            s.line,
            s.preambular,
            s.operative,
            s.heading.as_deref().unwrap_or("(no heading)")
        );
    }
    out
}

/// The rule table.
#[must_use]
pub fn rules(rules: &[RuleMeta]) -> String {
    use std::fmt::Write;
    let mut out = String::new();
    let _ = writeln!(out, "{:<28} {:<10} {:<8} {:<5} summary", "rule", "group", "severity", "fix");
    for r in rules {
        let fix = match r.fix {
            crate::rules::FixAvailability::None => "-",
            crate::rules::FixAvailability::Safe => "safe",
            crate::rules::FixAvailability::Unsafe => "unsafe",
        };
        let _ = writeln!(out, "{:<28} {:<10} {:<8} {:<5} {}", r.name, r.group.as_str(), r.default_severity.as_str(), fix, r.summary);
    }
    out
}

/// One SARIF 2.1.0 log for all checked files, for code-scanning services.
///
/// Every rule is listed in `tool.driver.rules` (with its default level and summary), and
/// each diagnostic becomes a result with its region (1-based lines, columns in UTF-16
/// code units as SARIF's default `columnKind` says) and its fix, if any.
#[must_use]
pub fn sarif(files: &[(&str, &str, &crate::Report)]) -> String {
    use serde_json::json;
    let level = |s: Severity| match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    };
    let rules: Vec<serde_json::Value> = crate::RULES
        .iter()
        .map(|r| {
            json!({
                "id": r.meta.name,
                "shortDescription": { "text": r.meta.summary },
                "defaultConfiguration": { "level": level(r.meta.default_severity) },
                "properties": { "group": r.meta.group.as_str(), "documentation": format!("docs/rules/{}.md", r.meta.name) }
            })
        })
        .collect();
    let mut results = Vec::new();
    for &(file, text, report) in files {
        let index = LineIndex::new(text);
        let mut cursor = ColumnCursor::new(text, &index, true);
        for d in &report.diagnostics {
            let start = cursor.line_col(d.range.start);
            let end = cursor.end_of(start, d.range.start, d.range.end);
            let rule_index = crate::RULES.iter().position(|r| r.meta.name == d.rule).unwrap_or(0);
            let mut result = json!({
                "ruleId": d.rule,
                "ruleIndex": rule_index,
                "level": level(d.severity),
                "message": { "text": d.message },
                "locations": [{ "physicalLocation": {
                    "artifactLocation": { "uri": file },
                    "region": { "startLine": start.line, "startColumn": start.column, "endLine": end.line, "endColumn": end.column }
                } }]
            });
            if let Some(fix) = &d.fix {
                let replacements: Vec<serde_json::Value> = fix
                    .edits
                    .iter()
                    .map(|e| {
                        let s = cursor.end_of(start, d.range.start, e.range.start.max(d.range.start));
                        let s = if e.range.start < d.range.start { index.line_col_utf16(text, e.range.start) } else { s };
                        let t = cursor.end_of(s, e.range.start, e.range.end);
                        json!({
                            "deletedRegion": { "startLine": s.line, "startColumn": s.column, "endLine": t.line, "endColumn": t.column },
                            "insertedContent": { "text": e.text }
                        })
                    })
                    .collect();
                result["fixes"] = json!([{
                    "description": { "text": format!("{} fix", match fix.applicability { super::Applicability::Safe => "safe", super::Applicability::Unsafe => "unsafe" }) },
                    "artifactChanges": [{ "artifactLocation": { "uri": file }, "replacements": replacements }]
                }]);
            }
            results.push(result);
        }
    }
    let log = json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": { "driver": {
                "name": "resolint",
                "version": env!("CARGO_PKG_VERSION"),
                "rules": rules
            } },
            "columnKind": "utf16CodeUnits",
            "results": results
        }]
    });
    serde_json::to_string_pretty(&log).unwrap_or_default()
}
