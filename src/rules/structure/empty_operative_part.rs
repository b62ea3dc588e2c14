//! `empty-operative-part`: an operative keyword followed by no operative paragraph
//! before the next section or the end of the text.
//!
//! A keyword that stands before the first heading of an omnibus introduces the sections
//! and is empty only when no section has operative paragraphs.

use crate::diagnostics::Severity;
use crate::rules::{Context, FixAvailability, Group, Rule, RuleMeta};
use crate::syntax::{Class, Document};

pub const RULE: Rule = Rule {
    meta: RuleMeta {
        name: "empty-operative-part",
        group: Group::Structure,
        default_severity: Severity::Error,
        fix: FixAvailability::None,
        summary: "An operative keyword followed by no operative paragraph.",
    },
    check,
};

fn check(doc: &Document<'_>, cx: &mut Context<'_>) {
    let mut empty: Vec<u32> = doc.body.sections.iter().filter(|s| s.operative.is_empty()).filter_map(|s| s.keyword).collect();
    if let Some(top) = doc.body.top_keyword {
        if doc.body.sections.iter().all(|s| s.operative.is_empty()) {
            empty.push(top);
        }
    }
    for k in empty {
        let para = doc.para(k);
        let range = match para.class {
            Class::Keyword { word, .. } => word,
            _ => para.content,
        };
        let d = cx
            .diagnostic(range, "This operative keyword is followed by no operative paragraph.")
            .with_help("Add the numbered operative paragraphs (“1. To …”) after it, or remove the keyword.");
        cx.report(d);
    }
}

#[cfg(test)]
mod tests {
    fn count(text: &str) -> usize {
        crate::rules::testing::count(text, "empty-operative-part")
    }

    #[test]
    fn should_fire_on_a_keyword_at_the_end() {
        assert_eq!(count("THE GENERAL ASSEMBLY,\n\nNOTING the report,\n\nRESOLVES:\n"), 1);
    }

    #[test]
    fn should_fire_once_per_keyword_in_a_row() {
        assert_eq!(count("THE GENERAL ASSEMBLY,\n\nRESOLVES:\n\nRESOLVES:\n\nRESOLVES:\n\n1. To ask.\n"), 2);
    }

    #[test]
    fn should_stay_quiet_when_paragraphs_follow() {
        assert_eq!(count("THE GENERAL ASSEMBLY,\n\nRESOLVES:\n\n1. To ask.\n"), 0);
    }
}
