//! `citation-number-range`: a General Assembly resolution number that cannot belong to
//! the session its symbol names. Resolution numbers only grow, so "AG/RES. 2391
//! (XLIX-O/19)" is impossible once the forty-eighth session (2018) adopted AG/RES. 2929.
//!
//! The check uses [`KNOWN`], resolutions whose number and regular session are attested
//! in adopted texts: a number must exceed every known number of an earlier session and
//! stay below every known number of a later one. Special sessions (numbered from 1) and
//! declarations are exempt. Between known points nothing is guessed.

use crate::diagnostics::Severity;
use crate::parse::citation::{Body, DocType, Session};
use crate::rules::{Context, FixAvailability, Group, Rule, RuleMeta};
use crate::scan::ordinal;
use crate::syntax::Document;

pub const RULE: Rule = Rule {
    meta: RuleMeta {
        name: "citation-number-range",
        group: Group::Citations,
        default_severity: Severity::Warning,
        fix: FixAvailability::None,
        summary: "A General Assembly resolution number implausible for its session.",
    },
    check,
};

/// (resolution number, regular session) pairs attested in adopted texts, ascending.
pub const KNOWN: &[(u32, u32)] = &[
    (50, 1),
    (85, 2),
    (205, 5),
    (1080, 21),
    (1306, 25),
    (1507, 27),
    (1558, 28),
    (1613, 29),
    (1737, 30),
    (1772, 31),
    (1815, 31),
    (2031, 34),
    (2043, 34),
    (2092, 35),
    (2158, 36),
    (2261, 37),
    (2275, 37),
    (2531, 40),
    (2835, 44),
    (2905, 47),
    (2927, 48),
    (2929, 48),
    (2931, 49),
    (2949, 50),
    (2958, 50),
];

fn check(doc: &Document<'_>, cx: &mut Context<'_>) {
    for c in doc.citations.iter().filter(|c| c.body == Body::Assembly && c.doc_type == DocType::Resolution) {
        let (Some(n), Some(Session::Numbered { numeral, special: false, .. })) = (c.number, c.session) else { continue };
        let earlier = KNOWN.iter().filter(|&&(_, s)| s < numeral).max_by_key(|&&(k, _)| k);
        let later = KNOWN.iter().filter(|&&(_, s)| s > numeral).min_by_key(|&&(k, _)| k);
        let message = match (earlier, later) {
            (Some(&(k, s)), _) if n <= k => format!(
                "AG/RES. {n} cannot be from the {} regular session ({}): the {} session ({}) had already adopted AG/RES. {k}.",
                ordinal(numeral as usize),
                1970 + numeral,
                ordinal(s as usize),
                1970 + s
            ),
            (_, Some(&(k, s))) if n >= k => format!(
                "AG/RES. {n} cannot be from the {} regular session ({}): the later {} session ({}) adopted AG/RES. {k}.",
                ordinal(numeral as usize),
                1970 + numeral,
                ordinal(s as usize),
                1970 + s
            ),
            _ => continue,
        };
        let d = cx.diagnostic(c.range, message).with_help("Check the resolution number against the session: one of them is wrong.");
        cx.report(d);
    }
}

#[cfg(test)]
mod tests {
    use super::KNOWN;


    fn count(s: &str) -> usize {
        let text = format!("THE GENERAL ASSEMBLY,\n\nRECALLING resolution {s},\n\nRESOLVES:\n\n1. To ask.\n");
        crate::rules::testing::count(&text, "citation-number-range")
    }

    #[test]
    fn should_flag_numbers_outside_their_session() {
        assert_eq!(count("AG/RES. 2391 (XLIX-O/19)"), 1);
        assert_eq!(count("AG/RES. 2960 (XLVIII-O/18)"), 1);
    }

    #[test]
    fn should_accept_plausible_numbers_and_special_sessions() {
        for s in ["AG/RES. 2931 (XLIX-O/19)", "AG/RES. 2958 (L-O/20)", "AG/RES. 2275 (XXXVII-O/07)", "AG/RES. 1 (XXXVII-E/09)", "AG/RES. 2980 (LI-O/21)"] {
            assert_eq!(count(s), 0, "{s}");
        }
    }

    #[test]
    fn should_keep_the_table_consistent() {
        assert!(KNOWN.windows(2).all(|w| w[0].0 < w[1].0 && w[0].1 <= w[1].1));
    }
}
