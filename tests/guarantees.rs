//! The guarantees of DESIGN.md on every fixture and on small hostile inputs.

mod common;

#[test]
fn every_fixture_keeps_every_guarantee() {
    for (name, text) in common::corpus() {
        common::assert_guarantees(&name, &text);
    }
}

#[test]
fn hostile_inputs_keep_every_guarantee() {
    let long_line = "长".repeat(350_000);
    let cases: Vec<(&str, String)> = vec![
        ("empty", String::new()),
        ("only blank lines", "\n\n \n\t\n\r\n".into()),
        ("only markers", "-\n*\n•\n➔\n1.\na.\n#\n行动：\n".into()),
        ("a 1 MB line", long_line),
        (
            "unbalanced markup",
            "** [ ]( <sup> <a href=\"x\"> `\n__ _ * [^ <https://\n".repeat(50),
        ),
        ("nested brackets", "[[[[[[[[[[a]]]]]]]]]](b)".into()),
        ("NUL and control bytes", "a\0b\u{1}\n- \0\n".into()),
        (
            "bidi and zero-width",
            "\u{202e}abc\u{200d}\u{200b}\n- \u{2066}x\u{2069}\n".into(),
        ),
        ("CR only", "Title\r\r1. Item\r- a\r- b\r".into()),
        ("alternating CR LF", "\r\n\n\r".repeat(1000)),
        ("unicode separators", "a\u{2028}b\u{2029}c\u{000c}d".into()),
        ("BOM", "\u{feff}IGF 2025\n\n1. Opening\n\n- text\n".into()),
        (
            "deep indentation",
            (0..200)
                .map(|i| format!("{}- x\n", " ".repeat(i)))
                .collect(),
        ),
        ("lonely disclaimer", "Disclaimer".into()),
        ("heading at the end", "Text.\n\nA heading".into()),
        (
            "numbers only",
            (1..500).map(|i| format!("{i}.\n")).collect(),
        ),
    ];
    for (name, text) in &cases {
        common::assert_guarantees(name, text);
    }
}

#[test]
fn deep_nesting_is_capped_with_a_diagnostic() {
    let text: String = (0..100)
        .map(|i| format!("{}- x\n", " ".repeat(i)))
        .collect();
    let doc = minutes::parse(&text);
    assert!(
        doc.diagnostics.iter().any(|d| d.code == "nesting-too-deep"),
        "should warn about the nesting cap"
    );
    let mut depth = 0;
    let mut level = &doc.blocks;
    while let Some(minutes::Block::List { items, .. }) = level
        .iter()
        .find(|b| matches!(b, minutes::Block::List { .. }))
    {
        depth += 1;
        match items.last() {
            Some(item) => level = &item.children,
            None => break,
        }
    }
    assert!(
        depth <= minutes::Options::default().max_depth,
        "lists should nest at most max_depth deep, got {depth}"
    );
}

#[test]
fn empty_bullets_are_kept_with_a_diagnostic() {
    let doc = minutes::parse("## Section\n\n- one\n- \n-\n");
    let minutes::Block::List { items, .. } = &doc.sections[0].blocks[0] else {
        panic!("a list")
    };
    assert_eq!(items.len(), 3, "empty bullets should stay items");
    assert_eq!(
        doc.diagnostics
            .iter()
            .filter(|d| d.code == "empty-list-item")
            .count(),
        2
    );
}
