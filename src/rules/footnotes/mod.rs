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
    crate::sort::distinct(inline.chain(block).chain(crate::outline::title_notes(doc)).collect())
}

/// Footnote calls in the body (not inside footnote texts), with their spans.
pub(crate) fn calls<'d>(doc: &'d Document<'_>) -> impl Iterator<Item = (u32, crate::TextRange)> + 'd {
    doc.paragraphs
        .iter()
        .filter(|p| !matches!(p.role, Role::FootnoteText | Role::FootnotesHeader | Role::TitleNote))
        .flat_map(|p| p.footnote_refs())
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::count;

    #[test]
    fn should_resolve_a_call_whose_text_under_the_title_is_labelled_with_a_spaced_period() {
        let draft = "RECOGNITION OF THE OUTGOING CHAIR\n\n1 . Chaired the Council in 2024.\n\nTHE PERMANENT COUNCIL OF THE ORGANIZATION OF AMERICAN STATES,\n\n\
                     CONSIDERING that Ambassador Vega1/ has completed her term,\n\nRESOLVES:\n\nTo express its gratitude to Ambassador Vega.\n";
        assert_eq!(count(draft, "footnote-unresolved"), 0);
        assert_eq!(count(&draft.replace("1 . Chaired", "Chaired"), "footnote-unresolved"), 1);
    }
}
