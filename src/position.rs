//! Byte offsets turned into the positions other tools count: UTF-16 code
//! units (JavaScript strings, LSP editors) or bytes, with a 1-based line
//! and column. The wasm bindings use it to give JS spans that
//! `text.slice(start, end)` understands; it is public for any binding or
//! editor that needs the same.
//!
//! Lines end where the parser ends them: `\n`, `\r\n`, `\r`, U+2028 and
//! U+2029.

use crate::source;

/// What offsets and columns count.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Unit {
    /// UTF-16 code units: a character above U+FFFF counts two.
    #[default]
    Utf16,
    /// UTF-8 bytes: the offsets of [`crate::Span`].
    Utf8,
}

/// A place in the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Position {
    /// Offset from the start of the text, in the chosen unit.
    pub offset: usize,
    /// 1-based line.
    pub line: usize,
    /// 1-based column, in the chosen unit.
    pub column: usize,
}

/// Bytes between two UTF-16 checkpoints: a lookup scans at most this many.
const STRIDE: usize = 64;

/// Converts byte offsets of one text; built once, asked many times. Each
/// lookup is a binary search over line starts plus a scan of at most
/// 64 bytes, so converting every span of a document stays linear
/// even when the text is one long line.
#[derive(Debug, Clone)]
pub struct Positions<'a> {
    src: &'a str,
    unit: Unit,
    /// Byte offset where each line starts.
    line_starts: Vec<usize>,
    /// UTF-16 length of the text before byte `k * STRIDE` (characters that
    /// start before it); empty when counting bytes.
    utf16_at_stride: Vec<usize>,
}

impl<'a> Positions<'a> {
    /// Indexes `src` for lookups in `unit`.
    pub fn new(src: &'a str, unit: Unit) -> Self {
        let mut line_starts = vec![0];
        line_starts.extend(source::physical_lines(src).iter().skip(1).map(|l| l.start));
        let utf16_at_stride = match unit {
            Unit::Utf8 => Vec::new(),
            Unit::Utf16 => {
                let mut out = Vec::with_capacity(src.len() / STRIDE + 1);
                let mut units = 0;
                for (k, chunk) in src.as_bytes().chunks(STRIDE).enumerate() {
                    debug_assert_eq!(out.len(), k);
                    out.push(units);
                    units += chunk.iter().map(|&b| utf16_units_of_byte(b)).sum::<usize>();
                }
                out.push(units);
                out
            }
        };
        Positions {
            src,
            unit,
            line_starts,
            utf16_at_stride,
        }
    }

    /// The offset in the chosen unit of byte `byte` (clamped to the text,
    /// and down to a character boundary).
    pub fn offset(&self, byte: usize) -> usize {
        let byte = self.floor_boundary(byte);
        match self.unit {
            Unit::Utf8 => byte,
            Unit::Utf16 => {
                let k = byte / STRIDE;
                let before = self.utf16_at_stride.get(k).copied().unwrap_or(0);
                let tail = &self.src.as_bytes()[k * STRIDE..byte];
                before + tail.iter().map(|&b| utf16_units_of_byte(b)).sum::<usize>()
            }
        }
    }

    /// Offset, line and column of byte `byte`.
    pub fn at(&self, byte: usize) -> Position {
        let byte = self.floor_boundary(byte);
        let line = self.line_starts.partition_point(|&s| s <= byte);
        let line_start = self.line_starts[line - 1];
        let offset = self.offset(byte);
        Position {
            offset,
            line,
            column: offset - self.offset(line_start) + 1,
        }
    }

    fn floor_boundary(&self, byte: usize) -> usize {
        let mut b = byte.min(self.src.len());
        while !self.src.is_char_boundary(b) {
            b -= 1;
        }
        b
    }
}

/// What one byte adds to the UTF-16 length: a character's first byte
/// counts its code units, continuation bytes count nothing.
fn utf16_units_of_byte(b: u8) -> usize {
    match b {
        0x80..=0xBF => 0,
        0xF0..=0xFF => 2,
        _ => 1,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The reference: count UTF-16 units of the prefix directly.
    fn utf16(src: &str, byte: usize) -> usize {
        src[..byte].encode_utf16().count()
    }

    #[test]
    fn utf16_offsets_match_encode_utf16_on_every_boundary() {
        let src = "IGF 秘书处 😀 مرحبا\r\n行动：➔ 🇺🇳 x\rλ\u{2028}end".repeat(7);
        let p = Positions::new(&src, Unit::Utf16);
        for (byte, _) in src.char_indices().chain([(src.len(), ' ')]) {
            assert_eq!(p.offset(byte), utf16(&src, byte), "byte {byte}");
        }
    }

    #[test]
    fn lines_and_columns_are_one_based_in_the_unit() {
        let src = "ab\n秘书😀x\r\nمرحبا\rz";
        let p = Positions::new(src, Unit::Utf16);
        assert_eq!(
            p.at(0),
            Position {
                offset: 0,
                line: 1,
                column: 1
            }
        );
        let x = src.find('x').unwrap();
        // 秘 书 count one each, 😀 two: x is the fifth unit of line 2.
        assert_eq!(
            p.at(x),
            Position {
                offset: 3 + 4,
                line: 2,
                column: 5
            }
        );
        let z = src.find('z').unwrap();
        assert_eq!(p.at(z).line, 4);
        assert_eq!(p.at(z).column, 1);

        let bytes = Positions::new(src, Unit::Utf8);
        assert_eq!(
            bytes.at(x),
            Position {
                offset: x,
                line: 2,
                column: 11
            }
        );
    }

    #[test]
    fn offsets_inside_a_character_or_past_the_end_are_clamped() {
        let src = "秘书";
        let p = Positions::new(src, Unit::Utf16);
        assert_eq!(p.offset(1), 0);
        assert_eq!(p.offset(4), 1);
        assert_eq!(p.offset(99), 2);
        assert_eq!(Positions::new("", Unit::Utf16).at(0).line, 1);
    }
}
