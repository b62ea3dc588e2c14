//! `missing-organ-line`: a preamble with no organ line ("THE GENERAL ASSEMBLY,") above it.
//!
//! Reported once, at the first preambular paragraph. An organ line placed after a
//! "WHEREAS:" block (an older form) counts. It does not check the organ line's spelling
//! (`organ-line-format` does).

use crate::diagnostics::Severity;
use crate::rules::{Context, FixAvailability, Group, Rule, RuleMeta};
use crate::syntax::Document;

pub const RULE: Rule = Rule {
    meta: RuleMeta {
        name: "missing-organ-line",
        group: Group::Structure,
        default_severity: Severity::Error,
        fix: FixAvailability::None,
        summary: "No organ line before the first preambular paragraph.",
    },
    check,
};

fn check(doc: &Document<'_>, cx: &mut Context<'_>) {
    if doc.body.organ.is_some() {
        return;
    }
    let Some(&first) = doc.body.preambles().flatten().min() else { return };
    let para = doc.para(first);
    let lead = match para.class {
        crate::syntax::Class::Preambular { lead, .. } if !lead.is_empty() => lead,
        _ => crate::scan::opening_word(doc, para).map_or(para.content, |(_, r)| r),
    };
    let d = cx
        .diagnostic(lead, "The preamble has no organ line above it: a resolution states which body adopts it.")
        .with_help("Add the organ line, such as “THE GENERAL ASSEMBLY,” or “THE PERMANENT COUNCIL OF THE ORGANIZATION OF AMERICAN STATES,”, above the first preambular paragraph.");
    cx.report(d);
}

#[cfg(test)]
mod tests {
    fn count(text: &str) -> usize {
        crate::rules::testing::count(text, "missing-organ-line")
    }

    #[test]
    fn should_fire_when_the_preamble_has_no_organ_line() {
        assert_eq!(count("TITLE\n\nRECALLING its resolutions,\n\nRESOLVES:\n\n1. To ask.\n"), 1);
    }

    #[test]
    fn should_stay_quiet_with_an_organ_line() {
        assert_eq!(count("TITLE\n\nTHE GENERAL ASSEMBLY,\n\nRECALLING its resolutions,\n\nRESOLVES:\n\n1. To ask.\n"), 0);
    }
}
