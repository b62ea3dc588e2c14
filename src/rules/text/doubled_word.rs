//! `doubled-word`: the same word twice in a row ("in in", "the the").
//!
//! Case-insensitive, words separated only by spaces (a line break between them is
//! usually a wrapped line, not a slip); numbers are not words here. Doubles
//! that grammar allows ("that that", "had had", French "nous nous", "vous vous") are
//! left alone. The safe fix deletes the second word and the space before it.

use crate::diagnostics::{Edit, Fix, Severity};
use crate::rules::{Context, FixAvailability, Group, Rule, RuleMeta};
use crate::scan::{eq_ignore_case, segments};
use crate::syntax::{to_u32, Document, Role, TextRange};

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
            for (first, second) in doubles(seg.slice(doc.text)) {
                let at = |r: (usize, usize)| TextRange::new(seg.start + to_u32(r.0), seg.start + to_u32(r.1));
                let (first, second) = (at(first), at(second));
                let word = doc.slice(second);
                let d = cx
                    .diagnostic(TextRange::new(first.start, second.end), format!("“{word}” is written twice."))
                    .with_fix(Fix::safe(vec![Edit::delete(TextRange::new(first.end, second.end))]));
                cx.report(d);
            }
        }
    }
}

/// Pairs of equal words separated only by spaces, as byte ranges in `s`.
///
/// Visits only the gaps between words: where the words on both sides start with the
/// same letter, it reads the word after the gap and compares it with the same number
/// of bytes before it, so most letters are read once.
fn doubles(s: &str) -> Vec<((usize, usize), (usize, usize))> {
    let bytes = s.as_bytes();
    let mut out = Vec::new();
    let mut last_end = 0;
    let mut token_start = 0;
    // Tokens end at spaces and at line breaks (Word's soft break is U+000B); only a gap
    // of spaces can hold a doubled word.
    for i in memchr::memchr3_iter(b' ', b'\n', 0x0B, bytes) {
        // Separators inside the gap already read belong to it.
        if i < token_start {
            continue;
        }
        let token = token_start;
        let j = i + 1 + bytes[i + 1..].iter().take_while(|&&b| b == b' ').count();
        token_start = j;
        if i == 0 || bytes[i] != b' ' {
            continue;
        }
        // Cheap rejection first: the two words must begin with the same letter.
        let first_prev = bytes[token..i].iter().copied().find(|b| !b.is_ascii_punctuation());
        if let (Some(a), Some(&b)) = (first_prev, bytes.get(j)) {
            if a.is_ascii() && b.is_ascii() && !a.eq_ignore_ascii_case(&b) {
                continue;
            }
        }
        let end = word_end(s, j);
        let len = end - j;
        if len == 0 || len > i || i - len < last_end {
            continue;
        }
        let start = i - len;
        if !s.is_char_boundary(start) || (start > 0 && is_word_char_before(s, start)) {
            continue;
        }
        let (a, b) = (&s[start..i], &s[j..end]);
        if eq_ignore_case(a, b) && !b.bytes().all(|c| c.is_ascii_digit()) && !ALLOWED.iter().any(|x| x.eq_ignore_ascii_case(b)) {
            out.push(((start, i), (j, end)));
            last_end = end;
        }
    }
    out
}

/// The end of the word starting at `j` (letters, digits, inner apostrophes and
/// hyphens); `j` itself when no word starts there. ASCII is read byte by byte.
fn word_end(s: &str, j: usize) -> usize {
    let bytes = s.as_bytes();
    let mut i = j;
    while i < bytes.len() {
        let b = bytes[i];
        let inner_mark = (b == b'\'' || b == b'-') && i > j && bytes.get(i + 1).is_some_and(u8::is_ascii_alphanumeric);
        if b.is_ascii_alphanumeric() || inner_mark {
            i += 1;
        } else if b >= 0x80 {
            match s[i..].chars().next() {
                Some(c) if c.is_alphanumeric() => i += c.len_utf8(),
                Some('’') if i > j => i += '’'.len_utf8(),
                _ => break,
            }
        } else {
            break;
        }
    }
    // A word does not end in an apostrophe.
    while i > j && s[j..i].ends_with('’') {
        i -= '’'.len_utf8();
    }
    i
}

/// Whether the character just before byte `at` belongs to a word.
fn is_word_char_before(s: &str, at: usize) -> bool {
    s[..at].chars().next_back().is_some_and(|c| c.is_alphanumeric() || matches!(c, '\'' | '’' | '-'))
}

#[cfg(test)]
mod tests {
    use crate::{fix_all, Config};

    fn doubles(body: &str) -> Vec<String> {
        let text = format!("THE GENERAL ASSEMBLY,\n\nRESOLVES:\n\n1. {body}\n");
        crate::rules::testing::hits(&text, "doubled-word")
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
        assert_eq!(doubles("Solicitar también también."), ["también también"]);
        // Regression (proptest): a space right after a line break once panicked.
        assert!(doubles("To request\n the the report.").contains(&"the the".to_owned()));
        assert!(doubles("To act in\nin order.").is_empty());
    }
}
