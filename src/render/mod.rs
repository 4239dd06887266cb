//! Renderers: each reads a [`Document`](crate::Document) and writes one
//! format. They never parse.

mod outline;

pub use outline::outline;

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
