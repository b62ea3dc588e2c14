//! `not-a-resolution`: the text has neither an organ line nor an operative keyword.
//!
//! Reported once, at the start of the text, with the outline empty; the rule runner then
//! runs no other rule, so a report or a letter does not drown in errors. It does not fire
//! on prose declarations whose title or label says they are declarations.

use crate::diagnostics::Severity;
use crate::rules::{Context, FixAvailability, Group, Rule, RuleMeta};
use crate::syntax::{DocKind, Document, TextRange};

pub const RULE: Rule = Rule {
    meta: RuleMeta {
        name: "not-a-resolution",
        group: Group::Structure,
        default_severity: Severity::Error,
        fix: FixAvailability::None,
        summary: "The text has no organ line and no operative keyword.",
    },
    check,
};

fn check(doc: &Document<'_>, cx: &mut Context<'_>) {
    // An empty or blank text (a new document in the add-in) is not worth a report.
    if doc.body.kind != DocKind::None || doc.paragraphs.is_empty() {
        return;
    }
    let range = doc.paragraphs.first().map_or(TextRange::empty(0), |p| crate::scan::first_line(doc, p.content));
    let range = TextRange::new(range.start, range.end.min(range.start + 80));
    let range = snap(doc.text, range);
    let d = cx
        .diagnostic(
            range,
            "This text has no organ line (such as “THE GENERAL ASSEMBLY,”) and no operative keyword (such as “RESOLVES:”), so it is not checked as a resolution.",
        )
        .with_help("If it is a draft resolution, add the organ line above the preamble and “RESOLVES:” above the operative paragraphs.");
    cx.report(d);
}

/// Moves the end of `range` back onto a char boundary.
fn snap(text: &str, range: TextRange) -> TextRange {
    let mut end = range.end as usize;
    while end > range.start as usize && !text.is_char_boundary(end) {
        end -= 1;
    }
    TextRange::new(range.start, crate::syntax::to_u32(end))
}

#[cfg(test)]
mod tests {
    use crate::{validate, Config};

    #[test]
    fn should_report_once_on_prose() {
        let r = validate("This report describes the integrity of the civil service  in in detail.", &Config::default());
        let rules: Vec<_> = r.diagnostics.iter().map(|d| d.rule).collect();
        assert_eq!(rules, ["not-a-resolution"]);
        assert_eq!(r.outline.kind, crate::DocKind::None);
    }

    #[test]
    fn should_stay_quiet_on_a_resolution() {
        let r = validate("THE GENERAL ASSEMBLY,\n\nRESOLVES:\n\n1. To ask.\n", &Config::default());
        assert!(r.diagnostics.iter().all(|d| d.rule != "not-a-resolution"));
    }
}
