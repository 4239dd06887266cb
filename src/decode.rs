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

use encoding_rs::{Encoding, UTF_8};

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

fn lookup(label: &str) -> Result<&'static Encoding, Error> {
    Encoding::for_label(label.trim().as_bytes()).ok_or_else(|| Error::UnknownEncoding {
        label: label.to_string(),
    })
}

/// Decodes `bytes` without replacement: malformed input is an error.
fn strict<'a>(encoding: &'static Encoding, bytes: &'a [u8]) -> Result<Cow<'a, str>, Error> {
    if let Some(text) = encoding.decode_without_bom_handling_and_without_replacement(bytes) {
        return Ok(text);
    }
    // Find where: decode with replacement and locate the first U+FFFD that
    // the input did not hold (the offset is in the input's bytes).
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
            encoding_rs::DecoderResult::Malformed(bad, _) => {
                let offset = read.saturating_sub(usize::from(bad));
                return Err(Error::Malformed {
                    encoding: encoding.name(),
                    offset,
                });
            }
            // The string only fills its spare capacity: grow it for real.
            encoding_rs::DecoderResult::OutputFull => out.reserve(out.capacity().max(64)),
            encoding_rs::DecoderResult::InputEmpty => {
                return Err(Error::Malformed {
                    encoding: encoding.name(),
                    offset: bytes.len(),
                });
            }
        }
    }
}

/// Decodes `bytes` as the options say.
pub fn decode<'a>(
    bytes: &'a [u8],
    forced: Option<&str>,
    fallback: Option<&str>,
) -> Result<Decoded<'a>, Error> {
    if let Some(label) = forced {
        let encoding = lookup(label)?;
        // A BOM of the forced encoding is still not text.
        let body = match Encoding::for_bom(bytes) {
            Some((bom_enc, len)) if bom_enc == encoding => &bytes[len..],
            _ => bytes,
        };
        return Ok(Decoded {
            text: strict(encoding, body)?,
            encoding: encoding.name(),
            fell_back: false,
        });
    }
    if let Some((encoding, len)) = Encoding::for_bom(bytes) {
        return Ok(Decoded {
            text: strict(encoding, &bytes[len..])?,
            encoding: encoding.name(),
            fell_back: false,
        });
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok(Decoded {
            text: Cow::Borrowed(text),
            encoding: UTF_8.name(),
            fell_back: false,
        }),
        Err(e) => {
            let Some(label) = fallback else {
                return Err(Error::InvalidUtf8 {
                    offset: e.valid_up_to(),
                });
            };
            let encoding = lookup(label)?;
            Ok(Decoded {
                text: strict(encoding, bytes)?,
                encoding: encoding.name(),
                fell_back: true,
            })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
        let (bytes, _, _) = encoding_rs::GB18030.encode("行动：秘书处将分发报告。");
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
        let (bytes, _, _) = encoding_rs::WINDOWS_1252.encode("Réunion");
        assert_eq!(
            decode(&bytes, Some("windows-1252"), None).unwrap().text,
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
