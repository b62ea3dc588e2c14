//! `footnote-unreferenced`: a footnote text in the trailing block that nothing in the
//! body calls.
//!
//! Inline footnote texts (`[1: …]`) sit at their call and are always referenced.

use crate::diagnostics::Severity;
use crate::rules::{Context, FixAvailability, Group, Rule, RuleMeta};
use crate::syntax::Document;

pub const RULE: Rule = Rule {
    meta: RuleMeta {
        name: "footnote-unreferenced",
        group: Group::Footnotes,
        default_severity: Severity::Warning,
        fix: FixAvailability::None,
        summary: "A footnote text that nothing in the body refers to.",
    },
    check,
};

fn check(doc: &Document<'_>, cx: &mut Context<'_>) {
    let called = crate::sort::distinct(super::calls(doc).map(|(n, _)| n).collect());
    for entry in &doc.body.footnote_block {
        let Some(number) = entry.number else { continue };
        if called.binary_search(&number).is_ok() {
            continue;
        }
        let para = doc.para(entry.para);
        let range = para.label().map_or_else(|| crate::scan::words(doc.text, para.content).next().map_or(para.content, |(_, r)| r), |l| l.full);
        let d = cx
            .diagnostic(range, format!("Footnote {number} has a text but nothing in the draft calls it."))
            .with_help("Put the call (“1/” or Word's footnote reference) where the footnote applies, or remove the text.");
        cx.report(d);
    }
}

#[cfg(test)]
mod tests {
    fn count(text: &str) -> usize {
        crate::rules::testing::count(text, "footnote-unreferenced")
    }

    #[test]
    fn should_flag_a_text_nobody_calls() {
        assert_eq!(count("TITLE\n\nTHE GENERAL ASSEMBLY,\n\nRESOLVES:\n\n1. To ask.\n\nFOOTNOTES\n\n1. A reservation.\n"), 1);
    }

    #[test]
    fn should_accept_a_called_text() {
        assert_eq!(count("TITLE 1/\n\nTHE GENERAL ASSEMBLY,\n\nRESOLVES:\n\n1. To ask.\n\nFOOTNOTES\n\n1. A reservation.\n"), 0);
    }
}
