//! Every crash, hang or broken guarantee found by the property tests or the
//! fuzzers, minimised, as a test that says what went wrong.

mod common;

#[test]
fn a_lone_gb18030_lead_byte_is_an_error_not_a_hang() {
    // proptest: decoding looped for ever (the output buffer never grew).
    let err = minutes::parse_bytes(&[0x81], &minutes::Options::default()).unwrap_err();
    assert!(
        matches!(err, minutes::Error::Malformed { offset: 0, .. }),
        "{err:?}"
    );
}

#[test]
fn a_negation_before_a_multibyte_marker_is_sliced_on_a_char_boundary() {
    // proptest: `lower[at - k..]` cut inside `➔`.
    common::assert_guarantees(
        "arrow then agreed",
        "- ➔\r\nagreed\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n",
    );
}

#[test]
fn a_form_feed_after_a_heading_marker_is_not_a_page_break_node() {
    // proptest: the page break overlapped the title's span.
    common::assert_guarantees("heading with form feed", "# \u{c}- ");
}

#[test]
fn a_page_number_inside_a_wrapped_title_keeps_leaves_apart() {
    // proptest: a title joined across a page number overlapped it.
    common::assert_guarantees(
        "title across a page number",
        "<https://un.org>| a | b |1. \r\n- 3 -\r\na. ",
    );
    common::assert_guarantees(
        "meta line with form feeds",
        "\n\n\n\n\n\n\n\n\n\n\n2025.01.30 | 12:00 UTC | 线上\u{c}\u{c}- \r\n\u{c}a. \n",
    );
}

#[test]
fn gb18030_pairs_decode_and_keep_every_guarantee() {
    // proptest: `81 40` repeated, decoded through the fallback.
    let bytes = [0x81u8, 0x40].repeat(9);
    let options = minutes::Options::default();
    let decoded = minutes::decode(&bytes, &options).expect("GB18030");
    assert_eq!(decoded.encoding, "gb18030");
    common::assert_guarantees("GB18030 pairs", &decoded.text);
}

#[test]
fn a_page_number_inside_a_title_block_line_is_not_inside_its_text() {
    // cargo fuzz `parse` (30 min, minimised from 561 bytes): the title
    // block built its paragraphs without leaving out the page number `2`
    // that reflow had joined over, so a text leaf overlapped the artifact.
    common::assert_guarantees("page number in the title block", ")\nI\n2\nc");
    let doc = minutes::parse(")\nI\n2\nc");
    assert_eq!(doc.artifacts.len(), 1);
}

#[test]
fn carriage_returns_around_a_page_number_in_bytes_keep_the_guarantees() {
    // cargo fuzz `parse_bytes` (this session, against an earlier build): a
    // run of bare CRs with a lone `4` (a page number) between title-block
    // lines; it no longer fails, and this input keeps it so.
    let bytes = b"\x20\xd0\x92\x46\x47\x49\x20\x32\x30\x32\x35\x20\xe2\x80\x93\x31\x32\x61\x20\x61\x70\x73\x76\x0d\x0d\x0d\x0d\x0d\x0d\x0d\x0d\x0d\x0d\x0d\x0d\x0d\xe5\x90\x8c\xe6\x84\x8f\x0d\x0d\x0d\x0d\x0d\x0d\x0d\x0d\x0d\x0d\x0d\x0d\x0d\x0d\x0d\x0d\x0d\x0d\x0d\x0d\x0d\x0d\x0d\x0d\x0d\x0d\x0d\x0d\x0d\x0d\x0d\x0d\x34\x0d\x0d\x0d\x0d\x0d\x74\xc3\xa9\x65\x20\x70\x61\x72\x20\x6c\x65\x20\x43\x6f\x6e\x73\x65\x69\x6c\x20\xc3\xa0\x20\x73\x61\x20\x0d\x0d\x0d\x0d\x0d\x0d\x0d\x0d\x0d\x00\x00\x00\x64\x0d\x0d\x0d\x0d\x0d\x0d\x0d\x0d\x0d\xd1\x82";
    let options = minutes::Options::default();
    let doc = minutes::parse_bytes(bytes, &options).expect("UTF-8 or GB18030");
    let text = minutes::decode(bytes, &options).expect("decodes").text;
    let errors = minutes::check::guarantees(&text, &doc, &options);
    assert!(errors.is_empty(), "{errors:?}");
}
