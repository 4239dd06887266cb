//! Inline: markup inside a block's text.
//!
//! Input: a byte range of the source (one logical line's content). Output:
//! [`Inline`] nodes: text, `**strong**`, `*emphasis*`, `[links](url)`,
//! `<https://autolinks>`, `<a href>` links, `<sup>1</sup>` and `[^1]`
//! footnote references, other HTML tags kept raw, `\` escapes.
//!
//! Invariants: leaf spans are tight (no white space at their ends), sorted
//! and disjoint; a text node's text is [`reflow::join`] of its span. The
//! parser leaves that text empty: [`fill_texts`] writes it once the tree is
//! built and the line tables are freed, so that the strings (a third of the
//! tree) never share the heap with them; until then [`source_plain`] reads
//! the texts from their spans.
//! Nesting is capped at [`MAX_DEPTH`]; closer searches are cached so that
//! unclosed openers cost linear time in total.

use std::borrow::Cow;

use crate::ast::{Block, Inline, Section, Span};
use crate::chars::{self, is_space};
use crate::reflow;

/// Deepest nesting of strong, emphasis and links parsed.
pub const MAX_DEPTH: usize = 4;

/// Parses the inline content of `src[start..end]`.
pub fn parse(src: &str, start: usize, end: usize) -> Vec<Inline> {
    let mut p = Parser {
        src,
        end,
        finders: Vec::new(),
        no_closer: Default::default(),
    };
    p.range(start, end, 0)
}

/// Remembers, per needle, the last occurrence found, so that searches from
/// increasing positions never rescan the same bytes.
struct Finder {
    needle: &'static str,
    searched_from: usize,
    found: Option<usize>,
}

struct Parser<'a> {
    src: &'a str,
    /// Per (needle, range end): a position from which no valid closer
    /// exists. Validity depends only on the closer's surroundings, so a
    /// failure from `p` is a failure from any later position.
    no_closer: std::collections::HashMap<(&'static str, usize), usize>,
    /// End of the top-level range: every search runs to it, so one cache
    /// per needle serves every nested range.
    end: usize,
    finders: Vec<Finder>,
}

impl Parser<'_> {
    /// First occurrence of `needle` in `src[from..limit]`.
    fn find(&mut self, needle: &'static str, from: usize, limit: usize) -> Option<usize> {
        let (src, end) = (self.src, self.end);
        let f = match self.finders.iter().position(|f| f.needle == needle) {
            Some(i) => &mut self.finders[i],
            None => {
                self.finders.push(Finder {
                    needle,
                    searched_from: usize::MAX,
                    found: None,
                });
                self.finders.last_mut()?
            }
        };
        let cached = f.searched_from <= from && f.found.is_none_or(|at| at >= from);
        if !cached {
            f.searched_from = from;
            f.found = memchr::memmem::find(&src.as_bytes()[from..end], needle.as_bytes())
                .map(|i| from + i);
            crate::work::add(
                f.found
                    .map_or(end, |at| at + needle.len())
                    .saturating_sub(from),
            );
        }
        f.found.filter(|&at| at + needle.len() <= limit)
    }

    fn range(&mut self, start: usize, end: usize, depth: usize) -> Vec<Inline> {
        let src = self.src;
        let bytes = src.as_bytes();
        // Room for the one text node most runs hold: no reallocation then.
        let mut out = Vec::with_capacity(1);
        let mut text_start = start;
        let mut pos = start;
        // Straight to the next byte that may open markup: `*` `_` `[` and
        // `\` `<` found by two `memchr`s, each kept until passed.
        let find3 = |from: usize| {
            memchr::memchr3(b'*', b'_', b'[', &bytes[from..end]).map_or(end, |i| from + i)
        };
        let find2 =
            |from: usize| memchr::memchr2(b'\\', b'<', &bytes[from..end]).map_or(end, |i| from + i);
        let (mut next3, mut next2) = (find3(pos.min(end)), find2(pos.min(end)));
        while pos < end {
            if next3 < pos {
                next3 = find3(pos);
            }
            if next2 < pos {
                next2 = find2(pos);
            }
            let skip = next3.min(next2) - pos;
            crate::work::add(1 + skip);
            pos += skip;
            if pos == end {
                break;
            }
            let b = bytes[pos];
            let found = match b {
                b'\\' => {
                    // An escaped punctuation character: the backslash is markup.
                    match src[pos + 1..end].chars().next() {
                        Some(c) if c.is_ascii_punctuation() => {
                            push_text(src, &mut out, text_start, pos);
                            text_start = pos + 1;
                            pos += 1 + c.len_utf8();
                            continue;
                        }
                        _ => None,
                    }
                }
                b'*' | b'_' if depth < MAX_DEPTH => self.emphasis(pos, end, depth),
                b'[' if depth < MAX_DEPTH => self.bracket(pos, end, depth),
                b'<' => self.angle(pos, end, depth),
                _ => None,
            };
            match found {
                Some((node, next)) => {
                    push_text(src, &mut out, text_start, pos);
                    out.push(node);
                    pos = next;
                    text_start = next;
                }
                None => pos += utf8_len(b),
            }
        }
        push_text(src, &mut out, text_start, end);
        // Most runs hold one text node; the tree keeps no spare room.
        out.shrink_to_fit();
        out
    }

    /// `**strong**`, `__strong__`, `*emphasis*`, `_emphasis_`.
    fn emphasis(&mut self, pos: usize, end: usize, depth: usize) -> Option<(Inline, usize)> {
        let src = self.src;
        let b = src.as_bytes()[pos];
        let run = src.as_bytes()[pos..end]
            .iter()
            .take_while(|&&x| x == b)
            .count();
        let prev = src[..pos].chars().next_back();
        if pos > 0 && src.as_bytes()[pos - 1] == b {
            return None; // inside a longer run already rejected
        }
        // `_` inside a word (snake_case) is not markup.
        if b == b'_' && prev.is_some_and(char::is_alphanumeric) {
            return None;
        }
        let strong = run >= 2;
        let width = if strong { 2 } else { 1 };
        let open_end = pos + width;
        if src[open_end..end].chars().next().is_none_or(is_space) {
            return None;
        }
        let needle: &'static str = match (b, strong) {
            (b'*', true) => "**",
            (b'*', false) => "*",
            (_, true) => "__",
            _ => "_",
        };
        let start_from = open_end + usize::from(!strong);
        if self
            .no_closer
            .get(&(needle, end))
            .is_some_and(|&p| p <= start_from)
        {
            return None;
        }
        let mut from = start_from;
        loop {
            let Some(close) = self.find(needle, from, end) else {
                self.no_closer.insert((needle, end), start_from);
                return None;
            };
            let before = src[..close].chars().next_back();
            let after_is_same = src.as_bytes().get(close + width) == Some(&b);
            let ok = close > open_end
                && before.is_some_and(|c| !is_space(c))
                && (strong || !after_is_same);
            if ok {
                let children = self.range(open_end, close, depth + 1);
                let span = Span::new(pos, close + width);
                let node = if strong {
                    Inline::Strong { children, span }
                } else {
                    Inline::Emphasis { children, span }
                };
                return Some((node, close + width));
            }
            from = close + width.max(1);
            if !strong && after_is_same {
                from += 1;
            }
        }
    }

    /// `[text](url)` and `[^label]`.
    fn bracket(&mut self, pos: usize, end: usize, depth: usize) -> Option<(Inline, usize)> {
        let src = self.src;
        if src[pos..end].starts_with("[^") {
            let close = self.find("]", pos + 2, end)?;
            let label = &src[pos + 2..close];
            if label.is_empty() || label.len() > 20 || label.contains(char::is_whitespace) {
                return None;
            }
            return Some((
                Inline::FootnoteRef {
                    label: label.to_string(),
                    span: Span::new(pos, close + 1),
                },
                close + 1,
            ));
        }
        let close = self.find("](", pos + 1, end)?;
        // The link text may not hold another `]` before `](`.
        if memchr::memchr(b']', &src.as_bytes()[pos + 1..close]).is_some() {
            return None;
        }
        let url_start = close + 2;
        let paren = self.find(")", url_start, end)?;
        let url = chars::trim(&src[url_start..paren]);
        if url.contains(char::is_whitespace) && !url.contains('"') {
            return None;
        }
        let children = self.range(pos + 1, close, depth + 1);
        Some((
            Inline::Link {
                url: url.to_string(),
                children,
                span: Span::new(pos, paren + 1),
            },
            paren + 1,
        ))
    }

    /// `<sup>1</sup>`, `<a href="u">t</a>`, `<https://u>`, other tags.
    fn angle(&mut self, pos: usize, end: usize, depth: usize) -> Option<(Inline, usize)> {
        let src = self.src;
        let rest = &src[pos..end];
        let lower_starts = |p: &str| {
            rest.len() >= p.len() && rest.as_bytes()[..p.len()].eq_ignore_ascii_case(p.as_bytes())
        };
        if lower_starts("<sup>") {
            if let Some(close) = self.find("</sup>", pos + 5, end) {
                let label = chars::trim(&src[pos + 5..close]);
                if !label.is_empty() && label.chars().count() <= 10 && !label.contains('<') {
                    let span = Span::new(pos, close + 6);
                    return Some((
                        Inline::FootnoteRef {
                            label: label.to_string(),
                            span,
                        },
                        close + 6,
                    ));
                }
            }
        }
        if lower_starts("<a ") && depth < MAX_DEPTH {
            let tag_end = self.find(">", pos, end)?;
            if let Some(close) = self.find("</a>", tag_end, end) {
                let url = attr(&src[pos..tag_end], "href")
                    .unwrap_or_default()
                    .to_string();
                let children = self.range(tag_end + 1, close, depth + 1);
                return Some((
                    Inline::Link {
                        url,
                        children,
                        span: Span::new(pos, close + 4),
                    },
                    close + 4,
                ));
            }
        }
        for scheme in ["<http://", "<https://", "<mailto:", "<www."] {
            if lower_starts(scheme) {
                let close = self.find(">", pos, end)?;
                let url = &src[pos + 1..close];
                if url.contains(char::is_whitespace) || url.contains('<') {
                    return None;
                }
                let span = Span::new(pos, close + 1);
                let text = Inline::Text {
                    text: String::new(),
                    span: Span::new(pos + 1, close),
                };
                return Some((
                    Inline::Link {
                        url: url.to_string(),
                        children: vec![text],
                        span,
                    },
                    close + 1,
                ));
            }
        }
        // A raw tag: `<p>`, `</p>`, `<br/>`, `<!-- -->`.
        let next = rest[1..].chars().next()?;
        if next.is_ascii_alphabetic() || next == '/' || next == '!' {
            let close = self.find(">", pos, end)?;
            let tag = &src[pos..=close];
            if tag.contains('\n') && !tag.starts_with("<!--") {
                return None;
            }
            return Some((
                Inline::Html {
                    html: tag.to_string(),
                    span: Span::new(pos, close + 1),
                },
                close + 1,
            ));
        }
        None
    }
}

/// Length of the UTF-8 sequence that starts with byte `b` (1 for a
/// continuation byte, so a scan always moves on).
fn utf8_len(b: u8) -> usize {
    match b {
        0xF0..=0xFF => 4,
        0xE0..=0xEF => 3,
        0xC0..=0xDF => 2,
        _ => 1,
    }
}

/// The value of attribute `name` in an HTML start tag.
fn attr<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let lower = tag.to_ascii_lowercase();
    let at = lower.find(&format!("{name}="))? + name.len() + 1;
    let rest = &tag[at..];
    let quote = rest.chars().next()?;
    if quote == '"' || quote == '\'' {
        let close = rest[1..].find(quote)?;
        Some(&rest[1..1 + close])
    } else {
        Some(
            rest.split(|c: char| c.is_whitespace() || c == '>')
                .next()
                .unwrap_or(""),
        )
    }
}

/// Appends the text of `src[start..end]` (tightened to its non-space
/// characters) as a text node, if it holds any.
fn push_text(src: &str, out: &mut Vec<Inline>, start: usize, end: usize) {
    if start >= end {
        return;
    }
    let raw = &src[start..end];
    let lead = chars::leading_space(raw);
    let body = chars::trim(raw);
    if body.is_empty() {
        return;
    }
    let span = Span::new(start + lead, start + lead + body.len());
    // The text is written by `fill_texts`.
    out.push(Inline::Text {
        text: String::new(),
        span,
    });
}

/// Writes the text of every text node under `blocks` and `sections`:
/// [`reflow::join`] of its span (the parser leaves it empty).
pub fn fill_texts(src: &str, blocks: &mut [Block], sections: &mut [Section]) {
    for block in blocks {
        fill_block(src, block);
    }
    for section in sections {
        fill_texts(src, &mut section.blocks, &mut section.sections);
    }
}

fn fill_block(src: &str, block: &mut Block) {
    match block {
        Block::Paragraph { inlines, .. } => fill_inlines(src, inlines),
        Block::List { items, .. } => {
            for item in items {
                fill_inlines(src, &mut item.inlines);
                item.children.iter_mut().for_each(|b| fill_block(src, b));
            }
        }
        Block::Table { rows, .. } => (rows.iter_mut().flat_map(|r| &mut r.cells))
            .for_each(|cell| fill_inlines(src, &mut cell.inlines)),
        Block::Rule { .. } => {}
    }
}

fn fill_inlines(src: &str, inlines: &mut [Inline]) {
    for node in inlines {
        match node {
            Inline::Text { text, span } => *text = reflow::join(&src[span.start..span.end]),
            Inline::Strong { children, .. }
            | Inline::Emphasis { children, .. }
            | Inline::Link { children, .. } => fill_inlines(src, children),
            Inline::FootnoteRef { .. } | Inline::Html { .. } => {}
        }
    }
}

/// The plain text of inline nodes: texts joined, markup, tags and footnote
/// references dropped, one space where the source had white space between
/// two pieces of text.
///
/// One text node (most paragraphs) is its own plain text, borrowed.
pub fn plain<'i>(src: &str, inlines: &'i [Inline]) -> Cow<'i, str> {
    if let [Inline::Text { text, .. }] = inlines {
        return Cow::Borrowed(text);
    }
    let mut state = Plain::new(false);
    state.walk(src, inlines, 0);
    Cow::Owned(state.out)
}

/// [`plain`] of nodes whose texts are not written yet (see
/// [`fill_texts`]): each text node's text is joined from its span.
pub fn source_plain<'a>(src: &'a str, inlines: &[Inline]) -> Cow<'a, str> {
    if let [Inline::Text { span, .. }] = inlines {
        return reflow::joined(&src[span.start..span.end]);
    }
    let mut state = Plain::new(true);
    state.walk(src, inlines, 0);
    Cow::Owned(state.out)
}

struct Plain {
    out: String,
    last_end: Option<usize>,
    pending_space: bool,
    /// The gap before the next text holds a line break.
    pending_break: bool,
    /// Text nodes are read from their spans, not their `text`.
    from_spans: bool,
}

impl Plain {
    fn new(from_spans: bool) -> Self {
        Plain {
            out: String::new(),
            last_end: None,
            pending_space: false,
            pending_break: false,
            from_spans,
        }
    }

    fn walk(&mut self, src: &str, inlines: &[Inline], depth: usize) {
        for node in inlines {
            let span = node.span();
            if let Some(gap) = self.last_end.and_then(|e| src.get(e..span.start)) {
                // A line break between nodes (a wrap, or the page break and
                // footnotes a sentence jumped over) is joined as `join` does.
                if gap.contains(['\n', '\r', '\u{0c}', '\u{2028}', '\u{2029}']) {
                    self.pending_break = true;
                } else if gap.contains(is_space) {
                    self.pending_space = true;
                }
            }
            match node {
                Inline::Text { text, span } => {
                    let text = if self.from_spans {
                        reflow::joined(&src[span.start..span.end])
                    } else {
                        Cow::Borrowed(text.as_str())
                    };
                    if !self.out.is_empty() && !self.out.ends_with(' ') {
                        if self.pending_break {
                            reflow::glue(&mut self.out, text.chars().next());
                        } else if self.pending_space {
                            self.out.push(' ');
                        }
                    }
                    self.out.push_str(&text);
                    self.pending_space = false;
                    self.pending_break = false;
                }
                Inline::Strong { children, .. }
                | Inline::Emphasis { children, .. }
                | Inline::Link { children, .. } => {
                    if depth <= MAX_DEPTH {
                        self.last_end = Some(span.start);
                        self.walk(src, children, depth + 1);
                    }
                }
                // Markup, not words.
                Inline::FootnoteRef { .. } | Inline::Html { .. } => {}
            }
            self.last_end = Some(span.end);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Parsed, with the texts written.
    fn parse_all(src: &str) -> Vec<Inline> {
        let mut nodes = parse(src, 0, src.len());
        fill_inlines(src, &mut nodes);
        nodes
    }

    /// The plain text, read both ways: from the spans before the texts are
    /// written, and from the texts after.
    fn plain_of(src: &str) -> String {
        let unfilled = parse(src, 0, src.len());
        assert!(unfilled.iter().all(|n| match n {
            Inline::Text { text, .. } => text.is_empty(),
            _ => true,
        }));
        let from_spans = source_plain(src, &unfilled).into_owned();
        let from_texts = plain(src, &parse_all(src)).into_owned();
        assert_eq!(from_spans, from_texts);
        from_texts
    }

    #[test]
    fn strong_emphasis_and_links() {
        assert_eq!(
            plain_of("**仍有26亿人无法上网**，特别是"),
            "仍有26亿人无法上网，特别是"
        );
        let nodes = parse_all("see [IGF 网站上公布](#) now");
        assert!(matches!(&nodes[1], Inline::Link { url, .. } if url == "#"));
        assert_eq!(
            plain_of("see [the site](https://x.org) now"),
            "see the site now"
        );
        assert_eq!(plain_of("a *word* b"), "a word b");
    }

    #[test]
    fn html_links_autolinks_and_footnotes() {
        let src = "举行<sup>2</sup>。 <a href=\"#\">国家 IGF</a> <https://un.org>";
        let nodes = parse_all(src);
        assert!(matches!(&nodes[1], Inline::FootnoteRef { label, .. } if label == "2"));
        assert!(
            nodes
                .iter()
                .any(|n| matches!(n, Inline::Link { url, .. } if url == "#"))
        );
        assert!(
            nodes
                .iter()
                .any(|n| matches!(n, Inline::Link { url, .. } if url == "https://un.org"))
        );
        assert!(
            matches!(&parse_all("[^3] x")[0], Inline::FootnoteRef { label, .. } if label == "3")
        );
    }

    #[test]
    fn escapes_drop_the_backslash() {
        assert_eq!(plain_of(r"更新后的文件\(IWW\)"), "更新后的文件(IWW)");
        assert_eq!(plain_of(r"view\\_doc"), r"view\_doc");
    }

    #[test]
    fn unclosed_markup_is_text() {
        assert_eq!(plain_of("a ** b [c ( <d"), "a ** b [c ( <d");
        assert_eq!(plain_of("snake_case_name"), "snake_case_name");
    }

    #[test]
    fn leaf_spans_are_tight_and_give_the_text() {
        let src = "  hello **wor\nld**  ";
        let nodes = parse_all(src);
        let Inline::Text { span, .. } = &nodes[0] else {
            panic!("text first")
        };
        assert_eq!(&src[span.start..span.end], "hello");
        let Inline::Strong { children, .. } = &nodes[1] else {
            panic!("strong second")
        };
        assert!(matches!(&children[0], Inline::Text { text, .. } if text == "wor ld"));
    }

    #[test]
    fn many_unclosed_openers_are_linear() {
        let src = "** [ <sup> _a ".repeat(20_000);
        let nodes = parse_all(&src);
        assert!(!nodes.is_empty());
    }
}
