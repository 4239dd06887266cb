//! Performance pathologies are bugs: a fragment repeated N and 8N times
//! must not cost more than about 10x the work. Work is counted in a
//! deterministic unit, not wall time: the steps the parser's loops take,
//! counted by `minutes::work_units` (the `work-counter` feature).
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|fragment: &str| {
    if fragment.is_empty() || fragment.len() > 64 {
        return;
    }
    let small = fragment.repeat(64);
    let large = fragment.repeat(512);
    let (_, w_small) = minutes::work_units(|| minutes::parse(&small));
    let (_, w_large) = minutes::work_units(|| minutes::parse(&large));
    // 8x the input: allow 10x the work, plus a constant for tiny inputs.
    assert!(
        w_large <= 10 * w_small + 10_000,
        "{fragment:?}: {w_small} -> {w_large} work units for 8x the input"
    );
});
