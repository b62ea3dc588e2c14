//! Byte ranges into the checked text.
//!
//! Every span in resolint is a half-open `start..end` pair of **byte** offsets into the
//! original UTF-8 text, always on `char` boundaries. Conversion to lines, columns and
//! UTF-16 offsets happens only at the boundary (see [`crate::syntax::LineIndex`]).
//! This module does not know about lines or paragraphs.

use serde::{Deserialize, Serialize};
use std::ops::Range;

/// A half-open range of byte offsets, `start <= end`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct TextRange {
    pub start: u32,
    pub end: u32,
}

impl TextRange {
    /// A range from `start` to `end`; the two are swapped if given in the wrong order.
    #[must_use]
    pub fn new(start: u32, end: u32) -> Self {
        if start <= end {
            Self { start, end }
        } else {
            Self { start: end, end: start }
        }
    }

    /// An empty range at `offset`, for insertions.
    #[must_use]
    pub fn empty(offset: u32) -> Self {
        Self { start: offset, end: offset }
    }

    /// Builds a range from `usize` offsets (the text is at most `u32::MAX` bytes, which
    /// [`crate::parse()`] guarantees before it builds any range).
    #[must_use]
    pub fn from_usize(start: usize, end: usize) -> Self {
        Self::new(to_u32(start), to_u32(end))
    }

    #[must_use]
    pub fn len(self) -> u32 {
        self.end - self.start
    }

    #[must_use]
    pub fn is_empty(self) -> bool {
        self.start == self.end
    }

    /// Whether `other` lies entirely inside `self`.
    #[must_use]
    pub fn contains_range(self, other: TextRange) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// Whether the byte at `offset` lies inside the range.
    #[must_use]
    pub fn contains(self, offset: u32) -> bool {
        self.start <= offset && offset < self.end
    }

    /// The smallest range covering both.
    #[must_use]
    pub fn cover(self, other: TextRange) -> TextRange {
        TextRange { start: self.start.min(other.start), end: self.end.max(other.end) }
    }

    /// The range as `usize` indices, for slicing.
    #[must_use]
    pub fn as_usize(self) -> Range<usize> {
        self.start as usize..self.end as usize
    }

    /// The slice of `text` this range covers (empty if out of bounds, never a panic).
    #[must_use]
    pub fn slice(self, text: &str) -> &str {
        text.get(self.as_usize()).unwrap_or("")
    }
}

/// Saturating conversion: offsets beyond `u32::MAX` cannot occur because inputs that
/// large are refused up front.
#[must_use]
pub fn to_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

impl From<Range<u32>> for TextRange {
    fn from(r: Range<u32>) -> Self {
        TextRange::new(r.start, r.end)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn should_order_its_ends() {
        assert_eq!(TextRange::new(5, 2), TextRange::new(2, 5));
    }

    #[test]
    fn should_slice_without_panicking_out_of_bounds() {
        assert_eq!(TextRange::new(2, 99).slice("abc"), "");
        assert_eq!(TextRange::new(1, 3).slice("abc"), "bc");
    }

    #[test]
    fn should_cover_two_ranges() {
        assert_eq!(TextRange::new(1, 3).cover(TextRange::new(5, 8)), TextRange::new(1, 8));
    }
}
