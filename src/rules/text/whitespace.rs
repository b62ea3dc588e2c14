//! `whitespace`: indentation before a paragraph, doubled spaces inside it, a space before
//! "," ";" ":" "." (not in French, which puts one there), and trailing spaces.
//!
//! Operative numbers have their own rule (`operative-number-format`), so their
//! indentation and separator are not reported twice; the space the Word exporter writes
//! before its first bookmark is not the author's indentation. Converter marks and inline
//! footnote texts are skipped. Every fix deletes or shrinks space, nothing else.

use crate::diagnostics::{Edit, Fix, Severity};
use crate::rules::{Context, FixAvailability, Group, Rule, RuleMeta};
use crate::scan::segments;
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
    let space_before_punct = doc.lang.lexicon().no_space_before_punctuation;
    for para in doc.paragraphs.iter().filter(|p| p.role != Role::FootnotesHeader) {
        indentation(doc, cx, para);
        let label_end = para.label().filter(|l| !l.is_virtual).map_or(para.range.start, |l| l.separator.end);
        for seg in segments(para) {
            inner_space(doc, cx, seg, label_end, space_before_punct);
        }
        trailing(doc, cx, para);
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

fn inner_space(doc: &Document<'_>, cx: &mut Context<'_>, seg: TextRange, label_end: u32, space_before_punct: bool) {
    let s = seg.slice(doc.text);
    let bytes = s.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] != b' ' {
            i += 1;
            continue;
        }
        let run = bytes[i..].iter().take_while(|&&b| b == b' ').count();
        let start = seg.start + to_u32(i);
        let range = TextRange::new(start, start + to_u32(run));
        let line_start = i == 0 || matches!(bytes[i - 1], b'\n' | b'\r' | b'\t');
        let next = bytes.get(i + run).copied();
        let line_end = next.is_none() || matches!(next, Some(b'\n' | b'\r' | b'\t'));
        i += run;
        if line_start || line_end || range.start < label_end {
            continue;
        }
        if space_before_punct && matches!(next, Some(b',' | b';' | b':' | b'.')) {
            let after = bytes.get(i + 1).copied();
            let ellipsis_or_number = next == Some(b'.') && matches!(after, Some(b'.' | b'0'..=b'9'));
            if !ellipsis_or_number {
                let mark = char::from(next.unwrap_or(b' '));
                let d = cx
                    .diagnostic(range, format!("No space goes before “{mark}”."))
                    .with_fix(Fix::safe(vec![Edit::delete(range)]));
                cx.report(d);
                continue;
            }
        }
        if run > 1 {
            let d = cx
                .diagnostic(range, "Doubled space between words.")
                .with_fix(Fix::safe(vec![Edit::replace(range, " ")]));
            cx.report(d);
        }
    }
}

/// Spaces and tabs at the end of each line of the paragraph.
fn trailing(doc: &Document<'_>, cx: &mut Context<'_>, para: &Paragraph) {
    let s = doc.slice(para.range);
    let mut line_start = 0;
    for raw in s.split('\n') {
        let line = raw.strip_suffix('\r').unwrap_or(raw);
        let trimmed = line.trim_end_matches([' ', '\t', '\u{a0}']);
        if trimmed.len() < line.len() && !trimmed.is_empty() {
            let start = para.range.start + to_u32(line_start + trimmed.len());
            let range = TextRange::new(start, para.range.start + to_u32(line_start + line.len()));
            if !para.marks.iter().any(|m| m.range.contains_range(range)) {
                let d = cx.diagnostic(range, "Trailing space at the end of the line.").with_fix(Fix::safe(vec![Edit::delete(range)]));
                cx.report(d);
            }
        }
        line_start += raw.len() + 1;
    }
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
