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

/// Parses `[indent] digits ("." | ")") space` at the start of `text`.
///
/// A label without punctuation is accepted only before a tab ("1\tTo …"), because a bare
/// number followed by a space is far more often a date or a quantity.
#[must_use]
pub fn number_label(text: &str) -> Option<NumberMatch> {
    let (rest, indent) = blank(text).ok()?;
    let (after_digits, ds) = digits(rest).ok()?;
    if after_digits.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let number: u32 = ds.parse().ok()?;
    if number == 0 {
        return None;
    }
    let (after_punct, punct) = match opt(one_of::<_, _, nom::error::Error<&str>>(".)")).parse(after_digits).ok()? {
        (r, Some('.')) => (r, LabelPunct::Period),
        (r, Some(_)) => (r, LabelPunct::Paren),
        (r, None) => (r, LabelPunct::None),
    };
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
    (total > 0 && to_roman(total).eq_ignore_ascii_case(s)).then_some(total)
}

/// Writes `n` (1..=399) as an upper-case Roman numeral.
#[must_use]
pub fn to_roman(mut n: u32) -> String {
    const TABLE: [(u32, &str); 9] =
        [(100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")];
    let mut out = String::new();
    for (value, numeral) in TABLE {
        while n >= value {
            out.push_str(numeral);
            n -= value;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

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
    fn should_read_and_write_roman_numerals() {
        assert_eq!(roman_value("xlix"), Some(49));
        assert_eq!(roman_value("LI"), Some(51));
        assert_eq!(roman_value("iiii"), None);
        assert_eq!(to_roman(48), "XLVIII");
    }
}
