//! Diagnostics, severities and fixes: what the rules report.
//!
//! A [`Diagnostic`] names its rule (a public identifier from RULES.md), carries a
//! severity, a message that says what is wrong, why and what to do, the byte range it
//! points at, optional secondary annotations and help, and an optional [`Fix`] made of
//! sorted, non-overlapping [`Edit`]s. Renderers for the command line (human and JSON)
//! live in [`render`] behind the `cli` feature; this module has no I/O.

#[cfg(feature = "cli")]
pub mod render;

use crate::syntax::TextRange;
use serde::{Deserialize, Serialize};
use std::borrow::Cow;

/// How serious a diagnostic is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// The draft is structurally wrong and would be sent back.
    Error,
    /// Almost certainly a drafting slip.
    Warning,
    /// Worth a look.
    Info,
}

impl Severity {
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "info",
        }
    }
}

/// Whether a fix may be applied without a person looking at it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Applicability {
    /// Applied by `--fix` and by "Fix all": it changes only what the message names.
    Safe,
    /// Offered one at a time, on request.
    Unsafe,
}

/// One text replacement: `range` becomes `text` (an empty range inserts).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Edit {
    #[serde(flatten)]
    pub range: TextRange,
    /// Borrowed when the rule's replacement is fixed text (" ", ";"), as most are: one
    /// allocation less per fix.
    pub text: Cow<'static, str>,
}

impl Edit {
    #[must_use]
    pub fn replace(range: TextRange, text: impl Into<Cow<'static, str>>) -> Self {
        Self { range, text: text.into() }
    }

    #[must_use]
    pub fn delete(range: TextRange) -> Self {
        Self { range, text: Cow::Borrowed("") }
    }

    #[must_use]
    pub fn insert(at: u32, text: impl Into<Cow<'static, str>>) -> Self {
        Self { range: TextRange::empty(at), text: text.into() }
    }
}

/// A set of edits that together mend one diagnostic.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Fix {
    pub applicability: Applicability,
    /// Sorted by position, never overlapping.
    pub edits: Vec<Edit>,
}

impl Fix {
    /// A safe fix; the edits are sorted here.
    #[must_use]
    pub fn safe(edits: Vec<Edit>) -> Self {
        Self::new(Applicability::Safe, edits)
    }

    #[must_use]
    pub fn new(applicability: Applicability, mut edits: Vec<Edit>) -> Self {
        crate::sort::by_key(&mut edits, |e| crate::sort::pair(e.range.start, e.range.end));
        Self { applicability, edits }
    }
}

/// A secondary place a diagnostic points at.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Annotation {
    #[serde(flatten)]
    pub range: TextRange,
    pub message: String,
}

/// One problem found in a draft.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Diagnostic {
    /// The rule's public name, e.g. `operative-numbering`.
    pub rule: &'static str,
    pub severity: Severity,
    /// Borrowed when the message is fixed text, as many are (a draft can have hundreds of
    /// "Doubled space between words."): one allocation less per diagnostic.
    pub message: Cow<'static, str>,
    pub range: TextRange,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub annotations: Vec<Annotation>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub help: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fix: Option<Fix>,
}

impl Diagnostic {
    #[must_use]
    pub fn with_fix(mut self, fix: Fix) -> Self {
        self.fix = Some(fix);
        self
    }

    #[must_use]
    pub fn with_help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    #[must_use]
    pub fn with_annotation(mut self, range: TextRange, message: impl Into<String>) -> Self {
        self.annotations.push(Annotation { range, message: message.into() });
        self
    }
}

/// Counts of diagnostics by severity.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Summary {
    pub errors: usize,
    pub warnings: usize,
    pub infos: usize,
}

impl Summary {
    #[must_use]
    pub fn of(diagnostics: &[Diagnostic]) -> Self {
        let mut s = Summary::default();
        for d in diagnostics {
            match d.severity {
                Severity::Error => s.errors += 1,
                Severity::Warning => s.warnings += 1,
                Severity::Info => s.infos += 1,
            }
        }
        s
    }
}
