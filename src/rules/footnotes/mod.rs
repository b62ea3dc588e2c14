//! Footnotes: calls without texts and texts without calls.

pub mod footnote_order;
pub mod footnote_unreferenced;
pub mod footnote_unresolved;

use crate::syntax::{Document, MarkKind, Role};

/// Footnote numbers that have a text, written inline (`[1: …]`) or in the trailing block:
/// ascending and distinct, for [`slice::binary_search`].
pub(crate) fn defined(doc: &Document<'_>) -> Vec<u32> {
    let inline = doc.paragraphs.iter().flat_map(|p| &p.marks).filter_map(|m| match m.kind {
        MarkKind::FootnoteInline { number, .. } => Some(number),
        _ => None,
    });
    let block = doc.body.footnote_block.iter().filter_map(|f| f.number);
    crate::sort::distinct(inline.chain(block).chain(title_notes(doc)).collect())
}

/// Footnote numbers whose text was extracted under the title (CONVENTIONS §8): a
/// numbered note ("1. The delegation of …"), or a line of bare numbers ("1. 2. 3.")
/// standing for the notes below it.
fn title_notes<'d>(doc: &'d Document<'_>) -> impl Iterator<Item = u32> + 'd {
    doc.paragraphs.iter().filter(|p| p.role == Role::TitleNote).flat_map(|p| {
        let content = p.content.slice(doc.text);
        let bare: Vec<u32> = content
            .split_whitespace()
            .map(|t| t.trim_end_matches(['.', '/']).parse::<u32>().ok())
            .collect::<Option<Vec<u32>>>()
            .unwrap_or_default();
        let labelled = if bare.is_empty() { p.label().map(|l| l.number) } else { None };
        bare.into_iter().chain(labelled)
    })
}

/// Footnote calls in the body (not inside footnote texts), with their spans.
pub(crate) fn calls<'d>(doc: &'d Document<'_>) -> impl Iterator<Item = (u32, crate::TextRange)> + 'd {
    doc.paragraphs
        .iter()
        .filter(|p| !matches!(p.role, Role::FootnoteText | Role::FootnotesHeader | Role::TitleNote))
        .flat_map(|p| p.footnote_refs())
}
