//! `citation-session-year`: the session numeral and the year of a General Assembly
//! symbol disagree. Regular session N was held in 1970 + N, so "L-O/20" (fiftieth,
//! 2020) is right and "XXVI-O/97" is not (the twenty-sixth was 1996).
//!
//! Special sessions ("-E/") have their own count and are exempt; so are the sessions of
//! other bodies (CIDI, CJI, CITEL) and Permanent Council meeting numbers.

use crate::diagnostics::Severity;
use crate::parse::citation::{Body, Session};
use crate::parse::label::to_roman;
use crate::rules::{Context, FixAvailability, Group, Rule, RuleMeta};
use crate::syntax::Document;

pub const RULE: Rule = Rule {
    meta: RuleMeta {
        name: "citation-session-year",
        group: Group::Citations,
        default_severity: Severity::Error,
        fix: FixAvailability::None,
        summary: "Session numeral and year of a General Assembly symbol disagree.",
    },
    check,
};

/// The year of the General Assembly's first regular session is 1971.
const FIRST_YEAR: u32 = 1970;

fn check(doc: &Document<'_>, cx: &mut Context<'_>) {
    for c in doc.citations.iter().filter(|c| c.body == Body::Assembly) {
        let Some(Session::Numbered { numeral, special: false, year, year_digits }) = c.session else { continue };
        if numeral == 0 {
            continue;
        }
        let held = FIRST_YEAR + numeral;
        let matches = if year_digits == 4 { year == held } else { year == held % 100 };
        if matches {
            continue;
        }
        let expected = if year_digits == 4 { format!("{held}") } else { format!("{:02}", held % 100) };
        let d = cx
            .diagnostic(
                c.range,
                format!(
                    "Session {} (the {} regular session) was held in {held}, so its symbol ends “-O/{expected}”; this one says “/{}”.",
                    to_roman(numeral),
                    crate::scan::ordinal(numeral as usize),
                    if year_digits == 4 { format!("{year}") } else { format!("{year:02}") }
                ),
            )
            .with_help("Check which resolution is meant: the numeral or the year is wrong.");
        cx.report(d);
    }
}

#[cfg(test)]
mod tests {
    fn count(s: &str) -> usize {
        let text = format!("THE GENERAL ASSEMBLY,\n\nRECALLING resolution {s},\n\nRESOLVES:\n\n1. To ask.\n");
        crate::rules::testing::count(&text, "citation-session-year")
    }

    #[test]
    fn should_flag_a_year_that_is_not_the_sessions() {
        assert_eq!(count("AG/RES. 1507 (XXVI-O/97)"), 1);
        assert_eq!(count("AG/RES. 2958 (LI-O/20)"), 1);
    }

    #[test]
    fn should_accept_matching_and_special_sessions() {
        assert_eq!(count("AG/RES. 2958 (L-O/20)"), 0);
        assert_eq!(count("AG/RES. 1 (XXXVII-E/09)"), 0);
        assert_eq!(count("AG/RES. 1737 (XXX-O/00)"), 0);
        assert_eq!(count("CIDI/RES. 4 (I-E/01)"), 0);
    }
}
