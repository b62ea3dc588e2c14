//! `title-format`: the title block — a title not in capitals, a draft label ("DRAFT
//! RESOLUTION") below the title instead of above it, a provenance line ("(Agreed upon by
//! …)") without its parentheses.
//!
//! Header lines (symbol, date, "Original:") are accepted wherever they stand in the block.

use crate::diagnostics::Severity;
use crate::rules::{Context, FixAvailability, Group, Rule, RuleMeta};
use crate::syntax::{Class, Document};

pub const RULE: Rule = Rule {
    meta: RuleMeta {
        name: "title-format",
        group: Group::Structure,
        default_severity: Severity::Warning,
        fix: FixAvailability::None,
        summary: "Title not in capitals, draft label misplaced, provenance line not in parentheses.",
    },
    check,
};

fn check(doc: &Document<'_>, cx: &mut Context<'_>) {
    let body = &doc.body;
    for &t in &body.title {
        let content = doc.para(t).content;
        if doc.slice(content).chars().any(char::is_lowercase) {
            let d = cx.diagnostic(content, "The title of a resolution is written in capitals.");
            cx.report(d);
        }
    }
    if body.draft_label_misplaced {
        if let Some(label) = body.draft_label {
            let d = cx.diagnostic(doc.para(label).content, "The draft label (“DRAFT RESOLUTION”) stands above the title, not below it.");
            cx.report(d);
        }
    }
    for &p in &body.provenance {
        let para = doc.para(p);
        let text = doc.slice(para.content);
        let message = match para.class {
            Class::Provenance { parenthesized: false } => "The provenance line (“Agreed upon by …”, “Adopted at …”) is written in parentheses.",
            Class::Provenance { parenthesized: true } if !text.trim_end().ends_with(')') => {
                "The provenance line opens a parenthesis that it does not close."
            }
            _ => continue,
        };
        let d = cx.diagnostic(para.content, message);
        cx.report(d);
    }
}

#[cfg(test)]
mod tests {
    fn count(text: &str) -> usize {
        crate::rules::testing::count(text, "title-format")
    }

    const BODY: &str = "\n\nTHE GENERAL ASSEMBLY,\n\nRESOLVES:\n\n1. To ask.\n";

    #[test]
    fn should_flag_a_lower_case_title_and_a_misplaced_label() {
        assert_eq!(count(&format!("Strengthening Democracy{BODY}")), 1);
        assert_eq!(count(&format!("STRENGTHENING DEMOCRACY\n\nDRAFT RESOLUTION{BODY}")), 1);
        assert_eq!(count(&format!("STRENGTHENING DEMOCRACY\n\n(Agreed upon by the Permanent Council{BODY}")), 1);
    }

    #[test]
    fn should_accept_a_well_formed_title_block() {
        assert_eq!(count(&format!("OEA/Ser.P\n\nAG/RES. 2958 (L-O/20)\n\nDRAFT RESOLUTION\n\nSTRENGTHENING DEMOCRACY\n\n(Adopted at the fourth plenary session, held on June 5, 2007){BODY}")), 0);
    }
}
