//! `negotiation-brackets`: text still in square brackets, awaiting agreement, in a draft
//! whose provenance says it was agreed ("Agreed upon by …", "Acordado por …").
//!
//! Not negotiation text: citations in brackets (`[AG/RES. 205 (V-O/75)]`), footnote
//! calls (`[1]`), editorial marks (`[sic]`, `[…]`) and blanks such as `[date]` (the
//! `placeholder` rule's business), and the converter's own marks.

use crate::diagnostics::Severity;
use crate::lang::fold;
use crate::rules::{Context, FixAvailability, Group, Rule, RuleMeta};
use crate::syntax::{Document, Role, TextRange};

pub const RULE: Rule = Rule {
    meta: RuleMeta {
        name: "negotiation-brackets",
        group: Group::Text,
        default_severity: Severity::Warning,
        fix: FixAvailability::None,
        summary: "Text still in square brackets in a draft that claims to be agreed.",
    },
    check,
};

const AGREED: [&str; 6] = ["AGREED UPON", "ACORDADO", "ACORDADA", "CONVENU", "CONVENUE", "APPROVED BY"];
const EDITORIAL: [&str; 5] = ["sic", "…", "...", "[…]", "sic."];

fn claims_agreement(doc: &Document<'_>) -> bool {
    doc.body.provenance.iter().any(|&p| {
        let text = doc.content(p).trim_start_matches('(');
        AGREED.iter().any(|a| fold::match_phrase(text, a).is_some())
    })
}

fn check(doc: &Document<'_>, cx: &mut Context<'_>) {
    if !claims_agreement(doc) {
        return;
    }
    for para in doc.paragraphs.iter().filter(|p| !matches!(p.role, Role::FootnoteText | Role::TitleNote | Role::HeaderLine)) {
        for seg in crate::scan::segments(para) {
            let text = seg.slice(doc.text);
            for open in crate::scan::memchr_iter(b'[', text.as_bytes()) {
                let Some(close) = text[open..].find(']').map(|c| open + c) else { continue };
                let inner = text[open + 1..close].trim();
                let range = TextRange::new(seg.start + crate::syntax::to_u32(open), seg.start + crate::syntax::to_u32(close + 1));
                let citation = doc.citations.iter().any(|c| range.contains_range(c.range));
                let number = !inner.is_empty() && inner.bytes().all(|b| b.is_ascii_digit());
                // Blanks ("[date]") are the placeholder rule's; editorial marks are not text.
                let blank = ["date", "name", "number", "year", "country", "fecha", "nombre", "país", "nom", "pays", "data", "nome"].iter().any(|w| crate::scan::eq_ascii_case(inner.as_bytes(), w.as_bytes()));
                if citation || number || blank || inner.is_empty() || EDITORIAL.contains(&inner) {
                    continue;
                }
                let d = cx
                    .diagnostic(range, "This text is still in square brackets, but the draft says it was agreed upon.")
                    .with_help("Remove the brackets if the text was agreed, or the text if it was not.");
                cx.report(d);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    fn count(provenance: &str, body: &str) -> usize {
        let text = format!("TITLE\n\n({provenance})\n\nTHE GENERAL ASSEMBLY,\n\nRESOLVES:\n\n{body}\n");
        crate::rules::testing::count(&text, "negotiation-brackets")
    }

    #[test]
    fn should_flag_bracketed_text_in_an_agreed_draft() {
        assert_eq!(count("Agreed upon by the Permanent Council on May 4, 2021", "1. To ask [and to support] the Council."), 1);
    }

    #[test]
    fn should_accept_brackets_in_drafts_still_negotiated_and_citations() {
        assert_eq!(count("Presented by the delegation of Chile", "1. To ask [and to support] the Council."), 0);
        assert_eq!(count("Agreed upon by the Permanent Council on May 4, 2021", "1. To recall [AG/RES. 205 (V-O/75)] [sic]."), 0);
    }
}
