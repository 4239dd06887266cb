//! Renderers: each reads a [`Document`] and writes one
//! format. They never parse.
//!
//! | function | format |
//! | --- | --- |
//! | [`json`] | the JSON contract of `DESIGN.md` |
//! | [`outline`] | an indented view for the terminal |
//! | [`markdown`] | CommonMark (GFM task lists, pipe tables, footnotes) |
//! | [`akn`] | Akoma Ntoso 3.0 XML (`debateReport name="meetingMinute"`) |
//! | [`actions_csv`] | the action items as RFC 4180 CSV |
//! | [`actions_ics`] | the action items as RFC 5545 to-dos |
//!
//! Every renderer is a pure function of the source text and the tree: no
//! clock, no randomness, no hash-map order reaches the output.

mod actions_csv;
mod actions_ics;
mod akn;
mod markdown;
mod outline;

pub use actions_csv::actions_csv;
pub use actions_ics::actions_ics;
pub use akn::{AknOptions, akn};
pub use markdown::markdown;
pub use outline::outline;

use crate::ast::{Action, Document, Inline, Span};

/// The document as JSON (the contract of `DESIGN.md`), compact or pretty.
pub fn json(doc: &crate::Document, pretty: bool) -> String {
    let out = if pretty {
        serde_json::to_string_pretty(doc)
    } else {
        serde_json::to_string(doc)
    };
    // Serialising plain data with string keys cannot fail.
    out.unwrap_or_default()
}

/// The actions and decisions of a document by the span they were written
/// at, for the renderers' look-up at every node (a scan of every action per
/// node made rendering quadratic).
struct BySpan<'d> {
    doc: &'d Document,
    /// `(start, end, index)` of every action, sorted: the first of equal
    /// spans is the first recorded.
    actions: Vec<(usize, usize, usize)>,
    /// `(start, end)` of every decision, sorted.
    decisions: Vec<(usize, usize)>,
}

impl<'d> BySpan<'d> {
    fn new(doc: &'d Document) -> Self {
        let mut actions: Vec<_> = (doc.actions.iter().enumerate())
            .map(|(k, a)| (a.span.start, a.span.end, k))
            .collect();
        actions.sort_unstable();
        let mut decisions: Vec<_> = (doc.decisions.iter())
            .map(|d| (d.span.start, d.span.end))
            .collect();
        decisions.sort_unstable();
        BySpan {
            doc,
            actions,
            decisions,
        }
    }

    /// The action written at `span` (a list item, a paragraph or a table row).
    fn action_at(&self, span: Span) -> Option<&'d Action> {
        let key = (span.start, span.end);
        let k = self.actions.partition_point(|&(s, e, _)| (s, e) < key);
        self.actions
            .get(k)
            .filter(|&&(s, e, _)| (s, e) == key)
            .map(|&(_, _, i)| &self.doc.actions[i])
    }

    /// How many decisions were recorded from the node written at `span`.
    fn decisions_at(&self, span: Span) -> usize {
        let key = (span.start, span.end);
        let from = self.decisions.partition_point(|&d| d < key);
        let to = self.decisions.partition_point(|&d| d <= key);
        to - from
    }

    /// Whether a decision was recorded from the node written at `span`.
    fn decision_at(&self, span: Span) -> bool {
        self.decisions_at(span) > 0
    }
}

/// Whether the source between two inline nodes holds white space: the
/// renderers then write one space there, as [`crate::inline::plain`] does.
fn spaced(src: &str, prev_end: Option<usize>, next: &Inline) -> bool {
    prev_end
        .and_then(|e| src.get(e..next.span().start))
        .is_some_and(|gap| gap.contains(crate::chars::is_space))
}

/// 64-bit FNV-1a: a small, stable hash for identifiers that must not
/// change between runs.
fn fnv1a(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

/// `YYYY-MM-DD` as numbers, when it is a real calendar date.
fn ymd(iso: &str) -> Option<(i32, u32, u32)> {
    let b = iso.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let y: i32 = iso.get(0..4)?.parse().ok()?;
    let m: u32 = iso.get(5..7)?.parse().ok()?;
    let d: u32 = iso.get(8..10)?.parse().ok()?;
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let days = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return None,
    };
    (y >= 1 && (1..=days).contains(&d)).then_some((y, m, d))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_real_dates_are_dates() {
        assert_eq!(ymd("2024-02-29"), Some((2024, 2, 29)));
        assert_eq!(ymd("2025-02-29"), None);
        assert_eq!(ymd("2025-13-01"), None);
        assert_eq!(ymd("25-01-01"), None);
    }

    #[test]
    fn fnv1a_matches_the_reference_values() {
        assert_eq!(fnv1a(b""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(fnv1a(b"a"), 0xaf63_dc4c_8601_ec8c);
    }
}
