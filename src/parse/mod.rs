//! From text to [`Document`]: paragraphs, marks, classification, structure.
//!
//! The pipeline (each step in its own module):
//! 1. [`split`] — plain text into paragraph spans (the paragraphs API skips this step);
//! 2. [`marks`] — converter artefacts and footnote marks in each paragraph (nom);
//! 3. language detection ([`crate::lang::detect`]) unless the caller fixed it;
//! 4. [`classify`] — what each paragraph looks like (nom for labels, lexicons for words);
//! 5. `build` — where each paragraph stands: roles, the [`Body`], the lossless tree;
//! 6. [`citation`] — OAS document symbols in every paragraph (nom).
//!
//! Parsing never fails and never panics: whatever the input, a [`Document`] comes out.
//!
//! [`Body`]: crate::syntax::Body

mod build;
pub mod citation;
pub mod classify;
pub mod directive;
pub mod label;
pub mod marks;
pub mod split;

use crate::lang::{self, Lang};
use crate::syntax::{to_u32, Class, Document, LineIndex, Paragraph, Role, TextRange};

/// The largest text resolint reads: offsets are `u32`.
pub const MAX_LEN: usize = u32::MAX as usize;

/// Parses a plain-text draft, detecting its language.
///
/// ```
/// let doc = resolint::parse("THE GENERAL ASSEMBLY,\n\nRECALLING its resolutions,\n\nRESOLVES:\n\n1. To ask.\n");
/// assert_eq!(doc.body.sections[0].operative.len(), 1);
/// ```
#[must_use]
pub fn parse(text: &str) -> Document<'_> {
    parse_with(text, None)
}

/// Parses a plain-text draft in the given language (`None` detects it).
#[must_use]
pub fn parse_with(text: &str, lang: Option<Lang>) -> Document<'_> {
    let text = limit(text);
    let (raw, directive_lines, line_starts) = split::split_with_lines(text);
    let pieces: Vec<Piece<'_>> = raw.into_iter().map(|r| Piece { range: r.range, list_string: None, style: None }).collect();
    let mut doc = build_document(text, pieces, lang, Some(LineIndex::from_line_starts(text, line_starts)));
    doc.directives = directive_lines.into_iter().map(|r| directive::Directive::parse(text, r)).collect();
    doc
}

/// One paragraph handed to the parser: its span and what Word says of it.
#[derive(Clone, Copy, Debug)]
pub struct Piece<'p> {
    pub range: TextRange,
    pub list_string: Option<&'p str>,
    pub style: Option<&'p str>,
}

/// Parses paragraphs whose spans in `text` the caller already knows (the paragraphs API).
#[must_use]
pub fn parse_pieces<'a>(text: &'a str, pieces: Vec<Piece<'_>>, lang: Option<Lang>) -> Document<'a> {
    build_document(limit(text), pieces, lang, None)
}

fn limit(text: &str) -> &str {
    // (Written this way because on 32-bit targets every length fits.)
    if u32::try_from(text.len()).is_ok() {
        return text;
    }
    let mut end = MAX_LEN;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

/// How many paragraphs language detection reads: organ line and keyword come early.
const DETECT_PARAGRAPHS: usize = 400;

/// `line_index`: the text's, when the caller has it already.
fn build_document<'a>(text: &'a str, pieces: Vec<Piece<'_>>, lang: Option<Lang>, line_index: Option<LineIndex>) -> Document<'a> {
    let marked: Vec<(Piece<'_>, Vec<crate::syntax::Mark>, TextRange)> = pieces
        .into_iter()
        .map(|p| {
            let marks = marks::scan(p.range.slice(text), p.range.start);
            let content = classify::content_range(text, p.range, &marks);
            (p, marks, content)
        })
        .collect();
    let lang = lang.unwrap_or_else(|| lang::detect(marked.iter().take(DETECT_PARAGRAPHS).map(|(_, _, c)| c.slice(text))));
    let mut paragraphs = Vec::with_capacity(marked.len());
    for (piece, marks, content) in marked {
        push_classified(text, piece, marks, content, lang, &mut paragraphs);
    }
    let (body, tree) = build::build(text, &mut paragraphs);
    // Every symbol has a "/": stretches without one are not scanned at all.
    let slashes: Vec<u32> = crate::scan::memchr_iter(b'/', text.as_bytes()).map(to_u32).collect();
    let mut citations = Vec::new();
    for p in &paragraphs {
        for seg in crate::scan::segments(p) {
            if !crate::scan::within(&slashes, seg).is_empty() {
                citations.extend(citation::scan(seg.slice(text), seg.start));
            }
        }
    }
    Document { text, lang, paragraphs, body, tree, citations, directives: Vec::new(), line_index: line_index.unwrap_or_else(|| LineIndex::new(text)) }
}

fn push_classified(text: &str, piece: Piece<'_>, marks: Vec<crate::syntax::Mark>, content: TextRange, lang: Lang, out: &mut Vec<Paragraph>) {
    let found = classify::classify(text, piece.range, content, lang, piece.list_string);
    let style = piece.style.map(Box::from);
    match found.split_at {
        Some(at) if at > piece.range.start && at < piece.range.end => {
            // An organ line running on into its first clause: two paragraphs.
            let first_text = TextRange::new(piece.range.start, at).slice(text).trim_end();
            let first = TextRange::new(piece.range.start, piece.range.start + to_u32(first_text.len()));
            let (first_marks, rest_marks): (Vec<_>, Vec<_>) = marks.into_iter().partition(|m| m.range.end <= first.end);
            let first_content = classify::content_range(text, first, &first_marks);
            out.push(Paragraph { range: first, content: first_content, class: found.class, role: Role::Unrecognized, marks: first_marks, style: style.clone() });
            let rest = TextRange::new(at, piece.range.end);
            let rest_content = classify::content_range(text, rest, &rest_marks);
            let class = classify::classify(text, rest, rest_content, lang, None).class;
            out.push(Paragraph { range: rest, content: rest_content, class, role: Role::Unrecognized, marks: rest_marks, style });
        }
        _ => {
            let class = if piece.style.is_some_and(is_heading_style) && matches!(found.class, Class::Text | Class::Caps) { Class::Text } else { found.class };
            out.push(Paragraph { range: piece.range, content, class, role: Role::Unrecognized, marks, style });
        }
    }
}

fn is_heading_style(style: &str) -> bool {
    let s = style.to_ascii_lowercase();
    s.starts_with("heading") || s.starts_with("título") || s.starts_with("titre")
}
