//! `doubled-word`: the same word twice in a row ("in in", "the the").
//!
//! Case-insensitive, words separated only by spaces; numbers are not words here. Doubles
//! that grammar allows ("that that", "had had", French "nous nous", "vous vous") are
//! left alone. The safe fix deletes the second word and the space before it.

use crate::diagnostics::{Edit, Fix, Severity};
use crate::rules::{Context, FixAvailability, Group, Rule, RuleMeta};
use crate::scan::{segments, words};
use crate::syntax::{Document, Role, TextRange};

pub const RULE: Rule = Rule {
    meta: RuleMeta {
        name: "doubled-word",
        group: Group::Text,
        default_severity: Severity::Warning,
        fix: FixAvailability::Safe,
        summary: "The same word twice in a row.",
    },
    check,
};

const ALLOWED: [&str; 5] = ["that", "had", "nous", "vous", "is"];

fn check(doc: &Document<'_>, cx: &mut Context<'_>) {
    for para in doc.paragraphs.iter().filter(|p| p.role != Role::FootnotesHeader) {
        for seg in segments(para) {
            let mut prev: Option<(&str, TextRange)> = None;
            for (word, range) in words(doc.text, seg) {
                if let Some((p, prange)) = prev {
                    let between = TextRange::new(prange.end, range.start);
                    let gap = doc.slice(between);
                    let is_word = word.chars().any(char::is_alphabetic);
                    if is_word
                        && !gap.is_empty()
                        && gap.chars().all(|c| c == ' ' || c == '\u{a0}')
                        && p.to_lowercase() == word.to_lowercase()
                        && !ALLOWED.contains(&word.to_lowercase().as_str())
                    {
                        let d = cx
                            .diagnostic(TextRange::new(prange.start, range.end), format!("“{word}” is written twice."))
                            .with_fix(Fix::safe(vec![Edit::delete(TextRange::new(prange.end, range.end))]));
                        cx.report(d);
                        prev = None;
                        continue;
                    }
                }
                prev = Some((word, range));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::{fix_all, validate, Config};

    fn doubles(body: &str) -> Vec<String> {
        let text = format!("THE GENERAL ASSEMBLY,\n\nRESOLVES:\n\n1. {body}\n");
        validate(&text, &Config::default()).diagnostics.into_iter().filter(|d| d.rule == "doubled-word").map(|d| d.range.slice(&text).to_owned()).collect()
    }

    #[test]
    fn should_flag_and_fix_a_doubled_word() {
        assert_eq!(doubles("To act, in in order to help The the states."), ["in in", "The the"]);
        let fixed = fix_all("THE GENERAL ASSEMBLY,\n\nRESOLVES:\n\n1. To act in in order.\n", &Config::default());
        assert!(fixed.text.contains("To act in order."));
    }

    #[test]
    fn should_allow_grammatical_doubles_and_numbers() {
        assert!(doubles("To note that that approach works, on 4 4 days.").is_empty());
        assert!(doubles("To act in\nin order.").is_empty());
    }
}
