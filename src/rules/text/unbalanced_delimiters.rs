//! `unbalanced-delimiters`: an unmatched “ ”, « », ( ) or [ ] within a paragraph, or an
//! odd number of straight double quotes.
//!
//! A quotation that runs over several paragraphs is fine: it is either reopened with “ at
//! the start of each paragraph, or continued by the quoted paragraphs that follow an
//! operative paragraph ending in ":", and closed at its end. Converter marks, inline
//! footnote texts, paragraph labels ("a)", "12)") and inline list labels ("decided: a)
//! to form …; and b) that …") are not part of the text checked; neither are provenance
//! lines, whose parenthesis `title-format` checks.

use crate::diagnostics::Severity;
use crate::rules::{Context, FixAvailability, Group, Rule, RuleMeta};
use crate::syntax::{Class, Document, Paragraph, Role, TextRange};

pub const RULE: Rule = Rule {
    meta: RuleMeta {
        name: "unbalanced-delimiters",
        group: Group::Text,
        default_severity: Severity::Error,
        fix: FixAvailability::None,
        summary: "Unmatched quotation marks, parentheses or square brackets within a paragraph.",
    },
    check,
};

const PAIRS: [(char, char); 4] = [('(', ')'), ('[', ']'), ('“', '”'), ('«', '»')];

fn label_end(para: &Paragraph) -> u32 {
    match para.class {
        Class::Numbered { label } if !label.is_virtual => label.full.end,
        Class::Sub { label } => label.range.end,
        _ => para.range.start,
    }
}

fn check(doc: &Document<'_>, cx: &mut Context<'_>) {
    // A “ left open at the end of a paragraph, waiting for the quoted paragraphs after it.
    let mut carried: Option<TextRange> = None;
    for (i, para) in doc.paragraphs.iter().enumerate() {
        if matches!(para.role, Role::Provenance | Role::FootnotesHeader) {
            continue;
        }
        let from = label_end(para);
        let mut stack: Vec<(char, TextRange)> = Vec::new();
        let mut straight: Vec<TextRange> = Vec::new();
        let reopens = carried.is_some() && doc.slice(para.content).starts_with('“');
        let mut first = true;
        for seg in crate::scan::segments(para) {
            let seg = TextRange::new(seg.start.max(from), seg.end.max(from));
            let text = seg.slice(doc.text);
            for offset in candidates(text) {
                let Some(c) = text[offset..].chars().next() else { continue };
                let at = seg.start + crate::syntax::to_u32(offset);
                let range = TextRange::new(at, at + crate::syntax::to_u32(c.len_utf8()));
                if c == '“' && reopens && first {
                    first = false;
                    continue;
                }
                if c == '"' {
                    straight.push(range);
                } else if PAIRS.iter().any(|&(o, _)| o == c) {
                    stack.push((c, range));
                } else if let Some(&(open, _)) = PAIRS.iter().find(|&&(_, cl)| cl == c) {
                    if stack.last().is_some_and(|&(o, _)| o == open) {
                        stack.pop();
                    } else if let Some(pos) = stack.iter().rposition(|&(o, _)| o == open) {
                        // Something opened inside was never closed: report it, pair this.
                        for &(o, r) in &stack[pos + 1..] {
                            report_open(cx, o, r);
                        }
                        stack.truncate(pos);
                    } else if open == '“' && carried.is_some() {
                        carried = None;
                    } else if c == ')' && is_inline_label(doc.text, at) {
                        // "decided: a) to form …; and b) that …"
                    } else {
                        let d = cx.diagnostic(range, format!("This “{c}” closes nothing: no “{open}” before it in this paragraph."));
                        cx.report(d);
                    }
                }
                first = false;
            }
        }
        // An open quotation goes on while the next paragraph reopens it or is quoted matter.
        let next = doc.paragraphs.get(i + 1);
        let continues = next.is_some_and(|n| doc.slice(n.content).starts_with('“') || n.role == Role::Continuation);
        if let Some(open) = carried {
            if !continues {
                report_open(cx, '“', open);
                carried = None;
            }
        }
        for (open, range) in stack {
            if open == '“' && continues && carried.is_none() {
                carried = Some(range);
                continue;
            }
            report_open(cx, open, range);
        }
        if straight.len() % 2 == 1 {
            if let Some(&last) = straight.last() {
                let d = cx.diagnostic(last, "This paragraph has an odd number of straight quotation marks: one is unmatched.");
                cx.report(d);
            }
        }
    }
    if let Some(open) = carried {
        report_open(cx, '“', open);
    }
}

/// Byte offsets in `s` where a delimiter starts, ascending: ( ) [ ] " and the lead bytes
/// of “ ” « », in one pass of sixteen bytes at a time ([`blocks`](crate::scan::blocks));
/// a lead byte counts only when the bytes after it make one of those four (the
/// apostrophes and dashes that share it are not decoded).
fn candidates(s: &str) -> Vec<usize> {
    use crate::scan::blocks;
    let b = s.as_bytes();
    let mut out = Vec::new();
    let mut base = 0;
    while base < b.len() {
        let mut mask = blocks::any_of(&blocks::at(b, base), b"()\"[]\xE2\xC2");
        while mask != 0 {
            let i = base + mask.trailing_zeros() as usize;
            mask &= mask - 1;
            let delimiter = match b[i] {
                0xE2 => b.get(i + 1) == Some(&0x80) && matches!(b.get(i + 2), Some(0x9C | 0x9D)),
                0xC2 => matches!(b.get(i + 1), Some(0xAB | 0xBB)),
                _ => true,
            };
            if delimiter {
                out.push(i);
            }
        }
        base += 16;
    }
    out
}

/// Whether the ")" at `at` ends an inline list label: a letter or Roman numeral standing
/// alone after a space, at the start of a list item.
fn is_inline_label(text: &str, at: u32) -> bool {
    let before = &text[..at as usize];
    let label: String = before.chars().rev().take_while(char::is_ascii_lowercase).collect();
    if label.is_empty() || label.len() > 4 {
        return false;
    }
    let rest = &before[..before.len() - label.len()];
    let single_letter = label.len() == 1;
    let roman = label.chars().all(|c| matches!(c, 'i' | 'v' | 'x'));
    (single_letter || roman) && (rest.is_empty() || rest.ends_with([' ', '\t', '\n']))
}

fn report_open(cx: &mut Context<'_>, open: char, range: TextRange) {
    let close = PAIRS.iter().find(|&&(o, _)| o == open).map_or(')', |&(_, c)| c);
    let d = cx.diagnostic(range, format!("This “{open}” is never closed in its paragraph: a “{close}” is missing."));
    cx.report(d);
}

#[cfg(test)]
mod tests {
    fn found(body: &str) -> Vec<String> {
        let text = format!("THE GENERAL ASSEMBLY,\n\nRESOLVES:\n\n{body}\n");
        crate::rules::testing::hits(&text, "unbalanced-delimiters")
    }

    #[test]
    fn should_flag_unmatched_delimiters() {
        assert_eq!(found("1. To adopt the “Guide (2021) as amended."), ["“"]);
        assert_eq!(found("1. To recall resolution AG/RES. 2958 (L-O/20))."), [")"]);
        assert_eq!(found("1. To note the \"Report."), ["\""]);
    }

    #[test]
    fn should_accept_balanced_text_labels_and_quotes_over_paragraphs() {
        assert!(found("1. To amend it to read:\n\n“Article 1. The Council shall meet.\n\n“Article 2. It shall report.”\n\n2. To ask [AG/RES. 205 (V-O/75)].").is_empty());
        assert!(found("1. To ask:\n\na) for a report;\n\nb) for a study.").is_empty());
    }
}
