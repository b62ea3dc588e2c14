//! Line, column and UTF-16 positions for byte offsets.
//!
//! Built once per text (one pass over its bytes), then answers "which line and column is
//! this byte offset on" by binary search. Lines end at `\n`, `\r\n` or a lone `\r`.
//! Columns are 1-based and counted in Unicode scalar values (`chars`), which is what
//! terminals and editors show; [`LineIndex::utf16_offset`] gives the JavaScript view.
//! It does not know about paragraphs.

use super::TextRange;

/// Start offsets of every line of a text.
#[derive(Clone, Debug)]
pub struct LineIndex {
    line_starts: Vec<u32>,
    len: u32,
}

/// A 1-based line and column.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LineCol {
    pub line: u32,
    pub column: u32,
}

impl LineIndex {
    #[must_use]
    pub fn new(text: &str) -> Self {
        let bytes = text.as_bytes();
        let mut line_starts = Vec::with_capacity(bytes.len() / 64 + 1);
        line_starts.push(0);
        for i in crate::scan::memchr2_iter(b'\n', b'\r', bytes) {
            // "\r\n" is one break: the "\r" is skipped, the "\n" ends the line.
            if bytes[i] == b'\r' && bytes.get(i + 1) == Some(&b'\n') {
                continue;
            }
            line_starts.push(super::to_u32(i + 1));
        }
        Self { line_starts, len: super::to_u32(bytes.len()) }
    }

    /// The index of `text` from the starts of its lines, found by a caller that read
    /// every line already (the paragraph splitter): `line_starts` holds, in order, the
    /// start of every line except the empty one after a break that ends the text.
    /// Gives what [`LineIndex::new`] gives, without a second scan of the text.
    #[must_use]
    pub fn from_line_starts(text: &str, mut line_starts: Vec<u32>) -> Self {
        if line_starts.is_empty() {
            line_starts.push(0);
        }
        if text.ends_with(['\n', '\r']) {
            line_starts.push(super::to_u32(text.len()));
        }
        Self { line_starts, len: super::to_u32(text.len()) }
    }

    /// The number of lines (a text ending with a line break has an empty last line).
    #[must_use]
    pub fn line_count(&self) -> usize {
        self.line_starts.len()
    }

    /// The 0-based line that contains `offset`.
    #[must_use]
    pub fn line_of(&self, offset: u32) -> usize {
        let offset = offset.min(self.len);
        match self.line_starts.binary_search(&offset) {
            Ok(line) => line,
            Err(next) => next - 1,
        }
    }

    /// The byte offset at which 0-based `line` starts.
    #[must_use]
    pub fn line_start(&self, line: usize) -> u32 {
        self.line_starts.get(line).copied().unwrap_or(self.len)
    }

    /// 1-based line and column (in chars) of `offset`.
    #[must_use]
    pub fn line_col(&self, text: &str, offset: u32) -> LineCol {
        let line = self.line_of(offset);
        let start = self.line_start(line);
        let column = TextRange::new(start, offset).slice(text).chars().count();
        LineCol { line: super::to_u32(line + 1), column: super::to_u32(column + 1) }
    }

    /// 1-based line and UTF-16 column of `offset`.
    #[must_use]
    pub fn line_col_utf16(&self, text: &str, offset: u32) -> LineCol {
        let line = self.line_of(offset);
        let start = self.line_start(line);
        let column = utf16_len(TextRange::new(start, offset).slice(text));
        LineCol { line: super::to_u32(line + 1), column: super::to_u32(column + 1) }
    }

    /// The byte range of 0-based `line`, without its line break.
    #[must_use]
    pub fn line_range(&self, text: &str, line: usize) -> TextRange {
        let start = self.line_start(line);
        let next = if line + 1 < self.line_starts.len() { self.line_starts[line + 1] } else { self.len };
        let raw = TextRange::new(start, next).slice(text);
        let trimmed = raw.trim_end_matches(['\n', '\r']);
        TextRange::new(start, start + super::to_u32(trimmed.len()))
    }
}

/// Line and column of many offsets, cheaply when they come in ascending order.
///
/// [`LineIndex::line_col`] counts a column from the start of its line, which is fine for
/// one position but quadratic for thousands on one long line (a 5 MB paragraph full of
/// footnote calls); this cursor counts only from the previous position.
#[derive(Debug)]
pub struct ColumnCursor<'a> {
    text: &'a str,
    index: &'a LineIndex,
    utf16: bool,
    line: usize,
    at: u32,
    column: u32,
}

impl<'a> ColumnCursor<'a> {
    /// A cursor counting columns in chars, or in UTF-16 code units when `utf16`.
    #[must_use]
    pub fn new(text: &'a str, index: &'a LineIndex, utf16: bool) -> Self {
        Self { text, index, utf16, line: 0, at: 0, column: 0 }
    }

    /// The 1-based line and column of `offset`.
    pub fn line_col(&mut self, offset: u32) -> LineCol {
        let offset = offset.min(super::to_u32(self.text.len()));
        let line = self.index.line_of(offset);
        if line != self.line || offset < self.at {
            self.line = line;
            self.at = self.index.line_start(line);
            self.column = 0;
        }
        let chunk = TextRange::new(self.at, offset).slice(self.text);
        self.column += super::to_u32(if self.utf16 { utf16_len(chunk) } else { chunk.chars().count() });
        self.at = offset;
        LineCol { line: super::to_u32(line + 1), column: self.column + 1 }
    }

    /// The 1-based line and column of `end`, counted on from `start`'s position (a span's
    /// end does not move the cursor, so the next start is still counted cheaply).
    pub fn end_of(&self, start: LineCol, from: u32, end: u32) -> LineCol {
        let line = self.index.line_of(end);
        if super::to_u32(line + 1) != start.line {
            let mut other = ColumnCursor::new(self.text, self.index, self.utf16);
            return other.line_col(end);
        }
        let chunk = TextRange::new(from, end).slice(self.text);
        let width = super::to_u32(if self.utf16 { utf16_len(chunk) } else { chunk.chars().count() });
        LineCol { line: start.line, column: start.column + width }
    }
}

/// The length of `s` in UTF-16 code units.
#[must_use]
pub fn utf16_len(s: &str) -> usize {
    s.chars().map(char::len_utf16).sum()
}

/// Converts ascending byte offsets to UTF-16 offsets in one pass over the text.
///
/// Diagnostics come out sorted, so the boundary converts all of them for the cost of
/// one scan instead of one scan each.
#[derive(Debug)]
pub struct Utf16Cursor<'a> {
    text: &'a str,
    byte: usize,
    utf16: usize,
}

impl<'a> Utf16Cursor<'a> {
    #[must_use]
    pub fn new(text: &'a str) -> Self {
        Self { text, byte: 0, utf16: 0 }
    }

    /// The UTF-16 offset of byte `offset`; cheap when offsets arrive in ascending order,
    /// still correct (restarting from the beginning) when they do not.
    pub fn offset(&mut self, offset: u32) -> u32 {
        let target = (offset as usize).min(self.text.len());
        if target < self.byte {
            self.byte = 0;
            self.utf16 = 0;
        }
        if let Some(chunk) = self.text.get(self.byte..target) {
            self.utf16 += utf16_len(chunk);
            self.byte = target;
        }
        super::to_u32(self.utf16)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn should_count_lf_crlf_and_cr_line_breaks() {
        let text = "a\nb\r\nc\rd";
        let index = LineIndex::new(text);
        assert_eq!(index.line_count(), 4);
        assert_eq!(index.line_col(text, 7), LineCol { line: 4, column: 1 });
        assert_eq!(index.line_range(text, 1).slice(text), "b");
    }

    #[test]
    fn should_count_columns_in_chars_and_in_utf16() {
        let text = "“😀” x";
        let index = LineIndex::new(text);
        let x = u32::try_from(text.find('x').unwrap()).unwrap();
        assert_eq!(index.line_col(text, x).column, 5);
        assert_eq!(index.line_col_utf16(text, x).column, 6);
    }

    #[test]
    fn should_agree_with_line_col_in_a_cursor_pass() {
        let text = "a “b” 😀 c\nsecond é line";
        let index = LineIndex::new(text);
        let mut chars = ColumnCursor::new(text, &index, false);
        let mut utf16 = ColumnCursor::new(text, &index, true);
        for offset in (0..=text.len()).filter(|&o| text.is_char_boundary(o)) {
            let o = u32::try_from(offset).unwrap();
            assert_eq!(chars.line_col(o), index.line_col(text, o));
            assert_eq!(utf16.line_col(o), index.line_col_utf16(text, o));
        }
        let start = index.line_col(text, 2);
        assert_eq!(chars.end_of(start, 2, 9), index.line_col(text, 9));
    }

    #[test]
    fn should_convert_ascending_offsets_to_utf16() {
        let text = "é😀a";
        let mut cursor = Utf16Cursor::new(text);
        assert_eq!(cursor.offset(2), 1);
        assert_eq!(cursor.offset(6), 3);
        assert_eq!(cursor.offset(7), 4);
        assert_eq!(cursor.offset(0), 0);
    }
}
