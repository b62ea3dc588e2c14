//! `footnote-order`: footnotes are numbered 1, 2, 3 … in the order of their first call.
//!
//! Reported at the first call of each footnote whose number is not the next one. Calls
//! inside footnote texts do not count, and a number called again later is not a new
//! footnote.

use crate::diagnostics::Severity;
use crate::rules::{Context, FixAvailability, Group, Rule, RuleMeta};
use crate::syntax::Document;

pub const RULE: Rule = Rule {
    meta: RuleMeta {
        name: "footnote-order",
        group: Group::Footnotes,
        default_severity: Severity::Warning,
        fix: FixAvailability::None,
        summary: "Footnotes not numbered 1, 2, 3 … in order of first reference.",
    },
    check,
};

fn check(doc: &Document<'_>, cx: &mut Context<'_>) {
    let calls: Vec<(u32, crate::TextRange)> = super::calls(doc).collect();
    // The first call of each number, in text order: the stable sort keeps the calls of
    // one number in order, so `dedup` keeps the first.
    let mut firsts: Vec<&(u32, crate::TextRange)> = calls.iter().collect();
    crate::sort::by_key(&mut firsts, |c| u64::from(c.0));
    firsts.dedup_by_key(|c| c.0);
    crate::sort::by_key(&mut firsts, |c| u64::from(c.1.start));
    for (k, &&(number, range)) in firsts.iter().enumerate() {
        let expected = crate::syntax::to_u32(k + 1);
        if number != expected {
            let d = cx.diagnostic(range, format!("This is the first call of footnote {number}, but it is the {} footnote of the draft: it should be numbered {expected}.", crate::scan::ordinal(expected as usize)));
            cx.report(d);
        }
    }
}

#[cfg(test)]
mod tests {
    fn count(title: &str) -> usize {
        let text = format!("{title}\n\nTHE GENERAL ASSEMBLY,\n\nRESOLVES:\n\n1. To ask.\n\nFOOTNOTES\n\n1. One.\n\n2. Two.\n");
        crate::rules::testing::count(&text, "footnote-order")
    }

    #[test]
    fn should_flag_footnotes_out_of_order() {
        assert_eq!(count("TITLE 2/1/"), 2);
    }

    #[test]
    fn should_accept_footnotes_in_order_and_repeated_calls() {
        assert_eq!(count("TITLE 1/2/1/"), 0);
    }
}
