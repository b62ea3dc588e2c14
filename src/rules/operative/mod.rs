//! The operative part: numbering, number format, openings, punctuation, sub-paragraphs.

pub mod operative_number_format;
pub mod operative_numbering;
pub mod operative_opening;
pub mod operative_punctuation;
pub mod paragraph_reference;
pub mod subparagraph_sequence;

use crate::lang::KeywordKind;
use crate::syntax::{Class, Document, Operative, Section};

/// Whether an operative paragraph is a numbered heading whose paragraphs are numbered
/// again from 1 below it (CONVENTIONS §6): the parser holds those as its continuation.
pub(crate) fn is_numbered_heading(doc: &Document<'_>, op: &Operative) -> bool {
    op.continuation.first().is_some_and(|&c| matches!(doc.para(c).class, Class::Numbered { .. }))
}

/// Whether a section's operative part is numbered resolution paragraphs ("RESOLVES:"),
/// rather than a declaration's verb-led or noun-phrase items.
pub(crate) fn is_resolves_part(doc: &Document<'_>, section: &Section) -> bool {
    if section.implicit_operative {
        return false;
    }
    match section.keyword.or(doc.body.top_keyword).map(|k| doc.para(k).class) {
        Some(Class::Keyword { kind, .. }) => kind == KeywordKind::Resolves,
        _ => true,
    }
}
