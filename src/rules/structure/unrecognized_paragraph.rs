//! `unrecognized-paragraph`: a paragraph that fits no role where it stands.
//!
//! The parser has already carried on past it (it is an error node in the tree); this
//! rule reports it once, with what was expected there. Text found in the title block
//! of a draft whose title has footnote calls is taken for extracted footnote text and
//! not reported.

use crate::diagnostics::Severity;
use crate::rules::{Context, FixAvailability, Group, Rule, RuleMeta};
use crate::syntax::{Document, Role};

pub const RULE: Rule = Rule {
    meta: RuleMeta {
        name: "unrecognized-paragraph",
        group: Group::Structure,
        default_severity: Severity::Warning,
        fix: FixAvailability::None,
        summary: "A paragraph that fits no role where it stands.",
    },
    check,
};

fn check(doc: &Document<'_>, cx: &mut Context<'_>) {
    for para in doc.paragraphs.iter().filter(|p| p.role == Role::Unrecognized) {
        let range = crate::scan::first_line(doc, para.content);
        let d = cx
            .diagnostic(range, "This paragraph fits no role here: it is not a heading, a preambular paragraph, an operative keyword or a numbered operative paragraph.")
            .with_help("Preambular paragraphs open with a lead phrase in capitals (“RECALLING …”), operative paragraphs with a number (“1. To …”); a section heading stands alone above its section.");
        cx.report(d);
    }
}

#[cfg(test)]
mod tests {
    fn count(text: &str) -> usize {
        crate::rules::testing::count(text, "unrecognized-paragraph")
    }

    #[test]
    fn should_flag_a_stray_sentence_in_the_preamble() {
        assert_eq!(count("THE GENERAL ASSEMBLY,\n\nNOTING it;\n\nthe delegations agreed on this text.\n\nRECALLING x,\n\nRESOLVES:\n\n1. To ask.\n"), 1);
        assert_eq!(count("THE GENERAL ASSEMBLY,\n\nRESOLVES:\n\n1. To ask.\n\nThe end of it all, and more.\n"), 1);
    }

    #[test]
    fn should_accept_quoted_material_after_a_colon() {
        assert_eq!(count("THE GENERAL ASSEMBLY,\n\nRESOLVES:\n\n1. To amend Article 3 to read:\n\n“Article 3. The Council shall meet.”\n\n2. To ask.\n"), 0);
    }
}
