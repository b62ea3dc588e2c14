//! The operative part: numbering, number format, openings, punctuation, sub-paragraphs.

pub mod operative_number_format;
pub mod operative_numbering;
pub mod operative_opening;
pub mod operative_punctuation;
pub mod paragraph_reference;
pub mod subparagraph_sequence;

use crate::lang::KeywordKind;
use crate::syntax::{Class, Document, Section};

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
