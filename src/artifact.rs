//! Artifact: what a PDF leaves in extracted text that is not the document.
//!
//! Input: the source and its classified lines. Output: the lines that are
//! page numbers (`- 3 -`, `3`, `Page 3 of 5`, `3/12`, `第 3 页`) or running
//! headers and footers (a short line that recurs next to page breaks), with
//! their kind changed so that reflow sees through them, and the
//! [`Artifact`] nodes, form feeds included, for the document.
//!
//! Invariant: a line is an artifact only when nothing else is on it.

use rustc_hash::FxHashMap;

use crate::ast::{Artifact, ArtifactKind, Span};
use crate::chars;
use crate::lex::{Kind, Lexed};

/// Fewest repetitions of a line that make it a running header.
const MIN_REPEATS: usize = 3;

/// Whether a line, alone, is a page number.
pub fn is_page_number(line: &str) -> bool {
    let t = chars::trim(line);
    if t.is_empty() {
        return false;
    }
    // The job number's bar code (`*2511348*`, `*B2500317*`), alone or
    // beside the short recycling note (`Please recycle ♲`).
    if let Some((code, rest)) = t.strip_prefix('*').and_then(|r| r.split_once('*')) {
        let digits = code.trim_start_matches(|c: char| c.is_ascii_uppercase());
        if code.len() - digits.len() <= 1
            && (7..=8).contains(&digits.len())
            && digits.bytes().all(|b| b.is_ascii_digit())
            && rest.split_whitespace().count() <= 6
        {
            return true;
        }
    }
    // Every other shape holds a number in digits, and is short once the
    // spaces a PDF spreads it with are closed up (the length is looked at
    // first: most lines are long).
    if chars::more_chars_than(t, 40) {
        // `26-01934          3/7`: a footer spread across the page opens or
        // ends with its number; a line of aligned text has more than forty
        // letters (counted before anything is built).
        // (`E/ESCWA/C.6/2025/3/Report          ١`: in any script's digits.)
        let number_at_an_end = t.starts_with(|c: char| chars::digit(c).is_some())
            || t.ends_with(|c: char| chars::digit(c).is_some());
        // `Minutes of the ISWG – 4 March 2025          Page 1 of 3`: the
        // page, named in words, after the running title and a gap.
        let named_page = || {
            memchr::memmem::rfind(t.as_bytes(), b"   ").is_some_and(|at| {
                let (head, tail) = (chars::trim(&t[..at]), chars::trim(&t[at..]));
                tail.chars().any(char::is_alphabetic)
                    && !chars::more_chars_than(head, 100)
                    && is_page_number(tail)
            })
        };
        if number_at_an_end && !chars::more_chars_than(t, 200) && named_page() {
            return true;
        }
        if !number_at_an_end
            || chars::more_chars_than(t, 200)
            || memchr::memmem::find(t.as_bytes(), b"   ").is_none()
            || t.chars().filter(|c| !chars::is_space(*c)).nth(40).is_some()
        {
            return false;
        }
        let closed: String = t.split_whitespace().collect::<Vec<_>>().join(" ");
        return !chars::more_chars_than(&closed, 40) && is_page_number(&closed);
    }
    if !chars::has_digit(t) {
        return false;
    }
    // `MOSCOM-3/Doc. 10, p. 4`: the document's symbol and its page.
    if let Some((head, tail)) = t.rsplit_once([',', '，']) {
        if head.contains('/')
            && head.split_whitespace().count() <= 3
            && tail.chars().any(char::is_alphabetic)
            && is_page_number(tail)
        {
            return true;
        }
    }
    // `OMT Minutes 5/2025 – Page 1 of 2`: the running title, a dash, and
    // the page named in words.
    let dashed = memchr::memchr2(0xE2, b'|', t.as_bytes()).is_some();
    if let Some((head, tail)) = [" – ", " — ", " | "]
        .iter()
        .filter(|_| dashed)
        .find_map(|d| t.rsplit_once(d))
    {
        if head.split_whitespace().count() <= 6
            && tail.chars().any(char::is_alphabetic)
            && is_page_number(tail)
        {
            return true;
        }
    }
    // `E/ESCWA/C.6/2025/3/Report ١`, `٣ E/ESCWA/…`: the document's symbol
    // and the page, in a running header or footer.
    // (Not a footnote that cites one: `2  A/CONF.246/PM.1.`)
    let symbol_page = |a: &str, b: &str| is_doc_symbol(a) && !a.ends_with('.') && small_number(b);
    if let Some((a, b)) = t
        .split_once(' ')
        .filter(|_| memchr::memchr(b'/', t.as_bytes()).is_some())
    {
        let (a, b) = (chars::trim(a), chars::trim(b));
        if symbol_page(a, b) || symbol_page(b, a) {
            return true;
        }
    }
    // A UN document's job number (`24-18765`, `24-18765 (E)`) at the foot
    // of every page, alone, beside the page (`24-18765   2/5`) or beside
    // the dates it was processed (`25-11348 (E)    150725`).
    if let Some(rest) = without_job_number(t) {
        let stamps = rest
            .split_whitespace()
            .all(|w| w.len() == 6 && w.bytes().all(|b| b.is_ascii_digit()));
        return stamps || is_page_number(rest);
    }
    let lower = chars::to_lower(t);
    // `- 3 -`, `– 3 –`, `-3-`
    let dashed = lower.trim_matches(|c: char| matches!(c, '-' | '–' | '—') || chars::is_space(c));
    if dashed.len() < lower.len() && small_number(dashed) {
        return true;
    }
    // A bare number: at most three digits (a year alone is not a page).
    if small_number(&lower) && lower.chars().count() <= 3 {
        return true;
    }
    // `3/12`, `3 / 12` (the page no further than the count: `2025/10` is
    // a decision's number).
    if let Some((a, b)) = lower.split_once('/') {
        let (a, b) = (chars::trim(a), chars::trim(b));
        let value = |s: &str| {
            s.chars()
                .filter_map(chars::digit)
                .fold(0, |n, d| n * 10 + d)
        };
        if small_number(a) && small_number(b) && value(a) <= value(b) {
            return true;
        }
    }
    // `Page 3`, `Page 3 of 12`, `Página 3 de 12`, `Стр. 3`, `第 3 页`, `第3页，共12页`
    let mut split = lower
        .split(|c: char| chars::is_space(c) || matches!(c, '.' | ',' | '，' | ':'))
        .filter(|w| !w.is_empty());
    // The first five words (no list: this runs for every short line with a
    // digit).
    let words: [Option<&str>; 5] = std::array::from_fn(|_| split.next());
    const PAGE: &[&str] = &[
        "page",
        "página",
        "pagina",
        "pág",
        "p",
        "стр",
        "страница",
        "الصفحة",
        "صفحة",
    ];
    const OF: &[&str] = &["of", "de", "sur", "из", "من", "/"];
    match words {
        [Some(p), Some(n), None, ..] if PAGE.contains(&p) && small_number(n) => true,
        // `Page 2/4`
        [Some(p), Some(n), None, ..] if PAGE.contains(&p) => n
            .split_once('/')
            .is_some_and(|(a, b)| small_number(a) && small_number(b)),
        [Some(p), Some(n), Some(of), Some(m), None]
            if PAGE.contains(&p) && small_number(n) && OF.contains(&of) && small_number(m) =>
        {
            true
        }
        _ => cjk_page(&lower),
    }
}

/// `t` without the UN job number at its start or end (`24-18765`, with
/// `(E)` after it), if it has one.
fn without_job_number(t: &str) -> Option<&str> {
    // The hyphen's place first: most lines have none there.
    let b = t.as_bytes();
    if b.len() < 8 || (!b[2..6].contains(&b'-') && b[b.len() - 6] != b'-') {
        return None;
    }
    // `24-18765`, or with a letter before (`B25-00317`) or the office's
    // letters and a dot (`V.25-01234` in Vienna, `GE.25-01234` in Geneva).
    let is_job = |w: &str| {
        let office = w.split_once('.').filter(|(o, _)| {
            (1..=2).contains(&o.len()) && o.bytes().all(|c| c.is_ascii_uppercase())
        });
        let w = match office {
            Some((_, rest)) => rest,
            None => w
                .strip_prefix(|c: char| c.is_ascii_uppercase())
                .unwrap_or(w),
        };
        let b = w.as_bytes();
        b.len() == 8
            && b[2] == b'-'
            && b.iter()
                .enumerate()
                .all(|(k, c)| k == 2 || c.is_ascii_digit())
    };
    let mut words = t.split_whitespace();
    let first = words.next()?;
    let last = words.next_back().unwrap_or(first);
    let language = |w: &str| w.len() == 3 && w.starts_with('(') && w.ends_with(')');
    if is_job(first) {
        let rest = chars::trim(&t[first.len()..]);
        let rest = match rest.split_whitespace().next() {
            Some(w) if language(w) => chars::trim(&rest[w.len()..]),
            _ => rest,
        };
        return Some(rest);
    }
    is_job(last).then(|| chars::trim(&t[..t.len() - last.len()]))
}

/// `第 3 页`, `第3页，共12页`, `第 3 页 / 共 12 页`.
fn cjk_page(s: &str) -> bool {
    let Some(rest) = s.strip_prefix('第') else {
        return false;
    };
    // Spaces may stand anywhere (`第 3 页`): compared without them, built
    // only for text that starts like a page.
    let compact: String = rest.chars().filter(|c| !chars::is_space(*c)).collect();
    let rest = compact.as_str();
    let Some((n, tail)) = rest.split_once('页') else {
        return false;
    };
    small_number(n) && {
        let tail = tail.trim_start_matches(['，', ',', '/', '／']);
        tail.is_empty()
            || tail
                .strip_prefix('共')
                .and_then(|t| t.strip_suffix('页'))
                .is_some_and(small_number)
    }
}

/// One to four digits (ASCII, full-width or Arabic-Indic).
fn small_number(s: &str) -> bool {
    let n = s.chars().count();
    (1..=4).contains(&n) && s.chars().all(|c| chars::digit(c).is_some())
}

/// Marks page numbers and running headers among the lines of `lexed` (none
/// blank) and returns every artifact, form feeds included, in source order.
pub fn mark(src: &str, lexed: &mut Lexed) -> Vec<Artifact> {
    let lines = &mut lexed.lines[..];
    crate::work::add(lines.len());
    // Page breaks: form feeds, wherever they stand. Those on blank lines
    // mark no line as next to a break (as when blank lines were kept).
    let mut breaks: Vec<usize> = Vec::new();
    let mut out: Vec<Artifact> = (lexed.blank_page_breaks.iter())
        .map(|&at| Artifact {
            kind: ArtifactKind::PageBreak,
            text: String::new(),
            span: Span::new(at, at + 1),
        })
        .chain(lexed.quote_markers.iter().map(|&span| Artifact {
            kind: ArtifactKind::QuoteMarker,
            text: src[span.start..span.end].to_string(),
            span,
        }))
        .chain(lexed.underlines.iter().map(|&span| Artifact {
            kind: ArtifactKind::HeadingUnderline,
            text: src[span.start..span.end].to_string(),
            span,
        }))
        .collect();
    for (i, l) in lines.iter().enumerate() {
        // A form feed in the white space before the text (where PDF tools
        // put it); one inside the text is only white space there.
        let line = &src[l.line().start..l.line().end];
        let raw = &line[..chars::leading_space(line)];
        for (off, _) in raw.match_indices('\u{0c}') {
            let at = l.line().start + off;
            out.push(Artifact {
                kind: ArtifactKind::PageBreak,
                text: String::new(),
                span: Span::new(at, at + 1),
            });
            breaks.push(i);
        }
    }
    // Page numbers: a bare number alone on its line.
    for (i, l) in lines.iter_mut().enumerate() {
        let candidate = matches!(l.kind, Kind::Text | Kind::Bullet | Kind::Numbered(_));
        // A bullet `- 3 -` is a page number; `- 3` is an item.
        let whole = &src[l.marker().map_or(l.content().0, |m| m.0)..l.content().1];
        if candidate
            && is_page_number(whole)
            && (l.kind == Kind::Text || whole.trim_end().ends_with(['-', '–', '—']))
        {
            l.kind = Kind::PageNumber;
            breaks.push(i);
        }
    }
    // Running headers and footers: the same short line, three times or
    // more, most times right next to a page break (only blank lines between).
    let mut is_break = vec![false; lines.len()];
    for &b in &breaks {
        is_break[b] = true;
    }
    let mut at_boundary = vec![false; lines.len()];
    // Right after a page number or a form feed: the top of a new page.
    let mut page_top = vec![false; lines.len()];
    // (A rule a PDF draws between the text and its footer, or under the
    // footer, stands between a page's edge and its header: seen through.)
    let rule = |j: &usize| lines[*j].kind == Kind::Rule;
    for i in 0..lines.len() {
        let prev = (0..i).rev().find(|j| !rule(j) || is_break[*j]);
        let next = (i + 1..lines.len()).find(|j| !rule(j) || is_break[*j]);
        // The first and last lines of the document are page edges too.
        at_boundary[i] = prev.is_none()
            || next.is_none()
            || is_break[i] && lines[i].kind != Kind::PageNumber
            || prev.is_some_and(|p| is_break[p] && lines[p].kind == Kind::PageNumber)
            || next.is_some_and(|n| is_break[n]);
        page_top[i] = prev.is_some_and(|p| is_break[p]) && !is_break[i];
    }
    // Right above or below a page number: a header or footer's place.
    let beside_number = |i: usize| {
        let number = |j: usize| lines.get(j).is_some_and(|l| l.kind == Kind::PageNumber);
        number(i + 1) || i.checked_sub(1).is_some_and(number)
    };
    // The cover (the first lines, before any page break) often carries the
    // document symbol that heads the later pages.
    let first_break = breaks.first().copied().unwrap_or(usize::MAX);
    let on_cover = |i: usize| i < 8 && i < first_break;
    let mut seen: FxHashMap<&str, Vec<usize>> = FxHashMap::default();
    for (i, l) in lines.iter().enumerate() {
        let body = chars::trim(&src[l.content().0..l.content().1]).trim_start_matches('\u{0c}');
        // The line's width is known when nothing was cut from it here.
        let whole_line = l.marker().is_none() && body.len() == l.content().1 - l.content().0;
        // (A header spread across the page, `Title          14 November
        // 2024, Lusaka`, may be wider.)
        let spread = || {
            chars::fits_width(body, 120)
                && memchr::memmem::find(body.as_bytes(), b"     ").is_some()
        };
        if l.kind != Kind::PageNumber
            && !body.is_empty()
            && (if whole_line {
                l.width() <= 80
            } else {
                chars::fits_width(body, 80)
            } || spread())
        {
            // (Keyed with its marker: `• AOB` in a list is not the slide
            // title `AOB`.)
            let key = match l.marker() {
                Some((m, _)) => chars::trim(&src[m..l.content().1]),
                None => body,
            };
            seen.entry(key).or_default().push(i);
        }
    }
    let groups: Vec<Vec<usize>> = seen.into_values().filter(|idx| idx.len() >= 2).collect();
    let mut headers: Vec<usize> = groups
        .iter()
        .filter(|idx| {
            let at = idx.iter().filter(|&&i| at_boundary[i]).count();
            let edge = |i: usize| page_top[i] || beside_number(i);
            idx.len() >= MIN_REPEATS && at >= MIN_REPEATS && at * 3 >= idx.len() * 2
                // A three-page document repeats its header twice: enough
                // when both stand at the top of a page or by its number
                // (and the cover may show it once more).
                || idx.iter().filter(|&&i| edge(i)).count() >= 2
                    && idx.iter().all(|&i| edge(i) || on_cover(i))
        })
        .flatten()
        .copied()
        .filter(|&i| at_boundary[i] || page_top[i] || beside_number(i))
        .collect();
    headers.sort_unstable();
    // `Page 3 of 5` / `Final – approved …` / `JP-CRFS | Minutes … Lusaka`:
    // a line that every time follows a page's number or its other
    // header (blank lines between) heads the page too.
    let after_header = |i: usize| {
        i.checked_sub(1)
            .is_some_and(|p| lines[p].kind == Kind::PageNumber || headers.binary_search(&p).is_ok())
    };
    let second: Vec<usize> = (groups.iter())
        .filter(|idx| {
            // (A header, not the tail of a sentence cut by the page.)
            let text = chars::trim(&src[lines[idx[0]].content().0..lines[idx[0]].content().1]);
            lines[idx[0]].kind == Kind::Text
                && !text.starts_with(char::is_lowercase)
                && !chars::ends_sentence(text)
                && idx.iter().filter(|&&i| after_header(i)).count() >= 2
                && idx.iter().all(|&i| after_header(i) || on_cover(i))
        })
        .flatten()
        .copied()
        .filter(|&i| after_header(i))
        .collect();
    headers.extend(second);
    headers.sort_unstable();
    headers.dedup();
    // A running header wrapped onto a second line: the line after every
    // occurrence is the same short line too.
    let mut extra = Vec::new();
    let mut group: Vec<usize> = headers.clone();
    for _ in 0..2 {
        // Only the very next line: a header's second line follows it directly.
        let next_of =
            |i: usize| (i + 1 < lines.len() && lines[i + 1].blanks_before() == 0).then_some(i + 1);
        let nexts: Vec<Option<usize>> = group.iter().map(|&i| next_of(i)).collect();
        let texts: Vec<Option<&str>> = nexts
            .iter()
            .map(|n| n.map(|j| chars::trim(&src[lines[j].content().0..lines[j].content().1])))
            .collect();
        let same =
            texts.len() >= MIN_REPEATS && texts.windows(2).all(|w| w[0].is_some() && w[0] == w[1]);
        if !same || texts[0].is_some_and(|t| !chars::fits_width(t, 80) || t.is_empty()) {
            break;
        }
        group = nexts.into_iter().flatten().collect();
        extra.extend(group.iter().copied());
    }
    headers.extend(extra);
    // `E/CN.6/2026/BUR/3` atop a page, written on the cover too (beside
    // other text there, `United Nations    E/CN.6/2026/BUR/3`): the
    // document's symbol heads its pages, even a two-page document's.
    let cover_symbols: Vec<&str> = (lines.iter().enumerate())
        .take_while(|&(i, _)| on_cover(i))
        .flat_map(|(_, l)| src[l.content().0..l.content().1].split_whitespace())
        .filter(|w| is_doc_symbol(w))
        .collect();
    if !cover_symbols.is_empty() {
        for (i, l) in lines.iter().enumerate() {
            let body = chars::trim(&src[l.content().0..l.content().1]);
            if !on_cover(i)
                && l.kind == Kind::Text
                && (page_top[i] || beside_number(i) || at_boundary[i])
                && cover_symbols.contains(&body)
            {
                headers.push(i);
            }
        }
    }
    headers.sort_unstable();
    headers.dedup();
    for i in headers {
        lines[i].kind = Kind::RunningHeader;
    }
    for l in lines.iter() {
        let kind = match l.kind {
            Kind::PageNumber => ArtifactKind::PageNumber,
            Kind::RunningHeader => ArtifactKind::RunningHeader,
            _ => continue,
        };
        let start = l.marker().map_or(l.content().0, |m| m.0.min(l.content().0));
        let span = Span::new(start, l.content().1);
        out.push(Artifact {
            kind,
            text: src[span.start..span.end].to_string(),
            span,
        });
    }
    out.sort_by_key(|a| (a.span.start, a.span.end));
    out
}

/// A UN document symbol: `E/CN.6/2026/BUR/3`, `CBD/COP/Bureau/2025/2/1`,
/// `A/HRC/59/L.3`: no spaces, a capital first, two slashes or more.
fn is_doc_symbol(w: &str) -> bool {
    w.len() <= 40
        && w.starts_with(|c: char| c.is_ascii_uppercase())
        && w.bytes().filter(|&b| b == b'/').count() >= 2
        && w.bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'/' | b'.' | b'-' | b'(' | b')'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn page_numbers_of_every_shape() {
        for s in [
            "Minutes of the ISWG – 4 March 2025                         Page 1 of 3",
            "محضر اجتماع ISWG – ٤ آذار/مارس ٢٠٢٥                       الصفحة 1 من 3",
            "3",
            "- 3 -",
            "– 12 –",
            "-3-",
            "Page 3",
            "Page 3 of 12",
            "OMT Minutes 5/2025 – Page 1 of 2",
            "E/ESCWA/C.6/2025/3/Report                                                    ١",
            "2 E/CN.6/2026/BUR/3",
            "E/CN.6/2026/BUR/3       12",
            "Page 2/4",
            "MOSCOM-3/Doc. 10, p. 4",
            "Página 3 de 12",
            "3/12",
            "第 3 页",
            "第3页，共12页",
            "٣",
            "Стр. 4",
            "24-18765",
            "24-18765 (E)",
            "24-18765                     2/5",
            "V.25-01234                                                         1/4",
            "GE.25-09123 (R)    070725    080725",
            "4/5          24-18765",
            "25-11348 (E)     150725",
            "25-17342 (F)    091025    131025",
            "B25-00317 (C)",
            "*2511348*",
            "*B2500317*",
            "26-01934                                                      3/7",
            "*2511348*                    Please recycle ♲",
        ] {
            assert!(is_page_number(s), "{s:?} is a page number");
        }
        for s in [
            "2025/10",
            "2025",
            "3.",
            "1. Opening",
            "Page three",
            "- item",
            "3 participants",
            "12:00",
            "24-18765 delegates",
            "2024-10-15",
            "*important*",
            "*12345*",
            "25-11348 (E)     15 July",
            "2  A/CONF.246/PM.1.",
        ] {
            assert!(!is_page_number(s), "{s:?} is not a page number");
        }
    }

    /// The texts of the running headers `mark` finds in `src`.
    fn headers(src: &str) -> Vec<String> {
        let physical = crate::source::lines(src);
        let mut lexed = crate::lex::lex(src, &physical);
        (mark(src, &mut lexed).into_iter())
            .filter(|a| a.kind == ArtifactKind::RunningHeader)
            .map(|a| a.text)
            .collect()
    }

    #[test]
    fn a_symbol_on_the_cover_and_atop_two_pages_is_a_header() {
        let body = |n: u32| format!("Text of page {n} that goes on.\n\nMore text on page {n}.\n\n");
        let (one, two, three) = (body(1), body(2), body(3));
        let src = format!(
            "Council Working Group\nDocument CWG-9/4-E\nDate: 5 June 2025\n\n{one}\
             Page 2\nDocument CWG-9/4-E\n\n{two}Page 3\nDocument CWG-9/4-E\n\n{three}"
        );
        assert_eq!(headers(&src), ["Document CWG-9/4-E", "Document CWG-9/4-E"]);
        // Twice, each time right above the page number: a footer.
        let src = format!("Minutes\n\n{one}CWG-9/4-S\n- 2 -\n{two}CWG-9/4-S\n- 3 -\n{three}");
        assert_eq!(headers(&src), ["CWG-9/4-S", "CWG-9/4-S"]);
        // A line met twice inside the pages is no header.
        let src = format!("Minutes\n\nThe Chair\n\n{one}- 2 -\n{two}The Chair\n\n{three}");
        assert_eq!(headers(&src), Vec::<String>::new());
    }

    #[test]
    fn the_symbol_atop_the_second_page_of_two_heads_it_when_the_cover_bears_it() {
        let src = "United Nations              E/CN.6/2026/BUR/3\nEconomic and Social Council\n\nSummary of conclusions\n\n1.   Text of the first page.\n\n25-10457 (E)\n\nE/CN.6/2026/BUR/3\n\n2.   Text of the second page.\n";
        assert_eq!(headers(src), ["E/CN.6/2026/BUR/3"]);
        // Not on the cover: a symbol quoted in the text stays text.
        let src = "United Nations\n\nSummary\n\n1.   Text.\n\n25-10457 (E)\n\nE/CN.6/2026/BUR/3\n\n2.   More text.\n";
        assert_eq!(headers(src), Vec::<String>::new());
    }

    #[test]
    fn a_header_under_the_pages_other_header_heads_the_page_too() {
        let page = |n: u32| {
            format!(
                "Text of page {n} that goes on.\n\nMore text on page {n}.\n\nJP | Minutes of the PSC                               Page {n} of 3\nFinal – approved on 2 December 2024\n\nJP | Minutes of the PSC                        14 November 2024, Lusaka\n\n"
            )
        };
        let src = format!("Minutes\n\n{}{}{}", page(1), page(2), page(3));
        let found = headers(&src);
        assert_eq!(found.len(), 6, "{found:?}");
        assert!(
            found
                .iter()
                .all(|h| h.starts_with("Final") || h.ends_with("Lusaka"))
        );
    }

    #[test]
    fn running_headers_recur_next_to_page_breaks() {
        let body =
            "Text of the page that goes on.\n\nMore text here, different words.\n\n".repeat(6);
        let page = format!("Summary of the meeting\n\n{body}- 1 -\n");
        let src = format!(
            "{page}\u{0c}{}\u{0c}{}",
            page.replace("- 1 -", "- 2 -"),
            page.replace("- 1 -", "- 3 -")
        );
        let physical = crate::source::lines(&src);
        let mut lexed = crate::lex::lex(&src, &physical);
        let artifacts = mark(&src, &mut lexed);
        let kinds: Vec<ArtifactKind> = artifacts.iter().map(|a| a.kind).collect();
        assert_eq!(
            kinds
                .iter()
                .filter(|k| **k == ArtifactKind::PageNumber)
                .count(),
            3
        );
        assert_eq!(
            kinds
                .iter()
                .filter(|k| **k == ArtifactKind::PageBreak)
                .count(),
            2
        );
        assert_eq!(
            kinds
                .iter()
                .filter(|k| **k == ArtifactKind::RunningHeader)
                .count(),
            3
        );
    }
}
