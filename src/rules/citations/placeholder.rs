//! `placeholder`: unfinished text left in a draft.
//!
//! Recognised: runs of "x" standing for a number ("AG/doc.xxxx/21", "XXXX"), "XX/21"
//! in a symbol, bracketed blanks (`[…]`, `[...]`, `[date]`, `[name]`, `[fecha]`, `[país]`,
//! `[nom]`, `[data]` …), three or more underscores, and "TBD"/"TBC". Roman numerals in
//! session symbols ("XXX-O/00") are not placeholders, and neither are words that merely
//! contain an "x". A hand-written scanner, linear in the text; converter marks skipped.

use crate::diagnostics::Severity;
use crate::rules::{Context, FixAvailability, Group, Rule, RuleMeta};
use crate::scan::segments;
use crate::syntax::{to_u32, Document, Role, TextRange};

pub const RULE: Rule = Rule {
    meta: RuleMeta {
        name: "placeholder",
        group: Group::Citations,
        default_severity: Severity::Error,
        fix: FixAvailability::None,
        summary: "Unfinished text: “xxxx”, “XX/21”, “[…]”, “___”, “TBD”, “[date]”, “[name]”.",
    },
    check,
};

/// Words that stand for a blank when written alone in square brackets.
const BRACKET_WORDS: [&str; 20] = [
    "date", "name", "number", "year", "country", "title", "tbd", "fecha", "nombre", "número", "país", "año", "nom", "numéro",
    "pays", "année", "data", "nome", "ano", "insert",
];

fn check(doc: &Document<'_>, cx: &mut Context<'_>) {
    for para in doc.paragraphs.iter().filter(|p| p.role != Role::FootnotesHeader) {
        // A sub-paragraph labelled "xx." or "(xxx)" is the twentieth or thirtieth item.
        let label_end = match para.class {
            crate::syntax::Class::Sub { label } => label.range.end,
            _ => para.range.start,
        };
        for seg in segments(para) {
            let seg = crate::syntax::TextRange::new(seg.start.max(label_end), seg.end.max(label_end));
            for (range, what) in find(seg.slice(doc.text)) {
                let range = TextRange::new(seg.start + to_u32(range.0), seg.start + to_u32(range.1));
                let d = cx
                    .diagnostic(range, format!("“{}” is a placeholder: {what}", doc.slice(range)))
                    .with_help("Replace it with the final text before the draft is circulated.");
                cx.report(d);
            }
        }
    }
}

/// Placeholders in `s`, as byte ranges with a short explanation, in text order. Only
/// the bytes that can start one ("x", "X", "_", "[", "T") are visited.
fn find(s: &str) -> Vec<((usize, usize), &'static str)> {
    let mut out = Vec::new();
    let bytes = s.as_bytes();
    let prev_letter = |i: usize| i > 0 && s[..i].chars().next_back().is_some_and(char::is_alphabetic);
    let mut done = 0;
    for i in crate::scan::memchr3_iter(b'x', b'X', b'_', bytes) {
        if i < done {
            continue;
        }
        let b = bytes[i];
        let run = if b == b'_' {
            bytes[i..].iter().take_while(|&&c| c == b'_').count()
        } else {
            bytes[i..].iter().take_while(|&&c| c == b'x' || c == b'X').count()
        };
        done = i + run;
        if b == b'_' {
            if run >= 3 {
                out.push(((i, i + run), "a blank still to be filled in."));
            }
            continue;
        }
        if prev_letter(i) {
            continue;
        }
        let next = s[i + run..].chars().next();
        let ends_word = !next.is_some_and(char::is_alphabetic);
        let lower = bytes[i..i + run].contains(&b'x');
        let before_slash_number = next == Some('/') && bytes.get(i + run + 1).is_some_and(u8::is_ascii_digit);
        if ends_word && ((lower && run >= 2) || run >= 4 || (run >= 2 && before_slash_number)) {
            out.push(((i, i + run), "the number or text still has to be filled in."));
        }
    }
    let mut done = 0;
    for i in crate::scan::memchr2_iter(b'[', b'T', bytes) {
        if i < done {
            continue;
        }
        if bytes[i] == b'[' {
            if let Some(len) = bracket_blank(&s[i..]) {
                out.push(((i, i + len), "a blank still to be filled in."));
                done = i + len;
            }
        } else if !prev_letter(i) && (s[i..].starts_with("TBD") || s[i..].starts_with("TBC")) && !s[i + 3..].starts_with(char::is_alphanumeric) {
            out.push(((i, i + 3), "a decision still to be taken."));
        }
    }
    crate::sort::by_key(&mut out, |&((start, end), _)| crate::sort::pair(to_u32(start), to_u32(end)));
    out
}

/// "[…]", "[...]", "[date]": the length of a bracketed blank at the start of `s`.
fn bracket_blank(s: &str) -> Option<usize> {
    let close = s.bytes().take(24).position(|b| b == b']')?;
    let inner = s[1..close].trim();
    let lower = crate::lang::case::to_lower(inner);
    let blank = inner.is_empty() && close > 1 || matches!(inner, "…" | "..." | ". . .") || BRACKET_WORDS.contains(&lower.as_str());
    blank.then_some(close + 1)
}

#[cfg(test)]
mod tests {
    use super::find;

    fn found(s: &str) -> Vec<&str> {
        find(s).into_iter().map(|((a, b), _)| &s[a..b]).collect()
    }

    #[test]
    fn should_find_each_kind_of_placeholder() {
        assert_eq!(found("Report (AG/doc.xxxx/21 add. 1)"), ["xxxx"]);
        assert_eq!(found("CP/doc.XX/21 on [date] by [name], ref. XXXX"), ["XX", "[date]", "[name]", "XXXX"]);
        assert_eq!(found("held on ___ in […] TBD"), ["___", "[…]", "TBD"]);
    }

    #[test]
    fn should_leave_roman_numerals_and_words_alone() {
        assert!(found("AG/RES. 1737 (XXX-O/00) and (XX-O/90), REMJA XI, Exxon, xenophobia, TBDs").is_empty());
        assert!(found("[AG/RES. 205 (V-O/75)] and [1] and … any rights").is_empty());
    }
}
