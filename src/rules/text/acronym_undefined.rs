//! `acronym-undefined`: an acronym used but never spelled out as "Full Name (ACRONYM)".
//!
//! Reported once, at its first use. Well-known acronyms (OAS, UN, COVID-19, CARICOM …),
//! Roman numerals, lead phrases, titles, keywords and symbols are not acronyms here.
//! Information only: some acronyms are defined in the documents a draft cites.

use crate::diagnostics::Severity;
use crate::rules::{Context, FixAvailability, Group, Rule, RuleMeta};
use crate::syntax::Document;

pub const RULE: Rule = Rule {
    meta: RuleMeta {
        name: "acronym-undefined",
        group: Group::Text,
        default_severity: Severity::Info,
        fix: FixAvailability::None,
        summary: "An acronym used without ever being spelled out.",
    },
    check,
};

fn check(doc: &Document<'_>, cx: &mut Context<'_>) {
    let index = cx.acronyms(doc);
    let undefined = index.1.iter().filter(|u| u.definition.is_none()).collect();
    for u in super::first_uses(doc.text, undefined) {
        let acronym = u.acronym(doc.text);
        let d = cx
            .diagnostic(u.range, format!("“{acronym}” is never spelled out in this draft."))
            .with_help(format!("Spell it out at its first use: “Full Name ({acronym})”."));
        cx.report(d);
    }
}

#[cfg(test)]
mod tests {
    fn found(body: &str) -> Vec<String> {
        let text = format!("THE GENERAL ASSEMBLY,\n\nRESOLVES:\n\n{body}\n");
        crate::rules::testing::hits(&text, "acronym-undefined")
    }

    #[test]
    fn should_flag_the_first_use_of_an_undefined_acronym() {
        assert_eq!(found("1. To thank the CISC and the CISC again."), ["CISC"]);
    }

    #[test]
    fn should_flag_each_acronym_once_even_when_they_share_a_long_prefix() {
        let text = "THE GENERAL ASSEMBLY,\n\nRESOLVES:\n\n1. To thank the ABCDEFGHJ, the ABCDEFGHI, the ABCDEFGHJ and the ABCDEFGHI.\n";
        let d: Vec<(String, u32)> = crate::validate(text, &crate::Config::default())
            .diagnostics
            .into_iter()
            .filter(|d| d.rule == "acronym-undefined")
            .map(|d| (d.range.slice(text).to_owned(), d.range.start))
            .collect();
        let first = |a: &str| crate::syntax::to_u32(text.find(a).unwrap_or_default());
        assert_eq!(d, [("ABCDEFGHJ".to_owned(), first("ABCDEFGHJ")), ("ABCDEFGHI".to_owned(), first("ABCDEFGHI"))]);
    }

    #[test]
    fn should_accept_defined_and_well_known_acronyms() {
        assert!(found("1. To thank the Summit Implementation Review Group (SIRG), the OAS and REMJA XI.\n\n2. To ask the SIRG.").iter().all(|a| a == "REMJA"));
    }
}
