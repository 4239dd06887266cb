//! Actions as CSV: one row per action item, for spreadsheets and scripts.
//!
//! RFC 4180 (CRLF line endings, fields quoted when they hold a comma, a
//! quote or a line break), written with the `csv` crate. The header is
//! `section,actor,due,due_text,text,line`: the number path of the enclosing
//! section, who acts, the ISO deadline, a vague deadline as written, the
//! action's text, and the 1-based source line where the action starts (lines
//! counted as the parser counts them, U+2028 and U+2029 included). An
//! unknown value is an empty field.

use crate::ast::Document;

use crate::position::{Positions, Unit};

/// The columns, in order.
const HEADER: [&str; 6] = ["section", "actor", "due", "due_text", "text", "line"];

/// Renders the actions of `doc` as CSV; `src` is the parsed text (for the
/// line numbers).
pub fn actions_csv(src: &str, doc: &Document) -> String {
    let mut w = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::new());
    // Writing to memory cannot fail; a failed row would only be left out.
    let _ = w.write_record(HEADER);
    // Indexed once: a scan from the start per action was quadratic.
    let positions = Positions::new(src, Unit::Utf8);
    for a in &doc.actions {
        let line = positions.at(a.span.start).line.to_string();
        let _ = w.write_record([
            a.section.as_deref().unwrap_or_default(),
            a.actor.as_deref().unwrap_or_default(),
            a.due.as_deref().unwrap_or_default(),
            a.due_text.as_deref().unwrap_or_default(),
            a.text.as_str(),
            line.as_str(),
        ]);
    }
    let bytes = w.into_inner().unwrap_or_default();
    // The fields are `&str`, so the bytes are UTF-8.
    String::from_utf8(bytes).unwrap_or_default()
}
