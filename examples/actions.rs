//! Prints the to-do list of a minutes file: section, actor, due date, text.
//!
//! `cargo run --example actions -- seeds/002_941e232da004af0c.txt`

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let path = std::env::args().nth(1).ok_or("usage: actions FILE")?;
    let text = std::fs::read_to_string(path)?;
    let doc = minutes::parse(&text);
    for action in &doc.actions {
        println!(
            "{:<6} {:<24} {:<10} {}",
            action.section.as_deref().unwrap_or("-"),
            action.actor.as_deref().unwrap_or("-"),
            action.due.as_deref().unwrap_or("-"),
            action.text
        );
    }
    // Every node knows where it came from.
    if let Some(first) = doc.sections.first() {
        assert_eq!(
            &text[first.title_span.start..first.title_span.end],
            first.title
        );
    }
    Ok(())
}
