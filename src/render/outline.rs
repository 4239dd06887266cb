//! The outline: a readable, indented view of the tree for the terminal.
//!
//! Meta on top, then the sections with their numbers and titles, list
//! items under them (`→` before actions, `✔` before decisions), paragraphs
//! shortened, then disclaimers, footnotes and diagnostics.

use std::fmt::Write;

use super::BySpan;
use crate::ast::{Block, Document, Mode, Role, Section, SectionKind};

/// Longest text shown for a paragraph or an item, in characters.
const SHOW: usize = 100;

/// Renders the outline of `doc`; `src` is the parsed text.
pub fn outline(src: &str, doc: &Document) -> String {
    let mut out = String::new();
    if let Some(t) = &doc.title {
        let _ = writeln!(out, "{}", t.text);
    }
    let m = &doc.meta;
    let mut facts = Vec::new();
    if let Some(d) = &m.date {
        facts.push(match &m.end_date {
            Some(e) => format!("{d} – {e}"),
            None => d.clone(),
        });
    }
    if let Some(t) = &m.time {
        facts.push(match &m.timezone {
            Some(z) => format!("{t} {z}"),
            None => t.clone(),
        });
    }
    if let Some(v) = &m.venue {
        facts.push(v.clone());
    }
    if let Some(mode) = m.mode {
        facts.push(
            match mode {
                Mode::Online => "online",
                Mode::InPerson => "in person",
                Mode::Hybrid => "hybrid",
            }
            .to_string(),
        );
    }
    if let Some(l) = &doc.lang {
        facts.push(format!("lang {l}"));
    }
    if !facts.is_empty() {
        let _ = writeln!(out, "{}", facts.join(" · "));
    }
    out.push('\n');
    let by_span = BySpan::new(doc);
    blocks(src, &by_span, &doc.blocks, 0, &mut out);
    for s in &doc.sections {
        section(src, &by_span, s, 0, &mut out);
    }
    if !doc.disclaimers.is_empty() {
        out.push_str("\nDisclaimers\n");
        for d in &doc.disclaimers {
            let _ = writeln!(
                out,
                "  [{}] {}",
                d.lang.as_deref().unwrap_or("?"),
                short(&d.text)
            );
        }
    }
    if !doc.footnotes.is_empty() {
        out.push_str("\nFootnotes\n");
        for f in &doc.footnotes {
            let _ = writeln!(out, "  [{}] {}", f.label, short(&f.text));
        }
    }
    let _ = writeln!(
        out,
        "\n{} actions, {} decisions",
        doc.actions.len(),
        doc.decisions.len()
    );
    if !doc.diagnostics.is_empty() {
        out.push_str("\nDiagnostics\n");
        for d in &doc.diagnostics {
            let _ = writeln!(
                out,
                "  {}..{} {}: {}",
                d.span.start, d.span.end, d.code, d.message
            );
        }
    }
    out
}

fn indent(depth: usize) -> String {
    "  ".repeat(depth)
}

fn section(src: &str, by_span: &BySpan, s: &Section, depth: usize, out: &mut String) {
    let label = match (s.kind, &s.number, &s.date) {
        (SectionKind::Day, _, Some(d)) => format!("[{d}] "),
        (_, Some(n), _) => format!("{n}. "),
        _ => String::new(),
    };
    let _ = writeln!(out, "{}{}{}", indent(depth), label, s.title);
    blocks(src, by_span, &s.blocks, depth + 1, out);
    for sub in &s.sections {
        section(src, by_span, sub, depth + 1, out);
    }
}

fn blocks(src: &str, by_span: &BySpan, list: &[Block], depth: usize, out: &mut String) {
    for b in list {
        match b {
            Block::Paragraph { inlines, .. } => {
                let _ = writeln!(
                    out,
                    "{}¶ {}",
                    indent(depth),
                    short(&crate::inline::plain(src, inlines))
                );
            }
            Block::List { items, .. } => {
                for item in items {
                    let mark = match item.role {
                        Some(Role::Action) => "→",
                        Some(Role::Decision) => "✔",
                        None => "•",
                    };
                    let text = crate::inline::plain(src, &item.inlines);
                    let _ = writeln!(
                        out,
                        "{}{} {}{}",
                        indent(depth),
                        mark,
                        short(&text),
                        who_and_when(by_span, item.span)
                    );
                    blocks(src, by_span, &item.children, depth + 1, out);
                }
            }
            Block::Table { rows, .. } => {
                for row in rows {
                    let cells: Vec<String> = row
                        .cells
                        .iter()
                        .map(|c| crate::inline::plain(src, &c.inlines).into_owned())
                        .collect();
                    let _ = writeln!(out, "{}| {} |", indent(depth), cells.join(" | "));
                }
            }
            Block::Rule { .. } => {
                let _ = writeln!(out, "{}---", indent(depth));
            }
        }
    }
}

/// `  [actor · due date]` for the action written at `span`, if any.
fn who_and_when(by_span: &BySpan, span: crate::Span) -> String {
    let Some(a) = by_span.action_at(span) else {
        return String::new();
    };
    let parts: Vec<&str> = [a.actor.as_deref(), a.due.as_deref()]
        .into_iter()
        .flatten()
        .collect();
    if parts.is_empty() {
        String::new()
    } else {
        format!("  [{}]", parts.join(" · "))
    }
}

/// The text cut to [`SHOW`] characters.
fn short(text: &str) -> String {
    let one_line = text.replace('\n', " ");
    if one_line.chars().count() <= SHOW {
        one_line
    } else {
        let cut: String = one_line.chars().take(SHOW).collect();
        format!("{cut}…")
    }
}
