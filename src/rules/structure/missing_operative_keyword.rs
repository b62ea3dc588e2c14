//! `missing-operative-keyword`: a resolution or omnibus section with a preamble or
//! operative paragraphs but no "RESOLVES:" ("RESUELVE:", "DÉCIDE :", "RESOLVE:" …).
//!
//! Declarations whose operative paragraphs open with a verb ("WELCOMES …") need no
//! keyword, and an omnibus whose keyword stands before its first heading covers every
//! section. A preamble-only section is reported at its last preambular paragraph.

use crate::diagnostics::Severity;
use crate::rules::{Context, FixAvailability, Group, Rule, RuleMeta};
use crate::syntax::{DocKind, Document};

pub const RULE: Rule = Rule {
    meta: RuleMeta {
        name: "missing-operative-keyword",
        group: Group::Structure,
        default_severity: Severity::Error,
        fix: FixAvailability::None,
        summary: "A resolution or section with a preamble but no operative keyword.",
    },
    check,
};

fn check(doc: &Document<'_>, cx: &mut Context<'_>) {
    if doc.body.top_keyword.is_some() {
        return;
    }
    for section in &doc.body.sections {
        if section.keyword.is_some() || section.implicit_operative {
            continue;
        }
        if section.preamble.is_empty() && section.operative.is_empty() {
            continue;
        }
        if doc.body.kind == DocKind::Declaration && section.operative.is_empty() {
            continue;
        }
        let (at, message) = match section.operative.first() {
            Some(op) => (op.para, "These operative paragraphs have no “RESOLVES:” above them."),
            None => (
                *section.preamble.last().unwrap_or(&0),
                "This preamble is followed by no “RESOLVES:” and no operative paragraph.",
            ),
        };
        let range = crate::scan::first_line(doc, doc.para(at).content);
        let d = cx
            .diagnostic(range, message)
            .with_help("Put the operative keyword (“RESOLVES:”, “RESUELVE:”, “DÉCIDE :”, “RESOLVE:”) alone in a paragraph between the preamble and the operative paragraphs.");
        cx.report(d);
    }
}

#[cfg(test)]
mod tests {
    fn count(text: &str) -> usize {
        crate::rules::testing::count(text, "missing-operative-keyword")
    }

    #[test]
    fn should_fire_when_numbered_paragraphs_follow_the_preamble_directly() {
        assert_eq!(count("THE GENERAL ASSEMBLY,\n\nRECALLING its resolutions,\n\n1. To ask.\n"), 1);
    }

    #[test]
    fn should_accept_a_verb_led_declaration() {
        assert_eq!(count("DRAFT DECLARATION\n\nTHE GENERAL ASSEMBLY,\n\nRECALLING its work,\n\nWELCOMES the report; and\n\nDECIDES to meet again.\n"), 0);
    }
}
