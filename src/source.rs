//! Source: the line table.
//!
//! Input: the document text. Output: one [`Line`] per physical line, with
//! the byte range of its content (line ending excluded). Line endings `\n`,
//! `\r\n`, a bare `\r` and U+2028/U+2029 end a line. A form feed (a PDF
//! page break) stays inside the line it starts: it is white space there,
//! and `artifact` records it.
//! [`lines`] cuts a line longer than `u32::MAX` bytes (possible natively
//! only) at character boundaries into lines that are not, as `lex` keeps
//! the offsets inside a line in 32 bits; [`physical_lines`], for line
//! numbers, does not.
//! Invariant: the lines are in order, disjoint, and every byte of the input
//! is either inside a line's range or part of a line ending.

use memchr::memchr2;

/// One physical line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Line {
    /// Offset of the first byte of the line.
    pub start: usize,
    /// Offset one past the last content byte (before the line ending).
    pub end: usize,
}

/// The longest line kept whole, in bytes.
const MAX_LINE: usize = u32::MAX as usize;

/// Splits `src` into physical lines, cut to `u32::MAX` bytes (for `lex`).
/// A final line ending does not open an empty last line.
pub fn lines(src: &str) -> Vec<Line> {
    let mut out = physical_lines(src);
    // Never true where `usize` is 32 bits.
    if out.iter().any(|l| u32::try_from(l.end - l.start).is_err()) {
        out = cut_long(src, &out, MAX_LINE);
    }
    out
}

/// `lines` cut to at most `max` bytes each (`max` ≥ 4, so that a character
/// always fits), at character boundaries.
fn cut_long(src: &str, lines: &[Line], max: usize) -> Vec<Line> {
    let mut out = Vec::with_capacity(lines.len());
    for &Line { mut start, end } in lines {
        while end - start > max {
            let mut cut = start + max;
            while !src.is_char_boundary(cut) {
                cut -= 1;
            }
            out.push(Line { start, end: cut });
            start = cut;
        }
        out.push(Line { start, end });
    }
    out
}

/// Splits `src` into physical lines, whatever their length (for line
/// numbers). A final line ending does not open an empty last line.
pub fn physical_lines(src: &str) -> Vec<Line> {
    let bytes = src.as_bytes();
    let mut out = Vec::with_capacity(bytes.len() / 40 + 1);
    let mut start = 0;
    let mut pos = 0;
    while pos < bytes.len() {
        // `\n` and `\r` are single bytes; U+2028/U+2029 start with 0xE2.
        let Some(off) = memchr2(b'\n', b'\r', &bytes[pos..]).map(|o| pos + o) else {
            break;
        };
        let line_sep = find_unicode_separator(&bytes[pos..off]).map(|o| pos + o);
        if let Some(sep) = line_sep {
            out.push(Line { start, end: sep });
            start = sep + 3;
            pos = start;
            continue;
        }
        out.push(Line { start, end: off });
        let len = if bytes[off] == b'\r' && bytes.get(off + 1) == Some(&b'\n') {
            2
        } else {
            1
        };
        start = off + len;
        pos = start;
    }
    // Unicode separators after the last ASCII line ending.
    while let Some(sep) = find_unicode_separator(&bytes[start..]).map(|o| start + o) {
        out.push(Line { start, end: sep });
        start = sep + 3;
    }
    if start < bytes.len() {
        out.push(Line {
            start,
            end: bytes.len(),
        });
    }
    out
}

/// Finds U+2028 LINE SEPARATOR or U+2029 PARAGRAPH SEPARATOR (E2 80 A8/A9).
fn find_unicode_separator(bytes: &[u8]) -> Option<usize> {
    let mut from = 0;
    while let Some(i) = memchr::memchr(0xE2, &bytes[from..]).map(|i| from + i) {
        if bytes.get(i + 1) == Some(&0x80) && matches!(bytes.get(i + 2), Some(0xA8 | 0xA9)) {
            return Some(i);
        }
        from = i + 1;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(src: &str) -> Vec<&str> {
        lines(src).iter().map(|l| &src[l.start..l.end]).collect()
    }

    #[test]
    fn every_line_ending_ends_a_line() {
        assert_eq!(
            texts("a\nb\r\nc\rd\u{2028}e\n\u{0c}f"),
            ["a", "b", "c", "d", "e", "\u{0c}f"]
        );
    }

    #[test]
    fn a_final_newline_opens_no_empty_line() {
        assert_eq!(texts("a\n"), ["a"]);
        assert_eq!(texts("a\n\n"), ["a", ""]);
        assert!(texts("").is_empty());
    }

    #[test]
    fn long_lines_are_cut_at_character_boundaries() {
        let src = "abcdef\n中文字\nxy";
        let cut = cut_long(src, &lines(src), 4);
        let texts: Vec<&str> = cut.iter().map(|l| &src[l.start..l.end]).collect();
        assert_eq!(texts, ["abcd", "ef", "中", "文", "字", "xy"]);
    }

    #[test]
    fn separators_after_the_last_newline_are_seen() {
        assert_eq!(texts("a\nb\u{2029}c"), ["a", "b", "c"]);
    }
}
