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
/// Visits the starts of tokens (runs of bytes other than spaces, tabs and line breaks),
/// found from masks of thirty-two bytes at a time (two [`blocks::below`]); only where a
/// token may begin as the token before it does ([`FIRST`], then [`may_match`]) and
/// follows a gap of spaces is the word after the gap read and compared with the same
/// number of bytes before it, so most bytes are looked at once.
fn doubles(s: &str) -> Vec<((usize, usize), (usize, usize))> {
    let bytes = s.as_bytes();
    let mut out = Vec::new();
    let mut last_end = 0;
    // Whether the byte before the block is a separator (the text starts as after one).
    let mut sep_before = 1;
    // The last token start and its bits in `FIRST` (none before the first token).
    let (mut prev_start, mut prev_first) = (0, 0);
    // The last pair of tokens `may_match` turned down: the first (start, end), the second's start.
    let mut rejected = ((0, 0), usize::MAX);
    let mut base = 0;
    while base < bytes.len() {
        // Two blocks at a time: half the turns of this loop, and of the one below it
        // ending (a branch hard to predict).
        let low = u32::from(blocks::below(&blocks::at(bytes, base), 0x21));
        let sep = low | u32::from(blocks::below(&blocks::at(bytes, base + 16), 0x21)) << 16;
        let mut starts = !sep & ((sep << 1) | sep_before);
        sep_before = sep >> 31;
        while starts != 0 {
            let j = base + starts.trailing_zeros() as usize;
            // Past the end of the text, a token may seem to start in the padding.
            let Some(&b) = bytes.get(j) else { break };
            let first = FIRST[usize::from(b)];
            if prev_first & first != 0 {
                if let Some(prev_end) = end_before_spaces(bytes, j) {
                    let prev = (prev_start, prev_end);
                    if !may_match(bytes, prev_start, j) {
                        rejected = (prev, j);
                    } else if let Some(pair) = double_at(s, prev, j, last_end) {
                        last_end = pair.1 .1;
                        out.push(pair);
                    }
                }
            }
            (prev_start, prev_first) = (j, first);
            starts &= starts - 1;
        }
        base += 32;
    }
    // The last token, when nothing ends it, is compared without the quick rejection.
    if rejected.1 == prev_start && bytes.last().is_some_and(|&b| b >= 0x21) {
        out.extend(double_at(s, rejected.0, rejected.1, last_end));
    }
    out
}

/// The end of the token before byte `j` when only spaces stand between them (a line
/// break or a tab in the gap: `None`).
fn end_before_spaces(bytes: &[u8], j: usize) -> Option<usize> {
    let last = bytes[..j].iter().rposition(|&b| b != b' ')?;
    (bytes[last] >= 0x21).then_some(last + 1)
}

/// For the first byte of a token, bits that the first bytes of two tokens share whenever
/// they may begin the same word: one bit for an ASCII letter (either case) or digit
/// (digits share bits with one another), all bits for any other byte. Tokens whose bits
/// do not meet begin with different ASCII letters or digits: no double there.
const FIRST: [u32; 256] = {
    let mut table = [u32::MAX; 256];
    let mut b = 0;
    while b < 256 {
        let x = b as u8;
        if x.is_ascii_alphabetic() {
            table[b] = 1 << ((x | 0x20) - b'a');
        } else if x.is_ascii_digit() {
            table[b] = 1 << (26 + (x - b'0') % 6);
        }
        b += 1;
    }
    table
};

/// The rejection after [`FIRST`]: the tokens starting at `a` and `b` hold no doubled
/// word when their first two bytes differ (compared as ASCII letters in lower
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
    // The first word ends where the token before does, so not after a mark such as "," or
    // ")": the second word ends in a letter or digit, and case folding maps none to a mark.
    let last = *bytes.get(i.checked_sub(1)?)?;
    if last.is_ascii() && !last.is_ascii_alphanumeric() {
        return None;
    }
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
    if !s.is_char_boundary(start) {
        return None;
    }
    // The first letters of the two words, when ASCII, must match (a cheap test before
    // reading the character before the first word).
    let c = bytes[start];
    if c.is_ascii() && b.is_ascii() && !c.eq_ignore_ascii_case(&b) {
        return None;
    }
    if start > 0 && is_word_char_before(s, start) {
        return None;
    }
    let (first, second) = (&s[start..i], &s[j..end]);
    let doubled = eq_ignore_case(first, second) && !second.bytes().all(|c| c.is_ascii_digit()) && !ALLOWED.iter().any(|x| crate::scan::eq_ascii_case(x.as_bytes(), second.as_bytes()));
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
                Some(c) if is_alphanumeric(c) => i += c.len_utf8(),
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
    s[..at].chars().next_back().is_some_and(|c| is_alphanumeric(c) || matches!(c, '\'' | '’' | '-'))
}

/// `c.is_alphanumeric()`, without a search of Unicode's tables for the quotes and dashes
/// of General Punctuation (U+2000 to U+203F), none of which is a letter or a digit.
fn is_alphanumeric(c: char) -> bool {
    !('\u{2000}'..='\u{203F}').contains(&c) && c.is_alphanumeric()
}

#[cfg(test)]
mod tests {
    use super::{eq_ignore_case, is_word_char_before, may_match, word_end, ALLOWED};
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

    /// `double_at` as it was, without its quick rejections.
    fn reference_double_at(s: &str, prev: (usize, usize), j: usize, last_end: usize) -> Option<((usize, usize), (usize, usize))> {
        let bytes = s.as_bytes();
        let (token, i) = prev;
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

    /// The scan as it was, one separator at a time: the reference for the one by masks.
    fn reference(s: &str) -> Vec<((usize, usize), (usize, usize))> {
        let bytes = s.as_bytes();
        let mut out = Vec::new();
        let mut last_end = 0;
        let (mut prev_start, mut prev_end) = (usize::MAX, 0);
        let mut gap_of_spaces = false;
        let mut token_start = 0;
        for (i, &b) in bytes.iter().enumerate() {
            if b >= 0x21 {
                continue;
            }
            if i > token_start {
                if gap_of_spaces && prev_start != usize::MAX && may_match(bytes, prev_start, token_start) {
                    if let Some(pair) = reference_double_at(s, (prev_start, prev_end), token_start, last_end) {
                        last_end = pair.1 .1;
                        out.push(pair);
                    }
                }
                (prev_start, prev_end) = (token_start, i);
                gap_of_spaces = b == b' ';
            } else {
                gap_of_spaces &= b == b' ';
            }
            token_start = i + 1;
        }
        if gap_of_spaces && prev_start != usize::MAX && token_start < bytes.len() {
            if let Some(pair) = reference_double_at(s, (prev_start, prev_end), token_start, last_end) {
                out.push(pair);
            }
        }
        out
    }

    #[test]
    fn should_find_what_the_reference_scan_finds() {
        // Pieces that make doubles, near misses and every kind of gap; placed at random,
        // they put words and gaps across the 16-byte blocks and at both ends of the text.
        const PIECES: [&str; 31] = [" ", " ", " ", "  ", "\t", "\n", "\r\n", "in", "In", "i", "a.in", "ab", "a.ab", "(in", "también", "Él", "él", "4", "44", "that", "don’t", "re-use", "x\u{1}", "n’", "in,", "(in)", "“in”", "İn", "ın", "está", "ESTÁ"];
        let mut state = 0x2545_f491_4f6c_dd1d_u64;
        let mut next = move || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        for _ in 0..20_000 {
            let len = (next() % 40) as usize;
            let text: String = (0..len).map(|_| PIECES[(next() % PIECES.len() as u64) as usize]).collect();
            assert_eq!(super::doubles(&text), reference(&text), "{text:?}");
        }
        // Every split of a text around the block edges.
        let text = "in in a.ab ab the the\tthe x  x\n x (in in ab ab";
        for from in 0..text.len() {
            for to in from..=text.len() {
                if let Some(t) = text.get(from..to) {
                    assert_eq!(super::doubles(t), reference(t), "{t:?}");
                }
            }
        }
    }

    #[test]
    fn should_know_general_punctuation_holds_no_letter_or_digit() {
        assert!(('\u{2000}'..='\u{203F}').all(|c| !c.is_alphanumeric()));
    }
}
