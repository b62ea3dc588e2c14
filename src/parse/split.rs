//! Splitting plain text into paragraphs.
//!
//! Word exports write one paragraph a line, usually with blank lines between. A line
//! normally starts a new paragraph; it continues the previous one only when that one is
//! visibly unfinished: an unclosed "(" (a provenance line wrapped in two), a line that
//! starts in lower case (a wrapped sentence), a bare number label ("1." above its
//! text), or the beginning of a wrapped organ line. This module only finds paragraph
//! spans; it does not classify them.

use crate::lang::Lang;
use crate::syntax::TextRange;

/// A paragraph's span, before classification.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RawParagraph {
    pub range: TextRange,
}

/// Whether a line is a resolint directive comment (`<!-- resolint-ignore … -->`):
/// such lines are not paragraphs.
#[must_use]
pub fn is_directive(line: &str) -> bool {
    let t = line.trim();
    t.starts_with("<!--") && t.ends_with("-->") && t[4..].trim_start().starts_with("resolint")
}

/// Paragraphs of a plain text, in order; blank lines separate nothing else.
#[must_use]
pub fn split_paragraphs(text: &str) -> Vec<RawParagraph> {
    split_with_directives(text).0
}

/// Paragraphs and the spans of directive lines, which separate paragraphs like blanks.
#[must_use]
pub fn split_with_directives(text: &str) -> (Vec<RawParagraph>, Vec<TextRange>) {
    let (paragraphs, directives, _) = split_with_lines(text);
    (paragraphs, directives)
}

/// [`split_with_directives`], and the start of every line read, for
/// [`LineIndex::from_line_starts`](crate::syntax::LineIndex::from_line_starts): the
/// text is scanned for line breaks once, not twice.
#[must_use]
pub fn split_with_lines(text: &str) -> (Vec<RawParagraph>, Vec<TextRange>, Vec<u32>) {
    let mut directives = Vec::new();
    let mut line_starts = Vec::with_capacity(text.len() / 64 + 1);
    let mut out: Vec<RawParagraph> = Vec::with_capacity(text.len() / 200 + 1);
    let mut current: Option<Open> = None;
    let mut prev_blank = true;
    // A byte order mark is not part of the first paragraph (it stays trivia).
    let skip = if text.starts_with('\u{feff}') { '\u{feff}'.len_utf8() } else { 0 };
    for line in Lines::new(text).map(|l| {
        line_starts.push(crate::syntax::to_u32(l.start));
        LineSpan { start: l.start.max(skip), end: l.end.max(skip) }
    }) {
        let content = &text[line.start..line.end];
        let trimmed = trim_start(content);
        if trimmed.is_empty() {
            prev_blank = true;
            continue;
        }
        // Directive lines start (after indentation) with "<!--": no search through the line.
        if trimmed.starts_with("<!--") && is_directive(content) {
            directives.push(TextRange::from_usize(line.start, line.end));
            prev_blank = true;
            continue;
        }
        if let Some(open) = current.as_mut() {
            if !prev_blank && continues(text, open, content) {
                open.end = line.end;
                if open.starts_with_paren {
                    open.paren_depth += paren_delta(content);
                }
                open.last_line = (line.start, line.end);
                prev_blank = false;
                continue;
            }
        }
        if let Some(open) = current.take() {
            out.push(RawParagraph { range: TextRange::from_usize(open.start, open.end) });
        }
        // Only a paragraph opening with "(" (a provenance line) may wrap on an open
        // parenthesis, so only those count them.
        let starts_with_paren = trimmed.starts_with('(');
        let paren_depth = if starts_with_paren { paren_delta(content) } else { 0 };
        current = Some(Open { start: line.start, end: line.end, paren_depth, starts_with_paren, last_line: (line.start, line.end) });
        prev_blank = false;
    }
    if let Some(open) = current {
        out.push(RawParagraph { range: TextRange::from_usize(open.start, open.end) });
    }
    (out, directives, line_starts)
}

struct Open {
    start: usize,
    end: usize,
    paren_depth: i32,
    starts_with_paren: bool,
    last_line: (usize, usize),
}

/// Longest paragraph a wrapped provenance line may grow to before a stray "(" stops
/// pulling lines in.
const MAX_WRAPPED: usize = 2_000;

fn continues(text: &str, open: &Open, line: &str) -> bool {
    let trimmed = trim_start(line);
    let first = trimmed.chars().next().unwrap_or(' ');
    let so_far = &text[open.start..open.end];
    if open.starts_with_paren && open.paren_depth > 0 && so_far.len() < MAX_WRAPPED {
        return true;
    }
    if first.is_lowercase() && !starts_with_sub_label(trimmed) {
        return true;
    }
    let last_line = text[open.last_line.0..open.last_line.1].trim();
    if is_bare_number(last_line) && open.start == open.last_line.0 {
        return true;
    }
    open.start == open.last_line.0 && Lang::ALL.iter().any(|l| l.lexicon().is_organ_prefix(so_far))
}

/// `s.trim_start()`: ASCII space is skipped byte by byte (most lines start with a
/// letter at once), and only a line starting with another character is decoded.
fn trim_start(s: &str) -> &str {
    let i = s.bytes().position(|b| !matches!(b, b'\t'..=b'\r' | b' ')).unwrap_or(s.len());
    match s.as_bytes().get(i) {
        Some(b) if !b.is_ascii() => s[i..].trim_start(),
        _ => &s[i..],
    }
}

fn is_bare_number(line: &str) -> bool {
    let digits = line.trim_end_matches('.');
    line.ends_with('.') && !digits.is_empty() && digits.len() <= 3 && digits.bytes().all(|b| b.is_ascii_digit())
}

fn starts_with_sub_label(line: &str) -> bool {
    super::label::sub_label(line).is_some()
}

fn paren_delta(line: &str) -> i32 {
    crate::scan::memchr2_iter(b'(', b')', line.as_bytes()).fold(0, |d, i| if line.as_bytes()[i] == b'(' { d + 1 } else { d - 1 })
}

/// A line's content span (without its line break).
#[derive(Clone, Copy, Debug)]
pub struct LineSpan {
    pub start: usize,
    pub end: usize,
}

/// Iterates over lines ending in `\n`, `\r\n` or `\r`.
pub struct Lines<'a> {
    bytes: &'a [u8],
    pos: usize,
}

impl<'a> Lines<'a> {
    #[must_use]
    pub fn new(text: &'a str) -> Self {
        Self { bytes: text.as_bytes(), pos: 0 }
    }
}

impl Iterator for Lines<'_> {
    type Item = LineSpan;

    fn next(&mut self) -> Option<LineSpan> {
        if self.pos >= self.bytes.len() {
            return None;
        }
        let start = self.pos;
        let end = crate::scan::memchr2(b'\n', b'\r', &self.bytes[start..]).map_or(self.bytes.len(), |n| start + n);
        let mut i = end;
        if i < self.bytes.len() {
            if self.bytes[i] == b'\r' && self.bytes.get(i + 1) == Some(&b'\n') {
                i += 1;
            }
            i += 1;
        }
        self.pos = i;
        Some(LineSpan { start, end })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(text: &str) -> Vec<&str> {
        split_paragraphs(text).into_iter().map(|p| p.range.slice(text)).collect()
    }

    #[test]
    fn should_take_each_line_as_a_paragraph() {
        assert_eq!(texts("A\n\nB\nC\r\nD\rE"), ["A", "B", "C", "D", "E"]);
    }

    #[test]
    fn should_join_a_provenance_line_wrapped_in_two() {
        let text = "(Agreed upon by the Council at its meeting \nand referred to the plenary)\n\nTHE GENERAL ASSEMBLY,";
        assert_eq!(texts(text), ["(Agreed upon by the Council at its meeting \nand referred to the plenary)", "THE GENERAL ASSEMBLY,"]);
    }

    #[test]
    fn should_join_a_wrapped_organ_line_and_a_bare_number() {
        let text = "THE PERMANENT COUNCIL OF THE\nORGANIZATION OF AMERICAN STATES,\n1.\nInstruir a la Secretaría.";
        assert_eq!(texts(text), ["THE PERMANENT COUNCIL OF THE\nORGANIZATION OF AMERICAN STATES,", "1.\nInstruir a la Secretaría."]);
    }

    #[test]
    fn should_not_join_a_sub_paragraph_label_line() {
        assert_eq!(texts("1. To request:\na. To report;"), ["1. To request:", "a. To report;"]);
    }

    #[test]
    fn should_leave_a_byte_order_mark_out_of_the_first_paragraph() {
        assert_eq!(texts("\u{feff}A\n\nB"), ["A", "B"]);
    }

    #[test]
    fn should_give_the_line_starts_the_line_index_finds() {
        for text in ["", "a", "\n", "\r", "\r\n", "a\n", "a\r\n", "a\r", "a\nb", "a\r\nb\rc\n\nd", "\n\n\r\r\n", "\u{feff}A\n\nB\r\n", "é\u{b}x\r\n\r\n"] {
            let (_, _, starts) = split_with_lines(text);
            let fast = crate::syntax::LineIndex::from_line_starts(text, starts);
            let slow = crate::syntax::LineIndex::new(text);
            assert_eq!(fast.line_count(), slow.line_count(), "{text:?}");
            for line in 0..=slow.line_count() {
                assert_eq!(fast.line_start(line), slow.line_start(line), "{text:?} line {line}");
            }
        }
    }

    #[test]
    fn should_trim_line_starts_as_trim_start_does() {
        for s in ["", " ", "a", "  a ", "\t\u{b}\u{c}x", "\u{a0}x", " \u{2003}\u{3000}é", "\u{85}", "é", "“x”", "\u{feff}x", " \r\n", "\u{1c}a"] {
            assert_eq!(trim_start(s), s.trim_start(), "{s:?}");
        }
    }

    #[test]
    fn should_treat_space_only_lines_as_blank() {
        assert_eq!(texts(" \t \nA\n   \nB"), ["A", "B"]);
    }
}
