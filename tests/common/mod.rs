//! Helpers shared by the test files.

#![allow(dead_code)]

use minutes::Document;

/// Every fixture document: the seeds and the fixture sets.
pub fn corpus() -> Vec<(String, String)> {
    let mut out = Vec::new();
    for dir in [
        "seeds",
        "tests/fixtures/docs",
        "tests/fixtures/blind/docs",
        "tests/fixtures/reports/docs",
    ] {
        let mut paths: Vec<_> = std::fs::read_dir(dir)
            .expect("fixture folder")
            .map(|e| e.expect("entry").path())
            .collect();
        paths.sort();
        for p in paths {
            if p.extension().is_some_and(|e| e == "txt") {
                let text = std::fs::read_to_string(&p).expect("fixture is UTF-8");
                out.push((p.display().to_string(), text));
            }
        }
    }
    out
}

/// Asserts the guarantees, naming the input on failure.
pub fn assert_guarantees(name: &str, src: &str) -> Document {
    let options = minutes::Options::default();
    let doc = minutes::parse_with(src, &options);
    let errors = minutes::check::guarantees(src, &doc, &options);
    assert!(
        errors.is_empty(),
        "{name}: guarantees broken:\n{}",
        errors.join("\n")
    );
    doc
}
