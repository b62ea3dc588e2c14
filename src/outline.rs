//! The outline: the shape of a draft at a glance.
//!
//! Kind, title, organ, preamble count, sections (heading, line, preambular and
//! operative counts) and footnote count, computed from a parsed [`Document`]. It is what
//! `resolint outline` prints and what the add-in's outline view shows. It judges nothing.

use crate::syntax::{DocKind, Document, MarkKind, ParaId, Paragraph, Role};
use serde::Serialize;

/// The shape of a draft.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Outline {
    pub kind: DocKind,
    pub title: Option<String>,
    pub organ: Option<String>,
    /// Preambular paragraphs of the general preamble (omnibus) or of the resolution.
    pub preambular: usize,
    pub sections: Vec<SectionOutline>,
    pub footnotes: usize,
}

/// One section of the outline; a single resolution has one, whose heading is `None`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct SectionOutline {
    pub heading: Option<String>,
    /// 1-based line of the heading (or of the section's first paragraph).
    pub line: u32,
    pub preambular: usize,
    pub operative: usize,
}

impl Outline {
    /// Computes the outline of a parsed draft.
    ///
    /// ```
    /// let doc = resolint::parse("TITLE\n\nTHE GENERAL ASSEMBLY,\n\nNOTING it,\n\nRESOLVES:\n\n1. To ask.\n");
    /// let outline = resolint::Outline::of(&doc);
    /// assert_eq!((outline.title.as_deref(), outline.preambular, outline.sections[0].operative), (Some("TITLE"), 1, 1));
    /// ```
    #[must_use]
    pub fn of(doc: &Document<'_>) -> Self {
        let body = &doc.body;
        if body.kind == DocKind::None {
            return Outline::default();
        }
        let title = if body.title.is_empty() { quoted_title(doc) } else {
            let parts: Vec<&str> = body.title.iter().map(|&t| doc.content(t)).collect();
            Some(collapse_space(&parts.join(" ")))
        };
        let organ = body.organ.and_then(|o| match doc.para(o).class {
            crate::syntax::Class::Organ { name, .. } => Some(collapse_space(doc.slice(name))),
            _ => None,
        });
        let sections = body
            .sections
            .iter()
            .map(|s| {
                let first: Option<ParaId> = s
                    .heading
                    .or_else(|| s.preamble.first().copied())
                    .or(s.keyword)
                    .or_else(|| s.operative.first().map(|o| o.para));
                SectionOutline {
                    heading: s.heading.map(|h| collapse_space(doc.content(h))),
                    line: first.map_or(0, |p| doc.line_of(doc.para(p).content.start)),
                    preambular: s.preamble.len(),
                    operative: s.operative.len(),
                }
            })
            .collect();
        Outline {
            kind: body.kind,
            title,
            organ,
            preambular: body.main_preamble().len(),
            sections,
            footnotes: footnote_numbers(doc).len(),
        }
    }
}

/// The title written on the label line: `DRAFT RESOLUTION “THE SITUATION …” 1/2/3/`.
fn quoted_title(doc: &Document<'_>) -> Option<String> {
    let label = doc.content(doc.body.draft_label?);
    let open = label.find(['“', '"', '«'])?;
    let inner = &label[open..];
    let inner = inner.trim_start_matches(['“', '"', '«']).trim_end().trim_end_matches(['”', '"', '»']);
    (!inner.is_empty()).then(|| collapse_space(inner))
}

/// Footnote numbers whose text was extracted under the title (CONVENTIONS §8): a
/// numbered note ("1. The delegation of …", or "1 . Chaired …" with a space before the
/// period), or a line of bare numbers ("1. 2. 3.") standing for the notes below it.
pub(crate) fn title_notes<'d>(doc: &'d Document<'_>) -> impl Iterator<Item = u32> + 'd {
    doc.paragraphs.iter().filter(|p| p.role == Role::TitleNote).flat_map(|p| notes_of(p, doc.text))
}

/// The footnote numbers of one footnote text under the title (see [`title_notes`]). Not
/// inlined: `title_notes` is read in three places.
#[inline(never)]
fn notes_of(p: &Paragraph, text: &str) -> Vec<u32> {
    let content = p.content.slice(text);
    let mut bare = Vec::new();
    for token in content.split_whitespace() {
        let Some(n) = crate::scan::number(token.trim_end_matches(['.', '/'])) else {
            bare.clear();
            break;
        };
        bare.push(n);
    }
    if bare.is_empty() {
        bare.extend(p.label().map(|l| l.number).or_else(|| spaced_label(content)));
    }
    bare
}

/// The number of a note labelled "1 . text": digits, spaces, a period, then text.
pub(crate) fn spaced_label(content: &str) -> Option<u32> {
    let digits = content.bytes().take_while(u8::is_ascii_digit).count();
    let rest = content.get(digits..)?;
    let after_spaces = rest.trim_start_matches(' ');
    let spaced = (1..=3).contains(&digits) && after_spaces.len() < rest.len();
    let text = after_spaces.strip_prefix('.')?;
    (spaced && text.starts_with([' ', '\t'])).then(|| crate::scan::number(&content[..digits])).flatten()
}

/// Every footnote number the draft calls or defines, ascending, each once.
#[must_use]
pub fn footnote_numbers(doc: &Document<'_>) -> Vec<u32> {
    let mut numbers = Vec::new();
    for p in &doc.paragraphs {
        for m in &p.marks {
            match m.kind {
                MarkKind::FootnoteRef { number } | MarkKind::FootnoteInline { number, .. } => {
                    numbers.push(number);
                }
                MarkKind::Bookmark => {}
            }
        }
    }
    numbers.extend(doc.body.footnote_block.iter().filter_map(|f| f.number));
    numbers.extend(title_notes(doc));
    crate::sort::distinct(numbers)
}

/// `s.split_whitespace().collect::<Vec<_>>().join(" ")`: ASCII bytes are judged without
/// decoding, and a string already collapsed is copied whole.
fn collapse_space(s: &str) -> String {
    // Most titles and headings are ASCII words between single spaces already: one
    // cheap pass proves it, and they are copied whole.
    let bytes = s.as_bytes();
    let mut prev_space = true;
    let plain = bytes.iter().all(|&b| {
        let ok = b > b' ' && b.is_ascii() || b == b' ' && !prev_space;
        prev_space = b == b' ';
        ok
    });
    if plain && !prev_space {
        return s.to_owned();
    }
    let mut out = String::with_capacity(s.len());
    let mut word_start = None;
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        let (space, len) = if b.is_ascii() {
            (matches!(b, b'\t'..=b'\r' | b' '), 1)
        } else {
            let c = s[i..].chars().next().unwrap_or_default();
            (c.is_whitespace(), c.len_utf8())
        };
        if space {
            if let Some(start) = word_start.take() {
                push_word(&mut out, &s[start..i]);
            }
        } else if word_start.is_none() {
            word_start = Some(i);
        }
        i += len;
    }
    if let Some(start) = word_start {
        push_word(&mut out, &s[start..]);
    }
    out
}

fn push_word(out: &mut String, word: &str) {
    if !out.is_empty() {
        out.push(' ');
    }
    out.push_str(word);
}

#[cfg(test)]
mod tests {
    use super::*;

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
    fn should_count_footnote_texts_extracted_under_the_title() {
        let draft = "RESOLUTION ON A MEMBER STATE /\n\n1. A delegation does not join the consensus.\n\nTHE GENERAL ASSEMBLY,\n\nRESOLVES:\n\n1. To ask.\n";
        assert_eq!(crate::validate(draft, &crate::Config::default()).outline.footnotes, 1);
    }

    #[test]
    fn should_collapse_space_as_split_whitespace_does() {
        for s in ["", " ", "a", "  a  b ", "a\u{b}b\tc\r\nd", "\u{a0}Año\u{2003}Nuevo\u{3000}", "“THE”  ’x’", "\u{85}é\u{85}", "a\u{1c}b", "a b", "a b ", " a b", "a  b", "STRENGTHENING DEMOCRACY", "Año Nuevo", "a\u{7f}b", "a\u{0}b", "x\u{1f}", "Follow-up on the Inter-American Democratic Charter"] {
            assert_eq!(collapse_space(s), s.split_whitespace().collect::<Vec<_>>().join(" "), "{s:?}");
        }
    }
}
