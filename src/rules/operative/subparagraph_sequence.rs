//! `subparagraph-sequence`: the sub-paragraphs of one operative paragraph are labelled in
//! sequence (a, b, c … or i, ii, iii …) and in one style ("a." / "a)" / "(a)").
//!
//! The list's kind and style are those of its first label; "i" after "h" is a letter.
//! The safe fix rewrites each wrong label in the first label's style.

use crate::diagnostics::{Edit, Fix, Severity};
use crate::parse::label::{roman_value, to_roman};
use crate::rules::{Context, FixAvailability, Group, Rule, RuleMeta};
use crate::syntax::{Class, Document, SubLabel, SubStyle};

pub const RULE: Rule = Rule {
    meta: RuleMeta {
        name: "subparagraph-sequence",
        group: Group::Operative,
        default_severity: Severity::Warning,
        fix: FixAvailability::Safe,
        summary: "Sub-paragraph labels in sequence and of one style within a list.",
    },
    check,
};

fn check(doc: &Document<'_>, cx: &mut Context<'_>) {
    for op in doc.body.sections.iter().flat_map(|s| &s.operative) {
        let labels: Vec<SubLabel> = op
            .subs
            .iter()
            .filter_map(|&p| match doc.para(p).class {
                Class::Sub { label } => Some(label),
                _ => None,
            })
            .collect();
        let Some(first) = labels.first() else { continue };
        let roman = doc.slice(first.value) == "i";
        // Lettered lists end at "z" and Roman ones long before "c": past that there is no
        // label to expect (and none is built, so output stays linear in the input).
        let limit = if roman { 99 } else { 26 };
        for (k, label) in labels.iter().enumerate().take(limit) {
            let expected_value = if roman { to_roman(crate::syntax::to_u32(k + 1)).to_ascii_lowercase() } else { letter(k) };
            let value = doc.slice(label.value);
            let in_sequence = value == expected_value || (roman && roman_value(value) == Some(crate::syntax::to_u32(k + 1)) && value == crate::lang::case::to_lower(value));
            if in_sequence && label.style == first.style {
                continue;
            }
            let expected = write(first.style, &expected_value);
            let message = if in_sequence {
                format!("Sub-paragraph labels in one list share one style: write “{expected}” like “{}”.", doc.slice(first.range))
            } else {
                format!("Sub-paragraph “{}” is out of sequence: the {} item of this list is “{expected}”.", doc.slice(label.range), crate::scan::ordinal(k + 1))
            };
            let d = cx.diagnostic(label.range, message).with_fix(Fix::safe(vec![Edit::replace(label.range, expected)]));
            cx.report(d);
        }
    }
}

fn letter(k: usize) -> String {
    let letters = b"abcdefghijklmnopqrstuvwxyz";
    let mut s = String::new();
    for _ in 0..=k / 26 {
        s.push(char::from(letters[k % 26]));
    }
    s
}

fn write(style: SubStyle, value: &str) -> String {
    match style {
        SubStyle::Period => format!("{value}."),
        SubStyle::Paren => format!("{value})"),
        SubStyle::Parens => format!("({value})"),
    }
}

#[cfg(test)]
mod tests {
    use crate::{fix_all, Config};

    fn labels(text: &str) -> Vec<String> {
        crate::rules::testing::hits(text, "subparagraph-sequence")
    }

    const HEAD: &str = "THE GENERAL ASSEMBLY,\n\nRESOLVES:\n\n1. To ask:\n\n";

    #[test]
    fn should_flag_gaps_and_mixed_styles() {
        assert_eq!(labels(&format!("{HEAD}a. for x;\n\nc. for y.\n")), ["c."]);
        assert_eq!(labels(&format!("{HEAD}a) for x;\n\n(b) for y.\n")), ["(b)"]);
        assert_eq!(labels(&format!("{HEAD}i. for x;\n\nii. for y;\n\niii. for z.\n")), Vec::<String>::new());
    }

    #[test]
    fn should_fix_the_labels() {
        let text = format!("{HEAD}a. for x;\n\na. for y.\n");
        assert!(fix_all(&text, &Config::default()).text.ends_with("a. for x;\n\nb. for y.\n"));
    }
}
