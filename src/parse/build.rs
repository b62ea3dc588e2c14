//! The tree builder: a state machine over classified paragraphs that never fails.
//!
//! It walks the paragraphs once, in order, and decides each one's [`Role`] from its
//! [`Class`] and where it stands: title block → organ line → preamble → keyword →
//! operative paragraphs, and for an omnibus resolution a general preamble followed by
//! headed sections, each with its own preamble, keyword and operative part. A paragraph
//! that fits nowhere becomes [`Role::Unrecognized`] and parsing carries on. A second pass
//! lays the lossless [`Tree`] over the text from the roles. Diagnostics are not made
//! here: the structural rules read the [`Body`] and the roles.

use crate::lang::Lang;
use crate::syntax::{
    Body, Class, DocKind, FootnoteEntry, NodeKind, Operative, ParaId, Paragraph, Role, Section, Tree,
    TreeBuilder,
};

/// Where a paragraph sits in the tree.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Place {
    Root,
    Title,
    General,
    Section { idx: u32, part: Part },
    Footnotes,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Part {
    Direct,
    Preamble,
    Operative(u32),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum State {
    Title,
    Body,
    Preamble,
    Operative,
    Footnotes,
}

struct Builder<'a> {
    text: &'a str,
    paras: &'a mut [Paragraph],
    places: Vec<Place>,
    body: Body,
    state: State,
    cur: Section,
    /// Paragraphs placed in the current section (to move them if it becomes the
    /// general preamble of an omnibus).
    members: Vec<ParaId>,
    has_keyword: bool,
    in_misplaced_run: bool,
    /// Numbered operative paragraphs in the current section.
    cur_numbered: usize,
    /// Whether a title line calls a footnote.
    title_calls: bool,
    /// Whether the current run of misplaced preambular paragraphs opens a new section.
    misplaced_opens_section: bool,
    /// The organ line's index when it comes before any preamble, keyword or
    /// sub-paragraph: everything before it is title block, whatever it looks like.
    title_end: Option<usize>,
    /// Whether the last lead phrase of the preamble opened a block ("CONSIDERING:").
    colon_block: bool,
    /// Where a run of numbered clauses of such a block ends (at the keyword after it).
    numbered_clauses_end: usize,
    /// After a numbered heading inside the operative part ("4. Establishment of a
    /// budget process", its paragraphs numbered again from 1): the number the next
    /// paragraph under it carries.
    under_heading: Option<u32>,
}

/// Assigns roles, builds the [`Body`] and the lossless [`Tree`].
pub fn build(text: &str, paras: &mut [Paragraph]) -> (Body, Tree) {
    let has_keyword = paras.iter().any(|p| matches!(p.class, Class::Keyword { .. }));
    let first_organ = paras.iter().position(|p| matches!(p.class, Class::Organ { .. }));
    let first_body = paras.iter().position(|p| matches!(p.class, Class::Preambular { .. } | Class::That | Class::Keyword { .. } | Class::Sub { .. }));
    let title_end = first_organ.filter(|&o| first_body.is_none_or(|b| o < b));
    let n = paras.len();
    let mut b = Builder {
        text,
        paras,
        places: vec![Place::Root; n],
        body: Body::default(),
        state: State::Title,
        cur: Section::default(),
        members: Vec::new(),
        has_keyword,
        in_misplaced_run: false,
        misplaced_opens_section: false,
        cur_numbered: 0,
        title_calls: false,
        title_end,
        colon_block: false,
        numbered_clauses_end: 0,
        under_heading: None,
    };
    for i in 0..n {
        b.step(i);
    }
    b.close_section();
    b.decide_kind();
    let tree = lay_tree(text, b.paras, &b.places);
    (b.body, tree)
}

fn id(i: usize) -> ParaId {
    crate::syntax::to_u32(i)
}

impl Builder<'_> {
    fn class(&self, i: usize) -> Class {
        self.paras[i].class
    }

    fn content(&self, i: usize) -> &str {
        self.paras[i].content.slice(self.text)
    }

    fn set(&mut self, i: usize, role: Role, place: Place) {
        self.paras[i].role = role;
        self.places[i] = place;
        if matches!(place, Place::Section { .. }) {
            self.members.push(id(i));
        }
    }

    fn section_place(&self, part: Part) -> Place {
        Place::Section { idx: crate::syntax::to_u32(self.body.sections.len()), part }
    }

    fn step(&mut self, i: usize) {
        let class = self.class(i);
        if self.state == State::Footnotes {
            self.footnote_entry(i);
            return;
        }
        // `matches!`, not `==`: the derived comparison of the whole enum is a call.
        if matches!(class, Class::FootnotesHeader) && (self.state != State::Title || i > 0) {
            self.body.footnotes_header = Some(id(i));
            self.set(i, Role::FootnotesHeader, Place::Footnotes);
            self.state = State::Footnotes;
            return;
        }
        if self.state == State::Title && self.title_step(i) {
            return;
        }
        if self.state == State::Title {
            self.state = State::Body;
        }
        self.body_step(i);
    }

    /// Handles `i` if it belongs to the title block; false when the block has ended.
    fn title_step(&mut self, i: usize) -> bool {
        // Before a known organ line everything is title block — header lines, dates,
        // notes, footnote texts extracted under the title — and nothing is an error.
        let before_organ = self.title_end.is_some_and(|end| i < end);
        let role = match self.class(i) {
            Class::DraftLabel => {
                if !self.body.title.is_empty() {
                    self.body.draft_label_misplaced = true;
                }
                self.body.draft_label.get_or_insert(id(i));
                Role::DraftLabel
            }
            Class::HeaderLine => Role::HeaderLine,
            Class::Provenance { .. } => {
                self.body.provenance.push(id(i));
                Role::Provenance
            }
            Class::Caps => {
                self.push_title(i);
                Role::Title
            }
            Class::Text if self.body.title.is_empty() && looks_like_heading(self.content(i)) => {
                self.push_title(i);
                Role::Title
            }
            _ if before_organ => Role::TitleNote,
            Class::Text if !self.body.title.is_empty() && self.title_has_footnote_calls() => Role::TitleNote,
            Class::Numbered { .. } if self.title_has_footnote_calls() && !self.next_is_body(i) => Role::TitleNote,
            Class::Text if self.next_class(i).is_some_and(|c| matches!(c, Class::Organ { .. })) => Role::TitleNote,
            _ => return false,
        };
        self.body.title_block.push(id(i));
        self.set(i, role, Place::Title);
        true
    }

    /// Whether a title line calls a footnote (checked once per title line, when it is
    /// added, so long title blocks stay linear).
    fn title_has_footnote_calls(&self) -> bool {
        self.title_calls
    }

    fn push_title(&mut self, i: usize) {
        self.body.title.push(id(i));
        self.title_calls |= self.paras[i].footnote_refs().next().is_some();
    }

    fn next_is_body(&self, i: usize) -> bool {
        matches!(self.next_class(i), Some(Class::Organ { .. } | Class::Preambular { .. } | Class::Keyword { .. }))
    }

    fn next_class(&self, i: usize) -> Option<Class> {
        self.paras.get(i + 1).map(|p| p.class)
    }

    fn body_step(&mut self, i: usize) {
        let class = self.class(i);
        if !matches!(class, Class::Preambular { .. } | Class::That) {
            self.in_misplaced_run = false;
        }
        match class {
            Class::Organ { .. } if self.body.organ.is_none() && self.cur.operative.is_empty() && self.cur.keyword.is_none() && self.body.sections.is_empty() => {
                self.body.organ = Some(id(i));
                self.set(i, Role::Organ, Place::Root);
                self.state = State::Body;
            }
            Class::Preambular { declaration_verb: true, .. }
                if !self.has_keyword
                    && (self.body.kind_hint_declaration(self.paras, self.text) || !self.cur.preamble.is_empty() || self.cur.implicit_operative) =>
            {
                self.cur.implicit_operative = true;
                self.push_operative(i);
            }
            Class::Preambular { .. } | Class::That if self.state == State::Operative => {
                if matches!(class, Class::That) && !self.in_misplaced_run {
                    self.text_in_operative(i);
                    return;
                }
                if !self.in_misplaced_run {
                    self.body.misplaced_preamble.push(id(i));
                    self.in_misplaced_run = true;
                    // Followed by a keyword, the run opens a new (unheaded) resolution;
                    // otherwise it is a stray inside this operative part, whose
                    // numbering and keyword carry on undisturbed.
                    self.misplaced_opens_section = self.run_ends_at_keyword(i);
                    if self.misplaced_opens_section {
                        self.close_section();
                        self.cur = Section::default();
                    }
                }
                if self.misplaced_opens_section {
                    self.push_preamble(i);
                } else {
                    self.set(i, Role::Preambular, self.section_place(Part::Direct));
                }
            }
            Class::Preambular { .. } | Class::That => self.push_preamble(i),
            Class::Keyword { .. } => {
                self.under_heading = None;
                if self.cur.keyword.is_some() || !self.cur.operative.is_empty() {
                    self.close_section();
                    self.cur = Section::default();
                }
                self.cur.keyword = Some(id(i));
                self.set(i, Role::Keyword, self.section_place(Part::Direct));
                self.state = State::Operative;
            }
            // A block's clauses may be a numbered list of noun phrases ("CONSIDERING:" /
            // "1. The Strategic Plan …;", CONVENTIONS §4.1): numbered paragraphs right after
            // the block's header and up to the keyword belong to the preamble.
            Class::Numbered { .. } if self.state == State::Preamble && self.numbered_clause(i) => self.push_preamble(i),
            Class::Numbered { label } if self.state == State::Operative && self.under_heading == Some(label.number) => {
                self.under_heading = Some(label.number.saturating_add(1));
                let k = self.cur.operative.len() - 1;
                self.cur.operative[k].continuation.push(id(i));
                self.set(i, Role::Continuation, self.section_place(Part::Operative(crate::syntax::to_u32(k))));
            }
            Class::Numbered { .. } => {
                self.push_operative(i);
                self.under_heading = self.numbered_heading(i).then_some(1);
            }
            // "Aprobada en la octava sesión plenaria, …" as the last line, where some
            // published texts put their provenance instead of under the title (CONVENTIONS §2).
            Class::Provenance { .. } if self.state == State::Operative && self.ends_body(i) => {
                self.body.provenance.push(id(i));
                self.set(i, Role::Provenance, Place::Root);
            }
            Class::Sub { .. } if self.state == State::Operative && !self.cur.operative.is_empty() => {
                let k = self.cur.operative.len() - 1;
                self.cur.operative[k].subs.push(id(i));
                self.set(i, Role::Sub, self.section_place(Part::Operative(crate::syntax::to_u32(k))));
            }
            _ => self.text_like(i),
        }
    }

    /// Whether nothing but a footnote block follows paragraph `i`.
    fn ends_body(&self, i: usize) -> bool {
        self.paras.get(i + 1).is_none_or(|p| matches!(p.class, Class::FootnotesHeader))
    }

    /// Whether the run of preambular paragraphs starting at `i` ends at a keyword.
    fn run_ends_at_keyword(&self, i: usize) -> bool {
        let end = (i..self.paras.len()).find(|&j| !matches!(self.class(j), Class::Preambular { .. } | Class::That));
        end.is_some_and(|j| matches!(self.class(j), Class::Keyword { .. }))
    }

    /// Whether the numbered operative paragraph `i` is a heading whose paragraphs are
    /// numbered again from 1 (CONVENTIONS §6): a noun phrase ending in no punctuation,
    /// numbered other than 1, followed by a paragraph numbered 1.
    fn numbered_heading(&self, i: usize) -> bool {
        let Class::Numbered { label } = self.class(i) else { return false };
        let restarts = matches!(self.next_class(i), Some(Class::Numbered { label: next }) if next.number == 1);
        label.number > 1 && restarts && looks_like_heading(self.after_label(i)) && !self.opens_like_operative_paragraph(i)
    }

    /// The text of numbered paragraph `i` after its number.
    fn after_label(&self, i: usize) -> &str {
        let content = self.paras[i].content;
        let from = self.paras[i].label().map_or(content.start, |l| l.separator.end.min(content.end));
        crate::syntax::TextRange::new(from, content.end).slice(self.text)
    }

    /// Whether numbered paragraph `i` opens as an operative paragraph does ("To …",
    /// "That …", "De …", an infinitive) rather than as a noun phrase.
    fn opens_like_operative_paragraph(&self, i: usize) -> bool {
        let text = self.after_label(i);
        opens_like_operative(text) || crate::lang::is_infinitive(crate::lang::fold::first_word(text))
    }

    /// Whether the numbered paragraph `i` is a clause of the open "CONSIDERING:" block:
    /// the run of numbered paragraphs it is in follows the header and ends at a keyword
    /// (found once per run, so long runs stay linear).
    fn numbered_clause(&mut self, i: usize) -> bool {
        if i < self.numbered_clauses_end {
            return true;
        }
        if !self.colon_block || self.opens_like_operative_paragraph(i) {
            return false;
        }
        let end = (i..self.paras.len()).find(|&j| !matches!(self.class(j), Class::Numbered { .. })).unwrap_or(self.paras.len());
        if end < self.paras.len() && matches!(self.class(end), Class::Keyword { .. }) {
            self.numbered_clauses_end = end;
            true
        } else {
            false
        }
    }

    fn push_preamble(&mut self, i: usize) {
        match self.class(i) {
            Class::Preambular { colon_block, .. } => self.colon_block = colon_block,
            Class::That | Class::Numbered { .. } => {}
            _ => self.colon_block = false,
        }
        self.cur.preamble.push(id(i));
        self.set(i, Role::Preambular, self.section_place(Part::Preamble));
        self.state = State::Preamble;
    }

    fn push_operative(&mut self, i: usize) {
        if self.paras[i].label().is_some() {
            self.cur_numbered += 1;
        }
        let k = crate::syntax::to_u32(self.cur.operative.len());
        self.cur.operative.push(Operative { para: id(i), ..Operative::default() });
        self.set(i, Role::Operative, self.section_place(Part::Operative(k)));
        self.state = State::Operative;
    }

    /// A paragraph with no marker of its own: a heading, a continuation, an unnumbered
    /// operative paragraph, or unrecognized.
    fn text_like(&mut self, i: usize) {
        let next = self.next_class(i);
        let can_head = can_be_heading(self.content(i));
        let next_opens_section =
            can_head && matches!(next, Some(Class::Preambular { declaration_verb: false, .. } | Class::Keyword { .. }));
        let heading_like = looks_like_heading(self.content(i));
        match self.state {
            State::Operative => {
                if next_opens_section || (heading_like && matches!(next, Some(Class::Numbered { .. }))) {
                    self.start_section(i);
                } else {
                    self.text_in_operative(i);
                }
            }
            _ => {
                if (next_opens_section || heading_like) && !matches!(self.class(i), Class::Provenance { .. } | Class::HeaderLine) {
                    self.start_section(i);
                } else {
                    self.unrecognized(i);
                }
            }
        }
    }

    fn text_in_operative(&mut self, i: usize) {
        let last_ends_colon = self.cur.operative.last().is_some_and(|op| {
            let last = op.continuation.last().or(op.subs.last()).copied().unwrap_or(op.para);
            let text = self.paras[last as usize].content.slice(self.text).trim_end_matches(['”', '"', '’']);
            text.ends_with(':') || !op.continuation.is_empty()
        });
        if last_ends_colon {
            let k = self.cur.operative.len() - 1;
            self.cur.operative[k].continuation.push(id(i));
            self.set(i, Role::Continuation, self.section_place(Part::Operative(crate::syntax::to_u32(k))));
            return;
        }
        let all_unnumbered = self.cur_numbered == 0;
        let opens_like_operative = opens_like_operative(self.content(i));
        if all_unnumbered || opens_like_operative {
            self.push_operative(i);
        } else {
            self.unrecognized(i);
        }
    }

    fn unrecognized(&mut self, i: usize) {
        let place = if self.body.sections.is_empty() && self.cur.is_empty() && self.body.organ.is_none() {
            Place::Root
        } else {
            self.section_place(Part::Direct)
        };
        self.set(i, Role::Unrecognized, place);
    }

    fn start_section(&mut self, i: usize) {
        let first_headless = self.body.sections.is_empty() && self.cur.heading.is_none();
        if first_headless && self.cur.operative.is_empty() {
            // What came before the first heading is the general preamble (and a keyword
            // there introduces every section).
            self.body.preamble = std::mem::take(&mut self.cur.preamble);
            for &m in &self.members {
                self.places[m as usize] = match self.paras[m as usize].role {
                    Role::Keyword => Place::Root,
                    _ => Place::General,
                };
            }
            self.members.clear();
            self.body.top_keyword = self.cur.keyword.take();
            self.cur = Section::default();
        } else {
            self.close_section();
            self.cur = Section::default();
        }
        self.cur.heading = Some(id(i));
        self.set(i, Role::Heading, self.section_place(Part::Direct));
        self.state = State::Preamble;
        self.in_misplaced_run = false;
    }

    fn close_section(&mut self) {
        self.cur_numbered = 0;
        let section = std::mem::take(&mut self.cur);
        self.members.clear();
        if !section.is_empty() || section.heading.is_some() {
            self.body.sections.push(section);
        }
    }

    fn footnote_entry(&mut self, i: usize) {
        let number = match self.class(i) {
            Class::Numbered { label } => Some(label.number),
            _ => footnote_label(self.content(i)),
        };
        if number.is_some() || self.body.footnote_block.is_empty() {
            self.body.footnote_block.push(FootnoteEntry { number, para: id(i) });
        }
        self.set(i, Role::FootnoteText, Place::Footnotes);
    }

    fn decide_kind(&mut self) {
        let declaration = self.body.kind_hint_declaration(self.paras, self.text);
        let organ_counts = self.body.organ.is_some_and(|o| {
            matches!(self.paras[o as usize].class, Class::Organ { upper: true, .. }) || self.has_keyword
        });
        let has_keyword = self.has_keyword && (self.body.top_keyword.is_some() || self.body.sections.iter().any(|s| s.keyword.is_some()));
        let implicit = self.body.sections.iter().any(|s| s.implicit_operative);
        self.body.kind = if !organ_counts && !has_keyword && !implicit {
            if declaration { DocKind::Declaration } else { DocKind::None }
        } else if declaration || (implicit && !has_keyword) {
            DocKind::Declaration
        } else if self.body.sections.iter().any(|s| s.heading.is_some()) {
            DocKind::Omnibus
        } else {
            DocKind::Resolution
        };
        if matches!(self.body.kind, DocKind::None | DocKind::Declaration) && !organ_counts && !has_keyword && !implicit {
            // Not a resolution, or a prose declaration: everything but the title block
            // and footnotes is prose, and the structure is empty.
            for (p, place) in self.paras.iter_mut().zip(self.places.iter_mut()) {
                if !matches!(*place, Place::Title | Place::Footnotes) || self.body.kind == DocKind::None {
                    p.role = Role::Prose;
                    *place = Place::Root;
                }
            }
            let kind = self.body.kind;
            let keep_title = kind == DocKind::Declaration;
            let old = std::mem::take(&mut self.body);
            self.body.kind = kind;
            if keep_title {
                self.body.title = old.title;
                self.body.title_block = old.title_block;
                self.body.draft_label = old.draft_label;
            }
        }
    }
}

impl Body {
    /// Whether the draft label or title names a declaration.
    fn kind_hint_declaration(&self, paras: &[Paragraph], text: &str) -> bool {
        self.draft_label.iter().chain(self.title.first()).any(|&p| {
            let c = paras[p as usize].content.slice(text);
            Lang::ALL.iter().any(|l| l.lexicon().mentions_declaration(c))
        })
    }
}

/// Short and capitalised: could head a section if a section starts after it.
fn can_be_heading(c: &str) -> bool {
    c.len() < 300 && c.chars().next().is_some_and(|ch| ch.is_uppercase() || ch.is_ascii_digit())
}

/// A heading even without a section after it: short, capitalised, not ending like a
/// sentence or clause.
fn looks_like_heading(c: &str) -> bool {
    let trimmed = c.trim_end_matches(['”', '"', '’']);
    can_be_heading(c) && !trimmed.ends_with(['.', ';', ':', ','])
}

/// "To …", "That …", an infinitive: an operative paragraph that lost its number.
fn opens_like_operative(c: &str) -> bool {
    let word = crate::lang::fold::first_word(c);
    matches!(word, "To" | "That" | "De" | "Que") || c.starts_with("D'") || c.starts_with("D’")
}

/// "1/ text" or "1 text" at the start of a footnote text.
fn footnote_label(c: &str) -> Option<u32> {
    let digits = c.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 || digits > 3 {
        return None;
    }
    let next = c.as_bytes().get(digits).copied();
    if matches!(next, Some(b'/' | b' ' | b'\t' | b'.' | b')')) {
        crate::scan::number(&c[..digits])
    } else {
        None
    }
}

/// Containers a paragraph's place puts it in, outermost first.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Container {
    TitleBlock,
    GeneralPreamble,
    Section(u32),
    Preamble(u32),
    OperativePart(u32),
    OperativeParagraph(u32, u32),
    FootnoteBlock,
}

impl Container {
    fn kind(self) -> NodeKind {
        match self {
            Container::TitleBlock => NodeKind::TitleBlock,
            Container::GeneralPreamble | Container::Preamble(_) => NodeKind::Preamble,
            Container::Section(_) => NodeKind::Section,
            Container::OperativePart(_) => NodeKind::OperativePart,
            Container::OperativeParagraph(..) => NodeKind::OperativeParagraph,
            Container::FootnoteBlock => NodeKind::FootnoteBlock,
        }
    }
}

/// The containers of a place, outermost first (at most three, so no allocation).
fn path(place: Place) -> ([Container; 3], usize) {
    let pad = Container::TitleBlock;
    match place {
        Place::Root => ([pad; 3], 0),
        Place::Title => ([Container::TitleBlock, pad, pad], 1),
        Place::General => ([Container::GeneralPreamble, pad, pad], 1),
        Place::Footnotes => ([Container::FootnoteBlock, pad, pad], 1),
        Place::Section { idx, part: Part::Direct } => ([Container::Section(idx), pad, pad], 1),
        Place::Section { idx, part: Part::Preamble } => ([Container::Section(idx), Container::Preamble(idx), pad], 2),
        Place::Section { idx, part: Part::Operative(k) } => {
            ([Container::Section(idx), Container::OperativePart(idx), Container::OperativeParagraph(idx, k)], 3)
        }
    }
}

fn leaf_kind(role: Role) -> NodeKind {
    match role {
        Role::HeaderLine => NodeKind::HeaderLine,
        Role::DraftLabel => NodeKind::DraftLabel,
        Role::Title => NodeKind::Title,
        Role::TitleNote | Role::Unrecognized => NodeKind::Error,
        Role::Provenance => NodeKind::Provenance,
        Role::Organ => NodeKind::OrganLine,
        Role::Preambular => NodeKind::PreambularParagraph,
        Role::Heading => NodeKind::SectionHeading,
        Role::Keyword => NodeKind::OperativeKeyword,
        Role::Operative => NodeKind::OperativeText,
        Role::Sub => NodeKind::SubParagraph,
        Role::Continuation => NodeKind::Continuation,
        Role::FootnotesHeader => NodeKind::FootnotesHeader,
        Role::FootnoteText => NodeKind::FootnoteText,
        Role::Prose => NodeKind::Prose,
    }
}

/// Lays the lossless tree over the text: paragraphs become leaves in their containers,
/// and everything between paragraphs becomes trivia.
fn lay_tree(text: &str, paras: &[Paragraph], places: &[Place]) -> Tree {
    // A leaf and a trivia leaf for each paragraph, a few containers and the root.
    let mut tb = TreeBuilder::with_capacity(paras.len() * 2 + 16);
    tb.start(NodeKind::Document);
    let mut open: Vec<Container> = Vec::new();
    for (i, (p, &place)) in paras.iter().zip(places).enumerate() {
        tb.leaf(NodeKind::Trivia, p.range.start, None);
        let (want, depth) = path(place);
        let want = &want[..depth];
        let common = open.iter().zip(want).take_while(|(a, b)| a == b).count();
        while open.len() > common {
            open.pop();
            tb.finish();
        }
        for &c in &want[common..] {
            tb.start(c.kind());
            open.push(c);
        }
        tb.leaf(leaf_kind(p.role), p.range.end, Some(id(i)));
    }
    while !open.is_empty() {
        open.pop();
        tb.finish();
    }
    tb.leaf(NodeKind::Trivia, crate::syntax::to_u32(text.len()), None);
    tb.build()
}

#[cfg(test)]
mod tests {
    use crate::syntax::Role;

    fn roles(text: &str) -> Vec<Role> {
        crate::parse(text).paragraphs.iter().map(|p| p.role).collect()
    }

    #[test]
    fn should_read_numbered_clauses_of_a_considering_block_as_preamble() {
        let text = "THE DIRECTING COUNCIL,\n\nCONSIDERING:\n\n1. The Strategic Plan;\n\n2. The reports,\n\nRESOLVES:\n\n1. To set priorities.\n";
        assert_eq!(roles(text), [Role::Organ, Role::Preambular, Role::Preambular, Role::Preambular, Role::Keyword, Role::Operative]);
        assert_eq!(crate::validate(text, &crate::Config::default()).outline.sections[0].operative, 1);
    }

    #[test]
    fn should_hold_the_paragraphs_numbered_again_under_a_numbered_heading() {
        let text = "THE GENERAL ASSEMBLY,\n\nRESOLVES:\n\n1. To approve.\n\n2. Establishment of a planning process\n\n1. To instruct.\n\n2. To request.\n\n3. To remain seized.\n";
        let doc = crate::parse(text);
        let ops = &doc.body.sections[0].operative;
        assert_eq!(ops.len(), 2);
        assert_eq!(ops[1].continuation.len(), 3);
        // The seed's slip stays a slip: a repeated "1." after a paragraph that ends like one.
        let slip = "THE GENERAL ASSEMBLY,\n\nRESOLVES:\n\n1. To approve.\n\n2. To establish a process.\n\n1. To instruct.\n";
        assert_eq!(crate::rules::testing::count(slip, "operative-numbering"), 1);
        // So is an infinitive ("Tomar nota …"), in any language.
        let es = "LA ASAMBLEA GENERAL,\n\nRESUELVE:\n\n1. Aprobar.\n\n2. Tomar nota de las cuotas\n\n1. Encomendar.\n";
        assert_eq!(crate::rules::testing::count(es, "operative-numbering"), 1);
        // "To …" is an operative paragraph, even without its period.
        let to = "THE GENERAL ASSEMBLY,\n\nRESOLVES:\n\n1. To approve.\n\n2. To establish a process\n\n1. To instruct.\n";
        assert_eq!(crate::rules::testing::count(to, "operative-numbering"), 1);
    }

    #[test]
    fn should_keep_numbered_paragraphs_operative_when_no_keyword_follows_them() {
        // A "CONSIDERING:" block with operative paragraphs and no "RESOLVES:" is still a missing keyword.
        let text = "THE GENERAL ASSEMBLY,\n\nCONSIDERING:\n\nThat the report was received;\n\n1. To ask for a report.\n\n2. To remain seized.\n";
        assert_eq!(crate::rules::testing::count(text, "missing-operative-keyword"), 1);
        // Nor when they open like operative paragraphs: a keyword placed too late.
        let late = "THE GENERAL ASSEMBLY,\n\nCONSIDERING:\n\nThat the report was received;\n\n1. To ask for a report.\n\nRESOLVES:\n\n2. To remain seized.\n";
        assert_eq!(roles(late)[3], Role::Operative);
        // Numbered paragraphs after an ordinary lead phrase are not clauses either.
        let plain = "THE GENERAL ASSEMBLY,\n\nNOTING the report,\n\n1. To ask.\n\nRESOLVES:\n\n2. To urge.\n";
        assert_eq!(roles(plain)[2], Role::Operative);
    }
}
