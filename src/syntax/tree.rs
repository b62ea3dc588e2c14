//! The lossless syntax tree.
//!
//! Every byte of the input belongs to exactly one leaf, leaves appear in text order, and
//! every inner node spans exactly its children: so spans are exact and a fix can never
//! drop text. Blank lines and other space between paragraphs are [`NodeKind::Trivia`]
//! leaves kept in whichever node was open when they were read. The tree is a flat arena
//! built by [`TreeBuilder`]; it does not interpret the text (that is [`crate::parse`]).

use super::TextRange;
use serde::Serialize;

/// What a node stands for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum NodeKind {
    Document,
    TitleBlock,
    HeaderLine,
    DraftLabel,
    Title,
    Provenance,
    OrganLine,
    Preamble,
    PreambularParagraph,
    Section,
    SectionHeading,
    OperativeKeyword,
    OperativePart,
    OperativeParagraph,
    /// The text of an operative paragraph (its sub-paragraphs are siblings).
    OperativeText,
    SubParagraph,
    Continuation,
    FootnoteBlock,
    FootnotesHeader,
    FootnoteText,
    /// Prose of a text that is not a resolution, or of a prose declaration.
    Prose,
    /// A paragraph that fits no role where it stands.
    Error,
    /// Line breaks, blank lines and space between paragraphs.
    Trivia,
}

impl NodeKind {
    /// Whether nodes of this kind hold text directly (leaves) rather than other nodes.
    #[must_use]
    pub fn is_leaf(self) -> bool {
        !matches!(
            self,
            NodeKind::Document
                | NodeKind::TitleBlock
                | NodeKind::Preamble
                | NodeKind::Section
                | NodeKind::OperativePart
                | NodeKind::OperativeParagraph
                | NodeKind::FootnoteBlock
        )
    }
}

/// Index of a node in its [`Tree`].
pub type NodeId = u32;

/// One node: its kind, span and children (indices into the tree's child list).
#[derive(Clone, Debug, Serialize)]
pub struct Node {
    pub kind: NodeKind,
    pub range: TextRange,
    /// For paragraph leaves, the index of the paragraph in the document.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub paragraph: Option<u32>,
    #[serde(skip)]
    children: (u32, u32),
}

/// A flat arena of nodes; node 0 is the root.
#[derive(Clone, Debug, Default, Serialize)]
pub struct Tree {
    nodes: Vec<Node>,
    #[serde(skip)]
    child_ids: Vec<NodeId>,
}

impl Tree {
    #[must_use]
    pub fn root(&self) -> Option<&Node> {
        self.nodes.first()
    }

    #[must_use]
    pub fn node(&self, id: NodeId) -> Option<&Node> {
        self.nodes.get(id as usize)
    }

    /// All nodes, parents before their children.
    #[must_use]
    pub fn nodes(&self) -> &[Node] {
        &self.nodes
    }

    /// The children of a node, in text order.
    pub fn children(&self, node: &Node) -> impl Iterator<Item = &Node> + '_ {
        let (start, end) = node.children;
        self.child_ids[start as usize..end as usize].iter().filter_map(|&id| self.nodes.get(id as usize))
    }

    /// The leaves in text order; they tile the input exactly.
    #[must_use]
    pub fn leaves(&self) -> Vec<&Node> {
        let mut out = Vec::new();
        let mut stack: Vec<&Node> = self.root().into_iter().collect();
        while let Some(node) = stack.pop() {
            if node.kind.is_leaf() {
                out.push(node);
            } else {
                let children: Vec<&Node> = self.children(node).collect();
                stack.extend(children.into_iter().rev());
            }
        }
        out
    }

    /// An indented outline of the tree, one node a line (for tests and `--debug`).
    #[must_use]
    pub fn dump(&self, text: &str) -> String {
        let mut out = String::new();
        if let Some(root) = self.root() {
            self.dump_node(root, text, 0, &mut out);
        }
        out
    }

    fn dump_node(&self, node: &Node, text: &str, depth: usize, out: &mut String) {
        use std::fmt::Write;
        let _ = write!(out, "{:indent$}{:?}@{}..{}", "", node.kind, node.range.start, node.range.end, indent = depth * 2);
        if node.kind.is_leaf() && node.kind != NodeKind::Trivia {
            let s = node.range.slice(text);
            let short: String = s.chars().take(40).collect();
            let _ = write!(out, " {short:?}");
        }
        out.push('\n');
        let children: Vec<&Node> = self.children(node).collect();
        for child in children {
            self.dump_node(child, text, depth + 1, out);
        }
    }
}

/// Builds a [`Tree`] from start/leaf/finish events, computing inner spans from leaves.
#[derive(Debug, Default)]
pub struct TreeBuilder {
    nodes: Vec<Node>,
    /// Open inner nodes, each with where its children start in `pending`.
    stack: Vec<(NodeId, usize)>,
    /// The children collected so far of every open node, innermost last (one buffer
    /// for all, rather than a growing Vec for each open node).
    pending: Vec<NodeId>,
    child_ids: Vec<NodeId>,
    /// End of the last leaf: where the next node starts.
    cursor: u32,
}

impl TreeBuilder {
    #[must_use]
    pub fn new() -> Self {
        Self::default()
    }

    /// A builder with room for about `nodes` nodes.
    #[must_use]
    pub fn with_capacity(nodes: usize) -> Self {
        Self { nodes: Vec::with_capacity(nodes), stack: Vec::with_capacity(8), pending: Vec::with_capacity(nodes), child_ids: Vec::with_capacity(nodes), cursor: 0 }
    }

    /// Opens an inner node at the current position.
    pub fn start(&mut self, kind: NodeKind) {
        let id = super::to_u32(self.nodes.len());
        self.nodes.push(Node { kind, range: TextRange::empty(self.cursor), paragraph: None, children: (0, 0) });
        if !self.stack.is_empty() {
            self.pending.push(id);
        }
        self.stack.push((id, self.pending.len()));
    }

    /// Adds a leaf covering `cursor..end`. Empty leaves are skipped.
    pub fn leaf(&mut self, kind: NodeKind, end: u32, paragraph: Option<u32>) {
        if end <= self.cursor {
            return;
        }
        let id = super::to_u32(self.nodes.len());
        self.nodes.push(Node { kind, range: TextRange::new(self.cursor, end), paragraph, children: (0, 0) });
        self.cursor = end;
        if !self.stack.is_empty() {
            self.pending.push(id);
        }
    }

    /// Closes the innermost open node; its span ends where its last leaf ended.
    pub fn finish(&mut self) {
        if let Some((id, first)) = self.stack.pop() {
            let start = super::to_u32(self.child_ids.len());
            self.child_ids.extend_from_slice(&self.pending[first..]);
            self.pending.truncate(first);
            let end = super::to_u32(self.child_ids.len());
            let node = &mut self.nodes[id as usize];
            node.children = (start, end);
            node.range = TextRange::new(node.range.start, self.cursor.max(node.range.start));
        }
    }

    /// The kind of the innermost open node.
    #[must_use]
    pub fn open_kind(&self) -> Option<NodeKind> {
        self.stack.last().map(|(id, _)| self.nodes[*id as usize].kind)
    }

    /// Number of open nodes.
    #[must_use]
    pub fn depth(&self) -> usize {
        self.stack.len()
    }

    /// Closes everything still open and returns the tree.
    #[must_use]
    pub fn build(mut self) -> Tree {
        while !self.stack.is_empty() {
            self.finish();
        }
        Tree { nodes: self.nodes, child_ids: self.child_ids }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn should_give_inner_nodes_the_span_of_their_leaves() {
        let mut b = TreeBuilder::new();
        b.start(NodeKind::Document);
        b.leaf(NodeKind::OrganLine, 5, Some(0));
        b.start(NodeKind::Preamble);
        b.leaf(NodeKind::Trivia, 7, None);
        b.leaf(NodeKind::PreambularParagraph, 12, Some(1));
        b.finish();
        let tree = b.build();
        let root = tree.root().unwrap();
        assert_eq!(root.range, TextRange::new(0, 12));
        let kids: Vec<_> = tree.children(root).map(|n| (n.kind, n.range)).collect();
        assert_eq!(kids, vec![(NodeKind::OrganLine, TextRange::new(0, 5)), (NodeKind::Preamble, TextRange::new(5, 12))]);
        assert_eq!(tree.leaves().len(), 3);
    }
}
