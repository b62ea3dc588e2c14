//! `title-format`: the title block — a title not in capitals, a draft label ("DRAFT
//! RESOLUTION") below the title instead of above it, a provenance line ("(Agreed upon by
//! …)") without its parentheses.
//!
//! Header lines (symbol, date, "Original:") are accepted wherever they stand in the block;
//! a provenance written as the last line of the text, as some published texts have it,
//! is not the title block's and needs no parentheses.

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
        if crate::scan::has_lowercase(doc.slice(content)) {
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
    // A provenance written as the text's last line ("Aprobada en la octava sesión plenaria
    // …", CONVENTIONS §2) stands outside the title block, and without parentheses.
    // (The title block is in text order: a binary search, not a scan per line.)
    for &p in body.provenance.iter().filter(|p| body.title_block.binary_search(p).is_ok()) {
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
    fn should_accept_a_provenance_written_as_the_last_line() {
        let draft = "RESOLUCIÓN SOBRE EL ATLÁNTICO SUR\n\nLA ASAMBLEA GENERAL,\n\nCONSIDERANDO el informe,\n\nRESUELVE:\n\n1. Exhortar a las partes.\n\n\
                     Aprobada en la octava sesión plenaria, celebrada el 20 de noviembre de 2024.\n";
        assert_eq!(count(draft), 0);
        assert_eq!(crate::rules::testing::count(draft, "unrecognized-paragraph"), 0);
        let doc = crate::parse(draft);
        assert_eq!(doc.body.provenance.len(), 1);
        // Only as the last line: inside the operative part it is still out of place.
        let inside = draft.replace("1. Exhortar a las partes.\n\nAprobada", "Aprobada").replace("2024.\n", "2024.\n\n2. Exhortar a las partes.\n");
        assert_eq!(crate::parse(&inside).body.provenance.len(), 0);
    }

    #[test]
    fn should_accept_a_well_formed_title_block() {
        assert_eq!(count(&format!("OEA/Ser.P\n\nAG/RES. 2958 (L-O/20)\n\nDRAFT RESOLUTION\n\nSTRENGTHENING DEMOCRACY\n\n(Adopted at the fourth plenary session, held on June 5, 2007){BODY}")), 0);
    }
}
