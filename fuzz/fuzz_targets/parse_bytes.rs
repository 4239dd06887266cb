//! Arbitrary bytes through decoding: a typed error, or a document that
//! keeps every guarantee; never a panic.
#![no_main]

use arbitrary::Arbitrary;
use libfuzzer_sys::fuzz_target;

#[derive(Arbitrary, Debug)]
struct Input<'a> {
    force: Option<u8>,
    fallback: bool,
    max_bytes: Option<u16>,
    bytes: &'a [u8],
}

const LABELS: &[&str] = &[
    "utf-8",
    "utf-16le",
    "utf-16be",
    "gb18030",
    "gbk",
    "windows-1252",
    "shift_jis",
    "x-unknown",
];

fuzz_target!(|input: Input| {
    let mut options = minutes::Options::default();
    options.encoding = input
        .force
        .map(|i| LABELS[usize::from(i) % LABELS.len()].to_string());
    if !input.fallback {
        options.fallback_encoding = None;
    }
    options.max_bytes = input.max_bytes.map(usize::from);
    match minutes::decode(input.bytes, &options) {
        Ok(decoded) => {
            let doc = minutes::parse_bytes(input.bytes, &options).expect("decodes, so it parses");
            assert_eq!(doc.source.encoding, decoded.encoding);
            let plain = minutes::parse_with(&decoded.text, &options);
            let errors = minutes::check::guarantees(&decoded.text, &plain, &options);
            assert!(errors.is_empty(), "{}", errors.join("; "));
        }
        Err(e) => assert_eq!(minutes::parse_bytes(input.bytes, &options).unwrap_err(), e),
    }
});
