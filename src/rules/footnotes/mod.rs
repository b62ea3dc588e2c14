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
/// numbered note ("1. The delegation of …", or "1 . Chaired …" with a space before the
/// period), or a line of bare numbers ("1. 2. 3.") standing for the notes below it.
fn title_notes<'d>(doc: &'d Document<'_>) -> impl Iterator<Item = u32> + 'd {
    doc.paragraphs.iter().filter(|p| p.role == Role::TitleNote).flat_map(|p| {
        let content = p.content.slice(doc.text);
        let bare: Vec<u32> = content
            .split_whitespace()
            .map(|t| t.trim_end_matches(['.', '/']).parse::<u32>().ok())
            .collect::<Option<Vec<u32>>>()
            .unwrap_or_default();
        let labelled = if bare.is_empty() { p.label().map(|l| l.number).or_else(|| spaced_label(content)) } else { None };
        bare.into_iter().chain(labelled)
    })
}

/// The number of a note labelled "1 . text": digits, spaces, a period, then text.
fn spaced_label(content: &str) -> Option<u32> {
    let digits = content.bytes().take_while(u8::is_ascii_digit).count();
    let rest = content.get(digits..)?;
    let after_spaces = rest.trim_start_matches(' ');
    let spaced = (1..=3).contains(&digits) && after_spaces.len() < rest.len();
    let text = after_spaces.strip_prefix('.')?;
    (spaced && text.starts_with([' ', '\t'])).then(|| content[..digits].parse().ok()).flatten()
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
    use super::spaced_label;
    use crate::rules::testing::count;

    #[test]
    fn should_read_a_note_number_written_with_a_space_before_its_period() {
        assert_eq!(spaced_label("1 . Chaired the Council."), Some(1));
        assert_eq!(spaced_label("12  . Text"), Some(12));
        assert_eq!(spaced_label("1. Text"), None); // an ordinary label, read as one elsewhere
        assert_eq!(spaced_label("1 .5 per cent"), None);
        assert_eq!(spaced_label("2024 . Text"), None);
        assert_eq!(spaced_label(" . Text"), None);
    }

    #[test]
    fn should_resolve_a_call_whose_text_under_the_title_is_labelled_with_a_spaced_period() {
        let draft = "RECOGNITION OF THE OUTGOING CHAIR\n\n1 . Chaired the Council in 2024.\n\nTHE PERMANENT COUNCIL OF THE ORGANIZATION OF AMERICAN STATES,\n\n\
                     CONSIDERING that Ambassador Vega1/ has completed her term,\n\nRESOLVES:\n\nTo express its gratitude to Ambassador Vega.\n";
        assert_eq!(count(draft, "footnote-unresolved"), 0);
        assert_eq!(count(&draft.replace("1 . Chaired", "Chaired"), "footnote-unresolved"), 1);
    }
}
