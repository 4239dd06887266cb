//! Decode: bytes to text, before the pipeline.
//!
//! Input: the bytes of a file and the options. Output: the decoded text and
//! the name of the encoding used, or an [`Error`] that names what and where.
//! Order: a forced encoding; else a byte-order mark (UTF-8, UTF-16LE/BE);
//! else strict UTF-8; else the fallback encoding (GB18030 by default, since
//! Chinese minutes are the common case), reported by a diagnostic.
//! Spans of the parsed document refer to the decoded text (UTF-8), not to
//! the original bytes. The byte-order mark is not part of the text.

use std::borrow::Cow;

use crate::Error;

/// What decoding chose.
#[derive(Debug)]
pub struct Decoded<'a> {
    /// The text, without a byte-order mark.
    pub text: Cow<'a, str>,
    /// The WHATWG name of the encoding used (`UTF-8`, `UTF-16LE`, `gb18030`).
    pub encoding: &'static str,
    /// The fallback encoding was used because the bytes are not UTF-8.
    pub fell_back: bool,
}

/// The encoding a byte-order mark announces, and the mark's length.
fn sniff_bom(bytes: &[u8]) -> Option<(&'static str, usize)> {
    match bytes {
        [0xEF, 0xBB, 0xBF, ..] => Some(("UTF-8", 3)),
        [0xFF, 0xFE, ..] => Some(("UTF-16LE", 2)),
        [0xFE, 0xFF, ..] => Some(("UTF-16BE", 2)),
        _ => None,
    }
}

/// Decodes `bytes` as the options say.
pub fn decode<'a>(
    bytes: &'a [u8],
    forced: Option<&str>,
    fallback: Option<&str>,
) -> Result<Decoded<'a>, Error> {
    if let Some(label) = forced {
        let encoding = backend::lookup(label)?;
        // A BOM of the forced encoding is still not text.
        let body = match sniff_bom(bytes) {
            Some((bom, len)) if bom == encoding => &bytes[len..],
            _ => bytes,
        };
        return Ok(Decoded {
            text: strict(encoding, body)?,
            encoding,
            fell_back: false,
        });
    }
    if let Some((encoding, len)) = sniff_bom(bytes) {
        return Ok(Decoded {
            text: strict(encoding, &bytes[len..])?,
            encoding,
            fell_back: false,
        });
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok(Decoded {
            text: Cow::Borrowed(text),
            encoding: "UTF-8",
            fell_back: false,
        }),
        Err(e) => {
            let Some(label) = fallback else {
                return Err(Error::InvalidUtf8 {
                    offset: e.valid_up_to(),
                });
            };
            let encoding = backend::lookup(label)?;
            Ok(Decoded {
                text: strict(encoding, bytes)?,
                encoding,
                fell_back: true,
            })
        }
    }
}

/// Decodes `bytes` in `encoding` (a name [`backend::lookup`] gave) without
/// replacement: malformed input is an error. UTF-8 needs no backend.
fn strict<'a>(encoding: &'static str, bytes: &'a [u8]) -> Result<Cow<'a, str>, Error> {
    if encoding == "UTF-8" {
        return std::str::from_utf8(bytes)
            .map(Cow::Borrowed)
            .map_err(|e| Error::Malformed {
                encoding,
                offset: e.valid_up_to(),
            });
    }
    backend::strict(encoding, bytes)
}

/// Natively, the encodings of `encoding_rs` (the WHATWG Encoding Standard).
#[cfg(not(target_arch = "wasm32"))]
mod backend {
    use std::borrow::Cow;

    use encoding_rs::{DecoderResult, Encoding};

    use crate::Error;

    /// The WHATWG name of the encoding `label` names.
    pub fn lookup(label: &str) -> Result<&'static str, Error> {
        Encoding::for_label(label.trim().as_bytes())
            .map(Encoding::name)
            .ok_or_else(|| Error::UnknownEncoding {
                label: label.to_string(),
            })
    }

    pub fn strict<'a>(name: &'static str, bytes: &'a [u8]) -> Result<Cow<'a, str>, Error> {
        let Some(encoding) = Encoding::for_label(name.as_bytes()) else {
            return Err(Error::UnknownEncoding {
                label: name.to_string(),
            });
        };
        if let Some(text) = encoding.decode_without_bom_handling_and_without_replacement(bytes) {
            return Ok(text);
        }
        // Find where: decode again and stop at the first malformed sequence
        // (the offset is in the input's bytes).
        let mut decoder = encoding.new_decoder_without_bom_handling();
        let need = decoder
            .max_utf8_buffer_length_without_replacement(bytes.len())
            .unwrap_or(bytes.len().saturating_mul(3));
        let mut out = String::with_capacity(need.saturating_add(16));
        let mut read = 0;
        loop {
            let (result, n) =
                decoder.decode_to_string_without_replacement(&bytes[read..], &mut out, true);
            read += n;
            match result {
                DecoderResult::Malformed(bad, _) => {
                    return Err(Error::Malformed {
                        encoding: name,
                        offset: read.saturating_sub(usize::from(bad)),
                    });
                }
                // The string only fills its spare capacity: grow it for real.
                DecoderResult::OutputFull => out.reserve(out.capacity().max(64)),
                DecoderResult::InputEmpty => {
                    return Err(Error::Malformed {
                        encoding: name,
                        offset: bytes.len(),
                    });
                }
            }
        }
    }
}

/// In WebAssembly, the host's `TextDecoder` (every browser and Node has
/// the WHATWG encodings built in), which keeps `encoding_rs` and its tables,
/// about 130 KB of gzip, out of the `.wasm`.
#[cfg(target_arch = "wasm32")]
mod backend {
    use std::borrow::Cow;

    use web_sys::{TextDecodeOptions, TextDecoder, TextDecoderOptions};

    use crate::Error;

    /// The WHATWG names, as `encoding_rs` and the Encoding Standard spell
    /// them (`TextDecoder.encoding` gives them in lower case).
    const NAMES: &[&str] = &[
        "UTF-8",
        "IBM866",
        "ISO-8859-2",
        "ISO-8859-3",
        "ISO-8859-4",
        "ISO-8859-5",
        "ISO-8859-6",
        "ISO-8859-7",
        "ISO-8859-8",
        "ISO-8859-8-I",
        "ISO-8859-10",
        "ISO-8859-13",
        "ISO-8859-14",
        "ISO-8859-15",
        "ISO-8859-16",
        "KOI8-R",
        "KOI8-U",
        "macintosh",
        "windows-874",
        "windows-1250",
        "windows-1251",
        "windows-1252",
        "windows-1253",
        "windows-1254",
        "windows-1255",
        "windows-1256",
        "windows-1257",
        "windows-1258",
        "x-mac-cyrillic",
        "GBK",
        "gb18030",
        "Big5",
        "EUC-JP",
        "ISO-2022-JP",
        "Shift_JIS",
        "EUC-KR",
        "replacement",
        "UTF-16BE",
        "UTF-16LE",
        "x-user-defined",
    ];

    fn decoder(label: &str) -> Option<TextDecoder> {
        let options = TextDecoderOptions::new();
        options.set_fatal(true);
        TextDecoder::new_with_label_and_options(label, &options).ok()
    }

    /// The WHATWG name of the encoding `label` names, when the host knows it.
    pub fn lookup(label: &str) -> Result<&'static str, Error> {
        let unknown = || Error::UnknownEncoding {
            label: label.to_string(),
        };
        let found = decoder(label.trim()).ok_or_else(unknown)?.encoding();
        NAMES
            .iter()
            .copied()
            .find(|n| n.eq_ignore_ascii_case(&found))
            .ok_or_else(unknown)
    }

    pub fn strict<'a>(name: &'static str, bytes: &'a [u8]) -> Result<Cow<'a, str>, Error> {
        let Some(d) = decoder(name) else {
            return Err(Error::UnknownEncoding {
                label: name.to_string(),
            });
        };
        match d.decode_with_u8_array(bytes) {
            Ok(text) => Ok(Cow::Owned(text)),
            Err(_) => Err(Error::Malformed {
                encoding: name,
                offset: first_bad(name, bytes),
            }),
        }
    }

    /// Where a decoder first fails on `bytes`, since `TextDecoder` errors
    /// carry no offset: the start of an unfinished sequence at the end, else
    /// the byte at which it noticed, found by bisection (in streaming mode a
    /// prefix that fails keeps failing when extended).
    fn first_bad(name: &str, bytes: &[u8]) -> usize {
        let fails = |len: usize, stream: bool| {
            let options = TextDecodeOptions::new();
            options.set_stream(stream);
            decoder(name).is_none_or(|d| {
                d.decode_with_u8_array_and_options(&bytes[..len], &options)
                    .is_err()
            })
        };
        if !fails(bytes.len(), true) {
            // No sequence of the WHATWG encodings is longer than four bytes.
            return (1..=4)
                .map(|k| bytes.len().saturating_sub(k))
                .find(|&len| !fails(len, false))
                .unwrap_or(0);
        }
        // `fails(lo)` is false (an empty prefix decodes), `fails(hi)` true.
        let (mut lo, mut hi) = (0, bytes.len());
        while hi - lo > 1 {
            let mid = lo + (hi - lo) / 2;
            if fails(mid, true) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        lo
    }
}

/// Run natively (`encoding_rs`) and in WebAssembly (`TextDecoder`).
#[cfg(test)]
mod tests {
    use super::*;
    #[cfg(target_arch = "wasm32")]
    use wasm_bindgen_test::wasm_bindgen_test as test;

    fn utf16(s: &str, big_endian: bool) -> Vec<u8> {
        let mut out = if big_endian {
            vec![0xFE, 0xFF]
        } else {
            vec![0xFF, 0xFE]
        };
        for unit in s.encode_utf16() {
            out.extend(if big_endian {
                unit.to_be_bytes()
            } else {
                unit.to_le_bytes()
            });
        }
        out
    }

    #[test]
    fn boms_choose_the_encoding_and_are_not_text() {
        let d = decode("\u{feff}会议".as_bytes(), None, Some("gb18030")).unwrap();
        assert_eq!((d.text.as_ref(), d.encoding), ("会议", "UTF-8"));
        let le = utf16("会议", false);
        let d = decode(&le, None, None).unwrap();
        assert_eq!((d.text.as_ref(), d.encoding), ("会议", "UTF-16LE"));
        let be = utf16("会议", true);
        let d = decode(&be, None, None).unwrap();
        assert_eq!((d.text.as_ref(), d.encoding), ("会议", "UTF-16BE"));
    }

    #[test]
    fn gb18030_is_the_fallback_and_says_so() {
        // `行动：秘书处将分发报告。` in GB18030.
        let bytes = [
            0xD0, 0xD0, 0xB6, 0xAF, 0xA3, 0xBA, 0xC3, 0xD8, 0xCA, 0xE9, 0xB4, 0xA6, 0xBD, 0xAB,
            0xB7, 0xD6, 0xB7, 0xA2, 0xB1, 0xA8, 0xB8, 0xE6, 0xA1, 0xA3,
        ];
        let d = decode(&bytes, None, Some("gb18030")).unwrap();
        assert_eq!(d.text, "行动：秘书处将分发报告。");
        assert!(d.fell_back);
        assert_eq!(
            decode(&bytes, None, None).unwrap_err(),
            Error::InvalidUtf8 { offset: 0 }
        );
    }

    #[test]
    fn forced_and_unknown_encodings() {
        let bytes = b"R\xE9union".as_slice();
        assert_eq!(
            decode(bytes, Some("windows-1252"), None).unwrap().text,
            "Réunion"
        );
        assert_eq!(
            decode(b"x", Some("klingon"), None).unwrap_err(),
            Error::UnknownEncoding {
                label: "klingon".into()
            }
        );
    }

    #[test]
    fn a_lone_lead_byte_is_malformed_not_a_hang() {
        // Found by the property tests: 0x81 alone once looped for ever.
        let err = decode(&[0x81], None, Some("gb18030")).unwrap_err();
        assert_eq!(
            err,
            Error::Malformed {
                encoding: "gb18030",
                offset: 0
            }
        );
    }

    #[test]
    fn malformed_input_names_the_offset() {
        // A lone high surrogate in UTF-16LE after two good characters.
        let mut bytes = utf16("ab", false);
        bytes.extend([0x00, 0xD8, 0x41, 0x00]);
        let err = decode(&bytes, None, None).unwrap_err();
        assert!(
            matches!(err, Error::Malformed { encoding: "UTF-16LE", offset } if offset >= 4),
            "{err:?}"
        );
    }
}
