//! Small text scanners shared by the rules.
//!
//! How a paragraph ends (its closing punctuation behind any closing quotes), the
//! stretches of a paragraph outside converter marks, word iteration with spans, and case
//! conversion for fixes. They read text; they report nothing.

use crate::syntax::{to_u32, Document, Paragraph, TextRange};

/// How a clause ends.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ending {
    /// "…;"
    Semicolon,
    /// "…; and" (or "; y", "; e", "; et", and "; and,")
    SemicolonAnd,
    /// "…, and" / "…, y": a tolerated variant of "; and"
    CommaAnd,
    Comma,
    Period,
    Colon,
    /// No closing punctuation.
    Nothing,
}

/// The ending of a paragraph's content and the span of its punctuation (for fixes; for
/// `Nothing` an empty span where punctuation belongs).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Tail {
    pub ending: Ending,
    pub span: TextRange,
}

const CLOSERS: [char; 5] = ['”', '"', '’', '\'', '»'];

/// Reads how `content` (a paragraph's content span) ends. `and` is the language's
/// conjunction. Closing quotes after the punctuation are looked through.
#[must_use]
pub fn tail(text: &str, content: TextRange, and: &str) -> Tail {
    let s = content.slice(text);
    let core = strip_closers(s);
    let base = content.start;
    let end = base + to_u32(core.len());
    let at = |from: usize, to: usize| TextRange::new(base + to_u32(from), base + to_u32(to));
    // "; and", "; and,", ", and"
    let trimmed = core.trim_end_matches(',');
    let with_comma = trimmed.len() != core.len();
    if let Some(before) = strip_suffix_word(trimmed, and) {
        let before_trim = before.trim_end();
        if let Some(stripped) = before_trim.strip_suffix(';') {
            return Tail { ending: Ending::SemicolonAnd, span: at(stripped.len(), core.len()) };
        }
        if let Some(stripped) = before_trim.strip_suffix(',') {
            if !with_comma {
                return Tail { ending: Ending::CommaAnd, span: at(stripped.len(), core.len()) };
            }
        }
    }
    let last = core.chars().next_back();
    let ending = match last {
        Some(';') => Ending::Semicolon,
        Some(',') => Ending::Comma,
        Some('.') => Ending::Period,
        Some(':') => Ending::Colon,
        _ => return Tail { ending: Ending::Nothing, span: TextRange::empty(base + to_u32(s.len())) },
    };
    Tail { ending, span: TextRange::new(end - 1, end) }
}

/// `s` without the closing quotes at its end (punctuation may stand inside them).
fn strip_closers(s: &str) -> &str {
    s.trim_end_matches(CLOSERS)
}

/// `s` without a final whole word `word` (case-insensitive) and the space before it.
fn strip_suffix_word<'s>(s: &'s str, word: &str) -> Option<&'s str> {
    let s = s.trim_end();
    if s.len() < word.len() || !s.is_char_boundary(s.len() - word.len()) {
        return None;
    }
    let (before, last) = s.split_at(s.len() - word.len());
    (last.eq_ignore_ascii_case(word) && before.ends_with(char::is_whitespace)).then_some(before)
}

/// The stretches of `para`'s span that lie outside its converter and footnote marks.
pub fn segments<'p>(para: &'p Paragraph) -> impl Iterator<Item = TextRange> + 'p {
    let mut pos = para.range.start;
    let mut marks = para.marks.iter();
    let mut done = false;
    std::iter::from_fn(move || loop {
        if done {
            return None;
        }
        match marks.next() {
            Some(m) => {
                let seg = TextRange::new(pos, m.range.start.max(pos));
                pos = m.range.end.max(pos);
                if !seg.is_empty() {
                    return Some(seg);
                }
            }
            None => {
                done = true;
                let seg = TextRange::new(pos, para.range.end.max(pos));
                return (!seg.is_empty()).then_some(seg);
            }
        }
    })
}

/// Words (runs of letters, digits, apostrophes and inner hyphens) in `range`, with spans.
/// Byte-level with an ASCII fast path: this runs over every paragraph.
pub fn words(text: &str, range: TextRange) -> impl Iterator<Item = (&str, TextRange)> + '_ {
    let s = range.slice(text);
    let base = range.start;
    let bytes = s.as_bytes();
    let mut i = 0;
    // The char at `i` and its length, and whether it is a word character.
    let at = move |i: usize| -> (char, usize) {
        let b = bytes[i];
        if b < 0x80 {
            (char::from(b), 1)
        } else {
            s[i..].chars().next().map_or((' ', 1), |c| (c, c.len_utf8()))
        }
    };
    std::iter::from_fn(move || {
        while i < bytes.len() {
            let (c, len) = at(i);
            if c.is_alphanumeric() {
                break;
            }
            i += len;
        }
        if i >= bytes.len() {
            return None;
        }
        let start = i;
        while i < bytes.len() {
            let (c, len) = at(i);
            let inner_mark = matches!(c, '\'' | '’' | '-') && i + len < bytes.len() && at(i + len).0.is_alphanumeric();
            if !(c.is_alphanumeric() || inner_mark) {
                break;
            }
            i += len;
        }
        Some((&s[start..i], TextRange::new(base + to_u32(start), base + to_u32(i))))
    })
}

/// Whether two words are equal ignoring case, without allocating.
#[must_use]
pub fn eq_ignore_case(a: &str, b: &str) -> bool {
    if a.is_ascii() && b.is_ascii() {
        return a.eq_ignore_ascii_case(b);
    }
    a.chars().flat_map(char::to_lowercase).eq(b.chars().flat_map(char::to_lowercase))
}

/// The first word of a paragraph's text after its label (if any) and any bookmark.
#[must_use]
pub fn opening_word<'t>(doc: &'t Document<'_>, para: &Paragraph) -> Option<(&'t str, TextRange)> {
    let from = para.label().filter(|l| !l.is_virtual).map_or(para.content.start, |l| l.separator.end);
    let range = TextRange::new(from, para.content.end.max(from));
    let seg = segments(para).filter_map(|s| {
        let start = s.start.max(range.start);
        (start < s.end.min(range.end)).then(|| TextRange::new(start, s.end.min(range.end)))
    });
    seg.flat_map(|s| words(doc.text, s)).next()
}

/// The part of `content` on its first line: where a diagnostic about a whole paragraph
/// points, so that a long paragraph is not underlined from end to end.
#[must_use]
pub fn first_line(doc: &Document<'_>, content: TextRange) -> TextRange {
    let line = doc.line_index.line_range(doc.text, doc.line_index.line_of(content.start));
    TextRange::new(content.start, line.end.min(content.end).max(content.start))
}

/// Upper-cases `s` (for fixes that capitalise a lead word or keyword).
#[must_use]
pub fn upper(s: &str) -> String {
    s.chars().flat_map(char::to_uppercase).collect()
}

/// The English ordinal of `n` ("1st", "2nd", "3rd", "4th").
#[must_use]
pub fn ordinal(n: usize) -> String {
    let suffix = match (n % 10, n % 100) {
        (1, 11) | (2, 12) | (3, 13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ending(s: &str) -> Ending {
        tail(s, TextRange::from_usize(0, s.len()), "and").ending
    }

    #[test]
    fn should_read_clause_endings_through_closing_quotes() {
        assert_eq!(ending("principle of nonintervention”;"), Ending::Semicolon);
        assert_eq!(ending("Democratic Charter,”"), Ending::Comma);
        assert_eq!(ending("Political Affairs (CAJP); and"), Ending::SemicolonAnd);
        assert_eq!(ending("the region; and,"), Ending::SemicolonAnd);
        assert_eq!(ending("the region, and"), Ending::CommaAnd);
        assert_eq!(ending("of Washington.”"), Ending::Period);
        assert_eq!(ending("the pandemic (2021)"), Ending::Nothing);
        assert_eq!(ending("States (OAS)"), Ending::Nothing);
        assert_eq!(ending("the following:"), Ending::Colon);
    }

    #[test]
    fn should_point_at_the_punctuation_to_fix() {
        let s = "the region; and";
        let t = tail(s, TextRange::from_usize(0, s.len()), "and");
        assert_eq!(t.span.slice(s), "; and");
        let s = "the region”";
        assert_eq!(tail(s, TextRange::from_usize(0, s.len()), "and").span, TextRange::empty(13));
    }

    #[test]
    fn should_iterate_words_with_spans() {
        let s = "in in order, don’t re-use 2021";
        let w: Vec<&str> = words(s, TextRange::from_usize(0, s.len())).map(|(w, _)| w).collect();
        assert_eq!(w, ["in", "in", "order", "don’t", "re-use", "2021"]);
    }

    #[test]
    fn should_write_ordinals() {
        assert_eq!([1, 2, 3, 4, 11, 12, 22].map(ordinal), ["1st", "2nd", "3rd", "4th", "11th", "12th", "22nd"]);
    }
}
