//! `acronym-conflict`: one acronym spelled out two different ways, such as
//! "Inter-American Digital Government Network (GEALC Network)" and "Inter-American
//! eGovernment Network (GEALC Network)".
//!
//! Reported at each later definition that differs from the first, pointing back at the
//! first. Case, a leading "the", and a longer form that contains the shorter one at its
//! start or end ("Follow-Up Mechanism" / "Follow-up Mechanism for the Implementation …")
//! do not count as different.

use crate::diagnostics::Severity;
use crate::rules::{Context, FixAvailability, Group, Rule, RuleMeta};
use crate::syntax::Document;

pub const RULE: Rule = Rule {
    meta: RuleMeta {
        name: "acronym-conflict",
        group: Group::Text,
        default_severity: Severity::Warning,
        fix: FixAvailability::None,
        summary: "One acronym spelled out two different ways.",
    },
    check,
};

fn check(doc: &Document<'_>, cx: &mut Context<'_>) {
    let index = cx.acronyms(doc);
    let defs = &index.0;
    for (k, later) in defs.iter().enumerate() {
        let Some(first) = defs[..k].iter().find(|d| d.acronym == later.acronym) else { continue };
        if same(&first.expansion, &later.expansion) {
            continue;
        }
        let d = cx
            .diagnostic(later.range, format!("“{}” is spelled out as “{}” here but as “{}” earlier.", later.acronym, later.expansion, first.expansion))
            .with_annotation(first.range, "first spelled out here")
            .with_help("Use one name for one body throughout the draft.");
        cx.report(d);
    }
}

/// Two spellings agree when one contains the other at its start or end: "Follow-Up
/// Mechanism" and "Follow-up Mechanism for the Implementation of …" name one body, and
/// so do "Technical Secretariat of the X Network" (a title before the name) and "X Network".
fn same(a: &str, b: &str) -> bool {
    let norm = |s: &str| crate::lang::case::to_lower(crate::scan::trim_start_all(crate::scan::trim_start_all(s, "the "), "The "));
    let (a, b) = (norm(a), norm(b));
    a.starts_with(&b) || b.starts_with(&a) || a.ends_with(&b) || b.ends_with(&a)
}

#[cfg(test)]
mod tests {
    fn count(body: &str) -> usize {
        let text = format!("THE GENERAL ASSEMBLY,\n\nRESOLVES:\n\n{body}\n");
        crate::rules::testing::count(&text, "acronym-conflict")
    }

    #[test]
    fn should_flag_two_spellings() {
        assert_eq!(count("1. To support the Inter-American Digital Government Network (GEALC Network).\n\n2. To join the Inter-American eGovernment Network (GEALC Network)."), 1);
    }

    #[test]
    fn should_accept_the_same_spelling_twice() {
        assert_eq!(count("1. To support the Inter-American Network (RIN).\n\n2. To join the Inter-American Network (RIN)."), 0);
    }
}
