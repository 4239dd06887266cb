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
        // (Found by the property test: a bold title whose closing `**`
        // stands on the next line.)
        ("a grid table on the first line", "+---+\n| a |\n+---+\n".into()),
        ("empty items in a row", "(b) \n1. \n*\n".into()),
        (
            "bold title closed on the next line",
            "- )\n\n**I. \n**\n- \n\n\n".into(),
        ),
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
        (
            "quoted e-mail",
            "Hi,\n\n> *1. Item*\n>\n> - text that\n> goes on\n>> > deeper\n> \n>\n  >   indented\n>\n>> \n\u{3000}> wide\n> -- \n--\n".into(),
        ),
        ("only quote markers", ">\n> >\n>>\n >\n".repeat(20)),
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

/// Runs `f` on another thread and fails if it has not finished in
/// `seconds`: a guard against hangs only (speed is measured by the bench).
fn finishes_within<T: Send + 'static>(seconds: u64, f: impl FnOnce() -> T + Send + 'static) -> T {
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::Builder::new()
        .stack_size(8 << 20)
        .spawn(move || {
            let _ = tx.send(f());
        })
        .expect("spawn");
    rx.recv_timeout(std::time::Duration::from_secs(seconds))
        .expect("should finish; it hung or panicked")
}

#[test]
fn large_hostile_inputs_finish_with_every_guarantee() {
    let cases: Vec<(&str, String)> = vec![
        (
            "100,000 nested bullets by indentation",
            (0..100_000)
                .map(|i| format!("{}- item {i}\n", " ".repeat(i % 64)))
                .collect(),
        ),
        ("100,000 #", "#".repeat(100_000)),
        ("100,000 lines of #", "#\n".repeat(100_000)),
        ("a 10 MB line", "ab ".repeat(3_500_000)),
        (
            "100,000 consecutive numbered lines",
            (1..=100_000)
                .map(|i| format!("{i}. Item number {i}\n"))
                .collect(),
        ),
        ("100,000 unclosed **", "** ".repeat(100_000)),
        ("100,000 unclosed [", "[a ".repeat(100_000)),
        ("100,000 unclosed <sup>", "<sup>1 ".repeat(100_000)),
        ("NUL bytes", "\0".repeat(100_000) + "\n- \0\0\n1. \0"),
        (
            "bidi overrides and zero-width joiners",
            "\u{202e}\u{200d}\u{2066}- a\u{200d}b\u{2069}\n".repeat(20_000),
        ),
        ("1 MB of arrows", "➔".repeat(350_000)),
        ("alternating CR and LF", "\n\r".repeat(500_000)),
        ("1 MB of arrow lines", "➔\n".repeat(250_000)),
        (
            "a drawn table's header cell of 1 MB of spaces between ideographs",
            format!(
                "┌──┬──┐\n│ 事{}项 │ 责任单位 │\n├──┼──┤\n│ a │ b │\n└──┴──┘\n",
                " ".repeat(1_000_000)
            ),
        ),
    ];
    for (name, text) in cases {
        let doc = finishes_within(300, move || {
            let doc = common::assert_guarantees(name, &text);
            (text.len(), doc.sections.len())
        });
        assert!(doc.0 > 0, "{name}");
    }
}

#[test]
fn the_deepest_allowed_tree_serialises_and_reads_back_on_a_small_stack() {
    // Every section rank and the deepest lists, with nested markup inside.
    let mut text = String::from(
        "2025年4月14日\n\n# A\n\n## B\n\n### C\n\n#### D\n\n##### E\n\n###### F\n\nI. Roman\n\n一、中文\n\n1. One\n\n1.1 Two\n\n1.1.1 Three\n\n(1) Four\n\na. Letter\n\n(b) Paren\n\nBare heading\n\n- **Bold bullet**\n\nText.\n\n",
    );
    for depth in 0..40 {
        text.push_str(&format!(
            "{}- **[*_deep_*](u)** {depth}\n",
            "  ".repeat(depth)
        ));
    }
    finishes_within(60, move || {
        let doc = minutes::parse(&text);
        let json = serde_json::to_string(&doc).expect("serialises");
        let back: minutes::Document =
            serde_json::from_str(&json).expect("reads back within serde_json's depth limit");
        assert_eq!(back, doc);
    });
}
