//! `footnote-unresolved`: a footnote call ("1/", Word's footnote reference) with no
//! footnote text, neither inline (`[1: …]`) nor in a trailing footnote block.
//!
//! Every call of a missing number is reported. Footnote order is not checked here.

use crate::diagnostics::Severity;
use crate::rules::{Context, FixAvailability, Group, Rule, RuleMeta};
use crate::syntax::Document;

pub const RULE: Rule = Rule {
    meta: RuleMeta {
        name: "footnote-unresolved",
        group: Group::Footnotes,
        default_severity: Severity::Error,
        fix: FixAvailability::None,
        summary: "A footnote mark with no footnote text.",
    },
    check,
};

fn check(doc: &Document<'_>, cx: &mut Context<'_>) {
    let defined = super::defined(doc);
    for (number, range) in super::calls(doc) {
        if defined.binary_search(&number).is_err() {
            let d = cx
                .diagnostic(range, format!("Footnote {number} is called here but its text is nowhere in the draft."))
                .with_help("Add the footnote's text (usually a delegation's reservation), or remove the call.");
            cx.report(d);
        }
    }
}

#[cfg(test)]
mod tests {
    fn count(text: &str) -> usize {
        crate::rules::testing::count(text, "footnote-unresolved")
    }

    #[test]
    fn should_flag_a_call_without_text() {
        assert_eq!(count("TITLE 1/\n\nTHE GENERAL ASSEMBLY,\n\nRESOLVES:\n\n1. To ask.\n"), 1);
    }

    #[test]
    fn should_accept_inline_and_block_texts() {
        assert_eq!(count("TITLE [footnoteRef:1]/ [1: A reservation.]\n\nTHE GENERAL ASSEMBLY,\n\nRESOLVES:\n\n1. To ask.\n"), 0);
        assert_eq!(count("TITLE 1/\n\nTHE GENERAL ASSEMBLY,\n\nRESOLVES:\n\n1. To ask.\n\nFOOTNOTES\n\n1. A reservation.\n"), 0);
    }
}
