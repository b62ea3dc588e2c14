//! Converter artefacts and footnote marks inside a paragraph.
//!
//! Recognised (nom grammars, applied at each `[` and at each digit run):
//! - `[bookmark: _Toc86668276]` — the Word exporter's bookmark: transparent;
//! - `[footnoteRef:1]/` (or without the `/`) — Word's footnote reference;
//! - `[1: …]` — the footnote's text written inline by the exporter (brackets balanced);
//! - `1/`, `1/2/3/` — typed footnote calls, glued to a word or after a space;
//! - `[1]` glued to the preceding character — the call of HTML exports.
//!
//! A typed call at the very start of a paragraph is a footnote *label*, not a call, so it
//! is left alone. The scan is linear in the paragraph's length. This module finds marks;
//! it does not decide whether footnotes resolve (the footnote rules do).

use nom::bytes::complete::{tag, take_while_m_n};
use nom::character::complete::{char, digit1};
use nom::combinator::opt;
use nom::{IResult, Parser};

use crate::syntax::{Mark, MarkKind, TextRange};

type Res<'a, O> = IResult<&'a str, O>;

/// Bookmark names are short ("_Toc86668276"): a "]" further than this is not its end,
/// which also keeps unclosed "[bookmark: " marks from each scanning to the paragraph's end.
const MAX_BOOKMARK: usize = 200;

fn bookmark(i: &str) -> Res<'_, ()> {
    let (rest, _) = tag("[bookmark:").parse(i)?;
    let window = &rest.as_bytes()[..rest.len().min(MAX_BOOKMARK)];
    match crate::scan::memchr(b']', window) {
        // The name runs to the first "]" (memchr found it): no substring search needed.
        Some(end) => Ok((&rest[end + 1..], ())),
        None => Err(nom::Err::Error(nom::error::Error::new(rest, nom::error::ErrorKind::TakeUntil))),
    }
}

fn footnote_ref(i: &str) -> Res<'_, u32> {
    (tag("[footnoteRef:"), digit1, char(']'), opt(char('/')))
        .map_opt(|(_, n, _, _): (_, &str, _, _)| crate::scan::number(n))
        .parse(i)
}

fn small_number(i: &str) -> Res<'_, u32> {
    take_while_m_n(1, 2, |c: char| c.is_ascii_digit()).map_opt(crate::scan::number).parse(i)
}

/// `[N]` — the footnote call of HTML exports.
fn bracket_ref(i: &str) -> Res<'_, u32> {
    (char('['), small_number, char(']')).map(|(_, n, _)| n).parse(i)
}

/// `[N: ` — the start of an inline footnote text; the caller finds its end.
fn inline_start(i: &str) -> Res<'_, u32> {
    (char('['), small_number, char(':')).map(|(_, n, _)| n).parse(i)
}

/// The longest inline footnote text read: a "[1: " left open does not make every later
/// one scan to the end of the paragraph.
const MAX_INLINE: usize = 8_000;

/// The length of a balanced `[ … ]` group starting at `text[0] == '['`.
fn balanced_len(text: &str) -> Option<usize> {
    let mut depth = 0usize;
    for (i, b) in text.bytes().enumerate().take(MAX_INLINE) {
        match b {
            b'[' => depth += 1,
            b']' => {
                depth = depth.checked_sub(1)?;
                if depth == 0 {
                    return Some(i + 1);
                }
            }
            _ => {}
        }
    }
    None
}

/// A chain of typed calls `1/2/3/`: each number with its span, relative to `text`.
fn slash_chain(text: &str) -> Option<Vec<(u32, usize, usize)>> {
    let mut out = Vec::new();
    let mut pos = 0;
    loop {
        let rest = &text[pos..];
        let Ok((after, n)) = small_number(rest) else { break };
        if n == 0 || !after.starts_with('/') {
            break;
        }
        let len = rest.len() - after.len() + 1;
        out.push((n, pos, pos + len));
        pos += len;
    }
    if out.is_empty() {
        return None;
    }
    // The chain must end the word: "1/2" (a fraction) and "7/19" (a symbol) are not calls.
    match text[pos..].chars().next() {
        Some(c) if c.is_alphanumeric() || c == '/' => None,
        _ => Some(out),
    }
}

/// Finds every mark in `text` (a paragraph starting at byte `base` of the document).
/// Only `[` and `/` can start or end a mark, so only those bytes are visited.
#[must_use]
pub fn scan(text: &str, base: u32) -> Vec<Mark> {
    let mut marks = Vec::new();
    let bytes = text.as_bytes();
    // Where the content starts, found only for a paragraph with a digit before a "/".
    let content_start = || text.len() - text.trim_start().len();
    let at = |s: usize, e: usize| TextRange::new(base + crate::syntax::to_u32(s), base + crate::syntax::to_u32(e));
    // Everything before `pos` is inside a mark already taken.
    let mut pos = 0;
    for i in crate::scan::memchr2_iter(b'[', b'/', bytes) {
        if i < pos {
            continue;
        }
        if bytes[i] == b'[' {
            let rest = &text[i..];
            if let Ok((after, ())) = bookmark(rest) {
                let end = i + rest.len() - after.len();
                marks.push(Mark { range: at(i, end), kind: MarkKind::Bookmark });
                pos = end;
            } else if let Ok((after, number)) = footnote_ref(rest) {
                let end = i + rest.len() - after.len();
                marks.push(Mark { range: at(i, end), kind: MarkKind::FootnoteRef { number } });
                pos = end;
            } else if let Some((number, len)) = inline_start(rest).ok().and_then(|(_, n)| balanced_len(rest).map(|len| (n, len))) {
                let body_start = i + rest.find(':').map_or(1, |c| c + 1);
                let body = at(body_start, i + len - 1);
                marks.push(Mark { range: at(i, i + len), kind: MarkKind::FootnoteInline { number, body } });
                pos = i + len;
            } else if i > 0 && !bytes[i - 1].is_ascii_whitespace() {
                if let Ok((after, number)) = bracket_ref(rest) {
                    let end = i + rest.len() - after.len();
                    marks.push(Mark { range: at(i, end), kind: MarkKind::FootnoteRef { number } });
                    pos = end;
                }
            }
            continue;
        }
        // A "/": is it the end of the first call of a chain such as "1/2/3/"?
        let digits = bytes[..i].iter().rev().take_while(|b| b.is_ascii_digit()).count();
        let start = i - digits;
        if digits == 0 || digits > 2 || start < pos || start == content_start() {
            continue;
        }
        // "x-1/" and "a/1/" belong to symbols; after a period ("institutions.3/") a call
        // is common, and symbols such as "doc.7/19" fail the chain's own end test.
        if start > 0 && matches!(bytes[start - 1], b'/' | b'-') {
            continue;
        }
        if let Some(chain) = slash_chain(&text[start..]) {
            for (number, s, e) in &chain {
                marks.push(Mark { range: at(start + s, start + e), kind: MarkKind::FootnoteRef { number: *number } });
            }
            pos = start + chain.last().map_or(0, |c| c.2);
        }
    }
    marks
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str) -> Vec<(MarkKind, &str)> {
        scan(text, 0).into_iter().map(|m| (m.kind, m.range.slice(text))).collect()
    }

    #[test]
    fn should_find_bookmarks_and_word_footnotes() {
        let text = "[bookmark: _Toc1]Heading [footnoteRef:2]/ [2: .\tBolivia [sic] …] ";
        let found = kinds(text);
        assert_eq!(found[0], (MarkKind::Bookmark, "[bookmark: _Toc1]"));
        assert_eq!(found[1], (MarkKind::FootnoteRef { number: 2 }, "[footnoteRef:2]/"));
        assert!(matches!(found[2].0, MarkKind::FootnoteInline { number: 2, .. }));
        assert_eq!(found[2].1, "[2: .\tBolivia [sic] …]");
    }

    #[test]
    fn should_find_typed_calls_and_chains() {
        let found = kinds("MIGRATION CRISIS” 1/2/3/ and Morales1/ too");
        let numbers: Vec<_> = found.iter().map(|(k, _)| *k).collect();
        assert_eq!(
            numbers,
            [1, 2, 3, 1].map(|number| MarkKind::FootnoteRef { number }).to_vec()
        );
    }

    #[test]
    fn should_not_take_symbols_dates_or_fractions_for_calls() {
        assert!(kinds("AG/RES. 2958 (L-O/20) and AG/doc.5240/12, CP/RES. 881 (1479/05)").is_empty());
        assert!(kinds("on 4/5/2021, half 1/2 of it").is_empty());
        assert!(kinds("1/ The delegation of X").is_empty(), "a label at the start is no call");
        assert!(kinds("see AG/doc.7/19 and CP/ACTA-1789/111/").is_empty());
        assert_eq!(kinds("human rights institutions.3/").len(), 1, "a call after a period");
    }

    #[test]
    fn should_find_a_glued_bracket_call_but_not_a_spaced_one() {
        assert_eq!(kinds("the Charter[1] ;").len(), 1);
        assert!(kinds("paragraph [1] of").is_empty());
    }
}
