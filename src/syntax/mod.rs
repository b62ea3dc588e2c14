//! Positions and the syntax model: byte ranges, line/UTF-16 conversion, the lossless
//! tree and the parsed [`Document`]. Nothing in here parses or judges text.

mod document;
mod line_index;
mod text_range;
mod tree;

pub use document::*;
pub use line_index::{utf16_len, ColumnCursor, LineCol, LineIndex, Utf16Cursor};
pub use text_range::{to_u32, TextRange};
pub use tree::{Node, NodeId, NodeKind, Tree, TreeBuilder};
