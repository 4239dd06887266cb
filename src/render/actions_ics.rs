//! Actions as iCalendar to-dos (RFC 5545), for calendar and task apps.
//!
//! One `VCALENDAR` with one `VTODO` per action item: `SUMMARY` is the
//! action's text; `DESCRIPTION` names the meeting, the section, the actor,
//! a vague deadline as written and the source line; `DUE;VALUE=DATE` is set when
//! the deadline is a date. Nothing depends on the clock or on chance:
//! `DTSTAMP` is the meeting date at midnight UTC (1970-01-01 when unknown)
//! and `UID` is a hash of the meeting's title and date and the action's
//! position and text, so the same minutes give byte-identical output.
//!
//! Text values are escaped (`\\`, `\;`, `\,`, `\n`), lines are folded at
//! 75 octets on character boundaries, and every line ends with CRLF.

use crate::ast::Document;

use super::{fnv1a, ymd};
use crate::position::{Positions, Unit};

/// Renders the actions of `doc` as an iCalendar file; `src` is the parsed
/// text (the description gives the line each action starts on).
pub fn actions_ics(src: &str, doc: &Document) -> String {
    let title = doc.title.as_ref().map_or("", |t| t.text.as_str());
    let date = doc.meta.date.as_deref().and_then(ymd);
    let stamp = match date {
        Some((y, m, d)) => format!("{y:04}{m:02}{d:02}T000000Z"),
        None => "19700101T000000Z".to_string(),
    };
    let mut out = String::new();
    line(&mut out, "BEGIN:VCALENDAR");
    line(&mut out, "VERSION:2.0");
    line(
        &mut out,
        &format!(
            "PRODID:-//minutes//minutes {}//EN",
            env!("CARGO_PKG_VERSION")
        ),
    );
    line(&mut out, "CALSCALE:GREGORIAN");
    // Indexed once: a scan from the start per action was quadratic.
    let positions = Positions::new(src, Unit::Utf8);
    for (k, a) in doc.actions.iter().enumerate() {
        let key = format!(
            "{title}\u{1f}{}\u{1f}{k}\u{1f}{}",
            doc.meta.date.as_deref().unwrap_or_default(),
            a.text
        );
        line(&mut out, "BEGIN:VTODO");
        line(
            &mut out,
            &format!("UID:{:016x}@minutes", fnv1a(key.as_bytes())),
        );
        line(&mut out, &format!("DTSTAMP:{stamp}"));
        line(&mut out, &format!("SUMMARY:{}", text(&a.text)));
        let mut about = Vec::new();
        if !title.is_empty() {
            about.push(format!("Meeting: {title}"));
        }
        if let Some(s) = &a.section {
            about.push(format!("Section: {s}"));
        }
        if let Some(who) = &a.actor {
            about.push(format!("Actor: {who}"));
        }
        if let Some(when) = &a.due_text {
            about.push(format!("Due: {when}"));
        }
        about.push(format!("Line: {}", positions.at(a.span.start).line));
        line(
            &mut out,
            &format!("DESCRIPTION:{}", text(&about.join("\n"))),
        );
        if let Some((y, m, d)) = a.due.as_deref().and_then(ymd) {
            line(&mut out, &format!("DUE;VALUE=DATE:{y:04}{m:02}{d:02}"));
        }
        line(&mut out, "STATUS:NEEDS-ACTION");
        line(&mut out, "END:VTODO");
    }
    line(&mut out, "END:VCALENDAR");
    out
}

/// A TEXT value escaped: `\` `;` `,` and line breaks; other control
/// characters, which TEXT may not hold, become spaces.
fn text(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    let mut chars = value.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {
                if chars.peek() != Some(&'\n') {
                    out.push_str("\\n");
                }
            }
            '\t' => out.push(c),
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// Appends one content line, folded so that no line exceeds 75 octets
/// (continuation lines start with a space), ending each with CRLF.
fn line(out: &mut String, content: &str) {
    const MAX: usize = 75;
    let mut used = 0;
    for c in content.chars() {
        if used + c.len_utf8() > MAX {
            out.push_str("\r\n ");
            used = 1;
        }
        out.push(c);
        used += c.len_utf8();
    }
    out.push_str("\r\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_values_are_escaped() {
        assert_eq!(text("a;b,c\\d\ne\r\nf"), "a\\;b\\,c\\\\d\\ne\\nf");
    }

    #[test]
    fn long_lines_fold_on_character_boundaries() {
        let mut out = String::new();
        line(&mut out, &format!("SUMMARY:{}", "会".repeat(40)));
        for l in out.split("\r\n") {
            assert!(l.len() <= 75, "{} octets: {l}", l.len());
        }
        let unfolded = out.replace("\r\n ", "");
        assert_eq!(unfolded, format!("SUMMARY:{}\r\n", "会".repeat(40)));
    }
}
