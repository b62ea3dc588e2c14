//! # resolint
//!
//! A validator for drafts of Organization of American States (OAS) resolutions and
//! declarations: structure (title block, organ line, preamble, operative part, omnibus
//! sections, footnotes) and drafting conventions (numbering, punctuation, placeholders),
//! in English, Spanish, French and Portuguese.
//!
//! ```
//! let draft = "THE GENERAL ASSEMBLY,\n\nRECALLING resolution AG/RES. 2958 (L-O/20),\n\n\
//!              RESOLVES:\n\n1. To request a report.\n\n1. To remain seized of the matter.\n";
//! let report = resolint::validate(draft, &resolint::Config::default());
//! assert_eq!(report.outline.sections[0].operative, 2);
//! assert_eq!(report.diagnostics[0].rule, "operative-numbering");
//! let fixed = resolint::fix_all(draft, &resolint::Config::default());
//! assert!(fixed.text.contains("2. To remain seized"));
//! ```
//!
//! ## Module map
//!
//! - [`syntax`] — byte ranges, line/UTF-16 positions, the lossless tree, the [`Document`];
//! - [`parse`](mod@parse) — paragraphs, converter marks, classification (nom), the tree builder;
//! - [`lang`] — lexicons of the four OAS languages and language detection;
//! - [`rules`] — one file per rule and the static registry;
//! - [`diagnostics`] — diagnostics, severities, fixes (and CLI renderers);
//! - [`fix`] — applying fixes safely; [`outline`] — the shape of a draft;
//! - [`config`] — language and per-rule levels; [`sort`] — the one stable sort.
//!
//! The data flow is text → paragraphs → marks → classes → tree → rules → diagnostics;
//! positions are bytes inside, converted to lines, columns or UTF-16 only at the edges.
//!
//! ## Guarantees
//!
//! No function of this crate panics on any input (property-tested and fuzzed), every span
//! lies on char boundaries inside the text, the tree covers the input exactly, and
//! applying safe fixes changes only the spans they name. The crate has no `unsafe` code.

#![forbid(unsafe_code)]

pub mod config;
pub mod diagnostics;
pub mod fix;
pub mod lang;
pub mod outline;
pub mod parse;
pub mod rules;
pub mod scan;
pub mod sort;
pub mod syntax;

pub use config::{Config, Level};
pub use diagnostics::{Annotation, Applicability, Diagnostic, Edit, Fix, Severity, Summary};
pub use fix::{apply_fixes, fix_all, Fixed};
pub use lang::Lang;
pub use outline::{Outline, SectionOutline};
pub use parse::{parse, parse_with};
pub use rules::{RuleMeta, RULES};
pub use syntax::{DocKind, Document, TextRange};

use serde::Serialize;

/// The version of this crate, as the CLI and the WebAssembly package report it.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// Errors of the library's fallible entry points.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum Error {
    #[error("unknown rule `{0}` (see `resolint rules` for the list)")]
    UnknownRule(String),
    #[error("unknown language `{0}` (expected auto, en, es, fr or pt)")]
    UnknownLanguage(String),
    #[error("unknown level `{0}` (expected off, info, warning or error)")]
    UnknownLevel(String),
}

/// The result of validating one draft.
#[derive(Clone, Debug, Serialize)]
pub struct Report {
    pub language: Lang,
    pub outline: Outline,
    pub diagnostics: Vec<Diagnostic>,
    pub summary: Summary,
}

impl Report {
    /// Whether any diagnostic is an error.
    #[must_use]
    pub fn has_errors(&self) -> bool {
        self.summary.errors > 0
    }
}

/// Parses and checks a plain-text draft.
#[must_use]
pub fn validate(text: &str, config: &Config) -> Report {
    let doc = parse_with(text, config.lang);
    report_of(&doc, config)
}

/// Checks an already parsed draft.
#[must_use]
pub fn report_of(doc: &Document<'_>, config: &Config) -> Report {
    let diagnostics = rules::run(doc, config);
    Report { language: doc.lang, outline: Outline::of(doc), summary: Summary::of(&diagnostics), diagnostics }
}

/// A paragraph as a word processor gives it.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Paragraph {
    pub text: String,
    /// The label Word shows for an auto-numbered paragraph ("1.", "a)").
    #[serde(default)]
    pub list_string: Option<String>,
    /// The paragraph's style name.
    #[serde(default)]
    pub style: Option<String>,
}

/// A [`Paragraph`] whose strings are borrowed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ParagraphRef<'a> {
    pub text: &'a str,
    pub list_string: Option<&'a str>,
    pub style: Option<&'a str>,
}

impl Paragraph {
    /// The same paragraph, borrowed.
    #[must_use]
    pub fn as_ref(&self) -> ParagraphRef<'_> {
        ParagraphRef { text: &self.text, list_string: self.list_string.as_deref(), style: self.style.as_deref() }
    }
}

/// A diagnostic located inside one paragraph of a [`validate_paragraphs`] call.
#[derive(Clone, Copy, Debug, Serialize)]
pub struct ParagraphDiagnostic<'r> {
    pub paragraph: usize,
    /// Byte offsets inside that paragraph's text.
    pub start: u32,
    pub end: u32,
    pub diagnostic: &'r Diagnostic,
}

/// The result of [`validate_paragraphs`]: the report over the joined paragraphs, the
/// joined text, and where each paragraph starts in it ([`ParagraphsReport::located`]
/// places each diagnostic in its paragraph).
#[derive(Clone, Debug)]
pub struct ParagraphsReport {
    pub report: Report,
    /// The paragraphs joined with `\n`: the text the report's ranges refer to.
    pub text: String,
    /// Where each paragraph starts in `text`.
    pub starts: Vec<u32>,
    /// The lines of `text`, as parsing found them (for callers that convert offsets).
    pub line_index: syntax::LineIndex,
}

impl ParagraphsReport {
    /// Each diagnostic of the report, located in the paragraph it starts in (computed on
    /// demand: the WebAssembly binding converts offsets itself and never needs it).
    #[must_use]
    pub fn located(&self) -> Vec<ParagraphDiagnostic<'_>> {
        self.report
            .diagnostics
            .iter()
            .map(|d| {
                let paragraph = self.starts.partition_point(|&s| s <= d.range.start).saturating_sub(1);
                let base = self.starts.get(paragraph).copied().unwrap_or(0);
                ParagraphDiagnostic { paragraph, start: d.range.start - base, end: d.range.end.saturating_sub(base), diagnostic: d }
            })
            .collect()
    }
}

/// Checks a draft given as paragraphs (as Office.js reads them): each paragraph is one
/// paragraph, and Word's list numbers count as typed ones.
///
/// ```
/// use resolint::{validate_paragraphs, Config, Paragraph};
/// let p = |t: &str, l: Option<&str>| Paragraph { text: t.into(), list_string: l.map(Into::into), style: None };
/// let paras = [p("THE GENERAL ASSEMBLY,", None), p("RESOLVES:", None), p("To ask.", Some("1.")), p("To urge.", Some("1."))];
/// let out = validate_paragraphs(&paras, &Config::default());
/// assert_eq!(out.located()[0].paragraph, 3);
/// assert_eq!(out.located()[0].diagnostic.rule, "operative-numbering");
/// ```
#[must_use]
pub fn validate_paragraphs(paragraphs: &[Paragraph], config: &Config) -> ParagraphsReport {
    let borrowed: Vec<ParagraphRef<'_>> = paragraphs.iter().map(Paragraph::as_ref).collect();
    validate_paragraph_refs(&borrowed, config)
}

/// [`validate_paragraphs`] on borrowed paragraphs: for callers whose paragraphs are
/// slices of a buffer they already hold (the WebAssembly binding), with no copy of each.
#[must_use]
pub fn validate_paragraph_refs(paragraphs: &[ParagraphRef<'_>], config: &Config) -> ParagraphsReport {
    let total: usize = paragraphs.iter().map(|p| p.text.len() + 1).sum();
    let mut text = String::with_capacity(total);
    let mut starts = Vec::with_capacity(paragraphs.len());
    for (i, p) in paragraphs.iter().enumerate() {
        if i > 0 {
            text.push('\n');
        }
        starts.push(syntax::to_u32(text.len()));
        // A paragraph is one paragraph: line breaks inside it become soft breaks (one
        // byte for one byte, so offsets inside the paragraph are unchanged).
        let at = text.len();
        text.push_str(p.text);
        if crate::scan::memchr2(b'\n', b'\r', p.text.as_bytes()).is_some() {
            let soft: String = text[at..].chars().map(|c| if matches!(c, '\n' | '\r') { '\u{b}' } else { c }).collect();
            text.replace_range(at.., &soft);
        }
    }
    // Empty paragraphs (blank lines in Word) separate paragraphs and are nothing else.
    let pieces: Vec<parse::Piece<'_>> = paragraphs
        .iter()
        .zip(&starts)
        .filter(|(p, _)| !p.text.trim().is_empty() || p.list_string.is_some_and(|l| !l.trim().is_empty()))
        .map(|(p, &s)| parse::Piece {
            range: TextRange::new(s, s + syntax::to_u32(p.text.len())),
            list_string: p.list_string.filter(|l| !l.trim().is_empty()),
            style: p.style,
        })
        .collect();
    let (report, line_index) = {
        let doc = parse::parse_pieces(&text, pieces, config.lang);
        (report_of(&doc, config), doc.line_index)
    };
    ParagraphsReport { report, text, starts, line_index }
}
