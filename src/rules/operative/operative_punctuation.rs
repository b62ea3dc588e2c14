//! `operative-punctuation`: an operative paragraph ends with "." — or with ":" when
//! sub-paragraphs or quoted material follow it.
//!
//! A closing quote after the period is fine ("… of Washington.”"). Declarations' items
//! (which may chain with "; and") are not checked. A specialized organization's texts
//! (the Directing Council's) end each operative paragraph but the last with ";"
//! (CONVENTIONS §6): there ";" and "; and" are accepted before the last paragraph. A
//! numbered heading in the operative part, whose paragraphs are numbered again from 1
//! below it, ends with no mark. The safe fix puts a period in place
//! of a ";" or "," or adds it where nothing closes the paragraph; replacing a final
//! "; and" would drop a word, so that fix is unsafe.

use crate::diagnostics::{Applicability, Edit, Fix, Severity};
use crate::rules::{Context, FixAvailability, Group, Rule, RuleMeta};
use crate::scan::{tail, Ending};
use crate::syntax::Document;

pub const RULE: Rule = Rule {
    meta: RuleMeta {
        name: "operative-punctuation",
        group: Group::Operative,
        default_severity: Severity::Warning,
        fix: FixAvailability::Safe,
        summary: "An operative paragraph ends with “.” (or “:” when sub-paragraphs follow).",
    },
    check,
};

fn check(doc: &Document<'_>, cx: &mut Context<'_>) {
    let and = doc.lang.lexicon().and;
    let semicolons = doc.by_specialized_organ();
    for section in doc.body.sections.iter().filter(|s| super::is_resolves_part(doc, s)) {
        for (k, op) in section.operative.iter().enumerate() {
            let para = doc.para(op.para);
            if para.content.is_empty() || para.label().is_some_and(|l| l.separator.end >= para.content.end) {
                continue;
            }
            let t = tail(doc.text, para.content, and);
            let has_children = !op.subs.is_empty() || !op.continuation.is_empty();
            let last = k + 1 == section.operative.len();
            let heading = super::is_numbered_heading(doc, op);
            let (message, edit) = match t.ending {
                Ending::Period => continue,
                Ending::Nothing if heading => continue,
                Ending::Semicolon | Ending::SemicolonAnd if semicolons && !last => continue,
                Ending::Colon if has_children => continue,
                Ending::Colon => ("This operative paragraph ends with “:” but nothing follows it; end it with “.”.", None),
                Ending::Nothing => ("An operative paragraph ends with a period.", Some(Edit::insert(t.span.end, "."))),
                _ => ("An operative paragraph ends with a period, not with this mark.", Some(Edit::replace(t.span, "."))),
            };
            let range = if t.span.is_empty() {
                crate::scan::words(doc.text, para.content).last().map_or(para.content, |(_, r)| crate::TextRange::new(r.start, para.content.end))
            } else {
                t.span
            };
            let mut d = cx.diagnostic(range, message);
            if let Some(edit) = edit {
                // Replacing "; and" drops a word: offered, not applied unasked.
                let drops_word = matches!(t.ending, Ending::SemicolonAnd | Ending::CommaAnd);
                let applicability = if drops_word { Applicability::Unsafe } else { Applicability::Safe };
                d = d.with_fix(Fix::new(applicability, vec![edit]));
            }
            cx.report(d);
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::{fix_all, Config};

    fn count(text: &str) -> usize {
        crate::rules::testing::count(text, "operative-punctuation")
    }

    #[test]
    fn should_fix_a_semicolon_and_a_missing_period() {
        let text = "THE GENERAL ASSEMBLY,\n\nRESOLVES:\n\n1. To ask;\n\n2. To urge\n";
        assert_eq!(count(text), 2);
        assert_eq!(fix_all(text, &Config::default()).text, "THE GENERAL ASSEMBLY,\n\nRESOLVES:\n\n1. To ask.\n\n2. To urge.\n");
    }

    #[test]
    fn should_accept_semicolons_before_the_last_paragraph_in_a_directing_council_text() {
        let iin = "THE DIRECTING COUNCIL,\n\nRESOLVES:\n\n1. To take note of the report;\n\n2. To request guidelines; and\n\n3. To invite member states to act.\n";
        assert_eq!(count(iin), 0);
        // The last one still ends with a period; a General Assembly text keeps the rule.
        assert_eq!(count(&iin.replace("to act.", "to act;")), 1);
        assert_eq!(count(&iin.replace("THE DIRECTING COUNCIL", "THE GENERAL ASSEMBLY")), 2);
    }

    #[test]
    fn should_accept_a_numbered_heading_whose_paragraphs_are_numbered_again() {
        let text = "THE GENERAL ASSEMBLY,\n\nRESOLVES:\n\n1. To approve the budget.\n\n2. Establishment of a planning process\n\n1. To instruct the Secretariat.\n\n2. To request a review.\n";
        assert_eq!(count(text), 0);
        assert_eq!(crate::rules::testing::count(text, "operative-numbering"), 0);
        // Without paragraphs numbered again below it, it is an operative paragraph missing its period.
        assert_eq!(count("THE GENERAL ASSEMBLY,\n\nRESOLVES:\n\n1. To approve the budget.\n\n2. Establishment of a planning process\n\n3. To request a review.\n"), 1);
    }

    #[test]
    fn should_accept_a_colon_before_sub_paragraphs_and_a_quoted_period() {
        assert_eq!(count("THE GENERAL ASSEMBLY,\n\nRESOLVES:\n\n1. To ask:\n\na. for a report;\n\n2. To adopt the “Document of Washington.”\n"), 0);
    }
}
