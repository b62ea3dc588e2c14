//! `section-heading-format`: an omnibus section heading that ends in punctuation or is
//! written all in capitals (headings are in sentence or title case, unpunctuated).
//!
//! A heading ending in ")" (a year, an acronym) is fine. It does not judge the wording.

use crate::diagnostics::Severity;
use crate::rules::{Context, FixAvailability, Group, Rule, RuleMeta};
use crate::syntax::Document;

pub const RULE: Rule = Rule {
    meta: RuleMeta {
        name: "section-heading-format",
        group: Group::Structure,
        default_severity: Severity::Warning,
        fix: FixAvailability::None,
        summary: "Omnibus section heading ending in punctuation or in all capitals.",
    },
    check,
};

fn check(doc: &Document<'_>, cx: &mut Context<'_>) {
    for heading in doc.body.sections.iter().filter_map(|s| s.heading) {
        let content = doc.para(heading).content;
        let text = doc.slice(content);
        if text.trim_end_matches(['”', '"', '’']).ends_with(['.', ';', ':', ',']) {
            let d = cx.diagnostic(content, "A section heading takes no closing punctuation.");
            cx.report(d);
        }
        let letters = text.chars().filter(|c| c.is_alphabetic()).count();
        if letters > 3 && !crate::scan::has_lowercase(text) {
            let d = cx.diagnostic(content, "Section headings of an omnibus resolution are not written all in capitals.");
            cx.report(d);
        }
    }
}

#[cfg(test)]
mod tests {
    fn count(heading: &str) -> usize {
        let text = format!("THE GENERAL ASSEMBLY,\n\nNOTING it,\n\n{heading}\n\nNOTING x,\n\nRESOLVES:\n\n1. To ask.\n");
        crate::rules::testing::count(&text, "section-heading-format")
    }

    #[test]
    fn should_flag_punctuation_and_capitals() {
        assert_eq!(count("Consumer protection in the Americas."), 1);
        assert_eq!(count("CONSUMER PROTECTION IN THE AMERICAS"), 1);
    }

    #[test]
    fn should_accept_plain_headings() {
        assert_eq!(count("Strengthening cadastre in the Americas amid the COVID-19 pandemic (2021)"), 0);
    }
}
