//! `preamble-after-operative`: a preambular paragraph after the operative keyword of the
//! same resolution or section.
//!
//! Reported once per run of such paragraphs, at its first one. The parser then treats
//! the run as the start of a new (unheaded) section, so one slip does not cascade. In an
//! omnibus the usual cause is a missing section heading.

use crate::diagnostics::Severity;
use crate::rules::{Context, FixAvailability, Group, Rule, RuleMeta};
use crate::syntax::{Class, Document};

pub const RULE: Rule = Rule {
    meta: RuleMeta {
        name: "preamble-after-operative",
        group: Group::Structure,
        default_severity: Severity::Error,
        fix: FixAvailability::None,
        summary: "A preambular paragraph after the operative keyword.",
    },
    check,
};

fn check(doc: &Document<'_>, cx: &mut Context<'_>) {
    for &p in &doc.body.misplaced_preamble {
        let para = doc.para(p);
        let range = match para.class {
            Class::Preambular { lead, .. } if !lead.is_empty() => lead,
            _ => para.content,
        };
        let d = cx
            .diagnostic(range, "This preambular paragraph comes after the operative part: preambular paragraphs go before “RESOLVES:”.")
            .with_help("Move it above the operative keyword, or, in an omnibus resolution, add the heading of the new section above it.");
        cx.report(d);
    }
}

#[cfg(test)]
mod tests {
    fn count(text: &str) -> usize {
        crate::rules::testing::count(text, "preamble-after-operative")
    }

    #[test]
    fn should_fire_once_for_a_run_after_the_operative_part() {
        assert_eq!(count("THE GENERAL ASSEMBLY,\n\nRESOLVES:\n\n1. To ask.\n\nNOTING the report;\n\nRECALLING it,\n"), 1);
    }

    #[test]
    fn should_stay_quiet_on_a_headed_section() {
        let text = "THE GENERAL ASSEMBLY,\n\nNOTING it,\n\nFirst topic\n\nNOTING x,\n\nRESOLVES:\n\n1. To ask.\n\nSecond topic\n\nNOTING y,\n\nRESOLVES:\n\n1. To urge.\n";
        assert_eq!(count(text), 0);
    }
}
