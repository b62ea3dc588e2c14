//! `citation-format`: a malformed OAS symbol — "AG/RES 2958 (L-O/20)" (no dot),
//! "AG/RES.2958" (no space), "AG/RES.. 2438" (two dots), "ag/res." (lower case),
//! "2261(XXXVII-O/07)" (no space before the session), "(XXXIV - O/04)" (spaces),
//! "(II-0/72)" (zero for O), an en dash or no hyphen in the session.
//!
//! All these occur in adopted texts, so they are warnings, and the safe fix rewrites the
//! symbol in its standard spelling ("AG/RES. 2958 (L-O/20)") and nothing around it.
//! Document symbols ("AG/doc.5240/12 rev. 1") have spelling variants of their own and
//! are not checked.

use crate::diagnostics::{Edit, Fix, Severity};
use crate::parse::citation::Slip;
use crate::rules::{Context, FixAvailability, Group, Rule, RuleMeta};
use crate::syntax::Document;

pub const RULE: Rule = Rule {
    meta: RuleMeta {
        name: "citation-format",
        group: Group::Citations,
        default_severity: Severity::Warning,
        fix: FixAvailability::Safe,
        summary: "A malformed OAS symbol: missing dot or space, wrong case, wrong dash, “0” for “O”.",
    },
    check,
};

fn describe(slip: Slip) -> &'static str {
    match slip {
        Slip::LowerCase => "the family is written in capitals",
        Slip::MissingDot => "a period follows RES/DEC",
        Slip::DoubledDot => "one period, not two",
        Slip::MissingSpace => "a space follows the period",
        Slip::MissingSpaceBeforeSession => "a space precedes the session in parentheses",
        Slip::SpacesInSession => "no spaces inside the session",
        Slip::ZeroForO => "the letter O, not the digit 0, marks a regular session",
        Slip::WrongDash => "a hyphen, not a dash, joins numeral and O/E",
        Slip::MissingHyphen => "a hyphen joins numeral and O/E",
    }
}

fn check(doc: &Document<'_>, cx: &mut Context<'_>) {
    for c in &doc.citations {
        let Some(normalized) = &c.normalized else { continue };
        if c.slips.is_empty() || doc.slice(c.range) == normalized {
            continue;
        }
        let what: Vec<&str> = c.slips.iter().map(|&s| describe(s)).collect();
        let d = cx
            .diagnostic(c.range, format!("“{}” is written “{normalized}”: {}.", doc.slice(c.range), what.join("; ")))
            .with_fix(Fix::safe(vec![Edit::replace(c.range, normalized.clone())]));
        cx.report(d);
    }
}

#[cfg(test)]
mod tests {
    use crate::{fix_all, validate, Config};

    fn wrap(s: &str) -> String {
        format!("THE GENERAL ASSEMBLY,\n\nRECALLING resolution {s},\n\nRESOLVES:\n\n1. To ask.\n")
    }

    #[test]
    fn should_normalise_malformed_symbols() {
        let text = wrap("AG/RES.2092(XXXV-O/05)");
        assert_eq!(crate::rules::testing::count(&text, "citation-format"), 1);
        assert_eq!(fix_all(&text, &Config::default()).text, wrap("AG/RES. 2092 (XXXV-O/05)"));
    }

    #[test]
    fn should_accept_standard_symbols() {
        for s in ["AG/RES. 2958 (L-O/20)", "CP/RES. 1117 (2200/19)", "AG/DEC. 52 (XXXVII-O/07)", "AG/doc.5240/12 rev. 1"] {
            assert!(validate(&wrap(s), &Config::default()).diagnostics.iter().all(|d| d.rule != "citation-format"), "{s}");
        }
    }
}
