//! `doubled-word`: the same word twice in a row ("in in", "the the").
//!
//! Case-insensitive, words separated only by spaces (a line break between them is
//! usually a wrapped line, not a slip); numbers are not words here. Doubles
//! that grammar allows ("that that", "had had", French "nous nous", "vous vous") are
//! left alone. The safe fix deletes the second word and the space before it.

use crate::diagnostics::{Edit, Fix, Severity};
use crate::rules::{Context, FixAvailability, Group, Rule, RuleMeta};
use crate::scan::{blocks, eq_ignore_case, segments};
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
            let s = seg.slice(doc.text);
            for (first, second) in doubles(s) {
                let at = |r: (usize, usize)| TextRange::new(seg.start + to_u32(r.0), seg.start + to_u32(r.1));
                report(doc, cx, at(first), at(second));
            }
        }
    }
}

/// Reports the doubled word `first second`; the fix deletes the space and the second.
fn report(doc: &Document<'_>, cx: &mut Context<'_>, first: TextRange, second: TextRange) {
    let word = doc.slice(second);
    let d = cx
        .diagnostic(TextRange::new(first.start, second.end), format!("“{word}” is written twice."))
        .with_fix(Fix::safe(vec![Edit::delete(TextRange::new(first.end, second.end))]));
    cx.report(d);
}

/// Pairs of equal words separated only by spaces, as byte ranges in `s`.
///
/// Walks the tokens between separators (spaces, tabs, line breaks), sixteen bytes at a
/// time ([`blocks::below`]); only where a token follows a gap of spaces and begins with
/// the same letter as the token before it is the word after the gap read and compared
/// with the same number of bytes before it, so most bytes are looked at once.
fn doubles(s: &str) -> Vec<((usize, usize), (usize, usize))> {
    let bytes = s.as_bytes();
    let mut out = Vec::new();
    let mut last_end = 0;
    // The token before the current gap (start, end; `usize::MAX` before the first), and
    // whether the gap so far is only spaces.
    let (mut prev_start, mut prev_end) = (usize::MAX, 0);
    let mut gap_of_spaces = false;
    let mut token_start = 0;
    let mut base = 0;
    while base < bytes.len() {
        let block = blocks::at(bytes, base);
        let mut mask = blocks::below(&block, 0x21);
        while mask != 0 {
            let i = base + mask.trailing_zeros() as usize;
            mask &= mask - 1;
            let space = bytes[i] == b' ';
            if i > token_start {
                if gap_of_spaces && prev_start != usize::MAX && may_match(bytes, prev_start, token_start) {
                    if let Some(pair) = double_at(s, (prev_start, prev_end), token_start, last_end) {
                        last_end = pair.1 .1;
                        out.push(pair);
                    }
                }
                (prev_start, prev_end) = (token_start, i);
                gap_of_spaces = space;
            } else {
                gap_of_spaces &= space;
            }
            token_start = i + 1;
        }
        base += 16;
    }
    if gap_of_spaces && prev_start != usize::MAX && token_start < bytes.len() {
        if let Some(pair) = double_at(s, (prev_start, prev_end), token_start, last_end) {
            out.push(pair);
        }
    }
    out
}

/// The cheapest rejection, inlined in the scan: the tokens starting at `a` and `b` hold
/// no doubled word when their first two bytes differ (compared as ASCII letters in lower
/// case, digits, or "not part of a word"). A token opening with punctuation and bytes
/// of other characters are left to [`double_at`].
#[inline]
fn may_match(bytes: &[u8], a: usize, b: usize) -> bool {
    /// Bit 8: not part of a word; bit 9: unknown here (not ASCII, or past the end).
    fn class(x: Option<&u8>) -> u16 {
        match x {
            Some(&x) if x.is_ascii_alphanumeric() => u16::from(x | 0x20),
            Some(&x) if x < 0x80 => 0x100,
            _ => 0x200,
        }
    }
    let (a0, b0) = (class(bytes.get(a)), class(bytes.get(b)));
    if a0 >= 0x100 || b0 == 0x200 {
        return true;
    }
    if a0 != b0 {
        return false;
    }
    let (a1, b1) = (class(bytes.get(a + 1)), class(bytes.get(b + 1)));
    a1 == 0x200 || b1 == 0x200 || a1 == b1
}

/// The doubled word across the gap between token `prev` (its start and end) and the
/// token starting at `j`, if there is one that ends after `last_end`.
fn double_at(s: &str, prev: (usize, usize), j: usize, last_end: usize) -> Option<((usize, usize), (usize, usize))> {
    let bytes = s.as_bytes();
    let (token, i) = prev;
    // The two words must begin with the same letter (the token before may open with
    // punctuation).
    let b = *bytes.get(j)?;
    let a = bytes[token..i].iter().copied().find(|b| !b.is_ascii_punctuation())?;
    if a.is_ascii() && b.is_ascii() && !a.eq_ignore_ascii_case(&b) {
        return None;
    }
    let end = word_end(s, j);
    let len = end - j;
    if len == 0 || len > i || i - len < last_end {
        return None;
    }
    let start = i - len;
    if !s.is_char_boundary(start) || (start > 0 && is_word_char_before(s, start)) {
        return None;
    }
    let (first, second) = (&s[start..i], &s[j..end]);
    let doubled = eq_ignore_case(first, second) && !second.bytes().all(|c| c.is_ascii_digit()) && !ALLOWED.iter().any(|x| x.eq_ignore_ascii_case(second));
    doubled.then_some(((start, i), (j, end)))
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
        // A tab separates words as a space does; it is not the gap of a doubled word.
        assert_eq!(doubles("To act,\tin in order."), ["in in"]);
        assert!(doubles("To act in\tin order.").is_empty());
        assert_eq!(doubles("(in in"), ["in in"]);
    }
}
