//! The rules: one file per rule, grouped as in RULES.md, listed in one static table.
//!
//! A rule is a [`RuleMeta`] (its public name, group, default severity, fix
//! availability, one-line summary) and a `check` function that reads a parsed
//! [`Document`] and reports through a [`Context`]. [`run`] calls every enabled rule; a
//! text that is not a resolution gets only `not-a-resolution`, instead of a cascade.
//! Diagnostics covered by a `<!-- resolint-ignore … -->` directive or a configured
//! [`crate::config::Ignore`] are dropped here, after every rule has run.
//! Shared text helpers live in [`crate::scan`], not here.

pub mod citations;
pub mod footnotes;
pub mod operative;
pub mod preamble;
pub mod structure;
pub mod text;

use crate::config::Config;
use crate::diagnostics::{Diagnostic, Severity};
use crate::syntax::{DocKind, Document, TextRange};
use serde::Serialize;

/// The groups of RULES.md.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Group {
    Structure,
    Preamble,
    Operative,
    Footnotes,
    Citations,
    Text,
}

impl Group {
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Group::Structure => "structure",
            Group::Preamble => "preamble",
            Group::Operative => "operative",
            Group::Footnotes => "footnotes",
            Group::Citations => "citations",
            Group::Text => "text",
        }
    }
}

/// Whether a rule offers fixes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum FixAvailability {
    None,
    Safe,
    Unsafe,
}

impl FixAvailability {
    /// The name serde gives it: `none`, `safe`, `unsafe`.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            FixAvailability::None => "none",
            FixAvailability::Safe => "safe",
            FixAvailability::Unsafe => "unsafe",
        }
    }
}

/// What a rule is, for registries, settings screens and docs.
#[derive(Clone, Copy, Debug, Serialize)]
pub struct RuleMeta {
    /// Public, stable identifier (kebab-case).
    pub name: &'static str,
    pub group: Group,
    #[serde(rename = "severity")]
    pub default_severity: Severity,
    pub fix: FixAvailability,
    pub summary: &'static str,
}

/// A rule: its metadata and its check.
#[derive(Clone, Copy)]
pub struct Rule {
    pub meta: RuleMeta,
    pub check: fn(&Document<'_>, &mut Context<'_>),
}

impl std::fmt::Debug for Rule {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_tuple("Rule").field(&self.meta.name).finish()
    }
}

/// Every rule, in the order of RULES.md.
pub static RULES: &[Rule] = &[
    structure::not_a_resolution::RULE,
    structure::missing_organ_line::RULE,
    structure::organ_line_format::RULE,
    structure::missing_operative_keyword::RULE,
    structure::operative_keyword_format::RULE,
    structure::empty_operative_part::RULE,
    structure::preamble_after_operative::RULE,
    structure::title_format::RULE,
    structure::section_heading_format::RULE,
    structure::unrecognized_paragraph::RULE,
    preamble::preamble_lead_phrase::RULE,
    preamble::preamble_punctuation::RULE,
    operative::operative_numbering::RULE,
    operative::operative_number_format::RULE,
    operative::operative_opening::RULE,
    operative::operative_punctuation::RULE,
    operative::subparagraph_sequence::RULE,
    operative::paragraph_reference::RULE,
    footnotes::footnote_unresolved::RULE,
    footnotes::footnote_unreferenced::RULE,
    footnotes::footnote_order::RULE,
    citations::citation_format::RULE,
    citations::citation_session_year::RULE,
    citations::citation_number_range::RULE,
    citations::session_ordinal::RULE,
    citations::placeholder::RULE,
    text::doubled_word::RULE,
    text::unbalanced_delimiters::RULE,
    text::negotiation_brackets::RULE,
    text::whitespace::RULE,
    text::acronym_undefined::RULE,
    text::acronym_before_definition::RULE,
    text::acronym_conflict::RULE,
];

/// The rule with this name.
#[must_use]
pub fn find(name: &str) -> Option<&'static Rule> {
    RULES.iter().find(|r| r.meta.name == name)
}

/// Where rules report.
#[derive(Debug)]
pub struct Context<'c> {
    config: &'c Config,
    diagnostics: Vec<Diagnostic>,
    rule: &'static str,
    severity: Severity,
    /// Analyses several rules share, computed once per validation on first use.
    acronyms: std::cell::OnceCell<std::rc::Rc<text::AcronymIndex>>,
}

impl Context<'_> {
    /// A diagnostic of the running rule, at its configured severity.
    #[must_use]
    pub fn diagnostic(&self, range: TextRange, message: impl Into<std::borrow::Cow<'static, str>>) -> Diagnostic {
        Diagnostic {
            rule: self.rule,
            severity: self.severity,
            message: message.into(),
            range,
            annotations: Vec::new(),
            help: None,
            fix: None,
        }
    }

    // Not inlined: the rules report from 49 places, and each inlined push was 130 bytes
    // of the WebAssembly module.
    #[inline(never)]
    pub fn report(&mut self, diagnostic: Diagnostic) {
        self.diagnostics.push(diagnostic);
    }

    /// The acronym definitions and uses of `doc`, shared by the three acronym rules.
    /// Shared, not copied: the rules read it while they report.
    pub(crate) fn acronyms(&self, doc: &Document<'_>) -> std::rc::Rc<text::AcronymIndex> {
        std::rc::Rc::clone(self.acronyms.get_or_init(|| std::rc::Rc::new(text::index(doc))))
    }

    /// The configuration of this validation.
    #[must_use]
    pub fn config(&self) -> &Config {
        self.config
    }
}

/// Runs every enabled rule over `doc`; diagnostics come out sorted by position.
#[must_use]
pub fn run(doc: &Document<'_>, config: &Config) -> Vec<Diagnostic> {
    let mut cx = Context { config, diagnostics: Vec::new(), rule: "", severity: Severity::Info, acronyms: std::cell::OnceCell::new() };
    for rule in RULES {
        if doc.body.kind == DocKind::None && rule.meta.name != structure::not_a_resolution::RULE.meta.name {
            continue;
        }
        let Some(severity) = config.severity_of(rule.meta.name, rule.meta.default_severity) else { continue };
        cx.rule = rule.meta.name;
        cx.severity = severity;
        (rule.check)(doc, &mut cx);
    }
    let mut diagnostics = cx.diagnostics;
    if !doc.directives.is_empty() || !config.ignores.is_empty() {
        diagnostics.retain(|d| !suppressed(doc, config, d));
    }
    crate::sort::by_key_then(&mut diagnostics, |d| crate::sort::pair(d.range.start, d.range.end), |a, b| a.rule.cmp(b.rule));
    diagnostics
}

/// Whether a directive in the text or an ignore in the configuration covers `d`.
fn suppressed(doc: &Document<'_>, config: &Config, d: &Diagnostic) -> bool {
    use crate::parse::directive::Scope;
    let at = doc.paragraphs.partition_point(|p| p.range.start <= d.range.start).checked_sub(1);
    let para = at.map(|i| &doc.paragraphs[i]);
    let flagged = d.range.slice(doc.text);
    let text_matches = |t: &Option<String>| t.as_deref().is_none_or(|t| t == flagged);
    let by_directive = doc.directives.iter().any(|dir| {
        if !dir.rules.iter().any(|r| r == d.rule) || !text_matches(&dir.text) {
            return false;
        }
        match dir.scope {
            Scope::File => true,
            // The first paragraph after the directive line (paragraphs are in text order:
            // a binary search, not a scan per diagnostic).
            Scope::NextParagraph => para.is_some_and(|p| {
                let next = doc.paragraphs.partition_point(|q| q.range.start <= dir.range.end);
                doc.paragraphs.get(next).is_some_and(|q| q.range == p.range)
            }),
        }
    });
    by_directive
        || config.ignores.iter().any(|ig| {
            ig.rule == d.rule
                && text_matches(&ig.text)
                && ig.paragraph.as_deref().is_none_or(|fp| para.is_some_and(|p| crate::config::paragraph_fingerprint(p.range.slice(doc.text)) == fp))
        })
}

/// Helpers for the rules' unit tests: validate a draft and keep one rule's diagnostics.
#[cfg(test)]
pub(crate) mod testing {
    use crate::{validate, Config};

    /// The text each diagnostic of `rule` points at.
    pub fn hits_with(text: &str, config: &Config, rule: &str) -> Vec<String> {
        validate(text, config).diagnostics.into_iter().filter(|d| d.rule == rule).map(|d| d.range.slice(text).to_owned()).collect()
    }

    /// [`hits_with`] under the default configuration.
    pub fn hits(text: &str, rule: &str) -> Vec<String> {
        hits_with(text, &Config::default(), rule)
    }

    /// How many diagnostics `rule` reports on `text`.
    pub fn count(text: &str, rule: &str) -> usize {
        hits(text, rule).len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn should_spell_groups_severities_and_fixes_as_serde_does() {
        // The WebAssembly package lists the rules with these names, the CLI's JSON with serde's.
        for r in RULES {
            let json = serde_json::to_value(r.meta).unwrap_or_default();
            assert_eq!(json["group"], r.meta.group.as_str(), "{}", r.meta.name);
            assert_eq!(json["severity"], r.meta.default_severity.as_str(), "{}", r.meta.name);
            assert_eq!(json["fix"], r.meta.fix.as_str(), "{}", r.meta.name);
        }
    }

    #[test]
    fn should_have_unique_kebab_case_names() {
        let mut names: Vec<&str> = RULES.iter().map(|r| r.meta.name).collect();
        assert!(names.iter().all(|n| n.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')));
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), RULES.len());
    }
}
