//! Suppression directives written in a plain-text draft.
//!
//! Syntax (one directive a line, a line of its own; such lines are not paragraphs):
//!
//! ```text
//! <!-- resolint-ignore RULE [RULE …] -->          the next paragraph, these rules
//! <!-- resolint-ignore RULE "FLAGGED TEXT" -->     the next paragraph, one occurrence
//! <!-- resolint-ignore-file RULE [RULE …] -->     the whole draft
//! ```
//!
//! HTML-comment syntax because it is what Markdown and many text tools already hide, and
//! because it cannot be mistaken for drafting text. In Word, ignores live in the
//! document's settings instead ([`crate::config::Ignore`]). This module parses directives;
//! [`crate::rules::run`] applies them.

use crate::syntax::TextRange;
use serde::Serialize;

/// What a directive covers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Scope {
    NextParagraph,
    File,
}

/// One `<!-- resolint-… -->` line.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Directive {
    pub range: TextRange,
    pub scope: Scope,
    pub rules: Vec<String>,
    /// The one occurrence meant ("FLAGGED TEXT"), if any.
    pub text: Option<String>,
    /// Names in the directive that are no rule.
    pub unknown: Vec<String>,
    /// The directive's keyword is not one resolint knows.
    pub malformed: bool,
}

impl Directive {
    /// Parses the directive on line `range` of `text`.
    #[must_use]
    pub fn parse(text: &str, range: TextRange) -> Directive {
        let line = range.slice(text).trim();
        let inner = crate::scan::trim_end_all(crate::scan::trim_start_all(line, "<!--"), "-->").trim();
        let (keyword, rest) = inner.split_once(char::is_whitespace).unwrap_or((inner, ""));
        let scope = match keyword {
            "resolint-ignore-file" => Some(Scope::File),
            "resolint-ignore" => Some(Scope::NextParagraph),
            _ => None,
        };
        let (names, quoted) = match rest.find(['"', '“']) {
            Some(q) => (&rest[..q], Some(rest[q..].trim_matches(|c| c == '"' || c == '“' || c == '”' || c == ' ').to_owned())),
            None => (rest, None),
        };
        let mut rules = Vec::new();
        let mut unknown = Vec::new();
        for name in names.split([' ', ',']).filter(|n| !n.is_empty()) {
            if crate::rules::find(name).is_some() {
                rules.push(name.to_owned());
            } else {
                unknown.push(name.to_owned());
            }
        }
        Directive { range, scope: scope.unwrap_or(Scope::NextParagraph), rules, text: quoted, unknown, malformed: scope.is_none() }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(line: &str) -> Directive {
        Directive::parse(line, TextRange::from_usize(0, line.len()))
    }

    #[test]
    fn should_read_the_three_forms() {
        let d = parse("<!-- resolint-ignore whitespace, doubled-word -->");
        assert_eq!((d.scope, d.rules.as_slice(), d.text.as_deref()), (Scope::NextParagraph, &["whitespace".to_owned(), "doubled-word".to_owned()][..], None));
        let d = parse("<!-- resolint-ignore doubled-word \"that that\" -->");
        assert_eq!(d.text.as_deref(), Some("that that"));
        assert_eq!(parse("<!-- resolint-ignore-file acronym-undefined -->").scope, Scope::File);
    }

    #[test]
    fn should_name_what_it_does_not_know() {
        let d = parse("<!-- resolint-ignore no-such-rule -->");
        assert_eq!(d.unknown, ["no-such-rule"]);
        assert!(parse("<!-- resolint-disable x -->").malformed);
    }
}
