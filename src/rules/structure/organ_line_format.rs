//! `organ-line-format`: the organ line not in capitals, or not ending with a comma.
//!
//! "THE GENERAL ASSEMBLY" (no comma) and "THE GENERAL ASSEMBLY:" both occur in published
//! texts: a slip, not a broken structure, hence a warning. The fix capitalises the line
//! and puts the comma in place of whatever ended it. A line shaped like an organ line
//! whose name is in no lexicon ("THE GENERAL ASEMBLY,") is reported too, without a fix.

use crate::diagnostics::{Edit, Fix, Severity};
use crate::rules::{Context, FixAvailability, Group, Rule, RuleMeta};
use crate::scan::upper;
use crate::syntax::{Class, Document, TextRange};

pub const RULE: Rule = Rule {
    meta: RuleMeta {
        name: "organ-line-format",
        group: Group::Structure,
        default_severity: Severity::Warning,
        fix: FixAvailability::Safe,
        summary: "Organ line not in capitals, or not ending with a comma.",
    },
    check,
};

fn check(doc: &Document<'_>, cx: &mut Context<'_>) {
    let Some(organ) = doc.body.organ else { return };
    let para = doc.para(organ);
    let Class::Organ { name, upper: is_upper, known, .. } = para.class else { return };
    if !known {
        let d = cx
            .diagnostic(name, format!("“{}” stands where the organ line goes, but names no body resolint knows; check its spelling.", doc.slice(name)))
            .with_help("Organ lines read “THE GENERAL ASSEMBLY,”, “THE PERMANENT COUNCIL OF THE ORGANIZATION OF AMERICAN STATES,”, “LA ASAMBLEA GENERAL,” …");
        cx.report(d);
    }
    if let Some(profile) = cx.config().profile.filter(|_| known) {
        let folded: String = doc.slice(name).chars().map(crate::lang::fold::fold_char).collect();
        if !profile.organ_words().iter().any(|w| crate::scan::find(&folded, w).is_some()) {
            let d = cx.diagnostic(name, format!("This draft is configured for {}, but its organ line names another body.", profile.label()));
            cx.report(d);
        }
    }
    let after = TextRange::new(name.end, para.content.end.max(name.end));
    let rest = doc.slice(after);
    let mut problems = Vec::new();
    let mut edits = Vec::new();
    if !is_upper {
        problems.push("is not in capitals");
        edits.push(Edit::replace(name, upper(doc.slice(name))));
    }
    match rest.trim() {
        "," => {}
        "" => {
            problems.push("does not end with a comma");
            edits.push(Edit::insert(name.end, ","));
        }
        other => {
            problems.push("ends with something other than a comma");
            let start = after.start + crate::syntax::to_u32(rest.len() - rest.trim_start().len());
            edits.push(Edit::replace(TextRange::new(start, start + crate::syntax::to_u32(other.len())), ","));
        }
    }
    if problems.is_empty() {
        return;
    }
    let message = format!("The organ line {}: it is written in capitals and ends with a comma, as in “THE GENERAL ASSEMBLY,”.", problems.join(" and "));
    let d = cx.diagnostic(para.content, message).with_fix(Fix::safe(edits));
    cx.report(d);
}

#[cfg(test)]
mod tests {
    use crate::{fix_all, validate, Config};

    #[test]
    fn should_fix_a_colon_and_lower_case() {
        let text = "The General Assembly:\n\nRESOLVES:\n\n1. To ask.\n";
        let r = validate(text, &Config::default());
        assert_eq!(r.diagnostics.iter().filter(|d| d.rule == "organ-line-format").count(), 1);
        assert!(fix_all(text, &Config::default()).text.starts_with("THE GENERAL ASSEMBLY,\n"));
    }

    #[test]
    fn should_accept_the_standard_forms() {
        for organ in ["THE GENERAL ASSEMBLY,", "LA ASAMBLEA GENERAL,", "L’ASSEMBLÉE GÉNÉRALE,"] {
            let r = validate(&format!("{organ}\n\nRESOLVES:\n\n1. To ask.\n"), &Config::default());
            assert!(r.diagnostics.iter().all(|d| d.rule != "organ-line-format"), "{organ}");
        }
    }
}
