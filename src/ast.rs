//! The typed syntax tree: plain data with public fields and a [`Span`] on
//! every node. Field names are the JSON contract of `DESIGN.md`; every type
//! serialises and deserialises with serde so the JSON round-trips.
//!
//! Behaviour lives in the pipeline modules and the renderers; nothing here
//! parses or prints. On wasm32 the types also derive `Tsify`, which writes
//! their TypeScript interfaces into the npm package's `.d.ts` (`Span` is
//! declared in `wasm.rs`, since JS spans carry line and column too).

use serde::{Deserialize, Serialize};

/// A byte range `start..end` into the parsed source text (end exclusive).
///
/// `&source[span.start..span.end]` is the text the node came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Span {
    /// Offset of the first byte.
    pub start: usize,
    /// Offset one past the last byte.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end`.
    pub const fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }

    /// The smallest span that covers both `self` and `other`.
    pub fn cover(self, other: Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }

    /// Whether the span holds no byte.
    pub fn is_empty(self) -> bool {
        self.start >= self.end
    }
}

/// The whole parsed document.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify_next::Tsify))]
pub struct Document {
    /// Version of this JSON shape; bumped on any incompatible change.
    pub version: u32,
    /// What was parsed: the encoding and the size of the text.
    pub source: SourceInfo,
    /// Main language of the text, ISO 639-1 (`zh`, `en`, ...), if known.
    pub lang: Option<String>,
    /// The meeting's title, from the title block at the top.
    pub title: Option<Title>,
    /// Date, time, venue and mode of the meeting.
    pub meta: Meta,
    /// Blocks before the first section (the rest of the title block, preamble).
    pub blocks: Vec<Block>,
    /// The section tree: agenda items, days and headings.
    pub sections: Vec<Section>,
    /// Every action item, in document order (a flat index over the tree).
    pub actions: Vec<Action>,
    /// Every recorded decision, in document order.
    pub decisions: Vec<Decision>,
    /// Disclaimers, kept apart from the substance.
    pub disclaimers: Vec<Disclaimer>,
    /// Footnote definitions.
    pub footnotes: Vec<Footnote>,
    /// Page numbers, running headers and page breaks left by a PDF.
    pub artifacts: Vec<Artifact>,
    /// Problems found while parsing; the parse itself never fails.
    pub diagnostics: Vec<Diagnostic>,
}

/// What the parser read.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify_next::Tsify))]
pub struct SourceInfo {
    /// The encoding the bytes were decoded from (`UTF-8`, `UTF-16LE`,
    /// `gb18030`); spans always count bytes of the decoded UTF-8 text.
    pub encoding: String,
    /// Length of the decoded text in bytes.
    pub bytes: usize,
}

/// The document title.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify_next::Tsify))]
pub struct Title {
    /// Reflowed title text, markup removed.
    pub text: String,
    /// Where the title was written.
    pub span: Span,
}

/// Metadata of the meeting.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify_next::Tsify))]
pub struct Meta {
    /// First (or only) day, ISO 8601 `YYYY-MM-DD`.
    pub date: Option<String>,
    /// Last day of a multi-day meeting.
    pub end_date: Option<String>,
    /// Start time `HH:MM`, as written (24-hour).
    pub time: Option<String>,
    /// Time zone as written (`UTC`, `CET`, `GMT+2`).
    pub timezone: Option<String>,
    /// Venue as written.
    pub venue: Option<String>,
    /// Whether the meeting was online, in person or both.
    pub mode: Option<Mode>,
}

/// How the meeting was held.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify_next::Tsify))]
#[serde(rename_all = "snake_case")]
pub enum Mode {
    /// Only online.
    Online,
    /// Only in a room.
    InPerson,
    /// In a room and online.
    Hybrid,
}

/// What kind of heading opened a section.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify_next::Tsify))]
#[serde(rename_all = "snake_case")]
pub enum SectionKind {
    /// A numbered or lettered agenda item (`1.`, `a.`, `II.`, `一、`).
    AgendaItem,
    /// A day header (`2025年4月14日`, `Tuesday, 7 October 2025`).
    Day,
    /// Any other heading: markdown `#`, a bare title line, a bold-only bullet.
    Heading,
}

/// A section: a heading and what follows it up to the next heading of the
/// same or a higher rank.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify_next::Tsify))]
pub struct Section {
    /// What opened the section.
    pub kind: SectionKind,
    /// The item number without punctuation (`1`, `a`, `II`, `一`), if any.
    pub number: Option<String>,
    /// Heading text, reflowed, number and markup removed.
    pub title: String,
    /// Where the heading text was written.
    pub title_span: Span,
    /// ISO date of a day section.
    pub date: Option<String>,
    /// From the heading line to the end of the section's content.
    pub span: Span,
    /// Content before the first sub-section.
    pub blocks: Vec<Block>,
    /// Sub-sections.
    pub sections: Vec<Section>,
}

/// A block of content.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify_next::Tsify))]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Block {
    /// Running text.
    Paragraph {
        /// The text with its markup.
        inlines: Vec<Inline>,
        /// Where it was written.
        span: Span,
    },
    /// A bulleted, numbered or arrow list.
    List {
        /// Whether the markers are numbers or letters.
        ordered: bool,
        /// The items, in order.
        items: Vec<ListItem>,
        /// From the first marker to the end of the last item.
        span: Span,
    },
    /// Rows of cells (tab-separated or pipe tables).
    Table {
        /// The rows, header first; rule lines are not rows.
        rows: Vec<TableRow>,
        /// The whole table, rules included.
        span: Span,
    },
    /// A thematic break (`---`, `***`).
    Rule {
        /// Where it was written.
        span: Span,
    },
}

impl Block {
    /// The block's span.
    pub fn span(&self) -> Span {
        match self {
            Block::Paragraph { span, .. }
            | Block::List { span, .. }
            | Block::Table { span, .. }
            | Block::Rule { span } => *span,
        }
    }
}

/// What a list item records.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify_next::Tsify))]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// Something someone must do.
    Action,
    /// Something the meeting decided or agreed.
    Decision,
}

/// One item of a list.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify_next::Tsify))]
pub struct ListItem {
    /// The marker as written (`-`, `▪`, `➔`, `1.`), or null for an item
    /// that had none (a line under an action header).
    pub marker: Option<String>,
    /// The item's text with its markup.
    pub inlines: Vec<Inline>,
    /// Nested blocks (sub-lists).
    pub children: Vec<Block>,
    /// Action, decision, or null.
    pub role: Option<Role>,
    /// From the marker to the end of the item's text and children.
    pub span: Span,
}

/// One row of a table.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify_next::Tsify))]
pub struct TableRow {
    /// The cells, left to right.
    pub cells: Vec<TableCell>,
    /// The row names the columns (a rule line follows it).
    pub header: bool,
    /// `action` for the rows of a table under an action header.
    pub role: Option<Role>,
    /// The row's line.
    pub span: Span,
}

/// One table cell.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify_next::Tsify))]
pub struct TableCell {
    /// The cell text with its markup.
    pub inlines: Vec<Inline>,
    /// Where the cell was written.
    pub span: Span,
}

/// Inline content.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify_next::Tsify))]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Inline {
    /// Plain text, reflowed (hard wraps joined).
    Text {
        /// The text.
        text: String,
        /// Where it was written.
        span: Span,
    },
    /// `**strong**` or `__strong__`.
    Strong {
        /// The content.
        children: Vec<Inline>,
        /// Delimiters included.
        span: Span,
    },
    /// `*emphasis*` or `_emphasis_`.
    Emphasis {
        /// The content.
        children: Vec<Inline>,
        /// Delimiters included.
        span: Span,
    },
    /// `[text](url)`, `<https://...>` or `<a href="url">text</a>`.
    Link {
        /// The target as written.
        url: String,
        /// The link text.
        children: Vec<Inline>,
        /// The whole link.
        span: Span,
    },
    /// `<sup>1</sup>` or `[^1]`.
    FootnoteRef {
        /// The footnote label.
        label: String,
        /// The whole reference.
        span: Span,
    },
    /// A raw HTML tag, kept and never interpreted.
    Html {
        /// The tag as written.
        html: String,
        /// Where it was written.
        span: Span,
    },
}

impl Inline {
    /// The inline's span.
    pub fn span(&self) -> Span {
        match self {
            Inline::Text { span, .. }
            | Inline::Strong { span, .. }
            | Inline::Emphasis { span, .. }
            | Inline::Link { span, .. }
            | Inline::FootnoteRef { span, .. }
            | Inline::Html { span, .. } => *span,
        }
    }
}

/// An action item: who must do what by when.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify_next::Tsify))]
pub struct Action {
    /// The action's text, reflowed, marker removed.
    pub text: String,
    /// Who must act, when the sentence names them.
    pub actor: Option<String>,
    /// Deadline as an ISO date, when the text gives one.
    pub due: Option<String>,
    /// A deadline too vague for a date (`2 月下半月`, `next week`), as
    /// written; null when `due` is set or no deadline is given.
    pub due_text: Option<String>,
    /// Number path of the enclosing numbered sections (`6.b`).
    pub section: Option<String>,
    /// Where the action was written (marker included).
    pub span: Span,
}

/// A decision or agreement recorded by the meeting.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify_next::Tsify))]
pub struct Decision {
    /// The sentence or item that records it.
    pub text: String,
    /// Number path of the enclosing numbered sections.
    pub section: Option<String>,
    /// Where it was written.
    pub span: Span,
}

/// A disclaimer (translation notice and the like).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify_next::Tsify))]
pub struct Disclaimer {
    /// Language of the disclaimer's text, ISO 639-1.
    pub lang: Option<String>,
    /// The text, heading excluded.
    pub text: String,
    /// Heading and text.
    pub span: Span,
}

/// A footnote definition.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify_next::Tsify))]
pub struct Footnote {
    /// The label (`1`).
    pub label: String,
    /// The footnote's text.
    pub text: String,
    /// The whole definition, label included.
    pub span: Span,
}

/// What a PDF left in the text that is not the document.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify_next::Tsify))]
#[serde(rename_all = "snake_case")]
pub enum ArtifactKind {
    /// A page number line (`- 3 -`, `Page 3 of 5`).
    PageNumber,
    /// A line repeated at the top or bottom of every page.
    RunningHeader,
    /// A form feed.
    PageBreak,
    /// The `>` markers that quote a line of an e-mail.
    QuoteMarker,
    /// The `===` or `---` under a setext heading (`Title` over `=====`).
    HeadingUnderline,
}

/// A PDF artefact: kept with its span, excluded from the text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify_next::Tsify))]
pub struct Artifact {
    /// What it is.
    pub kind: ArtifactKind,
    /// The line as written (empty for a page break).
    pub text: String,
    /// Where it was written.
    pub span: Span,
}

/// How serious a diagnostic is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify_next::Tsify))]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// The input is odd; the result may not be what the author meant.
    Warning,
    /// Informational.
    Info,
}

/// A problem found while parsing, as data.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify_next::Tsify))]
pub struct Diagnostic {
    /// How serious it is.
    pub severity: Severity,
    /// A stable, kebab-case rule id (`empty-list-item`).
    pub code: String,
    /// A sentence for people.
    pub message: String,
    /// Where.
    pub span: Span,
}

#[cfg(test)]
impl Document {
    /// Each action's text, actor and deadline, for the tests' comparisons.
    pub(crate) fn what_who_when(&self) -> Vec<(&str, Option<&str>, Option<&str>)> {
        (self.actions.iter())
            .map(|a| (a.text.as_str(), a.actor.as_deref(), a.due.as_deref()))
            .collect()
    }
}
