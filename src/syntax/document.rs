//! The parsed draft: its paragraphs, what each one is, and the resolution structure.
//!
//! A [`Document`] is what [`crate::parse`] returns and what every rule reads: the text,
//! the [`Paragraph`] table (spans, converter marks, classification, role), the typed
//! [`Body`] (title block, organ line, preambles, sections, operative paragraphs,
//! footnotes) and the lossless [`Tree`]. Nothing here is computed: building it is the
//! parser's job, judging it the rules'.

use super::{LineIndex, TextRange, Tree};
use crate::lang::{KeywordKind, Lang};
use serde::Serialize;

/// Index of a paragraph in [`Document::paragraphs`].
pub type ParaId = u32;

/// A parsed draft.
#[derive(Debug)]
pub struct Document<'a> {
    pub text: &'a str,
    pub lang: Lang,
    pub paragraphs: Vec<Paragraph>,
    pub body: Body,
    pub tree: Tree,
    /// Every OAS document symbol in the text, in order.
    pub citations: Vec<crate::parse::citation::Citation>,
    /// `<!-- resolint-ignore … -->` lines of a plain-text draft.
    pub directives: Vec<crate::parse::directive::Directive>,
    pub line_index: LineIndex,
}

impl Document<'_> {
    /// Whether the draft is a specialized organization's (its organ line names the
    /// Directing Council: [`crate::lang::is_specialized_organ`]).
    #[must_use]
    pub fn by_specialized_organ(&self) -> bool {
        self.body.organ.is_some_and(|o| match self.para(o).class {
            Class::Organ { name, .. } => crate::lang::is_specialized_organ(self.slice(name)),
            _ => false,
        })
    }

    #[must_use]
    pub fn para(&self, id: ParaId) -> &Paragraph {
        &self.paragraphs[id as usize]
    }

    /// The text a range covers.
    #[must_use]
    pub fn slice(&self, range: TextRange) -> &str {
        range.slice(self.text)
    }

    /// The paragraph's text proper: without converter marks at either end, leading and
    /// trailing space, or trailing footnote marks.
    #[must_use]
    pub fn content(&self, id: ParaId) -> &str {
        self.para(id).content.slice(self.text)
    }

    /// The 1-based line on which `offset` lies.
    #[must_use]
    pub fn line_of(&self, offset: u32) -> u32 {
        super::to_u32(self.line_index.line_of(offset) + 1)
    }
}

/// A converter artefact or footnote mark inside a paragraph.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Mark {
    pub range: TextRange,
    pub kind: MarkKind,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case", tag = "type")]
pub enum MarkKind {
    /// `[bookmark: _Toc…]`, written by the Word exporter: transparent.
    Bookmark,
    /// A footnote call: `1/`, `1/2/3/` (one mark each), `[footnoteRef:1]/`, `[1]`.
    FootnoteRef { number: u32 },
    /// Footnote text written inline by the exporter: `[1: …]`; `body` is the text.
    FootnoteInline { number: u32, body: TextRange },
}

/// A paragraph number such as `1.` (typed) or Word's list number (virtual).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Label {
    pub number: u32,
    /// The digits (empty for a virtual label).
    pub digits: TextRange,
    /// Digits and punctuation, e.g. `12.`.
    pub full: TextRange,
    /// The space between the label and the text.
    pub separator: TextRange,
    /// Space before the label.
    pub indent: TextRange,
    pub punct: LabelPunct,
    /// The number comes from Word's list numbering, not from the text.
    pub is_virtual: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum LabelPunct {
    Period,
    Paren,
    None,
}

/// A sub-paragraph label: `a.`, `(b)`, `c)`, `iv.`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct SubLabel {
    pub range: TextRange,
    /// The letters of the label, without brackets or period.
    pub value: TextRange,
    pub style: SubStyle,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum SubStyle {
    /// `a.`
    Period,
    /// `a)`
    Paren,
    /// `(a)`
    Parens,
}

/// What a paragraph looks like on its own, before its position is taken into account.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case", tag = "class")]
pub enum Class {
    /// "FOOTNOTES", "NOTAS", or a separator line of underscores.
    FootnotesHeader,
    /// Starts with a paragraph number.
    Numbered { label: Label },
    /// Starts with a sub-paragraph label.
    Sub { label: SubLabel },
    /// An operative keyword such as "RESOLVES:".
    Keyword {
        kind: KeywordKind,
        lang: Lang,
        word: TextRange,
        colon: Option<TextRange>,
        /// Text after the keyword in the same paragraph.
        rest: Option<TextRange>,
    },
    /// An organ line such as "THE GENERAL ASSEMBLY,"; `known` is false for a line shaped
    /// like one ("THE GENERAL ASEMBLY,") whose name is not in any lexicon.
    Organ { lang: Lang, name: TextRange, upper: bool, known: bool },
    /// "(Agreed upon by …)"; `parenthesized` is false when the brackets are missing.
    Provenance { parenthesized: bool },
    /// "DRAFT RESOLUTION" and the like.
    DraftLabel,
    /// Symbol, series, date, "Original:" and agenda lines of a header block.
    HeaderLine,
    /// A paragraph in capitals with no closing punctuation: a title or a heading.
    Caps,
    /// "That …"/"Que …" clause of a "CONSIDERING:" block.
    That,
    /// Opens with a lead phrase such as "REAFFIRMING".
    Preambular {
        lead: TextRange,
        /// The lead is in capitals.
        upper: bool,
        /// The lead's first word is in the language's lexicon.
        known: bool,
        /// The paragraph ends with ":" (a "CONSIDERING:" block header).
        colon_block: bool,
        /// The lead is a declaration verb ("WELCOMES"), not a participle.
        declaration_verb: bool,
    },
    /// Anything else.
    Text,
}

/// What a paragraph is where it stands, decided by the tree builder.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Role {
    HeaderLine,
    DraftLabel,
    Title,
    /// Text in the title block that is not the title (e.g. footnote text extracted there).
    TitleNote,
    Provenance,
    Organ,
    Preambular,
    Heading,
    Keyword,
    Operative,
    Sub,
    Continuation,
    FootnotesHeader,
    FootnoteText,
    Prose,
    Unrecognized,
}

/// One paragraph of the draft.
#[derive(Clone, Debug, Serialize)]
pub struct Paragraph {
    /// From its first to its last character (all its lines), without the line break.
    pub range: TextRange,
    /// The text proper (see [`Document::content`]).
    pub content: TextRange,
    pub class: Class,
    pub role: Role,
    /// Converter marks and footnote marks, in text order.
    pub marks: Vec<Mark>,
    /// Word's paragraph style name, when known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub style: Option<Box<str>>,
}

impl Paragraph {
    /// The paragraph's number label, typed or virtual.
    #[must_use]
    pub fn label(&self) -> Option<&Label> {
        match &self.class {
            Class::Numbered { label } => Some(label),
            _ => None,
        }
    }

    /// Footnote numbers this paragraph calls.
    pub fn footnote_refs(&self) -> impl Iterator<Item = (u32, TextRange)> + '_ {
        self.marks.iter().filter_map(|m| match m.kind {
            MarkKind::FootnoteRef { number } => Some((number, m.range)),
            _ => None,
        })
    }
}

/// The kind of text, as the outline reports it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum DocKind {
    Resolution,
    Omnibus,
    Declaration,
    #[default]
    None,
}

/// An operative paragraph with what hangs from it.
#[derive(Clone, Debug, Default, Serialize)]
pub struct Operative {
    pub para: ParaId,
    pub subs: Vec<ParaId>,
    /// Paragraphs that continue it (quoted material after a paragraph ending in ":").
    pub continuation: Vec<ParaId>,
}

/// A resolution, or one headed section of an omnibus resolution.
#[derive(Clone, Debug, Default, Serialize)]
pub struct Section {
    pub heading: Option<ParaId>,
    pub preamble: Vec<ParaId>,
    pub keyword: Option<ParaId>,
    /// The operative part began without a keyword (a declaration's verb-led paragraphs).
    pub implicit_operative: bool,
    pub operative: Vec<Operative>,
}

impl Section {
    /// Whether the section has anything in it besides its heading.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.preamble.is_empty() && self.keyword.is_none() && self.operative.is_empty()
    }
}

/// A footnote text from the trailing block.
#[derive(Clone, Copy, Debug, Serialize)]
pub struct FootnoteEntry {
    pub number: Option<u32>,
    pub para: ParaId,
}

/// The resolution structure of a draft.
#[derive(Clone, Debug, Default, Serialize)]
pub struct Body {
    pub kind: DocKind,
    pub title_block: Vec<ParaId>,
    pub title: Vec<ParaId>,
    pub draft_label: Option<ParaId>,
    /// The draft label stands below the title instead of above it.
    pub draft_label_misplaced: bool,
    pub provenance: Vec<ParaId>,
    pub organ: Option<ParaId>,
    /// The general preamble of an omnibus resolution (a single resolution keeps its
    /// preamble in its one section).
    pub preamble: Vec<ParaId>,
    pub sections: Vec<Section>,
    /// A keyword before the first heading of an omnibus, introducing every section.
    pub top_keyword: Option<ParaId>,
    pub footnotes_header: Option<ParaId>,
    pub footnote_block: Vec<FootnoteEntry>,
    /// Preambular paragraphs found after an operative part, first of each run.
    pub misplaced_preamble: Vec<ParaId>,
}

impl Body {
    /// The preamble the outline counts: the general one for an omnibus, else the first
    /// section's.
    #[must_use]
    pub fn main_preamble(&self) -> &[ParaId] {
        if self.kind == DocKind::Omnibus {
            &self.preamble
        } else if let Some(section) = self.sections.first() {
            if self.preamble.is_empty() { &section.preamble } else { &self.preamble }
        } else {
            &self.preamble
        }
    }

    /// Every preamble: the general one, then each section's, in order.
    pub fn preambles(&self) -> impl Iterator<Item = &[ParaId]> + '_ {
        std::iter::once(self.preamble.as_slice()).chain(self.sections.iter().map(|s| s.preamble.as_slice()))
    }
}
