//! nom grammars for paragraph labels: operative numbers (`1.`, `12)`, `3.\t`) and
//! sub-paragraph labels (`a.`, `(b)`, `c)`, `iv.`).
//!
//! The parsers work on a paragraph slice and return byte lengths relative to it; the
//! caller rebases them onto the document. They decide nothing about where a label may
//! stand (that is the tree builder's job).

use nom::branch::alt;
use nom::bytes::complete::{take_while, take_while_m_n};
use nom::character::complete::{char, one_of};
use nom::combinator::{opt, recognize};
use nom::{IResult, Parser};

use crate::syntax::{LabelPunct, SubStyle};

/// An operative number label, as lengths relative to the parsed slice.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NumberMatch {
    pub number: u32,
    pub indent: usize,
    pub digits: (usize, usize),
    /// End of the digits plus punctuation.
    pub full_end: usize,
    /// End of the space after the label.
    pub separator_end: usize,
    pub punct: LabelPunct,
}

fn blank(i: &str) -> IResult<&str, &str> {
    take_while(|c: char| c == ' ' || c == '\t' || c == '\u{a0}').parse(i)
}

fn digits(i: &str) -> IResult<&str, &str> {
    take_while_m_n(1, 3, |c: char| c.is_ascii_digit()).parse(i)
}

/// Whether the first byte after the indentation [`blank`] skips passes `test`: most
/// paragraphs start with a word, and this rules them out before any parser runs.
fn first_after_blank(text: &str, test: impl Fn(u8) -> bool) -> bool {
    let bytes = text.as_bytes();
    let mut i = 0;
    loop {
        match bytes.get(i) {
            Some(b' ' | b'\t') => i += 1,
            // U+00A0, the no-break space.
            Some(0xC2) if bytes.get(i + 1) == Some(&0xA0) => i += 2,
            Some(&b) => return test(b),
            None => return false,
        }
    }
}

/// Parses `[indent] digits ("." | ")") space` at the start of `text`.
///
/// A label without punctuation is accepted only before a tab ("1\tTo …"), because a bare
/// number followed by a space is far more often a date or a quantity.
#[must_use]
pub fn number_label(text: &str) -> Option<NumberMatch> {
    if !first_after_blank(text, |b| b.is_ascii_digit()) {
        return None;
    }
    parse_number_label(text)
}

/// [`number_label`] without the first-byte test.
fn parse_number_label(text: &str) -> Option<NumberMatch> {
    let (rest, indent) = blank(text).ok()?;
    let (after_digits, ds) = digits(rest).ok()?;
    if after_digits.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let number = crate::scan::number(ds)?;
    if number == 0 {
        return None;
    }
    let (after_punct, punct) = label_punct(after_digits);
    // "1.5 million" and "1.a" are not labels.
    if after_punct.starts_with(|c: char| c.is_alphanumeric()) && punct != LabelPunct::None {
        // "1.To" (no space) is a label with a missing separator when an upper-case word follows.
        if !after_punct.starts_with(|c: char| c.is_uppercase()) {
            return None;
        }
    }
    let (after_sep, sep) = blank(after_punct).ok()?;
    if punct == LabelPunct::None && !sep.contains('\t') {
        return None;
    }
    if punct != LabelPunct::None && sep.is_empty() && !after_sep.is_empty() && !after_sep.starts_with(|c: char| c.is_uppercase() || c == '[' || c == '\n' || c == '\r') {
        return None;
    }
    let start = indent.len();
    Some(NumberMatch {
        number,
        indent: start,
        digits: (start, start + ds.len()),
        full_end: text.len() - after_punct.len(),
        separator_end: text.len() - after_sep.len(),
        punct,
    })
}

/// The punctuation after a label's digits: `opt(one_of(".)"))`, read as one byte (the
/// parser's character search cost more than the rest of the label).
fn label_punct(text: &str) -> (&str, LabelPunct) {
    match text.as_bytes().first() {
        Some(b'.') => (&text[1..], LabelPunct::Period),
        Some(b')') => (&text[1..], LabelPunct::Paren),
        _ => (text, LabelPunct::None),
    }
}

/// A sub-paragraph label, as lengths relative to the parsed slice.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SubMatch {
    /// Start and end of the label itself (after any indentation).
    pub label: (usize, usize),
    /// Start and end of the letters.
    pub value: (usize, usize),
    pub style: SubStyle,
}

fn letters(i: &str) -> IResult<&str, &str> {
    alt((
        take_while_m_n(1, 9, |c: char| matches!(c, 'i' | 'v' | 'x' | 'l' | 'c')),
        recognize(one_of("abcdefghijklmnopqrstuvwxyz")),
    ))
    .parse(i)
}

/// Parses `[indent] ( "(" letters ")" | letters ")" | letters "." ) space` at the start.
#[must_use]
pub fn sub_label(text: &str) -> Option<SubMatch> {
    if !first_after_blank(text, |b| b == b'(' || b.is_ascii_lowercase()) {
        return None;
    }
    parse_sub_label(text)
}

/// [`sub_label`] without the first-byte test.
fn parse_sub_label(text: &str) -> Option<SubMatch> {
    let (rest, indent) = blank(text).ok()?;
    let start = indent.len();
    let (after, (open, value, close)) =
        (opt(char::<_, nom::error::Error<&str>>('(')), letters, one_of(".)")).parse(rest).ok()?;
    let style = match (open, close) {
        (Some(_), ')') => SubStyle::Parens,
        (None, ')') => SubStyle::Paren,
        (None, '.') => SubStyle::Period,
        _ => return None,
    };
    // The label must be followed by space: "i.e." and "a.m." are words.
    let (_, sep) = blank(after).ok()?;
    if sep.is_empty() {
        return None;
    }
    let value_start = start + usize::from(open.is_some());
    Some(SubMatch {
        label: (start, text.len() - after.len()),
        value: (value_start, value_start + value.len()),
        style,
    })
}

/// The value of a lower-case Roman numeral (`i` … `xxxix`), if it is one.
#[must_use]
pub fn roman_value(s: &str) -> Option<u32> {
    let mut total = 0u32;
    let mut prev = 0u32;
    for c in s.chars().rev() {
        let v = match c {
            'i' | 'I' => 1,
            'v' | 'V' => 5,
            'x' | 'X' => 10,
            'l' | 'L' => 50,
            'c' | 'C' => 100,
            _ => return None,
        };
        if v < prev {
            total = total.checked_sub(v)?;
        } else {
            total += v;
            prev = v;
        }
    }
    (total > 0 && is_canonical_roman(total, s)).then_some(total)
}

const ROMAN: [(u32, &str); 9] =
    [(100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")];

/// Whether `s` is `to_roman(n)` in any case (compared piece by piece: no String).
fn is_canonical_roman(mut n: u32, s: &str) -> bool {
    let mut rest = s.as_bytes();
    for (value, numeral) in ROMAN {
        while n >= value {
            match rest.split_at_checked(numeral.len()) {
                Some((head, tail)) if crate::scan::eq_ascii_case(head, numeral.as_bytes()) => rest = tail,
                _ => return false,
            }
            n -= value;
        }
    }
    rest.is_empty()
}

/// Writes `n` (1..=399) as an upper-case Roman numeral.
#[must_use]
pub fn to_roman(n: u32) -> String {
    let mut out = String::new();
    push_roman(&mut out, n);
    out
}

/// Appends [`to_roman`]`(n)` to `out`.
pub fn push_roman(out: &mut String, mut n: u32) {
    for (value, numeral) in ROMAN {
        while n >= value {
            out.push_str(numeral);
            n -= value;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn should_read_label_punctuation_as_the_nom_parser_does() {
        for text in ["", ".", ")", ".\tTo", ") To", "\tTo", " To", "a", "é.", "。", "．", "）", "..", ")."] {
            let slow = match opt(one_of::<_, _, nom::error::Error<&str>>(".)")).parse(text).ok() {
                Some((r, Some('.'))) => (r, LabelPunct::Period),
                Some((r, Some(_))) => (r, LabelPunct::Paren),
                Some((r, None)) => (r, LabelPunct::None),
                None => panic!("opt never fails"),
            };
            assert_eq!(label_punct(text), slow, "{text:?}");
        }
    }

    #[test]
    fn should_parse_a_number_label_with_tab_or_space() {
        let m = number_label("12.\tTo request").unwrap();
        assert_eq!((m.number, m.digits, m.full_end, m.separator_end), (12, (0, 2), 3, 4));
        let m = number_label("\t3. \tTo instruct").unwrap();
        assert_eq!((m.number, m.indent, m.full_end, m.separator_end), (3, 1, 3, 5));
    }

    #[test]
    fn should_reject_quantities_dates_and_decimals() {
        assert_eq!(number_label("1.5 million"), None);
        assert_eq!(number_label("2021 and then"), None);
        assert_eq!(number_label("5 June 2001"), None);
        assert_eq!(number_label("1234. To"), None);
        assert_eq!(number_label("0. To"), None);
    }

    #[test]
    fn should_accept_a_label_glued_to_its_text() {
        let m = number_label("1.To request").unwrap();
        assert_eq!((m.full_end, m.separator_end), (2, 2));
    }

    #[test]
    fn should_parse_sub_labels_in_three_styles() {
        assert_eq!(sub_label("a. To").unwrap().style, SubStyle::Period);
        assert_eq!(sub_label("b) To").unwrap().style, SubStyle::Paren);
        let m = sub_label("(iv) To").unwrap();
        assert_eq!((m.style, m.value), (SubStyle::Parens, (1, 3)));
        assert_eq!(sub_label("i.e. the"), None);
        assert_eq!(sub_label("xlix. To").map(|m| m.value), Some((0, 4)), "Roman labels past xxxix");
        assert_eq!(sub_label("(a To"), None);
    }

    #[test]
    fn should_parse_labels_as_without_the_first_byte_test() {
        let texts = [
            "", " ", "\t", "\u{a0}", "1. To", " \t\u{a0}12) To", "\u{a0}\u{a0}3.\tTo", "1\tTo", "1.5 million", "a. To", "(b) To", "  iv) To",
            "(iv To", "xlix. To", "i.e. the", "é) x", "Ángel", "REAFFIRMING the", "Reafirmando", "“1. To”", "[bookmark: x]1. To",
            "\u{2003}1. To", "\u{b}a) To", "Ⅳ. To", "١. To", "—a) x", "\u{a0}", "\u{c2}", "(", "(a", "z.", "Z. To", "0. To", "-1. To",
        ];
        for text in texts {
            assert_eq!(number_label(text), parse_number_label(text), "{text:?}");
            assert_eq!(sub_label(text), parse_sub_label(text), "{text:?}");
        }
    }

    #[test]
    fn should_tell_canonical_roman_numerals_as_by_writing_them() {
        // Every string of up to three numeral letters, in both cases.
        let letters = ['i', 'v', 'x', 'l', 'c', 'I', 'V', 'X', 'C'];
        let mut words = vec![String::new()];
        for _ in 0..3 {
            let longer: Vec<String> = words.iter().flat_map(|w| letters.iter().map(move |l| format!("{w}{l}"))).collect();
            words.extend(longer);
        }
        words.sort();
        words.dedup();
        for w in &words {
            for n in 0..=400 {
                assert_eq!(is_canonical_roman(n, w), to_roman(n).eq_ignore_ascii_case(w), "{n} {w}");
            }
        }
    }

    #[test]
    fn should_read_and_write_roman_numerals() {
        assert_eq!(roman_value("xlix"), Some(49));
        assert_eq!(roman_value("LI"), Some(51));
        assert_eq!(roman_value("iiii"), None);
        assert_eq!(to_roman(48), "XLVIII");
    }
}
