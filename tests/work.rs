//! Linear work on the shapes that were quadratic once, counted in the
//! parser's deterministic work units (feature `work-counter`; `scripts/test`
//! runs `cargo test --features work-counter --test work`). No clock: 8x the
//! input may cost at most 10x the work, as in the `quadratic` fuzz target.
#![cfg(feature = "work-counter")]

fn work(text: &str) -> u64 {
    minutes::work_units(|| minutes::parse(text)).1
}

/// `unit` repeated n and 8n times costs at most 10x the work.
fn assert_linear(what: &str, head: &str, unit: &str, n: usize) {
    let small = format!("{head}{}", unit.repeat(n));
    let large = format!("{head}{}", unit.repeat(8 * n));
    let (w_small, w_large) = (work(&small), work(&large));
    assert!(
        w_large <= 10 * w_small + 10_000,
        "{what}: {w_small} -> {w_large} work units for 8x the input"
    );
}

#[test]
fn a_long_hard_wrapped_paragraph() {
    // Every line unfinished and of the page's width: one paragraph. Reflow
    // once joined the paragraph so far at every line.
    assert_linear(
        "wrapped paragraph",
        "1. Opening\n\n",
        "The committee discussed the draft report of the working group and\n",
        200,
    );
}

#[test]
fn a_disclaimer_of_many_paragraphs() {
    // Its language was once read again from the whole text at every
    // paragraph added.
    assert_linear(
        "disclaimer",
        "Disclaimer\n\n",
        "This unofficial translation is provided for information only and has no legal force.\n\n",
        200,
    );
}

#[test]
fn a_long_chinese_paragraph() {
    assert_linear(
        "Chinese paragraph",
        "一、开幕\n\n",
        "工作组讨论了报告草案并同意在下次会议之前分发修订稿\n",
        200,
    );
}
