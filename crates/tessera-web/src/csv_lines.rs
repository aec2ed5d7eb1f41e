//! Line numbers in the CSV files staff load (stock, assets): the physical line of each record,
//! from the record's byte offset. The `csv` reader's own line count leaves out the blank lines
//! it skips, so after a blank line every later line number would be off.

/// Physical line numbers of byte offsets into a text, asked in increasing order.
pub(crate) struct LineCounter<'a> {
    text: &'a str,
    at: usize,
    line: u64,
}

impl<'a> LineCounter<'a> {
    pub(crate) fn new(text: &'a str) -> Self {
        Self { text, at: 0, line: 1 }
    }

    /// The line a record starting at byte `offset` is on (counted from 1). The reader gives a
    /// record the offset where it began looking for it: the blank lines it skipped come first.
    pub(crate) fn line_at(&mut self, offset: u64) -> u64 {
        let bytes = self.text.as_bytes();
        let mut offset = usize::try_from(offset).unwrap_or(usize::MAX).min(bytes.len());
        while bytes.get(offset) == Some(&b'\n') {
            offset += 1;
        }
        if offset > self.at {
            let between = bytes.get(self.at..offset).unwrap_or_default();
            self.line += between.iter().filter(|b| **b == b'\n').count() as u64;
            self.at = offset;
        }
        self.line
    }
}
