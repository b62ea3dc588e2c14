//! `acronym-before-definition`: an acronym used in a paragraph before the one that
//! spells it out.
//!
//! Reported once per acronym, at its first use; uses in the defining paragraph itself
//! are fine. Information only.

use crate::diagnostics::Severity;
use crate::rules::{Context, FixAvailability, Group, Rule, RuleMeta};
use crate::syntax::Document;

pub const RULE: Rule = Rule {
    meta: RuleMeta {
        name: "acronym-before-definition",
        group: Group::Text,
        default_severity: Severity::Info,
        fix: FixAvailability::None,
        summary: "An acronym used before the paragraph that spells it out.",
    },
    check,
};

fn check(doc: &Document<'_>, cx: &mut Context<'_>) {
    let index = cx.acronyms(doc);
    let (defs, uses) = &*index;
    // An acronym's definition is the same for all its uses: one flag per definition
    // keeps to the first use of each.
    let mut reported = vec![false; defs.len()];
    for u in uses {
        let Some((k, def)) = u.definition.and_then(|k| Some((k, defs.get(k)?))) else { continue };
        if u.para >= def.para || reported.get_mut(k).is_none_or(|r| std::mem::replace(r, true)) {
            continue;
        }
        let acronym = u.acronym(doc.text);
        let line = doc.line_of(def.range.start);
        let d = cx
            .diagnostic(u.range, format!("“{acronym}” is used here but spelled out only later (line {line}: {} ({})).", def.expansion, def.acronym))
            .with_annotation(def.range, "spelled out here")
            .with_help("Move the spelled-out form to the first use.");
        cx.report(d);
    }
}

#[cfg(test)]
mod tests {
    fn found(body: &str) -> Vec<String> {
        let text = format!("THE GENERAL ASSEMBLY,\n\nRESOLVES:\n\n{body}\n");
        crate::rules::testing::hits(&text, "acronym-before-definition")
    }

    #[test]
    fn should_flag_a_use_before_the_definition() {
        assert_eq!(found("1. To support the MECIGEP.\n\n2. To strengthen the Inter-American Cooperation Mechanism for Effective Public Management (MECIGEP)."), ["MECIGEP"]);
    }

    #[test]
    fn should_accept_a_use_after_the_definition() {
        assert!(found("1. To strengthen the Inter-American Cooperation Mechanism for Effective Public Management (MECIGEP).\n\n2. To support the MECIGEP.").is_empty());
    }
}
