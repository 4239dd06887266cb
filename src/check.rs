//! Check: the guarantees of the parser, as a function anyone can call.
//!
//! Input: a source text, the `Document` parsed from it and the options
//! used. Output: the list of broken guarantees (empty when all hold):
//! spans in bounds and on character boundaries; children inside their
//! parents; leaf spans (nodes that carry text) sorted and disjoint; every non-white-space character
//! inside a block, item, heading line, title, disclaimer, footnote or
//! artifact; a text node's text equal to `reflow` of its span; the JSON
//! round-trips to an equal `Document`; parsing again gives the same JSON.
//! The tests, the property tests and the fuzz targets all call this.

use crate::{Block, Document, Inline, Options, Section, Span};

struct Walk<'a> {
    src: &'a str,
    /// Spans of leaf content: inline text, footnote references, raw HTML,
    /// rules, page numbers and running headers. Titles, disclaimers and
    /// footnotes are nodes whose text comes from their span; a page number
    /// that a wrapped heading jumps over may stand inside them.
    leaves: Vec<Span>,
    /// Spans that together must cover every non-space character: blocks,
    /// items, heading lines, title, disclaimers, footnotes.
    content: Vec<Span>,
    errors: Vec<String>,
}

impl Walk<'_> {
    fn check_span(&mut self, what: &str, s: Span, parent: Option<Span>) {
        if s.start > s.end || s.end > self.src.len() {
            self.errors.push(format!(
                "{what} span {s:?} out of bounds (len {})",
                self.src.len()
            ));
            return;
        }
        if !self.src.is_char_boundary(s.start) || !self.src.is_char_boundary(s.end) {
            self.errors
                .push(format!("{what} span {s:?} not on char boundaries"));
        }
        if let Some(p) = parent {
            if s.start < p.start || s.end > p.end {
                self.errors
                    .push(format!("{what} span {s:?} outside its parent {p:?}"));
            }
        }
    }

    fn inlines(&mut self, list: &[Inline], parent: Span) {
        for node in list {
            self.check_span("inline", node.span(), Some(parent));
            match node {
                Inline::Text { text, span } => {
                    self.leaves.push(*span);
                    let want = crate::reflow(&self.src[span.start..span.end]);
                    if *text != want {
                        self.errors.push(format!(
                            "text {text:?} is not the reflow of its span {want:?}"
                        ));
                    }
                }
                Inline::FootnoteRef { span, .. } | Inline::Html { span, .. } => {
                    self.leaves.push(*span)
                }
                Inline::Strong { children, span }
                | Inline::Emphasis { children, span }
                | Inline::Link { children, span, .. } => self.inlines(children, *span),
            }
        }
    }

    fn blocks(&mut self, list: &[Block], parent: Option<Span>) {
        for b in list {
            self.check_span("block", b.span(), parent);
            match b {
                Block::Paragraph { inlines, span } => {
                    self.content.push(*span);
                    self.inlines(inlines, *span);
                }
                Block::List { items, span, .. } => {
                    for item in items {
                        self.check_span("item", item.span, Some(*span));
                        self.content.push(item.span);
                        self.inlines(&item.inlines, item.span);
                        self.blocks(&item.children, Some(item.span));
                    }
                }
                Block::Table { rows, span } => {
                    self.content.push(*span);
                    for row in rows {
                        self.check_span("row", row.span, Some(*span));
                        for cell in &row.cells {
                            self.check_span("cell", cell.span, Some(row.span));
                            self.inlines(&cell.inlines, cell.span);
                        }
                    }
                }
                Block::Rule { span } => {
                    self.content.push(*span);
                    self.leaves.push(*span);
                }
            }
        }
    }

    fn section(&mut self, s: &Section, parent: Option<Span>) {
        self.check_span("section", s.span, parent);
        self.check_span("section title", s.title_span, Some(s.span));
        // The heading: from the section start to the end of the line that
        // holds the end of the title.
        let rest = &self.src[s.title_span.end.min(self.src.len())..];
        let mut line_end = rest
            .find(['\n', '\r'])
            .map_or(self.src.len(), |i| s.title_span.end + i);
        // (And the closing markup of a bold title moved to the next line:
        // `**I. ` / `**`.)
        loop {
            let next = &self.src[line_end..];
            let brk = if next.starts_with("\r\n") {
                2
            } else {
                usize::from(next.starts_with(['\n', '\r']))
            };
            let start = line_end + brk;
            let end = self.src[start..]
                .find(['\n', '\r'])
                .map_or(self.src.len(), |i| start + i);
            let markup = crate::chars::trim(&self.src[start..end]);
            if brk == 0 || markup.is_empty() || !markup.chars().all(|c| c == '*' || c == '_') {
                break;
            }
            line_end = end;
        }
        self.content.push(Span::new(s.span.start, line_end));
        self.blocks(&s.blocks, Some(s.span));
        for sub in &s.sections {
            self.section(sub, Some(s.span));
        }
    }
}

/// Checks every guarantee on `doc`, parsed from `src` with `options`;
/// returns what failed, one sentence each (empty when all hold).
pub fn guarantees(src: &str, doc: &Document, options: &Options) -> Vec<String> {
    let mut w = Walk {
        src,
        leaves: Vec::new(),
        content: Vec::new(),
        errors: Vec::new(),
    };
    if let Some(t) = &doc.title {
        w.check_span("title", t.span, None);
        w.content.push(t.span);
    }
    w.blocks(&doc.blocks, None);
    for s in &doc.sections {
        w.section(s, None);
    }
    for d in &doc.disclaimers {
        w.check_span("disclaimer", d.span, None);
        w.content.push(d.span);
    }
    for f in &doc.footnotes {
        w.check_span("footnote", f.span, None);
        w.content.push(f.span);
    }
    for a in &doc.artifacts {
        w.check_span("artifact", a.span, None);
        // A page break marks a form feed, white space that may stand inside
        // a wrapped text; it carries no text, so it is no leaf.
        // (Nor are quote markers: they stand inside the quoted text.)
        if a.kind == crate::ArtifactKind::QuoteMarker {
            w.content.push(a.span);
        } else if a.kind != crate::ArtifactKind::PageBreak {
            w.leaves.push(a.span);
            w.content.push(a.span);
        }
    }
    for a in &doc.actions {
        w.check_span("action", a.span, None);
    }
    for d in &doc.decisions {
        w.check_span("decision", d.span, None);
    }
    for d in &doc.diagnostics {
        w.check_span("diagnostic", d.span, None);
    }
    let mut errors = std::mem::take(&mut w.errors);
    let mut leaves = w.leaves.clone();
    leaves.sort_by_key(|s| (s.start, s.end));
    for pair in leaves.windows(2) {
        if pair[1].start < pair[0].end {
            errors.push(format!(
                "leaf spans overlap: {:?} and {:?}",
                pair[0], pair[1]
            ));
        }
    }
    // Nothing lost: every non-space character lies in a content span.
    let mut covered = vec![false; src.len() + 1];
    for s in &w.content {
        for c in covered.iter_mut().take(s.end.min(src.len())).skip(s.start) {
            *c = true;
        }
    }
    if let Some((i, ch)) = src
        .char_indices()
        .find(|&(i, ch)| !crate::chars::is_space(ch) && !covered[i])
    {
        let line = src[..i].matches('\n').count() + 1;
        errors.push(format!(
            "character {ch:?} at byte {i} (line {line}) is in no node's span"
        ));
    }
    let json = crate::render::json(doc, false);
    match serde_json::from_str::<Document>(&json) {
        Ok(back) if &back == doc => {}
        Ok(_) => errors.push("JSON does not round-trip to an equal Document".into()),
        Err(e) => errors.push(format!("the JSON does not read back: {e}")),
    }
    if crate::render::json(&crate::parse_with(src, options), false) != json {
        errors.push("parsing twice gave different JSON".into());
    }
    errors
}
