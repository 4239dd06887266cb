//! `minutes` turns UN-style meeting minutes into a typed syntax tree: the
//! title and metadata (date, time, venue), agenda items and sub-items, day
//! headers, bullets, decisions, action items (who, what, by when),
//! footnotes and disclaimers.
//!
//! ```
//! let doc = minutes::parse("IGF MAG 2025 第一次会议\n\n2025.01.30 | 12:00 UTC | 线上\n\n\
//!     1. 欢迎辞\n\n行动：\n\n➔ IGF 秘书处将在 2 月 15 日之前分发报告。\n");
//! assert_eq!(doc.meta.date.as_deref(), Some("2025-01-30"));
//! assert_eq!(doc.sections[0].title, "欢迎辞");
//! assert_eq!(doc.actions[0].actor.as_deref(), Some("IGF 秘书处"));
//! assert_eq!(doc.actions[0].due.as_deref(), Some("2025-02-15"));
//! ```
//!
//! Parsing never fails and never panics: odd input gives [`Diagnostic`]s.
//! Every node carries a [`Span`] of byte offsets into the input, and every
//! non-white-space character of the input lies inside some node's span.
//! See `ARCHITECTURE.md` for the pipeline.

#![warn(missing_docs)]

mod analyze;
mod artifact;
pub mod ast;
mod block;
mod chars;
mod date;
mod inline;
mod lex;
mod lexicon;
mod meta;
mod reflow;
pub mod render;
mod source;

pub use ast::*;

/// The version of the JSON shape this crate writes.
pub const FORMAT_VERSION: u32 = 1;

/// Parsing options. Build with `Options::default()` and set fields.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Options {
    /// Deepest list nesting kept; deeper items are flattened into the
    /// deepest level, with a `nesting-too-deep` diagnostic. At least 1.
    pub max_depth: usize,
}

impl Default for Options {
    fn default() -> Self {
        Options { max_depth: 16 }
    }
}

/// Parses minutes with the default options.
pub fn parse(src: &str) -> Document {
    parse_with(src, &Options::default())
}

/// Parses minutes.
pub fn parse_with(src: &str, options: &Options) -> Document {
    let lines = source::lines(src);
    let mut lexed = lex::lex(src, &lines);
    let artifacts = artifact::mark(src, &mut lexed);
    let logical = reflow::logical_lines(src, &lexed);
    let built = block::build(src, &lexed, &logical, options.max_depth);

    let day_dates: Vec<String> = built
        .sections
        .iter()
        .filter_map(|s| s.date.clone())
        .collect();
    let preamble: Vec<String> = built
        .blocks
        .iter()
        .filter_map(|b| match b {
            Block::Paragraph { inlines, .. } => Some(inline::plain(src, inlines)),
            _ => None,
        })
        .collect();
    let meta = meta::extract(&built.title_lines, built.title_at, &preamble, &day_dates);

    let mut doc = Document {
        version: FORMAT_VERSION,
        lang: None,
        title: built.title,
        meta,
        blocks: built.blocks,
        sections: built.sections,
        actions: Vec::new(),
        decisions: Vec::new(),
        disclaimers: built.disclaimers,
        footnotes: built.footnotes,
        artifacts,
        diagnostics: built.diagnostics,
    };
    doc.lang = analyze::document_lang(src, &doc);
    analyze::index(src, &mut doc);
    doc
}

/// Parses UTF-8 bytes; invalid UTF-8 is an error naming the byte offset.
pub fn parse_bytes(bytes: &[u8], options: &Options) -> Result<Document, Error> {
    let text = std::str::from_utf8(bytes).map_err(|e| Error::InvalidUtf8 {
        offset: e.valid_up_to(),
    })?;
    Ok(parse_with(text, options))
}

/// What can go wrong before parsing starts.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[non_exhaustive]
pub enum Error {
    /// The bytes are not UTF-8.
    #[error("invalid UTF-8 at byte {offset}")]
    InvalidUtf8 {
        /// Offset of the first byte that is not valid UTF-8.
        offset: usize,
    },
}

/// The text of a source span as the parser reflows it: every run of white
/// space that holds a line break becomes nothing between CJK characters,
/// nothing after a hyphen inside a Latin word, and one space elsewhere; a
/// soft hyphen is removed; white space at both ends is dropped. A text
/// node's `text` is `reflow(&source[span])`.
pub fn reflow(text: &str) -> String {
    reflow::join(text)
}
