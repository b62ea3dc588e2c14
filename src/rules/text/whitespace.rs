//! `whitespace`: indentation before a paragraph, doubled spaces inside it, a space before
//! "," ";" ":" "." (not in French, which puts one there), and trailing spaces.
//!
//! Operative numbers have their own rule (`operative-number-format`), so their
//! indentation and separator are not reported twice; the space the Word exporter writes
//! before its first bookmark is not the author's indentation. Converter marks and inline
//! footnote texts are skipped. Every fix deletes or shrinks space, nothing else.

use crate::diagnostics::{Edit, Fix, Severity};
use crate::rules::{Context, FixAvailability, Group, Rule, RuleMeta};
use crate::scan::{segments, stray_spaces, within, StraySpaces};
use crate::syntax::{to_u32, Document, MarkKind, Paragraph, Role, TextRange};

pub const RULE: Rule = Rule {
    meta: RuleMeta {
        name: "whitespace",
        group: Group::Text,
        default_severity: Severity::Info,
        fix: FixAvailability::Safe,
        summary: "Indentation, doubled spaces, space before punctuation, trailing spaces.",
    },
    check,
};

fn check(doc: &Document<'_>, cx: &mut Context<'_>) {
    let found = stray_spaces(doc.text, doc.lang.lexicon().no_space_before_punctuation);
    // The line the last paragraph ended on: paragraphs come in order, so their lines are
    // found by walking on from there rather than by a search each.
    let mut line = 0;
    for para in doc.paragraphs.iter().filter(|p| p.role != Role::FootnotesHeader) {
        indentation(doc, cx, para);
        let label_end = para.label().filter(|l| !l.is_virtual).map_or(para.range.start, |l| l.separator.end);
        for seg in segments(para) {
            inner_space(doc, cx, seg, label_end, &found);
        }
        line = trailing(doc, cx, para, line);
    }
}

fn indentation(doc: &Document<'_>, cx: &mut Context<'_>, para: &Paragraph) {
    if para.label().is_some_and(|l| !l.is_virtual) {
        return;
    }
    let s = doc.slice(para.range);
    let indent = s.len() - s.trim_start().len();
    if indent == 0 {
        return;
    }
    let end = para.range.start + to_u32(indent);
    let before_bookmark = para.marks.first().is_some_and(|m| m.range.start == end && m.kind == MarkKind::Bookmark);
    if before_bookmark && para.range.start == 0 {
        return;
    }
    let range = TextRange::new(para.range.start, end);
    let d = cx.diagnostic(range, "This paragraph is indented; paragraphs start at the margin.").with_fix(Fix::safe(vec![Edit::delete(range)]));
    cx.report(d);
}

/// Doubled spaces and spaces before punctuation inside one stretch of text.
fn inner_space(doc: &Document<'_>, cx: &mut Context<'_>, seg: TextRange, label_end: u32, found: &StraySpaces) {
    let s = seg.slice(doc.text);
    let bytes = s.as_bytes();
    // A run of spaces [start, end) that neither opens nor ends a line, and is past the label.
    let run_around = |i: usize| -> Option<(usize, usize)> {
        let start = i - bytes[..i].iter().rev().take_while(|&&b| b == b' ').count();
        let end = i + bytes[i..].iter().take_while(|&&b| b == b' ').count();
        let opens_line = start == 0 || matches!(bytes[start - 1], b'\n' | b'\r' | b'\t');
        let ends_line = end == bytes.len() || matches!(bytes[end], b'\n' | b'\r' | b'\t');
        (!opens_line && !ends_line && seg.start + to_u32(start) >= label_end).then_some((start, end))
    };
    let at = |(a, b): (usize, usize)| TextRange::new(seg.start + to_u32(a), seg.start + to_u32(b));
    // Both bytes of a pair must lie in this stretch.
    let pairs = TextRange::new(seg.start, seg.end.saturating_sub(1).max(seg.start));
    let puncts = within(&found.before_marks, pairs).iter().map(|&p| (p - seg.start) as usize + 1);
    let doubled = within(&found.double, pairs).iter().map(|&p| (p - seg.start) as usize);
    let mut before_punct: Vec<usize> = Vec::new();
    for p in puncts {
        // "1 . Chaired the Council …": a footnote label written with a space.
        if bytes[..p - 1].iter().all(u8::is_ascii_digit) {
            continue;
        }
        // " ..." (an ellipsis) and " .5" are not slips.
        if bytes[p] == b'.' && matches!(bytes.get(p + 1), Some(b'.' | b'0'..=b'9')) {
            continue;
        }
        let Some(run) = run_around(p - 1) else { continue };
        before_punct.push(run.1);
        let range = at(run);
        let d = cx.diagnostic(range, format!("No space goes before “{}”.", char::from(bytes[p]))).with_fix(Fix::safe(vec![Edit::delete(range)]));
        cx.report(d);
    }
    let mut done = 0;
    for i in doubled {
        if i < done {
            continue;
        }
        let Some(run) = run_around(i) else { continue };
        done = run.1;
        if before_punct.contains(&run.1) {
            continue;
        }
        let range = at(run);
        let d = cx.diagnostic(range, "Doubled space between words.").with_fix(Fix::safe(vec![Edit::replace(range, " ")]));
        cx.report(d);
    }
}

/// Spaces and tabs at the end of each line of the paragraph (its lines from the line
/// index, not by searching the text again). `from` is a line at or before the
/// paragraph's first; returns the paragraph's last line.
fn trailing(doc: &Document<'_>, cx: &mut Context<'_>, para: &Paragraph, from: usize) -> usize {
    let lines = &doc.line_index;
    let line_after = |mut line: usize, offset: u32| {
        while line + 1 < lines.line_count() && lines.line_start(line + 1) <= offset {
            line += 1;
        }
        line
    };
    let first = line_after(from, para.range.start);
    let last = line_after(first, para.range.end);
    for line in first..=last {
        let whole = lines.line_range(doc.text, line);
        let line = TextRange::new(whole.start.max(para.range.start), whole.end.min(para.range.end).max(para.range.start));
        let s = line.slice(doc.text);
        let trimmed = s.trim_end_matches([' ', '\t', '\u{a0}']);
        if trimmed.len() < s.len() && !trimmed.is_empty() {
            let range = TextRange::new(line.start + to_u32(trimmed.len()), line.end);
            let k = para.marks.partition_point(|m| m.range.start <= range.start);
            if !(k > 0 && para.marks[k - 1].range.contains_range(range)) {
                let d = cx.diagnostic(range, "Trailing space at the end of the line.").with_fix(Fix::safe(vec![Edit::delete(range)]));
                cx.report(d);
            }
        }
    }
    last
}

#[cfg(test)]
mod tests {
    use crate::{fix_all, validate, Config};

    fn spans(text: &str) -> Vec<String> {
        validate(text, &Config::default()).diagnostics.into_iter().filter(|d| d.rule == "whitespace").map(|d| format!("{:?}", d.range.slice(text))).collect()
    }

    #[test]
    fn should_flag_each_kind_of_stray_space() {
        let text = "THE GENERAL ASSEMBLY, \n\n\tNOTING the report ,  and its annex,\n\nRESOLVES:\n\n1. To ask.\n";
        assert_eq!(spans(text), ["\" \"", "\"\\t\"", "\" \"", "\"  \""]);
    }

    #[test]
    fn should_fix_spaces_without_touching_words() {
        let text = "THE GENERAL ASSEMBLY, \n\n\tNOTING the report ,  and its annex,\n\nRESOLVES:\n\n1. To ask.\n";
        assert_eq!(fix_all(text, &Config::default()).text, "THE GENERAL ASSEMBLY,\n\nNOTING the report, and its annex,\n\nRESOLVES:\n\n1. To ask.\n");
    }

    #[test]
    fn should_leave_french_spacing_and_ellipses_alone() {
        assert!(spans("L’ASSEMBLÉE GÉNÉRALE,\n\nRAPPELANT le rapport : texte,\n\nDÉCIDE :\n\n1. D’adopter.\n").is_empty());
        assert!(spans("THE GENERAL ASSEMBLY,\n\nNOTING the text ... in full,\n\nRESOLVES:\n\n1. To ask.\n").is_empty());
    }
}
