//! Arbitrary text under arbitrary options: every guarantee must hold.
#![no_main]

use arbitrary::Arbitrary;
use libfuzzer_sys::fuzz_target;

#[derive(Arbitrary, Debug)]
struct Input<'a> {
    max_depth: u8,
    text: &'a str,
}

fuzz_target!(|input: Input| {
    let mut options = minutes::Options::default();
    options.max_depth = usize::from(input.max_depth % 20);
    let doc = minutes::parse_with(input.text, &options);
    let errors = minutes::check::guarantees(input.text, &doc, &options);
    assert!(errors.is_empty(), "{:?}: {}", input.text, errors.join("; "));
});
