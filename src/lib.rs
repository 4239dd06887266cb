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
pub mod check;
mod date;
mod decode;
mod inline;
mod lex;
mod lexicon;
mod meta;
pub mod position;
mod reflow;
pub mod render;
mod source;
#[cfg(target_arch = "wasm32")]
mod wasm;
mod work;

pub use ast::*;

/// The version of the JSON shape this crate writes.
pub const FORMAT_VERSION: u32 = 1;

/// The largest [`Options::max_depth`]: with every section rank and inline
/// nesting on top, 16 list levels keep the JSON under 128 nested
/// containers, the limit of common JSON readers (serde_json's included),
/// and the serialisers' recursion small enough for wasm's 1 MB stack.
pub const MAX_DEPTH_LIMIT: usize = 16;

/// Parsing options. Build with `Options::default()` and set fields.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Options {
    /// Deepest list nesting kept; deeper items are flattened into the
    /// deepest level, with a `nesting-too-deep` diagnostic. Clamped to
    /// `1..=`[`MAX_DEPTH_LIMIT`] (the default).
    pub max_depth: usize,
    /// Largest input accepted by [`parse_bytes`] and [`try_parse`], in
    /// bytes; larger input is an [`Error::TooLarge`]. `None`: no limit.
    pub max_bytes: Option<usize>,
    /// Decode bytes with this encoding (a WHATWG label: `utf-8`,
    /// `utf-16le`, `gb18030`, `windows-1252` …) whatever they look like.
    pub encoding: Option<String>,
    /// The encoding tried when bytes without a byte-order mark are not
    /// UTF-8; `None` makes such bytes an [`Error::InvalidUtf8`].
    pub fallback_encoding: Option<String>,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            max_depth: MAX_DEPTH_LIMIT,
            max_bytes: None,
            encoding: None,
            fallback_encoding: Some("gb18030".into()),
        }
    }
}

/// Parses minutes with the default options.
pub fn parse(src: &str) -> Document {
    parse_with(src, &Options::default())
}

/// Parses minutes. Never fails: odd input gives diagnostics. `max_bytes`
/// is not checked here (see [`try_parse`]).
pub fn parse_with(src: &str, options: &Options) -> Document {
    // (`6/13/2025`: a document that writes its dates month first has its
    // `7/3/2025` read so too.)
    date::with_month_first(date::month_first_in(src), || parse_dated(src, options))
}

fn parse_dated(src: &str, options: &Options) -> Document {
    // The line tables are dropped once the tree is built: the analysis
    // after it needs only the tree, and the peak heap stays lower.
    let (artifacts, mut built) = {
        let lines = source::lines(src);
        let mut lexed = lex::lex(src, &lines);
        drop(lines);
        let artifacts = artifact::mark(src, &mut lexed);
        let logical = reflow::logical_lines(src, &lexed);
        (
            artifacts,
            block::build(src, &lexed.lines, &logical, options.max_depth),
        )
    };
    inline::fill_texts(src, &mut built.blocks, &mut built.sections);

    // (Days that nest in an item, `II. Summary of discussions`, are one
    // level down.)
    let dates_of = |sections: &mut dyn Iterator<Item = &ast::Section>| -> Vec<String> {
        sections.filter_map(|s| s.date.clone()).collect()
    };
    let mut day_dates = dates_of(&mut built.sections.iter());
    if day_dates.is_empty() {
        day_dates = dates_of(&mut built.sections.iter().flat_map(|s| &s.sections));
    }
    let paragraph = |b: &Block| match b {
        Block::Paragraph { inlines, .. } => Some(inline::plain(src, inlines).into_owned()),
        _ => None,
    };
    let mut preamble: Vec<String> = Vec::new();
    for b in &built.blocks {
        match b {
            // `| **Date** | Tuesday, 8 April 2025 |`, `Fecha:<TAB>Martes…`:
            // a table of labels and values reads as `Label: value` lines.
            Block::Table { rows, .. } => preamble.extend(rows.iter().filter_map(|r| {
                let [label, value] = &r.cells[..] else {
                    return None;
                };
                let label = inline::plain(src, &label.inlines);
                let value = inline::plain(src, &value.inlines);
                Some(format!("{}: {value}", label.trim_end_matches([':', '：'])))
            })),
            _ => preamble.extend(paragraph(b)),
        }
    }
    // An e-mail's forward: the minutes' own `Date:` line is under their
    // unnumbered title, read as the first heading.
    if let Some(first) = built
        .sections
        .first()
        .filter(|s| s.kind == SectionKind::Heading)
    {
        preamble.extend(first.blocks.iter().map_while(paragraph));
    }
    let meta = meta::extract(&built.title_lines, built.title_at, &preamble, &day_dates);

    let mut doc = Document {
        version: FORMAT_VERSION,
        source: SourceInfo {
            encoding: "UTF-8".into(),
            bytes: src.len(),
        },
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
    // Growing by pushes leaves up to half of each list spare; the tree's
    // inner lists are trimmed as they close, the document's own here,
    // before the index adds to the heap, and the index's after it.
    doc.blocks.shrink_to_fit();
    doc.sections.shrink_to_fit();
    doc.disclaimers.shrink_to_fit();
    doc.footnotes.shrink_to_fit();
    doc.artifacts.shrink_to_fit();
    doc.diagnostics.shrink_to_fit();
    doc.lang = analyze::document_lang(src, &doc);
    analyze::index(src, &mut doc);
    doc.actions.shrink_to_fit();
    doc.decisions.shrink_to_fit();
    doc
}

/// Parses minutes, refusing input above `options.max_bytes`.
pub fn try_parse(src: &str, options: &Options) -> Result<Document, Error> {
    check_size(src.len(), options)?;
    Ok(parse_with(src, options))
}

fn check_size(size: usize, options: &Options) -> Result<(), Error> {
    match options.max_bytes {
        Some(limit) if size > limit => Err(Error::TooLarge { size, limit }),
        _ => Ok(()),
    }
}

/// Text decoded from bytes, with what decoding chose.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    /// The text, without a byte-order mark: spans of its parse point here.
    pub text: String,
    /// The WHATWG name of the encoding used (`UTF-8`, `UTF-16LE`, `gb18030`).
    pub encoding: String,
    /// The fallback encoding was needed (the bytes are not UTF-8).
    pub fell_back: bool,
}

/// Decodes the bytes of a file as [`parse_bytes`] does: `Options::encoding`
/// if set, else a byte-order mark (UTF-8, UTF-16LE/BE, dropped from the
/// text), else strict UTF-8, else `Options::fallback_encoding`.
pub fn decode(bytes: &[u8], options: &Options) -> Result<Decoded, Error> {
    check_size(bytes.len(), options)?;
    let d = decode::decode(
        bytes,
        options.encoding.as_deref(),
        options.fallback_encoding.as_deref(),
    )?;
    Ok(Decoded {
        text: d.text.into_owned(),
        encoding: d.encoding.to_string(),
        fell_back: d.fell_back,
    })
}

/// Parses decoded text, recording its encoding in `source.encoding` and an
/// `encoding-fallback` diagnostic when the fallback was needed.
pub fn parse_decoded(decoded: &Decoded, options: &Options) -> Document {
    let mut doc = parse_with(&decoded.text, options);
    doc.source.encoding = decoded.encoding.clone();
    if decoded.fell_back {
        doc.diagnostics.push(Diagnostic {
            severity: Severity::Info,
            code: "encoding-fallback".into(),
            message: format!("the input is not UTF-8; decoded as {}", decoded.encoding),
            span: Span::new(0, 0),
        });
    }
    doc
}

/// Parses the bytes of a file: [`decode`], then [`parse_decoded`]. Spans
/// refer to the decoded UTF-8 text, not to the bytes.
pub fn parse_bytes(bytes: &[u8], options: &Options) -> Result<Document, Error> {
    Ok(parse_decoded(&decode(bytes, options)?, options))
}

/// What can go wrong before parsing starts. Each error names what and where.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[non_exhaustive]
pub enum Error {
    /// The bytes are not UTF-8 and no fallback encoding was allowed.
    #[error("invalid UTF-8 at byte {offset}")]
    InvalidUtf8 {
        /// Offset of the first byte that is not valid UTF-8.
        offset: usize,
    },
    /// The bytes are not valid in the encoding chosen.
    #[error("invalid {encoding} at byte {offset}")]
    Malformed {
        /// The encoding tried.
        encoding: &'static str,
        /// Offset of the first bad byte.
        offset: usize,
    },
    /// `Options::encoding` or `fallback_encoding` names no known encoding.
    #[error("unknown encoding {label:?}")]
    UnknownEncoding {
        /// The label given.
        label: String,
    },
    /// The input is larger than `Options::max_bytes`.
    #[error("input of {size} bytes is larger than the limit of {limit} bytes")]
    TooLarge {
        /// Size of the input.
        size: usize,
        /// The limit.
        limit: usize,
    },
}

impl Error {
    /// A stable, kebab-case name of the error (`invalid-utf8`, `malformed`,
    /// `unknown-encoding`, `too-large`), for bindings and scripts that
    /// branch on it.
    pub fn code(&self) -> &'static str {
        match self {
            Error::InvalidUtf8 { .. } => "invalid-utf8",
            Error::Malformed { .. } => "malformed",
            Error::UnknownEncoding { .. } => "unknown-encoding",
            Error::TooLarge { .. } => "too-large",
        }
    }
}

/// Runs `f` and returns its result with the number of loop steps the parser
/// took inside it: a deterministic measure of work (feature `work-counter`).
#[cfg(feature = "work-counter")]
pub fn work_units<T>(f: impl FnOnce() -> T) -> (T, u64) {
    work::measure(f)
}

/// The text of a source span as the parser reflows it: every run of white
/// space that holds a line break becomes nothing between CJK characters,
/// nothing after a hyphen inside a Latin word, and one space elsewhere; a
/// soft hyphen is removed; white space at both ends is dropped. A text
/// node's `text` is `reflow(&source[span])`.
pub fn reflow(text: &str) -> String {
    reflow::join(text)
}
