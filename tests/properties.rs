//! Property tests: the guarantees of DESIGN.md on generated minutes-like
//! text, checked on every `cargo test` (the fuzz targets go further).

use proptest::prelude::*;

/// Pieces minutes are made of: markers, headers, markup, scripts, breaks.
const PIECES: &[&str] = &[
    "\n",
    "\n\n",
    "\r\n",
    "\r",
    "\u{0c}",
    " ",
    "  ",
    "\t",
    "- ",
    "* ",
    "• ",
    "▪ ",
    "➔",
    "→ ",
    "1. ",
    "2) ",
    "a. ",
    "(b) ",
    "I. ",
    "一、",
    "（二）",
    "# ",
    "## ",
    "---",
    "| a | b |",
    "|---|---|",
    "行动：",
    "Actions:",
    "ACTION: ",
    "免责声明",
    "Disclaimer",
    "**",
    "*",
    "_",
    "[",
    "](",
    ")",
    "<sup>1</sup>",
    "<a href=\"x\">",
    "</a>",
    "<https://un.org>",
    "[^1]",
    "\\",
    "2025年4月14日",
    "30 May 2025",
    "2025.01.30 | 12:00 UTC | 线上",
    "秘书处将在 8 月 30 日之前",
    "The Chair will circulate by 4 June",
    "会议同意",
    "agreed",
    "。",
    ".",
    "：",
    ":",
    "，",
    "IGF",
    "会议",
    "Le Secrétariat transmettra",
    "Бюро подготовит",
    "ستقوم الأمانة",
    "- 3 -",
    "Page 2 of 5",
    "\u{200b}",
    "\u{feff}",
    "\u{202e}",
    "é",
    "😀",
    "\0",
];

fn minutes_like() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 0..200).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, timeout: 5_000, ..ProptestConfig::default() })]

    #[test]
    fn every_guarantee_holds_on_minutes_like_text(text in minutes_like()) {
        let options = minutes::Options::default();
        let doc = minutes::parse_with(&text, &options);
        let errors = minutes::check::guarantees(&text, &doc, &options);
        prop_assert!(errors.is_empty(), "{:?}: {}", text, errors.join("; "));
    }

    #[test]
    fn every_guarantee_holds_on_any_text(text in any::<String>()) {
        let options = minutes::Options::default();
        let doc = minutes::parse_with(&text, &options);
        let errors = minutes::check::guarantees(&text, &doc, &options);
        prop_assert!(errors.is_empty(), "{:?}: {}", text, errors.join("; "));
    }

    #[test]
    fn bytes_decode_or_fail_with_a_typed_error(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        let options = minutes::Options::default();
        match minutes::decode(&bytes, &options) {
            Ok(decoded) => {
                let doc = minutes::parse_bytes(&bytes, &options).expect("decodes, so it parses");
                prop_assert_eq!(&doc.source.encoding, &decoded.encoding);
                let plain = minutes::parse_with(&decoded.text, &options);
                let errors = minutes::check::guarantees(&decoded.text, &plain, &options);
                prop_assert!(errors.is_empty(), "{}", errors.join("; "));
            }
            Err(e) => prop_assert!(minutes::parse_bytes(&bytes, &options).is_err_and(|e2| e2 == e)),
        }
    }
}
