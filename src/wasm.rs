//! The WebAssembly bindings behind the npm package `minutes-parser`, built
//! for `wasm32` only. They translate and nothing more: JS arguments are
//! checked and turned into [`Options`], the core parses, and the result
//! goes back as a plain JS object with the fields of the JSON contract,
//! whose spans count UTF-16 code units (so `text.slice(start, end)` is the
//! node's source) or bytes (`positions: "utf8"`), each with a 1-based
//! `line` and `column`. Every bad argument throws an `Error` with a stable
//! `code`; a bug shows as a readable panic message, not `unreachable`
//! (every entry point installs the panic hook; a `start` function would be
//! exported to JS as well).

use serde::de::DeserializeOwned;
use serde::{Deserialize, Deserializer, Serialize};
use tsify_next::Tsify;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;

use crate::position::{Positions, Unit};
use crate::render::{self, AknOptions};
use crate::{Document, Error, Options};

#[wasm_bindgen(typescript_custom_section)]
const TS_SPAN: &'static str = r#"
/**
 * Where a node was written. `start` and `end` count UTF-16 code units of
 * the parsed text by default, so `text.slice(span.start, span.end)` is the
 * node's source; bytes of its UTF-8 with `positions: "utf8"`. `line` and
 * `column` (1-based, column in the same unit) locate `start`.
 */
export interface Span {
    start: number;
    end: number;
    line: number;
    column: number;
}
"#;

/// What span offsets count.
#[derive(Debug, Clone, Copy, Default, Deserialize, Tsify)]
#[serde(rename_all = "lowercase")]
pub enum PositionUnit {
    /// UTF-16 code units, as JS strings index.
    #[default]
    Utf16,
    /// Bytes of the UTF-8 text, as the native API and CLI count.
    Utf8,
}

/// Options of every function that parses.
#[derive(Debug, Default, Deserialize, Tsify)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ParseOptions {
    /// What span offsets count: `"utf16"` (default) or `"utf8"`.
    #[tsify(optional)]
    positions: Option<PositionUnit>,
    /// Largest input accepted, in UTF-8 bytes (for text) or bytes (for
    /// `parseBytes`); larger input throws `too-large`.
    #[tsify(optional)]
    max_bytes: Option<usize>,
    /// Deepest list nesting kept, 1 to 16 (the default); deeper items are
    /// flattened with a `nesting-too-deep` diagnostic.
    #[tsify(optional)]
    max_depth: Option<usize>,
    /// `parseBytes`: decode with this encoding (`utf-16le`, `gb18030` ...)
    /// whatever the bytes look like.
    #[tsify(optional)]
    encoding: Option<String>,
    /// `parseBytes`: the encoding tried when bytes without a byte-order
    /// mark are not UTF-8 (default `gb18030`); `null` refuses such bytes
    /// with `invalid-utf8`.
    #[tsify(optional, type = "string | null")]
    #[serde(default, deserialize_with = "present")]
    fallback_encoding: Option<Option<String>>,
}

const PARSE_OPTIONS: &[&str] = &[
    "positions",
    "maxBytes",
    "maxDepth",
    "encoding",
    "fallbackEncoding",
];

/// Options of the Akoma Ntoso output (`toAkn`).
#[derive(Debug, Default, Deserialize, Tsify)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct AknRenderOptions {
    /// The work's IRI; default `/akn/{country}/debateReport/meetingMinute/{date}/{title slug}`.
    #[tsify(optional)]
    work_uri: Option<String>,
    /// Who issued the minutes (`FRBRauthor`); default `Unknown`.
    #[tsify(optional)]
    author: Option<String>,
    /// The author's ontology IRI.
    #[tsify(optional)]
    author_href: Option<String>,
    /// The jurisdiction part of the IRIs (`un`).
    #[tsify(optional)]
    country: Option<String>,
    /// Date of the XML rendering, `YYYY-MM-DD`; default the meeting date.
    #[tsify(optional)]
    conversion_date: Option<String>,
}

const AKN_OPTIONS: &[&str] = &[
    "workUri",
    "author",
    "authorHref",
    "country",
    "conversionDate",
];

/// Text decoded from bytes by `decodeBytes`.
#[derive(Debug, Serialize, Tsify)]
#[serde(rename_all = "camelCase")]
pub struct DecodedText {
    /// The text, without a byte-order mark: `parseBytes` spans point here.
    text: String,
    /// The encoding used (`UTF-8`, `UTF-16LE`, `gb18030` ...).
    encoding: String,
    /// The fallback encoding was needed (the bytes are not UTF-8).
    fell_back: bool,
}

/// `null` as `Some(None)`, so that a present `null` differs from a missing
/// key (which `#[serde(default)]` makes `None`).
fn present<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Option<String>>, D::Error> {
    Option::<String>::deserialize(d).map(Some)
}

/// Parses minutes into a `Document`, a plain object with the fields of the
/// JSON contract and spans in `options.positions` units.
#[wasm_bindgen(js_name = parse, unchecked_return_type = "Document")]
pub fn parse(
    #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "ParseOptions")] options: JsValue,
) -> Result<JsValue, JsValue> {
    console_error_panic_hook::set_once();
    let (text, options, unit) = text_and_options(&text, options)?;
    let doc = parse_text(&text, &options)?;
    document_to_js(&json_with_positions(&text, &doc, unit))
}

/// Decodes the bytes of a file (byte-order mark, else UTF-8, else
/// `options.fallbackEncoding`; or `options.encoding`) and parses them.
/// Spans point into the decoded text (see `decodeBytes`).
#[wasm_bindgen(js_name = parseBytes, unchecked_return_type = "Document")]
pub fn parse_bytes(
    #[wasm_bindgen(unchecked_param_type = "Uint8Array")] bytes: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "ParseOptions")] options: JsValue,
) -> Result<JsValue, JsValue> {
    console_error_panic_hook::set_once();
    let bytes = bytes_arg(&bytes)?;
    let (options, unit) = parse_options(options)?;
    let decoded = crate::decode(&bytes, &options).map_err(core_error)?;
    let doc = crate::parse_decoded(&decoded, &options);
    document_to_js(&json_with_positions(&decoded.text, &doc, unit))
}

/// Decodes the bytes of a file as `parseBytes` does.
#[wasm_bindgen(js_name = decodeBytes, unchecked_return_type = "DecodedText")]
pub fn decode_bytes(
    #[wasm_bindgen(unchecked_param_type = "Uint8Array")] bytes: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "ParseOptions")] options: JsValue,
) -> Result<JsValue, JsValue> {
    console_error_panic_hook::set_once();
    let bytes = bytes_arg(&bytes)?;
    let (options, _) = parse_options(options)?;
    let decoded = crate::decode(&bytes, &options).map_err(core_error)?;
    to_js(&DecodedText {
        text: decoded.text,
        encoding: decoded.encoding,
        fell_back: decoded.fell_back,
    })
}

/// The `Document` that `parse` returns, as compact JSON text.
#[wasm_bindgen(js_name = toJson)]
pub fn to_json(
    #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "ParseOptions")] options: JsValue,
) -> Result<js_sys::JsString, JsValue> {
    console_error_panic_hook::set_once();
    let (text, options, unit) = text_and_options(&text, options)?;
    let doc = parse_text(&text, &options)?;
    Ok(json_with_positions(&text, &doc, unit))
}

/// An indented outline of the parse, for a terminal or a log.
#[wasm_bindgen(js_name = outline)]
pub fn outline(
    #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "ParseOptions")] options: JsValue,
) -> Result<String, JsValue> {
    console_error_panic_hook::set_once();
    render_with(text, options, render::outline)
}

/// The minutes as CommonMark: headings with numbers, task-list actions,
/// footnotes, disclaimers at the end.
#[wasm_bindgen(js_name = toMarkdown)]
pub fn to_markdown(
    #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "ParseOptions")] options: JsValue,
) -> Result<String, JsValue> {
    console_error_panic_hook::set_once();
    render_with(text, options, render::markdown)
}

/// The minutes as Akoma Ntoso 3.0 XML (`debateReport name="meetingMinute"`).
#[wasm_bindgen(js_name = toAkn)]
pub fn to_akn(
    #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "ParseOptions")] options: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "AknRenderOptions")] akn: JsValue,
) -> Result<String, JsValue> {
    console_error_panic_hook::set_once();
    let given: AknRenderOptions = options_arg(akn, AKN_OPTIONS, "akn")?;
    let defaults = AknOptions::default();
    let akn = AknOptions {
        work_uri: given.work_uri,
        author: given.author.unwrap_or(defaults.author),
        author_href: given.author_href,
        country: given.country.unwrap_or(defaults.country),
        conversion_date: given.conversion_date,
    };
    render_with(text, options, |src, doc| render::akn(src, doc, &akn))
}

/// The action items as RFC 4180 CSV: section, actor, due, text, line.
#[wasm_bindgen(js_name = actionsCsv)]
pub fn actions_csv(
    #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "ParseOptions")] options: JsValue,
) -> Result<String, JsValue> {
    console_error_panic_hook::set_once();
    render_with(text, options, render::actions_csv)
}

/// The action items as an RFC 5545 calendar of to-dos.
#[wasm_bindgen(js_name = actionsIcs)]
pub fn actions_ics(
    #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "ParseOptions")] options: JsValue,
) -> Result<String, JsValue> {
    console_error_panic_hook::set_once();
    render_with(text, options, render::actions_ics)
}

/// The version of the package (the crate's version).
#[wasm_bindgen(js_name = version)]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}

fn render_with(
    text: JsValue,
    options: JsValue,
    render: impl FnOnce(&str, &Document) -> String,
) -> Result<String, JsValue> {
    let (text, options, _) = text_and_options(&text, options)?;
    let doc = parse_text(&text, &options)?;
    Ok(render(&text, &doc))
}

fn parse_text(text: &str, options: &Options) -> Result<Document, JsValue> {
    crate::try_parse(text, options).map_err(core_error)
}

fn text_and_options(text: &JsValue, options: JsValue) -> Result<(String, Options, Unit), JsValue> {
    let text = text
        .as_string()
        .ok_or_else(|| type_error(format!("text must be a string, not {}", type_name(text))))?;
    let (options, unit) = parse_options(options)?;
    Ok((text, options, unit))
}

fn bytes_arg(bytes: &JsValue) -> Result<Vec<u8>, JsValue> {
    match bytes.dyn_ref::<js_sys::Uint8Array>() {
        Some(array) => Ok(array.to_vec()),
        None => Err(type_error(format!(
            "bytes must be a Uint8Array, not {}",
            type_name(bytes)
        ))),
    }
}

fn parse_options(options: JsValue) -> Result<(Options, Unit), JsValue> {
    let given: ParseOptions = options_arg(options, PARSE_OPTIONS, "options")?;
    let mut out = Options::default();
    if let Some(depth) = given.max_depth {
        if !(1..=crate::MAX_DEPTH_LIMIT).contains(&depth) {
            let limit = crate::MAX_DEPTH_LIMIT;
            let message = format!("options.maxDepth must be between 1 and {limit}, not {depth}");
            return Err(error("invalid-option", message));
        }
        out.max_depth = depth;
    }
    out.max_bytes = given.max_bytes;
    out.encoding = given.encoding;
    if let Some(fallback) = given.fallback_encoding {
        out.fallback_encoding = fallback;
    }
    let unit = match given.positions.unwrap_or_default() {
        PositionUnit::Utf16 => Unit::Utf16,
        PositionUnit::Utf8 => Unit::Utf8,
    };
    Ok((out, unit))
}

/// Reads an options object: `undefined` and `null` give the defaults, an
/// unknown key is `unknown-option`, a bad value `invalid-option`.
fn options_arg<T: DeserializeOwned + Default>(
    value: JsValue,
    known: &[&str],
    what: &str,
) -> Result<T, JsValue> {
    if value.is_undefined() || value.is_null() {
        return Ok(T::default());
    }
    if !value.is_object() || js_sys::Array::is_array(&value) {
        return Err(type_error(format!(
            "{what} must be an object, not {}",
            type_name(&value)
        )));
    }
    for key in js_sys::Object::keys(value.unchecked_ref::<js_sys::Object>()).iter() {
        let key = key.as_string().unwrap_or_default();
        if !known.contains(&key.as_str()) {
            return Err(error(
                "unknown-option",
                format!("unknown {what} key `{key}`; known: {}", known.join(", ")),
            ));
        }
    }
    let deserializer = serde_wasm_bindgen::Deserializer::from(value);
    serde_path_to_error::deserialize(deserializer).map_err(|e| {
        // serde-wasm-bindgen's messages are JS errors: drop "Error: ".
        let inner = e.inner().to_string();
        let reason = inner.strip_prefix("Error: ").unwrap_or(&inner);
        error("invalid-option", format!("{what}.{}: {reason}", e.path()))
    })
}

/// The document as JSON text (a JS string) whose spans count `unit` and
/// carry line and column, in one pass: serde_json's compact output through
/// [`SpanFormatter`] into [`JsPieces`].
fn json_with_positions(text: &str, doc: &Document, unit: Unit) -> js_sys::JsString {
    let positions = Positions::new(text, unit);
    let mut out = JsPieces::new();
    let mut ser = serde_json::Serializer::with_formatter(&mut out, SpanFormatter::new(&positions));
    // Plain data with string keys into a buffer cannot fail.
    let _ = doc.serialize(&mut ser);
    out.finish()
}

#[wasm_bindgen]
extern "C" {
    /// The host's UTF-8 `TextDecoder`, bound so that `decode` gives a JS
    /// string (web-sys's copies it back into wasm memory).
    #[wasm_bindgen(js_name = TextDecoder)]
    type PieceDecoder;
    #[wasm_bindgen(constructor, js_class = TextDecoder)]
    fn new() -> PieceDecoder;
    #[wasm_bindgen(method, js_class = TextDecoder, js_name = decode)]
    fn decode(this: &PieceDecoder, bytes: &[u8]) -> js_sys::JsString;
    /// `JSON.parse` of a JS string.
    #[wasm_bindgen(js_namespace = JSON, js_name = parse, catch)]
    fn json_parse(text: &js_sys::JsString) -> Result<JsValue, JsValue>;
}

/// Bytes of a piece handed to JS: small next to the JSON of a large
/// document, large next to the cost of a call.
const PIECE: usize = 1 << 18;

/// A writer that hands UTF-8 text to JS a piece at a time, decoded into JS
/// strings that are joined at the end: the whole text (3.3 bytes per byte
/// of minutes) never sits in wasm memory, which never shrinks.
struct JsPieces {
    buf: Vec<u8>,
    decoder: PieceDecoder,
    parts: js_sys::Array,
}

impl JsPieces {
    fn new() -> Self {
        JsPieces {
            buf: Vec::with_capacity(PIECE + 4096),
            decoder: PieceDecoder::new(),
            parts: js_sys::Array::new(),
        }
    }

    /// Decodes the buffer up to its last whole character into the next
    /// part. (`decode`'s own `stream` option would do this, but takes a
    /// path several times slower in Node.)
    fn hand_over(&mut self) {
        let cut = whole_chars(&self.buf);
        self.parts.push(&self.decoder.decode(&self.buf[..cut]));
        self.buf.drain(..cut);
    }

    fn finish(mut self) -> js_sys::JsString {
        self.hand_over();
        self.parts.join("")
    }
}

/// The length of the longest prefix of `bytes` (UTF-8 cut anywhere) that
/// ends on a character boundary.
fn whole_chars(bytes: &[u8]) -> usize {
    // The last character's first byte, at most 4 bytes back.
    let Some(lead) = (bytes.len().saturating_sub(4)..bytes.len())
        .rev()
        .find(|&i| bytes[i] & 0xC0 != 0x80)
    else {
        return bytes.len();
    };
    let width = match bytes[lead] {
        0x00..=0x7F => 1,
        0xC0..=0xDF => 2,
        0xE0..=0xEF => 3,
        _ => 4,
    };
    if lead + width <= bytes.len() {
        bytes.len()
    } else {
        lead
    }
}

impl std::io::Write for JsPieces {
    /// Takes what fits in the piece (at least a byte: a piece is handed
    /// over once full), so that a long string is cut into pieces too.
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        let take = bytes.len().min(PIECE.saturating_sub(self.buf.len()).max(1));
        self.buf.extend_from_slice(&bytes[..take]);
        if self.buf.len() >= PIECE {
            self.hand_over();
        }
        Ok(take)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// serde_json's compact formatting, but the value of every `span` and
/// `title_span` key (a [`crate::Span`]: `{"start":S,"end":E}`) is written
/// as `{"start":S',"end":E',"line":L,"column":C}` in the chosen unit.
/// serde_json reports each key to the formatter before its value, so the
/// formatter knows when the next object is a span.
struct SpanFormatter<'p> {
    positions: &'p Positions<'p>,
    /// Writing an object key.
    in_key: bool,
    /// The last key written.
    key: Key,
    /// The value being written is a span's, if it is an object.
    span_next: bool,
    /// Inside a span object: its start's line and column once written.
    in_span: Option<(usize, usize)>,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Key {
    Span,
    Start,
    End,
    Other,
}

impl<'p> SpanFormatter<'p> {
    fn new(positions: &'p Positions<'p>) -> Self {
        SpanFormatter {
            positions,
            in_key: false,
            key: Key::Other,
            span_next: false,
            in_span: None,
        }
    }
}

impl serde_json::ser::Formatter for SpanFormatter<'_> {
    fn begin_object_key<W: ?Sized + std::io::Write>(
        &mut self,
        writer: &mut W,
        first: bool,
    ) -> std::io::Result<()> {
        self.in_key = true;
        if first {
            Ok(())
        } else {
            writer.write_all(b",")
        }
    }

    fn end_object_key<W: ?Sized + std::io::Write>(&mut self, _: &mut W) -> std::io::Result<()> {
        self.in_key = false;
        Ok(())
    }

    fn begin_object_value<W: ?Sized + std::io::Write>(
        &mut self,
        writer: &mut W,
    ) -> std::io::Result<()> {
        self.span_next = self.in_span.is_none() && self.key == Key::Span;
        writer.write_all(b":")
    }

    fn end_object_value<W: ?Sized + std::io::Write>(&mut self, _: &mut W) -> std::io::Result<()> {
        // Whatever it was, the value is written.
        self.span_next = false;
        Ok(())
    }

    fn write_string_fragment<W: ?Sized + std::io::Write>(
        &mut self,
        writer: &mut W,
        fragment: &str,
    ) -> std::io::Result<()> {
        if self.in_key {
            self.key = match fragment {
                "span" | "title_span" => Key::Span,
                "start" => Key::Start,
                "end" => Key::End,
                _ => Key::Other,
            };
        }
        writer.write_all(fragment.as_bytes())
    }

    fn begin_object<W: ?Sized + std::io::Write>(&mut self, writer: &mut W) -> std::io::Result<()> {
        if std::mem::take(&mut self.span_next) {
            // Line and column come with `start`, the span's first field.
            self.in_span = Some((1, 1));
        }
        writer.write_all(b"{")
    }

    fn end_object<W: ?Sized + std::io::Write>(&mut self, writer: &mut W) -> std::io::Result<()> {
        if let Some((line, column)) = self.in_span.take() {
            // `itoa`, not `write!`: the formatting machinery was a third
            // of the span rewriting's time in wasm.
            let mut n = itoa::Buffer::new();
            writer.write_all(b",\"line\":")?;
            writer.write_all(n.format(line).as_bytes())?;
            writer.write_all(b",\"column\":")?;
            writer.write_all(n.format(column).as_bytes())?;
        }
        writer.write_all(b"}")
    }

    fn write_u64<W: ?Sized + std::io::Write>(
        &mut self,
        writer: &mut W,
        value: u64,
    ) -> std::io::Result<()> {
        let value = match (self.in_span.is_some(), self.key) {
            (true, Key::Start) => {
                let at = self.positions.at(value as usize);
                self.in_span = Some((at.line, at.column));
                at.offset as u64
            }
            (true, Key::End) => self.positions.offset(value as usize) as u64,
            _ => value,
        };
        writer.write_all(itoa::Buffer::new().format(value).as_bytes())
    }

    fn begin_array<W: ?Sized + std::io::Write>(&mut self, writer: &mut W) -> std::io::Result<()> {
        // A list after a `span` key is no span.
        self.span_next = false;
        writer.write_all(b"[")
    }
}

/// A document to a JS object through JSON text and the engine's
/// `JSON.parse`: twice as fast as building the object field by field from
/// wasm (`scripts/bench-wasm`), and the same plain object.
fn document_to_js(json: &js_sys::JsString) -> Result<JsValue, JsValue> {
    json_parse(json).map_err(|e| error("internal", format!("{e:?}")))
}

fn to_js<T: Serialize + ?Sized>(value: &T) -> Result<JsValue, JsValue> {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| error("internal", e.to_string()))
}

/// A JS `Error` with a stable `code` property.
fn error(code: &str, message: String) -> JsValue {
    with_code(js_sys::Error::new(&message).into(), code)
}

/// A JS `TypeError` (an argument of the wrong type), code `invalid-argument`.
fn type_error(message: String) -> JsValue {
    with_code(js_sys::TypeError::new(&message).into(), "invalid-argument")
}

fn with_code(err: JsValue, code: &str) -> JsValue {
    // Setting a property on a fresh Error object cannot fail.
    let _ = js_sys::Reflect::set(&err, &"code".into(), &code.into());
    err
}

fn core_error(e: Error) -> JsValue {
    error(e.code(), e.to_string())
}

fn type_name(value: &JsValue) -> String {
    if value.is_null() {
        "null".into()
    } else if js_sys::Array::is_array(value) {
        "an array".into()
    } else {
        value.js_typeof().as_string().unwrap_or_default()
    }
}

/// Run under Node: `scripts/test-wasm` (wasm-bindgen-test).
#[cfg(test)]
mod tests {
    use super::*;
    use js_sys::{Array, JsString, Reflect, Uint8Array};
    use serde_json::Value;
    use wasm_bindgen_test::wasm_bindgen_test;

    fn get(value: &JsValue, path: &str) -> JsValue {
        path.split('.')
            .fold(value.clone(), |v, key| match key.parse::<u32>() {
                Ok(i) => Reflect::get_u32(&v, i).unwrap_or(JsValue::UNDEFINED),
                Err(_) => Reflect::get(&v, &key.into()).unwrap_or(JsValue::UNDEFINED),
            })
    }

    fn num(value: &JsValue, path: &str) -> u32 {
        get(value, path).as_f64().unwrap_or(-1.0) as u32
    }

    fn opts(json: &str) -> JsValue {
        js_sys::JSON::parse(json).unwrap()
    }

    /// The `code` of the error a call threw.
    fn code<T: std::fmt::Debug>(result: Result<T, JsValue>) -> String {
        let err = result.expect_err("should throw");
        assert!(err.is_instance_of::<js_sys::Error>(), "throws an Error");
        get(&err, "code").as_string().unwrap_or_default()
    }

    /// The source text of a JS span, sliced as JS code would.
    fn slice(text: &str, span: &JsValue) -> String {
        JsString::from(text)
            .slice(num(span, "start"), num(span, "end"))
            .into()
    }

    const MIXED: &str = "会议纪要 😀 مرحبا\n\n1. 欢迎辞 🇺🇳\n\n行动：\n\n➔ IGF 秘书处将在 2 月 15 日之前分发报告。😀\n\n2. Closing\n\n- The Secretariat will circulate the report by 15 March 2025.\n";

    #[wasm_bindgen_test]
    fn spans_count_utf16_units_so_slice_gives_the_source() {
        let doc = parse(MIXED.into(), JsValue::UNDEFINED).unwrap();
        let action = get(&doc, "actions.0");
        assert!(slice(MIXED, &get(&action, "span")).starts_with("➔ IGF 秘书处"));
        assert!(slice(MIXED, &get(&action, "span")).ends_with("报告。😀"));
        assert_eq!(num(&action, "span.line"), 7);
        assert_eq!(num(&action, "span.column"), 1);
        let second = get(&doc, "sections.1");
        assert_eq!(slice(MIXED, &get(&second, "title_span")), "Closing");
        assert_eq!(
            get(&doc, "title.text").as_string().unwrap(),
            "会议纪要 😀 مرحبا"
        );
        assert_eq!(slice(MIXED, &get(&doc, "title.span")), "会议纪要 😀 مرحبا");
        // Null fields are null, as in the JSON contract.
        assert!(get(&doc, "meta.venue").is_null());
    }

    #[wasm_bindgen_test]
    fn utf8_positions_are_the_native_byte_offsets() {
        let doc = parse(MIXED.into(), opts(r#"{"positions":"utf8"}"#)).unwrap();
        let native = crate::parse(MIXED);
        let span = native.actions[0].span;
        assert_eq!(num(&doc, "actions.0.span.start") as usize, span.start);
        assert_eq!(num(&doc, "actions.0.span.end") as usize, span.end);
        assert_eq!(num(&doc, "actions.0.span.line"), 7);
    }

    /// The native JSON of `text` with the line and column that byte
    /// positions add to every span.
    fn native_with_positions(text: &str) -> Value {
        let mut native = serde_json::to_value(crate::parse(text)).unwrap();
        let positions = Positions::new(text, Unit::Utf8);
        let mut stack = vec![&mut native];
        while let Some(v) = stack.pop() {
            match v {
                Value::Object(map) => {
                    for (key, child) in map.iter_mut() {
                        if key == "span" || key == "title_span" {
                            let at = positions.at(child["start"].as_u64().unwrap() as usize);
                            child["line"] = at.line.into();
                            child["column"] = at.column.into();
                        } else {
                            stack.push(child);
                        }
                    }
                }
                Value::Array(items) => stack.extend(items.iter_mut()),
                _ => {}
            }
        }
        native
    }

    #[wasm_bindgen_test]
    fn the_object_has_the_fields_of_the_native_json() {
        let doc = parse(MIXED.into(), opts(r#"{"positions":"utf8"}"#)).unwrap();
        let from_js: Value =
            serde_json::from_str(&js_sys::JSON::stringify(&doc).unwrap().as_string().unwrap())
                .unwrap();
        // With byte positions, only line and column are added.
        let native = native_with_positions(MIXED);
        assert_eq!(from_js, native);
        let json = String::from(to_json(MIXED.into(), opts(r#"{"positions":"utf8"}"#)).unwrap());
        assert_eq!(serde_json::from_str::<Value>(&json).unwrap(), native);
        // The contract's field order, as the native JSON has it.
        let native_json = crate::render::json(&crate::parse(MIXED), false);
        let cut = native_json.find("\"span\":").unwrap();
        assert_eq!(json[..cut], native_json[..cut]);
    }

    #[wasm_bindgen_test]
    fn bad_arguments_throw_errors_with_stable_codes() {
        assert_eq!(
            code(parse(42.into(), JsValue::UNDEFINED)),
            "invalid-argument"
        );
        assert_eq!(
            code(parse(JsValue::NULL, JsValue::UNDEFINED)),
            "invalid-argument"
        );
        let bytes: JsValue = Uint8Array::new_with_length(1).into();
        assert_eq!(code(parse(bytes, JsValue::UNDEFINED)), "invalid-argument");
        assert_eq!(
            code(parse_bytes("text".into(), JsValue::UNDEFINED)),
            "invalid-argument"
        );
        assert_eq!(code(parse("x".into(), "utf8".into())), "invalid-argument");
        assert_eq!(
            code(parse("x".into(), Array::new().into())),
            "invalid-argument"
        );
        assert_eq!(
            code(parse("x".into(), opts(r#"{"maxbytes":1}"#))),
            "unknown-option"
        );
        assert_eq!(
            code(parse("x".into(), opts(r#"{"positions":"utf32"}"#))),
            "invalid-option"
        );
        assert_eq!(
            code(parse("x".into(), opts(r#"{"maxDepth":0}"#))),
            "invalid-option"
        );
        assert_eq!(
            code(parse("x".into(), opts(r#"{"maxDepth":17}"#))),
            "invalid-option"
        );
        assert_eq!(
            code(parse("x".into(), opts(r#"{"maxDepth":"deep"}"#))),
            "invalid-option"
        );
        assert_eq!(
            code(parse("秘书".into(), opts(r#"{"maxBytes":5}"#))),
            "too-large"
        );
        let akn = to_akn("x".into(), JsValue::UNDEFINED, opts(r#"{"lang":"en"}"#));
        assert_eq!(code(akn), "unknown-option");
    }

    #[wasm_bindgen_test]
    fn error_messages_name_the_option_at_fault() {
        let err = parse("x".into(), opts(r#"{"maxDepth":"deep"}"#)).unwrap_err();
        let message = get(&err, "message").as_string().unwrap();
        assert!(message.starts_with("options.maxDepth: "), "{message}");
        let err = parse("x".into(), opts(r#"{"colour":1}"#)).unwrap_err();
        let message = get(&err, "message").as_string().unwrap();
        assert!(
            message.contains("`colour`") && message.contains("maxBytes"),
            "{message}"
        );
    }

    fn bytes(b: &[u8]) -> JsValue {
        Uint8Array::from(b).into()
    }

    #[wasm_bindgen_test]
    fn bytes_are_decoded_as_natively() {
        // "你好" in GB18030, then UTF-16LE with a byte-order mark.
        let gb = bytes(&[0xc4, 0xe3, 0xba, 0xc3]);
        let doc = parse_bytes(gb.clone(), JsValue::UNDEFINED).unwrap();
        assert_eq!(get(&doc, "source.encoding").as_string().unwrap(), "gb18030");
        assert_eq!(
            get(&doc, "diagnostics.0.code").as_string().unwrap(),
            "encoding-fallback"
        );
        let decoded = decode_bytes(gb.clone(), JsValue::UNDEFINED).unwrap();
        assert_eq!(get(&decoded, "text").as_string().unwrap(), "你好");
        assert_eq!(get(&decoded, "fellBack").as_bool(), Some(true));
        // The span counts UTF-16 units of the decoded text.
        assert_eq!(num(&doc, "title.span.end"), 2);

        let utf16: Vec<u8> = [0xff, 0xfe]
            .into_iter()
            .chain("Minutes\n".encode_utf16().flat_map(u16::to_le_bytes))
            .collect();
        let doc = parse_bytes(bytes(&utf16), JsValue::UNDEFINED).unwrap();
        assert_eq!(get(&doc, "title.text").as_string().unwrap(), "Minutes");

        assert_eq!(
            code(parse_bytes(
                gb.clone(),
                opts(r#"{"fallbackEncoding":null}"#)
            )),
            "invalid-utf8"
        );
        assert_eq!(
            code(parse_bytes(gb.clone(), opts(r#"{"encoding":"klingon"}"#))),
            "unknown-encoding"
        );
        assert_eq!(
            code(parse_bytes(gb, opts(r#"{"maxBytes":3}"#))),
            "too-large"
        );
    }

    #[wasm_bindgen_test]
    fn renderers_give_what_the_native_renderers_give() {
        let doc = crate::parse(MIXED);
        assert_eq!(
            outline(MIXED.into(), JsValue::UNDEFINED).unwrap(),
            render::outline(MIXED, &doc)
        );
        assert_eq!(
            to_markdown(MIXED.into(), JsValue::UNDEFINED).unwrap(),
            render::markdown(MIXED, &doc)
        );
        assert_eq!(
            actions_csv(MIXED.into(), JsValue::UNDEFINED).unwrap(),
            render::actions_csv(MIXED, &doc)
        );
        assert_eq!(
            actions_ics(MIXED.into(), JsValue::UNDEFINED).unwrap(),
            render::actions_ics(MIXED, &doc)
        );
        let akn = AknOptions {
            author: "IGF".into(),
            ..AknOptions::default()
        };
        assert_eq!(
            to_akn(
                MIXED.into(),
                JsValue::UNDEFINED,
                opts(r#"{"author":"IGF"}"#)
            )
            .unwrap(),
            render::akn(MIXED, &doc, &akn)
        );
        assert_eq!(version(), env!("CARGO_PKG_VERSION"));
    }

    #[wasm_bindgen_test]
    fn json_of_many_pieces_is_whole() {
        // Pieces end inside two-, three- and four-byte characters too.
        let text = MIXED.repeat(3000);
        let utf8 = opts(r#"{"positions":"utf8"}"#);
        let json = String::from(to_json(text.as_str().into(), utf8.clone()).unwrap());
        assert!(json.len() > 4 * PIECE);
        let native = native_with_positions(&text);
        assert_eq!(serde_json::from_str::<Value>(&json).unwrap(), native);
        let doc = parse(text.as_str().into(), utf8.clone()).unwrap();
        let from_js = js_sys::JSON::stringify(&doc).unwrap().as_string().unwrap();
        assert_eq!(serde_json::from_str::<Value>(&from_js).unwrap(), native);
        // One text node longer than three pieces: its string is cut too.
        let text = format!("Minutes\n\n{}\n", "会议 é😀 ".repeat(100_000));
        let json = String::from(to_json(text.as_str().into(), utf8).unwrap());
        let native = native_with_positions(&text);
        assert_eq!(serde_json::from_str::<Value>(&json).unwrap(), native);
    }

    #[wasm_bindgen_test]
    fn a_piece_ends_on_the_last_whole_character() {
        let text = "a é 中 😀";
        for cut in 0..=text.len() {
            let whole = (0..=cut).rev().find(|&i| text.is_char_boundary(i));
            assert_eq!(
                Some(whole_chars(&text.as_bytes()[..cut])),
                whole,
                "cut {cut}"
            );
        }
    }

    #[wasm_bindgen_test]
    fn the_deepest_allowed_tree_converts_on_the_wasm_stack() {
        // Every heading rank, then lists far deeper than `maxDepth`, each
        // item with markup nested as deep as the inline parser goes.
        let mut text = String::from("Minutes\n\n");
        for rank in 1..=6 {
            text.push_str(&format!("{} Rank {rank}\n\n", "#".repeat(rank)));
        }
        text.push_str("I. Roman\n\n1. One\n\n1.1 Two\n\n1.1.1 Three\n\n(a) Letter\n\n");
        for depth in 0..2000 {
            text.push_str(&"  ".repeat(depth));
            text.push_str("- **[*_x_*](u)** <a href=\"v\">**[y](w)**</a>\n");
        }
        let doc = parse(text.as_str().into(), opts(r#"{"maxDepth":16}"#)).unwrap();
        assert!(get(&doc, "sections").is_object());
        let diagnostics = get(&doc, "diagnostics");
        assert!(
            Array::from(&diagnostics).length() > 0,
            "the cap is reported"
        );
        let json = String::from(to_json(text.as_str().into(), JsValue::UNDEFINED).unwrap());
        assert!(
            js_sys::JSON::parse(&json).is_ok(),
            "JSON.parse reads it back"
        );
    }
}
