//! Markdown: the tree as CommonMark, with three GitHub extensions (task
//! lists, pipe tables, footnotes).
//!
//! What is written, in order:
//! - the title as `# Title`, then the preamble blocks;
//! - each section as an ATX heading, `##` at the top and one `#` more per
//!   level (capped at `######`), with its number (`## 1. Title`,
//!   `### a. Title`, `## 一、标题`); a day keeps its date as its title;
//! - paragraphs on one line each; lists with `- ` and `1. ` markers, tight,
//!   nested by four spaces; tables as pipe tables (an empty header row when
//!   the table had none); `---` for a rule;
//! - an action item as a task-list item, `- [ ] text`, followed by
//!   ` (owner: X)` and ` (due: YYYY-MM-DD)` when known (a vague deadline
//!   stays in the text as written). The parser reads `(owner: …)` and `(due: …)` as
//!   action tags, so an action stays an action when the Markdown is parsed
//!   again. An action that names neither and stands where the parser would
//!   not see an action (not under an action header) gets ` (due: ?)`;
//! - an item in a ticked box (`- [x]`, `☑`) as `- [x] text`: done at the
//!   meeting;
//! - a decision as `**Decision:** text` (the label in the document's
//!   language, `**决定：**`), on a list item with the decision role and on
//!   a paragraph that is one decision as a whole; decisions found as
//!   sentences inside a longer paragraph stand in its text unmarked;
//! - footnote references as `[^label]`, definitions as `[^label]: text`
//!   after the last section;
//! - disclaimers last, after a `---` rule, each under a `##` heading in its
//!   language (`## 免责声明`, `## Disclaimer`) that the parser reads as a
//!   disclaimer heading.
//!
//! Text is escaped where Markdown (or the parser) would read markup: `\`,
//! `` ` ``, `*`, `_`, `[`, `]`, `<`, `~`, entity-like `&`, `|` in table
//! cells, and block markers at the start of a line (`#`, `-`, `+`, `>`,
//! `1.`, `a)`, `(1)`). Raw HTML tags of the source are kept as written.
//!
//! Round trip: `parse(markdown(src, doc))` has the same section titles at
//! every depth (down to five levels, where the headings are capped), the
//! same action texts (followed by the tags), and the same disclaimers.

use crate::ast::{Block, Document, Inline, ListItem, Role, Section, SectionKind, Span, TableRow};
use crate::lexicon;

use super::{BySpan, spaced};

/// Renders `doc` as Markdown; `src` is the parsed text.
pub fn markdown(src: &str, doc: &Document) -> String {
    let mut md = Md {
        src,
        doc,
        by_span: BySpan::new(doc),
        out: String::new(),
        in_actions: false,
        actions_list_seen: false,
    };
    match &doc.title {
        Some(t) => md.push_block(&format!("# {}", heading_text(&t.text))),
        // Without a `#` title the parser would take the first section's
        // heading for the title; an invisible comment takes its place.
        None => md.push_block("<!-- untitled -->"),
    }
    md.blocks(&doc.blocks);
    for s in &doc.sections {
        md.section(s, 0);
    }
    for f in &doc.footnotes {
        let text = escape(&f.text);
        let line = match footnote_label(&f.label) {
            Some(label) => format!("[^{label}]: {text}"),
            None => format!("<sup>{}</sup> {text}", escape(&f.label)),
        };
        md.push_block(&line);
    }
    // A notice in a footnote or a list item is written there already.
    let mut shown: Vec<Span> = doc.footnotes.iter().map(|f| f.span).collect();
    item_spans(&doc.blocks, &mut shown);
    let mut stack: Vec<&Section> = doc.sections.iter().collect();
    while let Some(s) = stack.pop() {
        item_spans(&s.blocks, &mut shown);
        stack.extend(&s.sections);
    }
    shown.sort_unstable_by_key(|s| (s.start, s.end));
    let apart: Vec<_> = (doc.disclaimers.iter())
        .filter(|d| {
            let key = (d.span.start, d.span.end);
            shown
                .binary_search_by_key(&key, |s| (s.start, s.end))
                .is_err()
        })
        .collect();
    if !apart.is_empty() {
        md.push_block("---");
        for d in apart {
            md.push_block(&format!("## {}", disclaimer_heading(d.lang.as_deref())));
            for para in d.text.split('\n').filter(|p| !p.trim().is_empty()) {
                md.push_block(&escape_line_start(&escape(para.trim())));
            }
        }
    }
    let mut out = md.out;
    let trimmed = out.trim_end().len();
    out.truncate(trimmed);
    out.push('\n');
    out
}

/// The spans of the list items in `blocks`, nested ones included.
fn item_spans(blocks: &[Block], out: &mut Vec<Span>) {
    for b in blocks {
        if let Block::List { items, .. } = b {
            for item in items {
                out.push(item.span);
                item_spans(&item.children, out);
            }
        }
    }
}

/// An invisible paragraph that ends a run of actions for the parser: a
/// comment with a sentence inside, so that it never reads as a heading.
const END_OF_ACTIONS: &str = "<!-- The actions end here. Other items follow. -->";

/// Whether every item of a list, and of its sub-lists, is an action.
fn all_actions(items: &[ListItem]) -> bool {
    items.iter().all(|it| {
        it.role == Some(Role::Action)
            && it.children.iter().all(|c| match c {
                Block::List { items, .. } => all_actions(items),
                _ => true,
            })
    })
}

/// Capitalises the first letter of a lexicon phrase (`disclaimer` →
/// `Disclaimer`); scripts without case are unchanged.
fn capitalised(phrase: &str) -> String {
    let mut it = phrase.chars();
    match it.next() {
        Some(c) => c.to_uppercase().chain(it).collect(),
        None => String::new(),
    }
}

/// The disclaimer heading in `lang`, one the parser recognises.
fn disclaimer_heading(lang: Option<&str>) -> String {
    lang.and_then(lexicon::get)
        .or_else(|| lexicon::get("en"))
        .and_then(|l| l.disclaimer_headings.first())
        .map_or_else(|| "Disclaimer".to_string(), |h| capitalised(h))
}

/// `**Decision:**` in the document's language (`**决定：**`).
fn decision_label(lang: Option<&str>) -> String {
    let lex = lang.and_then(lexicon::get);
    let word = lex
        .and_then(|l| l.decision_prefixes.first())
        .map_or_else(|| "Decision".to_string(), |p| capitalised(p));
    let colon = if lex.is_some_and(|l| l.lang == "zh") {
        '：'
    } else {
        ':'
    };
    format!("**{word}{colon}**")
}

/// A footnote label that `[^label]` can carry.
fn footnote_label(label: &str) -> Option<&str> {
    let ok = !label.is_empty()
        && label.len() <= 20
        && !label.contains(|c: char| c.is_whitespace() || c == ']' || c == '[' || c == '\\');
    ok.then_some(label)
}

struct Md<'a> {
    src: &'a str,
    doc: &'a Document,
    by_span: BySpan<'a>,
    out: String,
    /// Whether the parser, reading the Markdown, would take list items here
    /// for actions (an action header came before them in this section).
    in_actions: bool,
    /// A list or table came after that action header.
    actions_list_seen: bool,
}

impl Md<'_> {
    /// Appends one block and the blank line after it.
    fn push_block(&mut self, text: &str) {
        self.out.push_str(text);
        self.out.push_str("\n\n");
    }

    fn section(&mut self, s: &Section, depth: usize) {
        self.in_actions = false;
        let hashes = "#".repeat((depth + 2).min(6));
        let line = match (&s.number, s.kind) {
            (Some(n), SectionKind::AgendaItem | SectionKind::Heading) => {
                let closer = if n.chars().all(|c| "一二三四五六七八九十".contains(c)) {
                    "、"
                } else {
                    "."
                };
                format!("{hashes} {n}{closer} {}", heading_text(&s.title))
            }
            _ => format!("{hashes} {}", escape_line_start(&heading_text(&s.title))),
        };
        self.push_block(line.trim_end());
        self.blocks(&s.blocks);
        for sub in &s.sections {
            self.section(sub, depth + 1);
        }
    }

    fn blocks(&mut self, blocks: &[Block]) {
        for b in blocks {
            match b {
                Block::Paragraph { inlines, span } => self.paragraph(inlines, *span),
                Block::List { ordered, items, .. } => {
                    if self.in_actions && self.actions_list_seen && !all_actions(items) {
                        // Items that are no actions after a list of actions
                        // (a disclaimer stood between them, and moved to the
                        // end): a paragraph ends the actions for the parser.
                        self.push_block(END_OF_ACTIONS);
                        self.in_actions = false;
                    }
                    self.actions_list_seen |= self.in_actions;
                    let mut lines = Vec::new();
                    self.list(&mut lines, *ordered, items, 0);
                    self.push_block(&lines.join("\n"));
                }
                Block::Table { rows, .. } => {
                    self.actions_list_seen |= self.in_actions;
                    let table = self.table(rows);
                    self.push_block(&table);
                }
                Block::Rule { .. } => self.push_block("---"),
            }
        }
    }

    fn paragraph(&mut self, inlines: &[Inline], span: crate::Span) {
        let text = match self.label_lines(inlines, span) {
            Some(lines) => lines,
            None => self.inline_text(inlines),
        };
        let plain_text = crate::inline::plain(self.src, inlines);
        // A paragraph that is one action (a tagged sentence) is a task item;
        // one that states actions in some of its sentences (`The Secretariat
        // will circulate … by 15 April.`) stays prose: parsed again, the same
        // sentences give the same actions.
        if let Some(a) = self
            .by_span
            .action_at(span)
            .filter(|a| a.text == plain_text)
        {
            let tags = self.tags(a, true);
            self.push_block(&format!("- [ ] {}{tags}", escape_line_start(&text)));
            return;
        }
        let plain = crate::inline::plain(self.src, inlines);
        if plain.chars().count() <= 40 && lexicon::is_action_header(&plain) {
            self.in_actions = true;
            self.actions_list_seen = false;
        } else {
            self.in_actions = false;
        }
        let whole_decision = self.by_span.decisions_at(span) == 1
            && self
                .doc
                .decisions
                .iter()
                .any(|d| d.span == span && d.text == plain)
            && lexicon::decision_prefix(&plain).is_none();
        // `6 June 2025` set far to the right under a decision (the day it
        // was adopted) is a paragraph, not a day's heading: written aligned
        // right, as HTML, it stays one for the parser too.
        let dated = crate::date::date_line(&plain).is_some_and(|d| d.until.is_none())
            && !plain.trim_start().starts_with(['(', '（']);
        let line = if whole_decision {
            format!("{} {text}", decision_label(self.doc.lang.as_deref()))
        } else if dated {
            format!("<p align=\"right\">{text}</p>")
        } else {
            escape_line_start(&text)
        };
        self.push_block(&line);
    }

    /// A paragraph of `Label: value` lines (`Date: …` / `Time: …`, joined
    /// by the parser) keeps its line breaks as hard breaks, so that each
    /// line stays a metadata line for the parser.
    fn label_lines(&self, inlines: &[Inline], span: crate::Span) -> Option<String> {
        let raw = self.src.get(span.start..span.end)?;
        let lines: Vec<&str> = raw
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .collect();
        let plain_text = inlines.iter().all(|i| matches!(i, Inline::Text { .. }));
        if lines.len() < 2 || !plain_text || !lines.iter().all(|l| lexicon::is_meta_line(l)) {
            return None;
        }
        let escaped: Vec<String> = lines
            .iter()
            .map(|l| escape_line_start(&escape(&crate::reflow(l))))
            .collect();
        Some(escaped.join("  \n"))
    }

    /// ` (owner: X) (due: D)`: what the tree knows of an action, written as
    /// tags the parser reads back as an action; a tag the text holds
    /// already (`(owner: Bureau)`) is not repeated. `needs_tag`: the item
    /// stands where the parser would not otherwise see an action, so some
    /// tag must be written (`(due: ?)` when nothing is known).
    fn tags(&self, a: &crate::Action, needs_tag: bool) -> String {
        const OWNER_TAGS: &[&str] = &[
            "(owner:",
            "(lead:",
            "(responsible:",
            "(responsable:",
            "（负责人：",
        ];
        const DUE_TAGS: &[&str] = &[
            "(due:",
            "(deadline:",
            "（截止",
            "(échéance",
            "(plazo:",
            "(срок:",
        ];
        let lower = a.text.to_lowercase();
        let has = |keys: &[&str]| keys.iter().any(|k| lower.contains(k));
        let tagged = has(OWNER_TAGS) || has(DUE_TAGS);
        let mut out = String::new();
        if let Some(actor) = a.actor.as_ref().filter(|_| !has(OWNER_TAGS)) {
            out.push_str(&format!(" (owner: {})", escape(actor)));
        }
        match &a.due {
            _ if has(DUE_TAGS) => {}
            Some(d) => out.push_str(&format!(" (due: {d})")),
            // A vague deadline stands in the text already; it is repeated
            // only where a tag is needed.
            None if needs_tag && out.is_empty() && !tagged => {
                let when = a.due_text.as_deref().map_or("?".to_string(), escape);
                out.push_str(&format!(" (due: {when})"));
            }
            None => {}
        }
        out
    }

    fn list(&self, lines: &mut Vec<String>, ordered: bool, items: &[ListItem], indent: usize) {
        let pad = " ".repeat(indent);
        for (k, item) in items.iter().enumerate() {
            // (An item's own number when it has one: `2. 参会人员名单` may be
            // the second of a list whose first stands on the line before.)
            let own = item.marker.as_deref().and_then(|m| {
                let n = m.trim_end_matches(['.', ')']);
                (n.len() < m.len() && !n.is_empty() && n.len() <= 3)
                    .then(|| n.parse::<u32>().ok())
                    .flatten()
            });
            let marker = if ordered {
                format!("{}.", own.unwrap_or(k as u32 + 1))
            } else {
                "-".to_string()
            };
            let last = k + 1 == items.len() && item.children.is_empty();
            let text = self.item_text(item, last);
            let line = if text.is_empty() {
                format!("{pad}{marker}")
            } else {
                format!("{pad}{marker} {text}")
            };
            lines.push(line);
            for child in &item.children {
                match child {
                    Block::List { ordered, items, .. } => {
                        self.list(lines, *ordered, items, indent + 4)
                    }
                    Block::Paragraph { inlines, .. } => {
                        let text = escape_line_start(&self.inline_text(inlines));
                        lines.push(format!("{pad}    {text}"));
                    }
                    Block::Table { rows, .. } => {
                        for row in self.table(rows).lines() {
                            lines.push(format!("{pad}    {row}"));
                        }
                    }
                    Block::Rule { .. } => {}
                }
            }
        }
    }

    /// The text after an item's marker: `[ ] ` and the tags for an action,
    /// the label for a decision.
    fn item_text(&self, item: &ListItem, last: bool) -> String {
        // A bold-only last item would read as a sub-heading before what
        // follows the list: its bold is written as HTML.
        let bold_only = last && matches!(item.inlines.as_slice(), [Inline::Strong { .. }]);
        let text = if bold_only {
            match item.inlines.as_slice() {
                [Inline::Strong { children, span }] => format!(
                    "<strong>{}</strong>",
                    self.inlines_md(children, Some(span.start))
                ),
                _ => String::new(),
            }
        } else {
            escape_line_start(&self.inline_text(&item.inlines))
        };
        match item.role {
            Some(Role::Action) => {
                let tags = self
                    .by_span
                    .action_at(item.span)
                    .map(|a| self.tags(a, !self.in_actions))
                    .unwrap_or_default();
                format!("[ ] {text}{tags}")
            }
            Some(Role::Decision) => {
                let plain = crate::inline::plain(self.src, &item.inlines);
                if lexicon::decision_prefix(&plain).is_some()
                    || !self.by_span.decision_at(item.span)
                {
                    text
                } else {
                    format!("{} {text}", decision_label(self.doc.lang.as_deref()))
                }
            }
            // (A ticked box stays ticked: done, no action when read again.)
            None if item
                .marker
                .as_deref()
                .is_some_and(crate::lex::is_done_marker) =>
            {
                format!("[x] {text}")
            }
            None => text,
        }
    }

    fn table(&self, rows: &[TableRow]) -> String {
        let width = rows.iter().map(|r| r.cells.len()).max().unwrap_or(0).max(1);
        let row_line = |row: Option<&TableRow>| {
            let mut cells: Vec<String> = row
                .map(|r| {
                    r.cells
                        .iter()
                        .map(|c| self.inline_text(&c.inlines).replace('|', "\\|"))
                        .collect()
                })
                .unwrap_or_default();
            cells.resize(width, String::new());
            let body: Vec<String> = cells
                .iter()
                .map(|c| {
                    if c.is_empty() {
                        " ".to_string()
                    } else {
                        format!(" {c} ")
                    }
                })
                .collect();
            format!("|{}|", body.join("|"))
        };
        let mut lines = Vec::new();
        let header = rows.first().filter(|r| r.header);
        lines.push(row_line(header));
        lines.push(format!("|{}", " --- |".repeat(width)));
        for row in rows.iter().skip(usize::from(header.is_some())) {
            lines.push(row_line(Some(row)));
        }
        lines.join("\n")
    }

    /// The inlines as one line of Markdown.
    fn inline_text(&self, inlines: &[Inline]) -> String {
        self.inlines_md(inlines, None)
    }

    fn inlines_md(&self, inlines: &[Inline], mut last_end: Option<usize>) -> String {
        let mut out = String::new();
        for node in inlines {
            if spaced(self.src, last_end, node) && !out.is_empty() && !out.ends_with(' ') {
                out.push(' ');
            }
            match node {
                Inline::Text { text, .. } => out.push_str(&escape(text)),
                Inline::Strong { children, span } => {
                    let inner = self.inlines_md(children, Some(span.start));
                    if !inner.is_empty() {
                        out.push_str(&format!("**{inner}**"));
                    }
                }
                Inline::Emphasis { children, span } => {
                    let inner = self.inlines_md(children, Some(span.start));
                    if !inner.is_empty() {
                        out.push_str(&format!("*{inner}*"));
                    }
                }
                Inline::Link {
                    url,
                    children,
                    span,
                } => {
                    let inner = self.inlines_md(children, Some(span.start));
                    out.push_str(&link(url, &inner));
                }
                Inline::FootnoteRef { label, .. } => match footnote_label(label) {
                    Some(l) => out.push_str(&format!("[^{l}]")),
                    None => out.push_str(&format!("<sup>{}</sup>", escape(label))),
                },
                Inline::Html { html, .. } => out.push_str(&html.replace(['\n', '\r'], " ")),
            }
            last_end = Some(node.span().end);
        }
        out
    }
}

/// `[text](url)`, `<url>` for an autolink, `[text](<url>)` for a target
/// with spaces or brackets.
fn link(url: &str, text: &str) -> String {
    let plain_url = !url.is_empty()
        && !url.contains(|c: char| c.is_whitespace() || matches!(c, '(' | ')' | '<' | '>'));
    let scheme = ["http://", "https://", "mailto:"]
        .iter()
        .any(|s| url.to_ascii_lowercase().starts_with(s));
    if plain_url && scheme && text == escape(url) {
        return format!("<{url}>");
    }
    if plain_url || url.is_empty() {
        format!("[{text}]({url})")
    } else {
        let safe = url
            .replace('<', "%3C")
            .replace('>', "%3E")
            .replace(['\n', '\r'], " ");
        format!("[{text}](<{safe}>)")
    }
}

/// A heading's text: escaped, a closing `#` kept from being read as the
/// heading's closing sequence.
fn heading_text(title: &str) -> String {
    let mut t = escape(title);
    if t.ends_with('#') {
        t.insert(t.len() - 1, '\\');
    }
    t
}

/// Escapes the characters Markdown reads as inline markup.
pub(super) fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for (i, c) in text.char_indices() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '~' => {
                out.push('\\');
                out.push(c);
            }
            '&' if entity_like(&text[i + 1..]) => out.push_str("\\&"),
            '\n' | '\r' => out.push(' '),
            _ => out.push(c),
        }
    }
    out
}

/// `amp;`, `#38;`, `#x26;`: what would make `&` start an entity.
fn entity_like(rest: &str) -> bool {
    let body: String = rest
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '#')
        .collect();
    !body.is_empty() && rest[body.len()..].starts_with(';')
}

/// Escapes a block marker at the start of a line of escaped text: `#`,
/// `-`, `+`, `>`, `=`, `|` and ordered-list or numbered-heading markers
/// (`1.`, `2)`, `a.`, `IV.`, `(1)`), which Markdown or the parser would
/// read as structure.
fn escape_line_start(line: &str) -> String {
    let Some(first) = line.chars().next() else {
        return String::new();
    };
    if matches!(first, '#' | '-' | '+' | '>' | '=' | '|' | '(') {
        return format!("\\{line}");
    }
    // A short alphanumeric token and a closer: `1.`, `12)`, `a.`, `iv)`.
    let token = line
        .char_indices()
        .take_while(|(_, c)| c.is_alphanumeric())
        .last()
        .map_or(0, |(i, c)| i + c.len_utf8());
    let word = &line[..token];
    let numeric = word.len() <= 9 && word.chars().all(|c| c.is_ascii_digit());
    let letter = word.chars().count() == 1;
    let roman = word.len() <= 6
        && (word.chars().all(|c| "IVXL".contains(c)) || word.chars().all(|c| "ivxl".contains(c)));
    if token > 0 && (numeric || letter || roman) {
        let rest = &line[token..];
        if let Some(closer) = rest.chars().next().filter(|c| matches!(c, '.' | ')')) {
            let after = &rest[1..];
            if after.is_empty() || after.starts_with(char::is_whitespace) {
                return format!("{word}\\{closer}{after}");
            }
        }
    }
    line.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_characters_are_escaped() {
        assert_eq!(
            escape("a*b_c [d] <e> `f` \\g ~h"),
            r"a\*b\_c \[d\] \<e> \`f\` \\g \~h"
        );
        assert_eq!(escape("AT&T &amp; co"), r"AT&T \&amp; co");
    }

    #[test]
    fn block_markers_at_the_start_of_a_line_are_escaped() {
        assert_eq!(escape_line_start("1. text"), r"1\. text");
        assert_eq!(escape_line_start("a) text"), r"a\) text");
        assert_eq!(escape_line_start("- text"), r"\- text");
        assert_eq!(escape_line_start("# text"), r"\# text");
        assert_eq!(escape_line_start("2025. A year"), r"2025\. A year");
        assert_eq!(escape_line_start("e.g. this"), "e.g. this");
        assert_eq!(escape_line_start("Text. More"), "Text. More");
        assert_eq!(escape_line_start("IV. Budget"), r"IV\. Budget");
    }

    #[test]
    fn autolinks_stay_autolinks() {
        assert_eq!(link("https://un.org", "https://un.org"), "<https://un.org>");
        assert_eq!(link("#", "site"), "[site](#)");
        assert_eq!(link("a b", "x"), "[x](<a b>)");
    }
}
