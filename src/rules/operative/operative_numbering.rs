//! `operative-numbering`: operative paragraphs numbered 1, 2, 3 … within each
//! resolution or omnibus section.
//!
//! Duplicates ("1. 1. 1."), gaps, restarts and numbers continued from the previous
//! section are reported on each paragraph whose number is not its position, with a safe
//! fix that writes the right number; an unnumbered paragraph among numbered ones is a
//! missing number. Word's list numbers (`listString`) count like typed ones but cannot
//! be rewritten in the text, so they get no fix. A part whose paragraphs are all
//! unnumbered (a single operative paragraph, a declaration's items) is fine.

use crate::diagnostics::{Edit, Fix, Severity};
use crate::rules::{Context, FixAvailability, Group, Rule, RuleMeta};
use crate::scan::{first_line, ordinal};
use crate::syntax::Document;

pub const RULE: Rule = Rule {
    meta: RuleMeta {
        name: "operative-numbering",
        group: Group::Operative,
        default_severity: Severity::Error,
        fix: FixAvailability::Safe,
        summary: "Operative paragraphs numbered 1, 2, 3 … within each resolution or section.",
    },
    check,
};

fn check(doc: &Document<'_>, cx: &mut Context<'_>) {
    for section in &doc.body.sections {
        let labels: Vec<_> = section.operative.iter().map(|op| doc.para(op.para).label().copied()).collect();
        if labels.iter().all(Option::is_none) {
            continue;
        }
        let separator = dominant_separator(doc, &labels);
        for (k, (op, label)) in section.operative.iter().zip(&labels).enumerate() {
            let expected = k + 1;
            let para = doc.para(op.para);
            match label {
                Some(label) if label.number as usize == expected => {}
                Some(label) => {
                    let previous = k.checked_sub(1).and_then(|j| labels[j]).map(|l| l.number);
                    let why = if previous == Some(label.number) {
                        format!("repeats the number of the paragraph before it; as the {} operative paragraph of this {} it is numbered {expected}", ordinal(expected), part_name(doc))
                    } else {
                        format!("is the {} operative paragraph of this {}: it is numbered {expected}", ordinal(expected), part_name(doc))
                    };
                    let message = format!("Operative paragraph {} {why}.", label.number);
                    let range = if label.is_virtual { first_line(doc, para.content) } else { label.full };
                    let mut d = cx.diagnostic(range, message);
                    if label.is_virtual {
                        d = d.with_help("The number comes from Word's list numbering: restart or continue the list so that it counts 1, 2, 3 …");
                    } else {
                        d = d.with_fix(Fix::safe(vec![Edit::replace(label.digits, expected.to_string())]));
                    }
                    cx.report(d);
                }
                None => {
                    let message = format!("This operative paragraph has no number: as the {} of this {} it is numbered {expected}.", ordinal(expected), part_name(doc));
                    let at = para.content.start;
                    let d = cx
                        .diagnostic(first_line(doc, para.content), message)
                        .with_fix(Fix::safe(vec![Edit::insert(at, format!("{expected}.{separator}"))]));
                    cx.report(d);
                }
            }
        }
    }
}

fn part_name(doc: &Document<'_>) -> &'static str {
    if doc.body.kind == crate::DocKind::Omnibus { "section" } else { "resolution" }
}

/// The separator most labels use (tab or space), for inserted numbers.
fn dominant_separator(doc: &Document<'_>, labels: &[Option<crate::syntax::Label>]) -> &'static str {
    let tabs = labels.iter().flatten().filter(|l| doc.slice(l.separator).contains('\t')).count();
    if tabs * 2 > labels.iter().flatten().count() { "\t" } else { " " }
}

#[cfg(test)]
mod tests {
    use crate::{fix_all, Config};

    fn numbers(text: &str) -> Vec<String> {
        crate::rules::testing::hits(text, "operative-numbering")
    }

    #[test]
    fn should_flag_duplicates_gaps_and_restarts() {
        assert_eq!(numbers("THE GENERAL ASSEMBLY,\n\nRESOLVES:\n\n1. To a.\n\n1. To b.\n\n1. To c.\n"), ["1.", "1."]);
        assert_eq!(numbers("THE GENERAL ASSEMBLY,\n\nRESOLVES:\n\n1. To a.\n\n2. To b.\n\n4. To c.\n"), ["4."]);
        assert!(numbers("THE GENERAL ASSEMBLY,\n\nRESOLVES:\n\n1. To a.\n\n2. To b.\n").is_empty());
    }

    #[test]
    fn should_renumber_the_run_and_insert_a_missing_number() {
        let text = "THE GENERAL ASSEMBLY,\n\nRESOLVES:\n\n1.\tTo a.\n\n1.\tTo b.\n\nTo c.\n";
        assert_eq!(fix_all(text, &Config::default()).text, "THE GENERAL ASSEMBLY,\n\nRESOLVES:\n\n1.\tTo a.\n\n2.\tTo b.\n\n3.\tTo c.\n");
    }

    #[test]
    fn should_accept_a_single_unnumbered_paragraph() {
        assert!(numbers("THE GENERAL ASSEMBLY,\n\nRESOLVES:\n\nTo elect, by acclamation, the Chair.\n").is_empty());
    }
}
