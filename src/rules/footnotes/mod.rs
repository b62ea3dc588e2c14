//! Footnotes: calls without texts and texts without calls.

pub mod footnote_unreferenced;
pub mod footnote_unresolved;

use crate::syntax::{Document, MarkKind, Role};
use std::collections::BTreeSet;

/// Footnote numbers that have a text: written inline (`[1: …]`) or in the trailing block.
pub(crate) fn defined(doc: &Document<'_>) -> BTreeSet<u32> {
    let inline = doc.paragraphs.iter().flat_map(|p| &p.marks).filter_map(|m| match m.kind {
        MarkKind::FootnoteInline { number, .. } => Some(number),
        _ => None,
    });
    inline.chain(doc.body.footnote_block.iter().filter_map(|f| f.number)).collect()
}

/// Footnote calls in the body (not inside footnote texts), with their spans.
pub(crate) fn calls<'d>(doc: &'d Document<'_>) -> impl Iterator<Item = (u32, crate::TextRange)> + 'd {
    doc.paragraphs
        .iter()
        .filter(|p| !matches!(p.role, Role::FootnoteText | Role::FootnotesHeader | Role::TitleNote))
        .flat_map(|p| p.footnote_refs())
}
