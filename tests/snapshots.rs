//! Snapshots of the full JSON and the outline of every seed, and the
//! outline of every fixture. Each snapshot was read line by line before it
//! was accepted; a change to one is a change to review.

mod common;

fn stem(path: &str) -> String {
    std::path::Path::new(path)
        .file_stem()
        .expect("a file name")
        .to_string_lossy()
        .into_owned()
}

#[test]
fn seed_json_and_outline() {
    for (path, text) in common::corpus()
        .into_iter()
        .filter(|(p, _)| p.starts_with("seeds"))
    {
        let doc = minutes::parse(&text);
        let name = stem(&path);
        insta::assert_json_snapshot!(format!("{name}.json"), doc);
        insta::assert_snapshot!(
            format!("{name}.outline"),
            minutes::render::outline(&text, &doc)
        );
    }
}

#[test]
fn fixture_outlines() {
    for (path, text) in common::corpus()
        .into_iter()
        .filter(|(p, _)| p.starts_with("tests/fixtures"))
    {
        let doc = minutes::parse(&text);
        insta::assert_snapshot!(
            format!("{}.outline", stem(&path)),
            minutes::render::outline(&text, &doc)
        );
    }
}
