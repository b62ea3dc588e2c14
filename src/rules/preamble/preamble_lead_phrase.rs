//! `preamble-lead-phrase`: a preambular paragraph opens with its lead phrase in capitals
//! ("REAFFIRMING", "BEARING IN MIND", "NOTING with appreciation").
//!
//! "Reaffirming …" is an error with a safe fix (capitalise the lead word). A lead in
//! capitals that is not in the language's lexicon ("REITEREITING") is only worth a look
//! (info): lead phrases are not a closed list. "That …" clauses of a "CONSIDERING:"
//! block are not lead phrases and are not checked.

use crate::diagnostics::{Edit, Fix, Severity};
use crate::rules::{Context, FixAvailability, Group, Rule, RuleMeta};
use crate::scan::upper;
use crate::syntax::{Class, Document};

pub const RULE: Rule = Rule {
    meta: RuleMeta {
        name: "preamble-lead-phrase",
        group: Group::Preamble,
        default_severity: Severity::Error,
        fix: FixAvailability::Safe,
        summary: "A preambular paragraph must open with its lead phrase in capitals.",
    },
    check,
};

fn check(doc: &Document<'_>, cx: &mut Context<'_>) {
    for &p in doc.body.preambles().flatten() {
        let Class::Preambular { lead, upper: is_upper, known, declaration_verb, .. } = doc.para(p).class else { continue };
        let text = doc.slice(lead);
        if !is_upper {
            let d = cx
                .diagnostic(lead, format!("The lead word of a preambular paragraph is written in capitals: “{}”, not “{text}”.", upper(text)))
                .with_fix(Fix::safe(vec![Edit::replace(lead, upper(text))]));
            cx.report(d);
        } else if !known && !declaration_verb {
            let first = crate::lang::fold::first_word(text);
            let mut d = cx
                .diagnostic(lead, format!("“{first}” is not a lead word resolint knows for a preambular paragraph; check its spelling."))
                .with_help("Lead phrases are usually participles or adjectives: “RECALLING”, “BEARING IN MIND”, “MINDFUL”, “CONSIDERANDO”, “RAPPELANT”.");
            d.severity = d.severity.max(Severity::Info);
            cx.report(d);
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::{fix_all, validate, Config, Severity};

    fn found(text: &str) -> Vec<Severity> {
        validate(text, &Config::default()).diagnostics.iter().filter(|d| d.rule == "preamble-lead-phrase").map(|d| d.severity).collect()
    }

    #[test]
    fn should_fix_a_lead_word_in_sentence_case() {
        let text = "THE GENERAL ASSEMBLY,\n\nReaffirming its resolutions,\n\nRESOLVES:\n\n1. To ask.\n";
        assert_eq!(found(text), [Severity::Error]);
        assert!(fix_all(text, &Config::default()).text.contains("REAFFIRMING its"));
    }

    #[test]
    fn should_only_inform_on_an_unknown_lead_in_capitals() {
        assert_eq!(found("THE GENERAL ASSEMBLY,\n\nREITEREITING ITS DEEP CONCERN about it,\n\nRESOLVES:\n\n1. To ask.\n"), [Severity::Info]);
        assert!(found("THE GENERAL ASSEMBLY,\n\nTAKING NOTE OF the report,\n\nRESOLVES:\n\n1. To ask.\n").is_empty());
    }
}
