//! Character classes shared by the stages: white space, CJK, sentence ends,
//! display width, and the normalised form classification looks at.
//!
//! Pure functions over `char` and `&str`; no state. The tests of one
//! character are `#[inline]`: every scan calls them once per character
//! (natively 1% fewer instructions; in wasm the parse runs 14% faster for
//! 6 KB more gzip).

use std::borrow::Cow;

/// White space for every rule of the parser: Unicode `White_Space` plus the
/// zero-width format characters that PDF and Word exports scatter (BOM,
/// ZWSP, word joiner). "Nothing is lost" is checked against this set.
#[inline]
pub fn is_space(c: char) -> bool {
    if c.is_ascii() {
        return matches!(c, ' ' | '\t'..='\r');
    }
    c.is_whitespace() || matches!(c, '\u{feff}' | '\u{200b}' | '\u{2060}')
}

/// `s` without leading and trailing [`is_space`] characters.
pub fn trim(s: &str) -> &str {
    // Most texts start and end with an ASCII character that is no space.
    let solid = |b: Option<&u8>| b.is_some_and(|&b| b.is_ascii() && !is_space(char::from(b)));
    if solid(s.as_bytes().first()) && solid(s.as_bytes().last()) {
        return s;
    }
    s.trim_matches(is_space)
}

/// Byte offset of the first non-space character of `s` (or `s.len()`).
pub fn leading_space(s: &str) -> usize {
    s.len() - s.trim_start_matches(is_space).len()
}

/// Han ideographs, kana, hangul and the CJK punctuation and full-width forms:
/// the scripts written without spaces between words.
#[inline]
pub fn is_cjk(c: char) -> bool {
    // Most characters lie below the first block: one comparison.
    c as u32 >= 0x2E80
        && matches!(c as u32,
        0x2E80..=0x2FDF   // radicals
        | 0x3000..=0x303F // CJK symbols and punctuation
        | 0x3040..=0x30FF // kana
        | 0x3100..=0x312F
        | 0x3190..=0x31FF
        | 0x3400..=0x4DBF // extension A
        | 0x4E00..=0x9FFF // unified ideographs
        | 0xAC00..=0xD7AF // hangul
        | 0xF900..=0xFAFF
        | 0xFE30..=0xFE4F
        | 0xFF00..=0xFFEF // full-width forms
        | 0x20000..=0x3FFFF)
}

/// Columns a character takes in a monospaced rendering (CJK counts two).
#[inline]
pub fn width(c: char) -> usize {
    if is_cjk(c) && !matches!(c as u32, 0xFF61..=0xFFDC) {
        2
    } else {
        1
    }
}

/// Whether `s` holds more than `n` characters: `s.chars().nth(n).is_some()`
/// without decoding (a character takes one to four bytes, and
/// `chars().count()` reads a word at a time); in wasm `nth` was 4% of the
/// parse.
#[inline]
pub fn more_chars_than(s: &str, n: usize) -> bool {
    s.len() > n && (s.len() / 4 > n || s.chars().count() > n)
}

/// Display width of a string.
pub fn str_width(s: &str) -> usize {
    // One column per character (every byte but UTF-8 continuation bytes),
    // plus one per wide character; wide characters all start at U+2E80,
    // a lead byte of 0xE2 or above, so most lines skip the decoding.
    if s.is_ascii() {
        return s.len();
    }
    // `chars().count()` and `is_ascii` read a word at a time.
    let chars = s.chars().count();
    if !s.bytes().any(|b| b >= 0xE2) {
        return chars;
    }
    let wide = (s.bytes().enumerate())
        .filter(|&(i, b)| b >= 0xE2 && is_wide_at(s, i))
        .count();
    chars + wide
}

/// Whether the character starting at byte `i` of `s` (lead byte 0xE2 or
/// above) is wide. U+4000..U+9FFF (lead bytes E4 to E9), ideographs but for
/// the hexagrams U+4DC0..U+4DFF (E4 B7), are answered by their bytes; the
/// rest are decoded.
#[inline]
fn is_wide_at(s: &str, i: usize) -> bool {
    match s.as_bytes()[i] {
        0xE5..=0xE9 => true,
        0xE4 => s.as_bytes().get(i + 1) != Some(&0xB7),
        _ => s[i..].chars().next().is_some_and(|c| width(c) == 2),
    }
}

/// Whether `s` takes at most `max` columns, stopping at the first column
/// past it. No character takes more columns than it has UTF-8 bytes, so a
/// short string needs no look at all.
pub fn fits_width(s: &str, max: usize) -> bool {
    if s.len() <= max {
        return true;
    }
    if s.is_ascii() {
        return false;
    }
    let mut columns = 0;
    for (i, b) in s.bytes().enumerate() {
        // A character starts at every byte but a continuation byte.
        if (b as i8) < -0x40 {
            continue;
        }
        columns += 1 + usize::from(b >= 0xE2 && is_wide_at(s, i));
        if columns > max {
            return false;
        }
    }
    true
}

/// `char::is_alphabetic`, answered without the Unicode tables for the
/// letters of the scripts we read most: ASCII, accented Latin, Cyrillic,
/// the Arabic letters and the CJK unified ideographs (ranges wholly
/// alphabetic).
#[inline]
pub fn is_letter(c: char) -> bool {
    match c as u32 {
        0..=0x7F => c.is_ascii_alphabetic(),
        // Accented Latin (French, Spanish), Cyrillic, Arabic letters, CJK.
        0x00C0..=0x00D6
        | 0x00D8..=0x00F6
        | 0x00F8..=0x024F
        | 0x0400..=0x0481
        | 0x0621..=0x064A
        | 0x3400..=0x4DBF
        | 0x4E00..=0x9FFF => true,
        _ => other_is_letter(c),
    }
}

/// [`is_letter`] outside the ranges it answers itself, out of line so that
/// `is_letter` stays small enough to inline.
#[inline(never)]
fn other_is_letter(c: char) -> bool {
    !is_punctuation_block(c) && c.is_alphabetic()
}

/// `char::is_numeric` for a character that is not ASCII, out of line.
#[inline(never)]
fn other_is_numeric(c: char) -> bool {
    !is_punctuation_block(c) && c.is_numeric()
}

/// Whether `c` lies in a run of the punctuation blocks that minutes use
/// (general punctuation `’ “ — …`, CJK `、。「」`, full-width `，：（）`)
/// holding neither letters nor numbers: answered without the Unicode
/// tables, which take a few hundred instructions for each.
fn is_punctuation_block(c: char) -> bool {
    matches!(c as u32,
        0x2000..=0x206F
        | 0x3000..=0x3004
        | 0x3008..=0x3020
        | 0x3030
        | 0x3036..=0x3037
        | 0x303D..=0x303F
        | 0xFF01..=0xFF0F
        | 0xFF1A..=0xFF20
        | 0xFF3B..=0xFF40
        | 0xFF5B..=0xFF65)
}

/// `char::is_alphanumeric`, with [`is_letter`]'s shortcuts.
#[inline]
pub fn is_alnum(c: char) -> bool {
    c.is_ascii_digit() || is_letter(c) || (!c.is_ascii() && other_is_numeric(c))
}

/// `s` without the spaces between two ideographs (`事    项`, `会　议　纪
/// 要`: words spaced out to fill a column or a title line).
pub fn close_cjk_gaps(s: &str) -> std::borrow::Cow<'_, str> {
    if s.is_ascii() || !s.chars().any(is_space) {
        return std::borrow::Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    // (The spaces since the last other character, kept or dropped once the
    // next one is seen: one pass, however long the run.)
    let mut gap = String::new();
    let mut last: Option<char> = None;
    for c in s.chars() {
        if is_space(c) {
            gap.push(c);
            continue;
        }
        if !(last.is_some_and(is_cjk) && is_cjk(c)) {
            out.push_str(&gap);
        }
        gap.clear();
        out.push(c);
        last = Some(c);
    }
    out.push_str(&gap);
    std::borrow::Cow::Owned(out)
}

/// The lower case of `c` when it is one character (nearly always; `İ` is
/// two), answered without the Unicode tables for ASCII, basic Cyrillic and
/// the caseless Arabic and CJK blocks.
#[inline]
pub fn simple_lower(c: char) -> Option<char> {
    match c as u32 {
        0..=0x7F => Some(c.to_ascii_lowercase()),
        0x0410..=0x042F => char::from_u32(c as u32 + 0x20),
        0x0400..=0x040F => char::from_u32(c as u32 + 0x50),
        0x0430..=0x045F | 0x0600..=0x06FF | 0x3000..=0x9FFF => Some(c),
        _ => {
            let mut low = c.to_lowercase();
            match (low.next(), low.next()) {
                (Some(l), None) => Some(l),
                _ => None,
            }
        }
    }
}

/// `s` in lower case, for comparing with the language tables: as
/// `str::to_lowercase`, but quicker on the scripts [`simple_lower`] knows,
/// and a final capital sigma gives `σ` (no table holds Greek).
pub fn to_lower(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    if s.is_ascii() {
        out.push_str(s);
        out.make_ascii_lowercase();
        return out;
    }
    for c in s.chars().filter(|&c| !is_arabic_mark(c)) {
        // (`ofﬁcial`, as a PDF's fonts write it, reads `official`.)
        if let Some(letters) = ligature(c) {
            out.push_str(letters);
            continue;
        }
        match simple_lower(c) {
            Some(l) => out.push(l),
            None => out.extend(c.to_lowercase()),
        }
    }
    out
}

/// The letters a Latin typographic ligature (U+FB00..U+FB06: `ﬁ`, `ﬂ`,
/// `ﬃ`) stands for, in lower case: text copied out of a PDF keeps them.
pub fn ligature(c: char) -> Option<&'static str> {
    match c {
        '\u{FB00}' => Some("ff"),
        '\u{FB01}' => Some("fi"),
        '\u{FB02}' => Some("fl"),
        '\u{FB03}' => Some("ffi"),
        '\u{FB04}' => Some("ffl"),
        '\u{FB05}' | '\u{FB06}' => Some("st"),
        _ => None,
    }
}

/// `s` with its Latin ligatures written out (`scientiﬁc` → `scientific`);
/// borrowed when it holds none (their UTF-8 starts EF AC 80..86).
pub fn without_ligatures(s: Cow<'_, str>) -> Cow<'_, str> {
    let b = s.as_bytes();
    let any = memchr::memchr_iter(0xEF, b)
        .any(|i| b.get(i + 1) == Some(&0xAC) && matches!(b.get(i + 2), Some(0x80..=0x86)));
    if !any {
        return s;
    }
    let mut out = String::with_capacity(s.len() + 4);
    for c in s.chars() {
        match ligature(c) {
            Some(letters) => out.push_str(letters),
            None => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// Arabic short vowels, shadda and sukun (`اتُّفق`) and the tatweel that
/// stretches a word (`تقريـــر`): left out where words are compared, as a
/// reader reads past them.
pub fn is_arabic_mark(c: char) -> bool {
    matches!(c, '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0640}')
}

/// Characters that end a sentence, in every script we read.
pub fn is_terminal(c: char) -> bool {
    matches!(
        c,
        '.' | '。'
            | '．'
            | '!'
            | '！'
            | '?'
            | '？'
            | ';'
            | '；'
            | ':'
            | '：'
            | '…'
            | '؟'
            | '؛'
            | '۔'
    )
}

/// Closing quotes and brackets that may follow a sentence end.
pub fn is_closer(c: char) -> bool {
    matches!(
        c,
        '"' | '\''
            | '”'
            | '’'
            | ')'
            | '）'
            | '」'
            | '』'
            | '》'
            | '】'
            | ']'
            | '»'
            | '›'
            | '*'
            | '_'
    )
}

/// Whether `s` ends a sentence: its last character, after closing quotes and
/// brackets, is a sentence end.
pub fn ends_sentence(s: &str) -> bool {
    let t = trim(s).trim_end_matches(is_closer);
    t.chars().next_back().is_some_and(is_terminal)
}

/// Whether `s` ends in a way that asks for more text: a comma, an enumeration
/// comma, a dash, or a hyphen glued to a word.
pub fn ends_open(s: &str) -> bool {
    let t = trim(s);
    let mut it = t.chars().rev();
    match it.next() {
        Some(',' | '，' | '、' | '،' | '–' | '—' | '(' | '（' | '“' | '«' | '\u{ad}') => {
            true
        }
        Some('-') => it.next().is_some_and(char::is_alphabetic),
        _ => false,
    }
}

/// Whether `s` holds a sentence end followed by more text (a sentence
/// boundary inside the line), the mark of prose rather than a heading.
pub fn has_inner_sentence_end(s: &str) -> bool {
    let t = trim(s).trim_end_matches(|c: char| is_terminal(c) || is_closer(c));
    // Only the bytes a sentence end starts with are looked at (see
    // [`sentence_end_at`]), found by `memchr`.
    let b = t.as_bytes();
    memchr::memchr3_iter(b'.', b'!', b'?', b).any(|i| sentence_end_at(t, i).is_some())
        || (!t.is_ascii()
            && memchr::memchr3_iter(0xE3, 0xEF, 0xD8, b).any(|i| sentence_end_at(t, i).is_some()))
}

/// The sentence ends of `s` in order, as (byte offset, byte length) (see
/// [`sentence_end_at`]; not the dot of an abbreviation, see
/// [`abbreviation_before`]): only the bytes one starts with are looked at,
/// found by `memchr` (the ASCII ones, then, in a text that is not ASCII,
/// the lead bytes of the others, merged).
pub fn sentence_ends(s: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let b = s.as_bytes();
    let mut ascii = memchr::memchr3_iter(b'.', b'!', b'?', b).peekable();
    let mut wide = (!s.is_ascii())
        .then(|| memchr::memchr3_iter(0xE3, 0xEF, 0xD8, b))
        .into_iter()
        .flatten()
        .peekable();
    std::iter::from_fn(move || {
        loop {
            let i = match (ascii.peek(), wide.peek()) {
                (Some(&a), Some(&w)) if w < a => wide.next()?,
                (Some(_), _) => ascii.next()?,
                (None, Some(_)) => wide.next()?,
                (None, None) => return None,
            };
            // (`Mr. Smith`, `40 000 долл. США`: an abbreviation's dot ends
            // no sentence of the text read for its meaning. The layout's
            // tests read every such dot as one, as they were tuned.)
            if let Some(len) =
                sentence_end_at(s, i).filter(|_| !(b[i] == b'.' && abbreviation_before(&s[..i])))
            {
                return Some((i, len));
            }
        }
    })
}

/// The byte length of the sentence end at byte `i` of `s`: `。！？؟`, or
/// `. ! ?` followed by a space and a capital or a letter of a script
/// without case (Arabic), so `e.g. the` and `3.5` stay whole. Read from
/// the bytes: `。` E3 80 82, `！` EF BC 81, `？` EF BC 9F, `؟` D8 9F (Arabic
/// letters share the lead byte D8).
#[inline]
pub fn sentence_end_at(s: &str, i: usize) -> Option<usize> {
    let b = s.as_bytes();
    // The first byte alone turns away nearly every place.
    match *b.get(i)? {
        b'.' | b'!' | b'?' => {
            let mut rest = s[i + 1..].chars();
            let opens = |c: char| c.is_uppercase() || (!c.is_ascii() && is_caseless_letter(c));
            (rest.next() == Some(' ')
                && rest.next().is_some_and(opens)
                && !item_number_before(s, i))
            .then_some(1)
        }
        0xE3 | 0xEF | 0xD8 => match &b[i..] {
            [0xE3, 0x80, 0x82, ..] | [0xEF, 0xBC, 0x81 | 0x9F, ..] => Some(3),
            [0xD8, 0x9F, ..] => Some(2),
            _ => None,
        },
        _ => None,
    }
}

/// Whether the dot at byte `i` closes an item's number that follows a
/// slash: `一、开幕 / 1. Opening`, a title given in two languages.
fn item_number_before(s: &str, i: usize) -> bool {
    let b = &s.as_bytes()[..i];
    let digits = b.iter().rev().take_while(|c| c.is_ascii_digit()).count();
    (1..=2).contains(&digits) && b[..i - digits].trim_ascii_end().ends_with(b"/")
}

/// Whether `before` ends with an abbreviation whose dot ends no sentence:
/// a title (`Mr. Smith`, `Mme Diallo`, `Sra. Pérez`), an initial (`A.
/// Smith`) or a unit (`40 000 долл. США`).
fn abbreviation_before(before: &str) -> bool {
    const ABBREVIATIONS: [&str; 24] = [
        "Mr", "Mrs", "Ms", "Messrs", "Dr", "Prof", "Amb", "No", "Nos", "St", "M", "MM", "Mme",
        "Mmes", "Sr", "Sra", "Sres", "Srta", "Dra", "Excmo", "Excma", "долл", "тыс", "руб",
    ];
    let word = before
        .rsplit(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    let mut letters = word.chars();
    let initial = letters.next().is_some_and(char::is_uppercase) && letters.next().is_none();
    initial || ABBREVIATIONS.contains(&word)
}

/// Whether `s` is set in capitals: two letters or more that have case,
/// none of them lower case (`NEXT STEPS`, `UN80 – EFFICIENCIES`).
/// (Mostly letters with case: a Chinese line with a symbol in capitals,
/// `报告（ESCAP/CICTSTI/2025/4）`, is not.)
pub fn is_all_caps(s: &str) -> bool {
    let (mut upper, mut caseless) = (0, 0);
    for c in s.chars() {
        if c.is_lowercase() {
            return false;
        }
        if c.is_uppercase() {
            upper += 1;
        } else if !c.is_ascii() && is_letter(c) {
            caseless += 1;
        }
    }
    upper >= 2 && caseless < upper
}

/// A letter of a script without case (Arabic, ideographs): it may open a
/// sentence as a capital does.
fn is_caseless_letter(c: char) -> bool {
    c.is_alphabetic() && !c.is_lowercase() && !c.is_uppercase()
}

/// The character normalised for classification: full-width ASCII forms to
/// ASCII, the ideographic space and NBSP to a space. Text keeps what was
/// written; only the recognisers look through this.
#[inline]
pub fn fold(c: char) -> char {
    match c {
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
        // Arabic-Indic and Eastern Arabic-Indic digits count as digits.
        '\u{0660}'..='\u{0669}' => char::from_u32(c as u32 - 0x0660 + 0x30).unwrap_or(c),
        '\u{06F0}'..='\u{06F9}' => char::from_u32(c as u32 - 0x06F0 + 0x30).unwrap_or(c),
        '\u{3000}' | '\u{00A0}' | '\u{2007}' | '\u{202F}' | '\t' => ' ',
        _ => c,
    }
}

/// Whether `s` holds a digit [`digit`] reads, found by a byte scan that
/// decodes nothing: the digits beyond ASCII are D9 A0..A9 (U+0660..),
/// DB B0..B9 (U+06F0..) and EF BC 90..99 (U+FF10..) in UTF-8. (Arabic
/// letters share the lead byte D9, so the next byte must be looked at.)
pub fn has_digit(s: &str) -> bool {
    let b = s.as_bytes();
    // ASCII digits first, in a loop the compiler vectorises; then the lead
    // bytes of the others, by memchr.
    b.iter().any(u8::is_ascii_digit)
        || memchr::memchr3_iter(0xD9, 0xDB, 0xEF, b).any(|i| match b[i] {
            0xD9 => matches!(b.get(i + 1), Some(0xA0..=0xA9)),
            0xDB => matches!(b.get(i + 1), Some(0xB0..=0xB9)),
            _ => b.get(i + 1) == Some(&0xBC) && matches!(b.get(i + 2), Some(0x90..=0x99)),
        })
}

/// Value of an ASCII, full-width or Arabic-Indic digit.
#[inline]
pub fn digit(c: char) -> Option<u32> {
    match c {
        '0'..='9' => Some(c as u32 - '0' as u32),
        '０'..='９' => Some(c as u32 - '０' as u32),
        '\u{0660}'..='\u{0669}' => Some(c as u32 - 0x0660),
        '\u{06F0}'..='\u{06F9}' => Some(c as u32 - 0x06F0),
        _ => None,
    }
}

/// A pictograph or its joiners (`👥`, `📋`, `✅`, `⚠️`): decoration before a
/// heading's words.
pub fn is_pictograph(c: char) -> bool {
    matches!(c as u32,
        0x1F000..=0x1FAFF // emoji, symbols and pictographs
        | 0x2600..=0x27BF // miscellaneous symbols, dingbats
        | 0x2B00..=0x2BFF // arrows and symbols
        | 0xFE0F | 0x200D // emoji presentation, joiner
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn more_chars_than_agrees_with_nth() {
        let pieces = ["a", "é", "中", "😀", " "];
        // Every string of up to six pieces of one to four bytes.
        let mut strings = vec![String::new()];
        for _ in 0..6 {
            let longer: Vec<String> = (strings.iter())
                .flat_map(|s| pieces.iter().map(move |p| format!("{s}{p}")))
                .collect();
            strings.extend(longer);
        }
        for s in &strings {
            for n in 0..8 {
                assert_eq!(
                    more_chars_than(s, n),
                    s.chars().nth(n).is_some(),
                    "{s:?} {n}"
                );
            }
        }
    }

    #[test]
    fn sentence_ends_look_through_closing_quotes() {
        assert!(ends_sentence("造福人类”。"));
        assert!(ends_sentence("He said “yes.”"));
        assert!(!ends_sentence("动态联盟（DCs）"));
        assert!(!ends_sentence("审查"));
    }

    #[test]
    fn an_inner_full_stop_marks_prose() {
        assert!(has_inner_sentence_end("合作。例"));
        assert!(has_inner_sentence_end("It ended. Then more"));
        assert!(!has_inner_sentence_end("Report of the W.G. on data"));
        assert!(!has_inner_sentence_end("公开讨论：2025 年做什么？"));
    }

    #[test]
    fn open_endings_ask_for_more() {
        assert!(ends_open("结果，"));
        assert!(ends_open("co-"));
        assert!(!ends_open("2024 - "));
        assert!(!ends_open("done."));
    }

    #[test]
    fn cjk_is_two_columns_wide() {
        assert_eq!(str_width("IGF 会议"), 8);
        assert!(fits_width("IGF 会议", 8) && !fits_width("IGF 会议", 7));
        assert!(fits_width("", 0) && !fits_width("ab", 1));
    }

    #[test]
    fn the_lower_case_shortcuts_agree_with_the_unicode_tables() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            let std: String = c.to_lowercase().collect();
            match simple_lower(c) {
                Some(l) => assert_eq!(l.to_string(), std, "{c:?}"),
                None => assert!(std.chars().count() > 1, "{c:?}"),
            }
        }
        assert_eq!(
            to_lower("Секретариат ПОДГОТОВИТ İ"),
            "секретариат подготовит i\u{307}"
        );
    }

    #[test]
    fn digits_of_every_script_are_found() {
        for s in ["a1", "第３页", "٣", "۳ تير", "x9"] {
            assert!(has_digit(s), "{s}");
        }
        for s in ["", "abc", "第三页", "ثلاثة", "ｘ"] {
            assert!(!has_digit(s), "{s}");
        }
        // The byte scan agrees with `digit` on every character.
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            assert_eq!(has_digit(&format!("a{c}b")), digit(c).is_some(), "{c:?}");
        }
    }

    #[test]
    fn capitals_are_mostly_letters_with_case() {
        assert!(is_all_caps("NEXT STEPS"));
        assert!(is_all_caps("UN80 – COUNTRY-LEVEL EFFICIENCIES"));
        assert!(!is_all_caps("Next steps"));
        assert!(!is_all_caps("A"));
        assert!(!is_all_caps("成，届时将与 MAG 分享。"));
    }

    #[test]
    fn sentence_ends_by_their_bytes() {
        let ends = |s: &str| -> Vec<(usize, usize)> {
            (0..s.len())
                .filter_map(|i| sentence_end_at(s, i).map(|n| (i, n)))
                .collect()
        };
        assert_eq!(ends("Done. Next"), [(4, 1)]);
        assert_eq!(ends("e.g. the 3.5 figure"), []);
        assert_eq!(ends("通过。下一项！好？"), [(6, 3), (18, 3), (24, 3)]);
        assert_eq!(ends("هل تم؟ نعم"), [(9, 2)]);
        // Arabic letters share the lead byte D8 with `؟`.
        assert_eq!(ends("بتث"), []);
        // Arabic has no capitals: a full stop, a space and a letter.
        assert_eq!(ends("المقبل. ستعمم"), [(12, 1)]);
        assert_eq!(ends("Fin. 下一项"), [(3, 1)]);
        assert_eq!(ends("Fin. 3 items, fin. ‘quoted’"), []);
    }

    #[test]
    fn space_is_white_space_and_the_format_characters() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            let format = matches!(c, '\u{feff}' | '\u{200b}' | '\u{2060}');
            assert_eq!(is_space(c), c.is_whitespace() || format, "{c:?}");
        }
    }

    #[test]
    fn widths_by_bytes_agree_with_width_on_every_character() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            let s = format!("a{c}");
            assert_eq!(str_width(&s), 1 + width(c), "{c:?}");
            let three = 3 * (1 + width(c));
            assert!(fits_width(&s.repeat(3), three), "{c:?}");
            assert!(!fits_width(&s.repeat(3), three - 1), "{c:?}");
        }
    }

    #[test]
    fn the_letter_shortcuts_agree_with_the_unicode_tables() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            assert_eq!(is_letter(c), c.is_alphabetic(), "{c:?}");
            assert_eq!(is_alnum(c), c.is_alphanumeric(), "{c:?}");
        }
    }

    #[test]
    fn full_width_forms_fold_to_ascii() {
        assert_eq!(fold('２'), '2');
        assert_eq!(fold('：'), ':');
        assert_eq!(fold('\u{3000}'), ' ');
        assert_eq!(digit('٣'), Some(3));
    }

    #[test]
    fn ligatures_read_as_their_letters() {
        assert_eq!(to_lower("Ofﬁcial ﬂows"), "official flows");
        assert_eq!(without_ligatures(Cow::Borrowed("eﬃciency")), "efficiency");
        assert!(matches!(
            without_ligatures(Cow::Borrowed("plain")),
            Cow::Borrowed(_)
        ));
    }
}
