//! `operative-number-format`: an operative number is written "N." followed by exactly
//! one tab or one space, with no indentation before it.
//!
//! One diagnostic per paragraph names every slip of its label ("\t3. \tTo …": indented,
//! two characters after the number); the safe fix removes the indentation, writes the
//! period and leaves one separator (a tab if there was one). Word's list numbers are
//! not text and are not checked.

use crate::diagnostics::{Edit, Fix, Severity};
use crate::rules::{Context, FixAvailability, Group, Rule, RuleMeta};
use crate::syntax::{Document, LabelPunct, TextRange};

pub const RULE: Rule = Rule {
    meta: RuleMeta {
        name: "operative-number-format",
        group: Group::Operative,
        default_severity: Severity::Warning,
        fix: FixAvailability::Safe,
        summary: "“N.” then exactly one tab or space; no indentation before the number.",
    },
    check,
};

fn check(doc: &Document<'_>, cx: &mut Context<'_>) {
    for op in doc.body.sections.iter().flat_map(|s| &s.operative) {
        let Some(label) = doc.para(op.para).label().filter(|l| !l.is_virtual) else { continue };
        let mut problems = Vec::new();
        let mut edits = Vec::new();
        if !label.indent.is_empty() {
            problems.push("is indented");
            edits.push(Edit::delete(label.indent));
        }
        match label.punct {
            LabelPunct::Period => {}
            LabelPunct::Paren => {
                problems.push("has “)” where “.” belongs");
                edits.push(Edit::replace(TextRange::new(label.digits.end, label.full.end), "."));
            }
            LabelPunct::None => {
                problems.push("has no period");
                edits.push(Edit::insert(label.digits.end, "."));
            }
        }
        let sep = doc.slice(label.separator);
        // "1." alone on its line above the text is a real variant, not a glued label; so
        // is "1. " there, whose trailing space is `whitespace`'s to remove (a space put
        // in here would be one more for it: the two fixes would never settle).
        let end = doc.para(op.para).range.end.max(label.separator.end) as usize;
        let rest = doc.text[label.separator.end as usize..end].trim_start_matches([' ', '\t']);
        let at_end = rest.is_empty() || rest.starts_with(['\n', '\r']);
        if sep.is_empty() && !at_end {
            problems.push("is glued to the text");
            edits.push(Edit::insert(label.separator.start, " "));
        } else if sep.chars().count() > 1 {
            problems.push("is followed by more than one space or tab");
            edits.push(Edit::replace(label.separator, if sep.contains('\t') { "\t" } else { " " }));
        }
        if problems.is_empty() {
            continue;
        }
        let message = format!("The number of this operative paragraph {}: write “{}.” and one tab or space.", problems.join(", "), label.number);
        let range = TextRange::new(label.indent.start, label.separator.end);
        let d = cx.diagnostic(range, message).with_fix(Fix::safe(edits));
        cx.report(d);
    }
}

#[cfg(test)]
mod tests {
    use crate::{fix_all, Config};

    fn count(text: &str) -> usize {
        crate::rules::testing::count(text, "operative-number-format")
    }

    #[test]
    fn should_fix_indentation_and_a_doubled_separator() {
        let text = "THE GENERAL ASSEMBLY,\n\nRESOLVES:\n\n\t1. \tTo ask.\n\n2)  To urge.\n";
        assert_eq!(count(text), 2);
        assert_eq!(fix_all(text, &Config::default()).text, "THE GENERAL ASSEMBLY,\n\nRESOLVES:\n\n1.\tTo ask.\n\n2. To urge.\n");
    }

    #[test]
    fn should_leave_a_number_alone_on_its_line_even_with_a_trailing_space() {
        // CONVENTIONS §6: "1." / "Instruir" on two lines. With "1. " the trailing space is
        // `whitespace`'s; adding one here made the two rules' fixes undo each other.
        let text = "LA ASAMBLEA GENERAL,\n\nRESUELVE:\n\n1. \nInstruir a la Secretaría.\n";
        assert_eq!(count(text), 0);
        assert_eq!(count(&text.replace("1. \n", "1.\n")), 0);
        let fixed = fix_all(text, &Config::default());
        assert_eq!(fixed.text, "LA ASAMBLEA GENERAL,\n\nRESUELVE:\n\n1.\nInstruir a la Secretaría.\n");
        assert_eq!(fix_all(&fixed.text, &Config::default()).applied, 0);
    }

    #[test]
    fn should_accept_a_tab_or_a_space() {
        assert_eq!(count("THE GENERAL ASSEMBLY,\n\nRESOLVES:\n\n1.\tTo ask.\n\n2. To urge.\n"), 0);
    }
}
