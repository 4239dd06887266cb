//! Lex: classify each physical line.
//!
//! Input: the source and its line table. Output ([`Lexed`]): one
//! [`LexLine`] per line that is not blank, with its [`Kind`], indentation,
//! marker span, content span (trimmed, marker excluded) and the number of
//! blank lines right before it; blank lines are only counted (over half
//! the lines of a PDF copy), and their form feeds recorded. Recognisers look
//! at the normalised form ([`crate::chars::fold`]); spans point at what was
//! written.
//! Invariant: `marker` and `content` lie inside the line and do not overlap.

use crate::ast::Span;
use crate::chars::{self, is_space};
use crate::date;
use crate::lexicon;
use crate::source::Line;

/// How a numbered marker is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NumStyle {
    /// `I.` `II.` `IV)`.
    Roman,
    /// `一、` `（一）`.
    CjkNumeral,
    /// `1.` `1)` `1、` `(1)`.
    Arabic,
    /// `1.1` `2.3.1`: depth 2 or more.
    Dotted(u8),
    /// `a.` `b)` `(c)` `а)`.
    Letter,
    /// `i.` `ii)` `(iv)`.
    RomanLower,
}

/// What a line is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Nothing but white space.
    Blank,
    /// `---`, `***`, `___`, `===`.
    Rule,
    /// `#` to `######`.
    AtxHeading(u8),
    /// A numbered or lettered marker.
    Numbered(NumStyle),
    /// A bullet glyph (`-`, `▪`, `•`, `✓`, `➤`, `*`).
    Bullet,
    /// An arrow marking an action (`➔`, `→`, `►`).
    Arrow,
    /// A line that only says "actions follow" (`行动：`, `Actions:`).
    ActionHeader,
    /// `Action: text` / `ACTION: text`; the marker is the prefix.
    ActionPrefix,
    /// A disclaimer heading alone on its line.
    DisclaimerHeading,
    /// A footnote definition (`<sup>1</sup> text`, `[^1]: text`); the marker
    /// holds the label.
    FootnoteDef,
    /// A line that is only a date: a day header.
    DateLine,
    /// A table row: pipes at both ends, or cells separated by tabs.
    TableRow,
    /// A table rule: `|---|:--|` or `---<TAB>---`.
    TableRule,
    /// A page number left by a PDF (`- 3 -`); set by `artifact`.
    PageNumber,
    /// A running header or footer left by a PDF; set by `artifact`.
    RunningHeader,
    /// A line of the YAML front matter atop a Markdown note (`---` / `date:
    /// 2025-05-20` / `attendees:` / `  - Ana` / `---`), its fences
    /// included: metadata, a field a line.
    FrontMatter,
    /// Anything else.
    Text,
}

/// One classified line that is not blank. Kept small (56 bytes): the parse
/// holds one per such line until the tree is built, the largest part of its
/// peak heap. Every offset but the line's start is kept from that start in
/// 32 bits ([`crate::source::lines`] cuts no line longer than `u32::MAX`
/// bytes).
#[derive(Debug, Clone, Copy)]
pub struct LexLine {
    /// Offset of the line's first byte.
    start: usize,
    /// The line's length in bytes (line ending excluded).
    len: u32,
    /// Indentation in columns (tab = 4, ideographic space = 2), saturating.
    indent: u32,
    /// Display width of the trimmed line, saturating.
    width: u32,
    /// The text after the marker, trimmed, from the line's start; empty
    /// when there is none (see [`LexLine::content`]).
    content: (u32, u32),
    /// The marker, from the line's start; [`NONE`] when there is none (see
    /// [`LexLine::marker`]).
    marker: (u32, u32),
    /// The number, from the line's start; [`NONE`] when there is none (see
    /// [`LexLine::number`]).
    number: (u32, u32),
    /// Blank lines right before this one (saturating).
    blanks_before: u32,
    /// What the line is.
    pub kind: Kind,
}

/// No marker or number: no marker ends before it starts.
const NONE: (u32, u32) = (1, 0);

impl LexLine {
    /// Whether the line holds only white space.
    pub fn is_blank(&self) -> bool {
        self.kind == Kind::Blank
    }

    /// Blank lines right before this one.
    pub fn blanks_before(&self) -> usize {
        self.blanks_before as usize
    }

    /// The physical line.
    pub fn line(&self) -> Line {
        Line {
            start: self.start,
            end: self.start + self.len as usize,
        }
    }

    /// The text after the marker, trimmed (empty when there is none), as
    /// byte offsets into the source.
    pub fn content(&self) -> (usize, usize) {
        self.absolute(self.content)
    }

    /// Indentation in columns (tab = 4, ideographic space = 2).
    pub fn indent(&self) -> usize {
        self.indent as usize
    }

    /// Display width of the trimmed line.
    pub fn width(&self) -> usize {
        self.width as usize
    }

    /// The marker (bullet, number, `#`s, prefix, footnote label), if any,
    /// as byte offsets into the source.
    pub fn marker(&self) -> Option<(usize, usize)> {
        (self.marker != NONE).then(|| self.absolute(self.marker))
    }

    /// The number or letter inside a numbered marker (`1`, `a`, `1.2`), as
    /// byte offsets into the source.
    pub fn number(&self) -> Option<(usize, usize)> {
        (self.number != NONE).then(|| self.absolute(self.number))
    }

    fn absolute(&self, (a, b): (u32, u32)) -> (usize, usize) {
        (self.start + a as usize, self.start + b as usize)
    }

    /// `(a, b)` (source offsets inside this line) from the line's start:
    /// they fit, as no line is longer than `u32::MAX` bytes.
    fn relative(&self, (a, b): (usize, usize)) -> (u32, u32) {
        let rel = |x: usize| u32::try_from(x - self.start).unwrap_or(u32::MAX);
        (rel(a), rel(b))
    }

    /// Makes a line `o Text` (a capital after the letter) a bullet item.
    fn letter_o_bullet(&mut self, src: &str) {
        let (from, to) = self.content();
        let body = &src[from..to];
        let Some(text) = body.strip_prefix("o ") else {
            return;
        };
        let text = text.trim_start_matches(is_space);
        if text.starts_with(char::is_uppercase) {
            self.kind = Kind::Bullet;
            self.set_marker((from, from + 1));
            self.set_content((to - text.len(), to));
        }
    }

    /// Reads the line as Emacs Org-mode writes it: `** Title  :tag:` is a
    /// heading of that level (its tags no part of the title); `** TODO
    /// Task` an item whose marker holds the keyword (a task, or one done:
    /// `DONE`, `ANNULÉ`); `# note` a comment, no heading.
    fn org_line(&mut self, src: &str) {
        let line = &src[self.start..self.start + self.len as usize];
        let stars = line.bytes().take_while(|&b| b == b'*').count();
        if stars == 0 {
            if line.starts_with("# ") && matches!(self.kind, Kind::AtxHeading(_)) {
                self.marker = NONE;
                self.set_content((self.start, self.start + line.trim_end().len()));
                self.kind = Kind::Text;
            }
            return;
        }
        let rest = &line[stars..];
        if !rest.starts_with(' ') {
            return;
        }
        let text = rest.trim_start();
        let from = self.start + line.len() - text.len();
        let keyword = text.split(' ').next().unwrap_or("");
        if ORG_KEYWORDS.contains(&keyword) && text.len() > keyword.len() {
            let body = text[keyword.len()..].trim_start();
            self.kind = Kind::Bullet;
            self.set_marker((self.start, from + keyword.len()));
            self.set_content((
                self.start + line.len() - body.len(),
                self.start + line.trim_end().len(),
            ));
            return;
        }
        // `Suivi du plan de travail 2025        :plan:`: tags close the line.
        let t = text.trim_end();
        let tags = t
            .rsplit_once(char::is_whitespace)
            .filter(|(_, tag)| {
                tag.len() > 2
                    && tag.starts_with(':')
                    && tag.ends_with(':')
                    && !tag.contains(char::is_whitespace)
            })
            .map_or(0, |(head, _)| t.len() - head.trim_end().len());
        self.marker = NONE;
        self.number = NONE;
        self.set_marker((self.start, self.start + stars));
        self.set_content((from, from + t.len() - tags));
        self.kind = Kind::AtxHeading(u8::try_from(stars.min(6)).unwrap_or(6));
    }

    /// Makes the line a heading of `level` (a setext heading's text line):
    /// the whole line, a number included, is the heading's content, as
    /// after `#`s.
    fn make_heading(&mut self, src: &str, level: u8) {
        let from = self.marker().map_or(self.content().0, |m| m.0);
        let to = self.content().1;
        self.set_content((from, to));
        self.marker = NONE;
        self.number = NONE;
        // (`Next steps` / `----------`: an action header underlined stays
        // one, its rule markup.)
        self.kind = if self.kind == Kind::ActionHeader {
            Kind::ActionHeader
        } else if lexicon::disclaimer_heading(&src[from..to]).is_some() {
            Kind::DisclaimerHeading
        } else {
            Kind::AtxHeading(level)
        };
    }

    /// Makes the line a front matter's: the whole line, any marker
    /// included, is its content.
    fn make_front_matter(&mut self, src: &str) {
        let line = &src[self.start..self.start + self.len as usize];
        let from = self.start + (line.len() - line.trim_start().len());
        self.set_content((from, self.start + line.trim_end().len()));
        self.marker = NONE;
        self.number = NONE;
        self.kind = Kind::FrontMatter;
    }

    fn set_content(&mut self, span: (usize, usize)) {
        self.content = self.relative(span);
    }

    fn set_marker(&mut self, span: (usize, usize)) {
        self.marker = self.relative(span);
    }

    fn set_number(&mut self, span: (usize, usize)) {
        self.number = self.relative(span);
    }
}

/// The index of the line that closes a YAML front matter (`---` on the
/// first line, `---` or `...` on its last; between them only `key: value`
/// fields, their indented values and list items), if the text opens with
/// one.
fn front_matter_end(src: &str, lines: &[Line]) -> Option<usize> {
    const MAX_LINES: usize = 200;
    let text = |l: &Line| src[l.start..l.end].trim_end();
    if text(lines.first()?).trim_start_matches('\u{feff}') != "---" {
        return None;
    }
    for (k, line) in lines.iter().enumerate().skip(1).take(MAX_LINES) {
        let t = text(line);
        if (t == "---" || t == "...") && k > 1 {
            return Some(k);
        }
        let field = t.split_once(':').is_some_and(|(key, _)| {
            !key.is_empty()
                && key
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-'))
        });
        if !(t.is_empty() || field || t.starts_with([' ', '\t', '-', '#'])) {
            return None;
        }
    }
    None
}

/// Org-mode's task keywords: to do, and done or dropped (see
/// [`is_done_marker`]).
const ORG_KEYWORDS: [&str; 8] = [
    "TODO",
    "NEXT",
    "WAITING",
    "EN-COURS",
    "DONE",
    "ANNULÉ",
    "CANCELLED",
    "CANCELED",
];

/// Whether `src` is written in Emacs Org-mode: a `#+TITLE:`, `#+STARTUP:`
/// or `#+TODO:` line among its first ones.
fn is_org(src: &str) -> bool {
    src.lines().take(40).any(|l| {
        let l = l.trim_start_matches('\u{feff}');
        [
            "#+TITLE:",
            "#+title:",
            "#+STARTUP:",
            "#+TODO:",
            "#+OPTIONS:",
        ]
        .iter()
        .any(|k| l.starts_with(k))
    })
}

/// Glyphs that mark a bullet.
const BULLETS: &[char] = &[
    '-', '*', '+', '•', '▪', '◦', '●', '○', '■', '□', '✓', '✔', '➤', '➢', '·', '‣', '⁃', '–', '—',
    '◆', '◇', '▫', '■', '☐', '☑', '☒',
];
/// Glyphs that mark an action.
const ARROWS: &[char] = &['➔', '→', '►', '⇒', '➜', '▶', '⟶', '➝', '➞', '➡', '←'];

/// The classified lines of a text: blank lines are not kept (over half
/// the lines of a PDF copy), only counted before each line and at the end,
/// and the form feeds they hold recorded.
pub struct Lexed {
    /// Every line that is not blank, in order.
    pub lines: Vec<LexLine>,
    /// Blank lines after the last line.
    pub trailing_blanks: usize,
    /// Offsets of the form feeds on blank lines (PDF page breaks).
    pub blank_page_breaks: Vec<usize>,
    /// The `>` markers of quoted lines, blank or not.
    pub quote_markers: Vec<Span>,
    /// The `===` and `---` lines under setext headings (their markup).
    pub underlines: Vec<Span>,
}

/// The bytes of a quoted line's prefix: the white space and `>` markers
/// before the quoted text, one space after each marker (the rest is the
/// quoted text's own indentation). Zero for a line that quotes nothing.
fn quote_prefix(line: &str) -> usize {
    let lead = chars::leading_space(line);
    if !line[lead..].starts_with('>') {
        return 0;
    }
    let mut at = lead;
    loop {
        at += 1;
        if line[at..].starts_with(' ') {
            at += 1;
        }
        // `> > text`: markers of deeper quotes, spaces between.
        let next = at + chars::leading_space(&line[at..]);
        if !line[next..].starts_with('>') {
            return at;
        }
        at = next;
    }
}

/// The span of a quoted line's `>` markers (from the first to the last),
/// if it has any.
pub fn quote_marker(src: &str, line: Line) -> Option<Span> {
    let text = &src[line.start..line.end];
    let end = quote_prefix(text);
    (end > 0).then(|| {
        let first = chars::leading_space(text);
        let last = text[..end].rfind('>').map_or(first, |i| i + 1);
        Span::new(line.start + first, line.start + last)
    })
}

/// Classifies every line of `src`.
pub fn lex(src: &str, lines: &[Line]) -> Lexed {
    let mut out = Lexed {
        lines: Vec::with_capacity(lines.len() / 2 + 1),
        trailing_blanks: 0,
        blank_page_breaks: Vec::new(),
        quote_markers: Vec::new(),
        underlines: Vec::new(),
    };
    let mut blanks = 0usize;
    let mut in_bullets = false;
    let front_matter = front_matter_end(src, lines);
    for (k, &line) in lines.iter().enumerate() {
        out.quote_markers.extend(quote_marker(src, line));
        let mut l = classify(src, line);
        if !l.is_blank() && front_matter.is_some_and(|end| k <= end) {
            l.make_front_matter(src);
            l.blanks_before = u32::try_from(blanks).unwrap_or(u32::MAX);
            blanks = 0;
            out.lines.push(l);
            continue;
        }
        if l.is_blank() {
            blanks += 1;
            let raw = &src[line.start..line.end];
            (memchr::memchr_iter(0x0c, raw.as_bytes()))
                .for_each(|off| out.blank_page_breaks.push(line.start + off));
            continue;
        }
        // `o Inception report received`: Word's second-level bullet, the
        // letter `o`, under a bullet (alone it may be a word: `o UNICEF`).
        if blanks == 0 && l.kind == Kind::Text && in_bullets {
            l.letter_o_bullet(src);
        }
        // (A bullet's wrapped lines keep the run going.)
        in_bullets = l.kind == Kind::Bullet || (in_bullets && blanks == 0 && l.kind == Kind::Text);
        // `Title` over `=====` or `-----` (Markdown's setext headings,
        // pandoc's plain text): the line above is a heading, this its markup.
        if blanks == 0 && l.kind == Kind::Rule {
            let heading = out.lines.len();
            // `=====` / `Title` / `=====`: reStructuredText's overline is
            // markup too.
            let (from, to) = l.content();
            let same = |o: &LexLine| {
                let (a, b) = o.content();
                o.kind == Kind::Rule && src[a..b] == src[from..to]
            };
            let overlined = heading >= 2
                && out.lines[heading - 1].blanks_before == 0
                && same(&out.lines[heading - 2]);
            if let Some(level) = underline_level(src, &l, heading, out.lines.last(), overlined) {
                out.lines[heading - 1].make_heading(src, level);
                out.underlines.push(Span::new(from, to));
                if overlined {
                    let over = out.lines.remove(heading - 2);
                    out.lines[heading - 2].blanks_before = over.blanks_before;
                    let (a, b) = over.content();
                    out.underlines.push(Span::new(a, b));
                    out.underlines.sort_unstable_by_key(|s| s.start);
                }
                continue;
            }
        }
        l.blanks_before = u32::try_from(blanks).unwrap_or(u32::MAX);
        blanks = 0;
        out.lines.push(l);
    }
    out.trailing_blanks = blanks;
    // A tab-separated line with no row beside it is a PDF's columns
    // (`Naciones Unidas<TAB>UNW/2026/3`), not a table.
    let table =
        |l: Option<&LexLine>| l.is_some_and(|l| matches!(l.kind, Kind::TableRow | Kind::TableRule));
    for i in 0..out.lines.len() {
        let l = out.lines[i];
        let tab_row =
            l.kind == Kind::TableRow && crate::lex::cell_separator(&src[l.content().0..]) == '\t';
        if tab_row
            && !table(i.checked_sub(1).and_then(|p| out.lines.get(p)))
            && !table(out.lines.get(i + 1))
        {
            let line = Line {
                start: l.start,
                end: l.start + l.len as usize,
            };
            let mut again = classify_with(src, line, false);
            again.blanks_before = l.blanks_before;
            out.lines[i] = again;
        }
    }
    aligned_tables(src, &mut out.lines);
    bare_pipe_tables(src, &mut out.lines);
    if is_org(src) {
        for l in &mut out.lines {
            l.org_line(src);
        }
    }
    // Held until the tree is built: no spare room.
    out.lines.shrink_to_fit();
    out
}

/// The level of the setext heading `rule` underlines (1 for `===`, 2 for
/// `---`): three or more of one of them, nothing else, right under a line of
/// text or a numbered line that stands alone (the document's first line, or
/// one after a blank line), the `heading`-th line of the table.
fn underline_level(
    src: &str,
    rule: &LexLine,
    heading: usize,
    above: Option<&LexLine>,
    overlined: bool,
) -> Option<u8> {
    let (from, to) = rule.content();
    let body = &src.as_bytes()[from..to];
    let level = match body.first()? {
        b'=' => 1,
        b'-' => 2,
        // reStructuredText's next levels.
        b'~' => 3,
        b'^' => 4,
        _ => return None,
    };
    let above = above?;
    let alone = heading == 1 || above.blanks_before > 0 || overlined;
    // (Not the rule under a table's header laid out by spaces.)
    let (a, b) = above.content();
    (body.len() >= 3
        && body.iter().all(|&b| b == body[0])
        && alone
        && matches!(
            above.kind,
            Kind::Text | Kind::Numbered(_) | Kind::ActionHeader
        )
        && !is_aligned_header(chars::trim(&src[a..b]))
        // (Nor a page's number over the rule that ends the page: `Page 1
        // sur 3` / `-----`.)
        && !crate::artifact::is_page_number(&src[a..b]))
    .then_some(level)
}

/// The cells of a line laid out in columns by spaces (a PDF copy's table):
/// pieces set apart by two spaces or more, with their byte offsets.
pub fn aligned_cells(line: &str) -> Vec<(usize, &str)> {
    let mut cells = Vec::new();
    let mut start = None;
    let mut spaces = 0;
    for (i, c) in line.char_indices() {
        if c == ' ' {
            spaces += 1;
            continue;
        }
        match start {
            Some(s) if spaces >= 2 => {
                cells.push((s, line[s..i].trim_end()));
                start = Some(i);
            }
            None => start = Some(i),
            _ => {}
        }
        spaces = 0;
    }
    if let Some(s) = start {
        cells.push((s, line[s..].trim_end()));
    }
    cells
}

/// `No.  Action          Responsible      Timeline`: three cells or more
/// laid out by spaces, two of them names of an action table's columns.
fn is_aligned_header(body: &str) -> bool {
    memchr::memmem::find(body.as_bytes(), b"  ").is_some() && !body.contains(['|', '\t']) && {
        let cells = aligned_cells(body);
        cells.len() >= 3
            && (cells.iter())
                .filter(|(_, c)| lexicon::is_column_name(c))
                .count()
                >= 2
    }
}

/// `No.  Action          Responsible      Timeline` and the lines under
/// it, up to a blank line: a table laid out by spaces, its header naming
/// the columns of an action table. Its rows are table rows, and so are
/// the lines that carry on a row's cells (indented past the first column).
fn aligned_tables(src: &str, lines: &mut [LexLine]) {
    let raw = |l: &LexLine| &src[l.start..l.start + l.len as usize];
    let mut i = 0;
    while i < lines.len() {
        // (Most lines hold no run of two spaces between words: turned away
        // before any cell is cut.)
        let body = |l: &LexLine| chars::trim(raw(l));
        let header = lines[i].kind == Kind::Text && is_aligned_header(body(&lines[i]));
        if !header {
            i += 1;
            continue;
        }
        // The second column's place in characters, as `indent` counts
        // (a Cyrillic or Arabic header is two bytes a letter).
        let lead = raw(&lines[i]).len() - raw(&lines[i]).trim_start().len();
        let header = body(&lines[i]);
        let first_column = lead + header[..aligned_cells(header)[1].0].chars().count();
        lines[i].kind = Kind::TableRow;
        i += 1;
        // (`-------` under the header: the header's rule.)
        if i < lines.len() && lines[i].blanks_before == 0 && lines[i].kind == Kind::Rule {
            lines[i].kind = Kind::TableRule;
            i += 1;
        }
        while i < lines.len() && lines[i].blanks_before == 0 {
            let line = body(&lines[i]);
            // A page's number and header in the middle: the table goes on.
            if crate::artifact::is_page_number(line) {
                i += 1;
                continue;
            }
            // (`des intervenants de la session` under `Transmettre la liste
            // définitive   Coprésidents   16/06/2025`: the first cell
            // wrapped, ending before the second column.)
            let first_cell_goes_on = lines[i].indent() + chars::str_width(line) < first_column;
            let row = aligned_cells(line).len() >= 2
                || lines[i].indent() >= first_column
                || first_cell_goes_on;
            if !row || line.contains(['|', '\t']) {
                break;
            }
            lines[i].kind = Kind::TableRow;
            i += 1;
        }
    }
}

fn indent_width(s: &str) -> usize {
    s.chars()
        .take_while(|&c| is_space(c))
        .map(|c| match c {
            '\t' => 4,
            '\u{0c}' => 0,
            '\u{3000}' => 2,
            _ => 1,
        })
        .sum()
}

/// Classifies one line.
pub fn classify(src: &str, line: Line) -> LexLine {
    classify_with(src, line, true)
}

/// [`classify`], reading tab-separated cells as a table row or not.
fn classify_with(src: &str, line: Line, tab_rows: bool) -> LexLine {
    crate::work::add(1 + line.end - line.start);
    let whole = &src[line.start..line.end];
    // `> text`, `>> text`: the lines of a quoted e-mail read as the text
    // they quote; the markers are artefacts (see [`quote_marker`]).
    let quote = quote_prefix(whole);
    let raw = &whole[quote..];
    let lead = quote + chars::leading_space(raw);
    let body = chars::trim(raw);
    let start = line.start + lead;
    let end = start + body.len();
    let saturate = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
    let mut out = LexLine {
        kind: Kind::Text,
        start: line.start,
        len: saturate(whole.len()),
        indent: saturate(indent_width(raw)),
        marker: NONE,
        number: NONE,
        content: (0, 0),
        blanks_before: 0,
        width: saturate(chars::str_width(body)),
    };
    out.set_content((start, end));
    if body.is_empty() {
        out.kind = Kind::Blank;
        out.set_content((start, start));
        return out;
    }
    let with_marker = |out: &mut LexLine, kind: Kind, marker_len: usize| {
        out.kind = kind;
        out.set_marker((start, start + marker_len));
        let rest = &body[marker_len..];
        let skip = chars::leading_space(rest);
        out.set_content((start + marker_len + skip, end));
    };

    if is_rule(body) {
        out.kind = if body.contains('\t') {
            Kind::TableRule
        } else {
            Kind::Rule
        };
        return out;
    }
    // Table rows and rules hold a pipe or a tab (or a drawn table's bar,
    // E2 94/95 …): most lines hold neither.
    let drawn = body.starts_with(BOX_BARS);
    let cells = drawn || memchr::memchr2(b'|', b'\t', body.as_bytes()).is_some();
    if (cells && is_table_rule(body)) || is_grid_border(body) {
        out.kind = Kind::TableRule;
        return out;
    }
    // (`###### tags: `minutes``: HackMD's tags, written as a heading, head
    // nothing.)
    let tags = || {
        body.trim_start_matches('#')
            .trim_start()
            .starts_with("tags:")
    };
    if let Some(level) = atx_level(body).filter(|_| !tags()) {
        with_marker(&mut out, Kind::AtxHeading(level), level as usize);
        let (from, to) = out.content();
        let content = &src[from..to];
        // Closing `#`s are markup too, but stay inside the content span.
        if content.trim_end_matches('#').trim_end().is_empty() {
            out.set_content((to, to));
        }
        if lexicon::disclaimer_heading(content).is_some() {
            out.kind = Kind::DisclaimerHeading;
        }
        return out;
    }
    if cells
        && (tab_rows || body.starts_with('|') || drawn)
        && is_table_row(body)
        && !marker_cell(body)
    {
        out.kind = Kind::TableRow;
        return out;
    }
    if let Some((len, label)) = footnote_def(body) {
        with_marker(&mut out, Kind::FootnoteDef, len);
        out.set_number((start + label.0, start + label.1));
        return out;
    }
    // Headers are short: only short lines are looked up in the lexicons.
    let short = body.len() <= 120;
    if short && lexicon::disclaimer_heading(body).is_some() {
        out.kind = Kind::DisclaimerHeading;
        return out;
    }
    if !chars::more_chars_than(body, 40) && lexicon::is_action_header(body) {
        out.kind = Kind::ActionHeader;
        return out;
    }
    let first = body.chars().next().unwrap_or(' ');
    if ARROWS.contains(&first) {
        // `➡️`: the emoji form's variation selector is part of the marker.
        let selector = body[first.len_utf8()..].starts_with('\u{fe0f}');
        with_marker(
            &mut out,
            Kind::Arrow,
            first.len_utf8() + 3 * usize::from(selector),
        );
        return out;
    }
    if let Some(len) = bullet(body) {
        with_marker(&mut out, Kind::Bullet, len);
        return out;
    }
    if let Some((style, len, num)) = numbered(body) {
        with_marker(&mut out, Kind::Numbered(style), len);
        out.set_number((start + num.0, start + num.1));
        return out;
    }
    if let Some(len) = lexicon::action_prefix(body) {
        with_marker(&mut out, Kind::ActionPrefix, len);
        return out;
    }
    // A day header is short and holds digits.
    if short
        && body.bytes().any(|b| b.is_ascii_digit() || b >= 0xD9)
        && date::date_line(strip_emphasis(body)).is_some()
    {
        out.kind = Kind::DateLine;
    }
    out
}

/// `**x**` → `x` for recognisers that should see through bold.
fn strip_emphasis(s: &str) -> &str {
    s.trim_matches(|c| c == '*' || c == '_')
}

/// Three or more of one of `- * _ =`, nothing else but spaces; or `--`,
/// the line that opens an e-mail's signature.
fn is_rule(s: &str) -> bool {
    if s.trim_end() == "--" {
        return true;
    }
    let mut it = s.chars().filter(|&c| !is_space(c));
    let Some(c) = it.next() else { return false };
    // (`~~~` and `^^^` underline reStructuredText's lower headings.)
    matches!(c, '-' | '*' | '_' | '=' | '—' | '─' | '━' | '~' | '^') && {
        let n = 1 + it.clone().count();
        n >= 3 && it.all(|x| x == c)
    }
}

/// `|---|:---:|` (pipes and dashes), dashes separated by tabs, or the
/// AsciiDoc delimiter `|===`.
fn is_table_rule(s: &str) -> bool {
    if s.starts_with("|==") && s.trim_end().chars().skip(1).all(|c| c == '=') {
        return true;
    }
    let has_sep = s.contains('|') || s.contains('\t');
    has_sep
        && s.contains("--")
        && s.chars()
            .all(|c| matches!(c, '|' | '-' | ':' | ' ' | '\t' | '+'))
}

/// The border of a grid table (pandoc's plain text, reStructuredText):
/// `+----+----+`, `+====+====+` under its header, `+:---+` aligned; or one
/// drawn with box characters (`┌──┬──┐`, `├──┼──┤`, `╞══╪══╡`).
pub fn is_grid_border(s: &str) -> bool {
    let t = s.trim_end();
    let b = t.as_bytes();
    if b.first() == Some(&0xE2) {
        return t.starts_with(is_box_corner)
            && t.ends_with(is_box_corner)
            && (t.contains("──") || t.contains("══") || t.contains("━━"))
            && t.chars().all(|c| ('\u{2500}'..='\u{257F}').contains(&c));
    }
    b.len() >= 3
        && b[0] == b'+'
        && b[b.len() - 1] == b'+'
        && (b.windows(2).any(|w| w == b"--" || w == b"=="))
        && b.iter().all(|c| matches!(c, b'+' | b'-' | b'=' | b':'))
}

/// A box-drawing corner or junction (`┌ ┬ ┐ ├ ┼ ┤ └ ┴ ┘` and their double
/// and heavy kin): where a drawn table's border meets its columns.
fn is_box_corner(c: char) -> bool {
    ('\u{250C}'..='\u{254B}').contains(&c) || ('\u{2552}'..='\u{256C}').contains(&c)
}

/// The vertical bar a drawn table sets between its cells (`│`, `║`, `┃`).
pub const BOX_BARS: [char; 3] = ['│', '║', '┃'];

/// What separates the cells of table row `line`: the pipe of Markdown and
/// grid tables, a drawn table's bar, or a tab.
pub fn cell_separator(line: &str) -> char {
    let t = line.trim_start();
    match t.chars().next() {
        Some(c) if c == '|' || BOX_BARS.contains(&c) => c,
        // (`N° | Action | Responsable | Délai`: pipes between the cells
        // only, see [`bare_pipe_tables`].)
        _ if !t.contains('\t') && t.contains(" | ") => '|',
        _ => '\t',
    }
}

/// `N° | Action | Responsable | Délai` over `1 | Diffuser… | CSA | 15/07`:
/// a table whose pipes stand between its cells only (no outer pipes, no
/// rule), its header naming two columns of an action table or more; its
/// rows are the lines under it with as many cells.
fn bare_pipe_tables(src: &str, lines: &mut [LexLine]) {
    let body = |l: &LexLine| chars::trim(&src[l.start..l.start + l.len as usize]);
    fn cells(t: &str) -> Vec<&str> {
        t.split('|').map(chars::trim).collect()
    }
    let mut i = 0;
    while i < lines.len() {
        let header = lines[i].kind == Kind::Text
            && memchr::memmem::find(body(&lines[i]).as_bytes(), b" | ").is_some()
            && !body(&lines[i]).starts_with('|')
            && {
                let names = cells(body(&lines[i]));
                names.len() >= 3 && names.iter().filter(|c| lexicon::is_column_name(c)).count() >= 2
            };
        if !header {
            i += 1;
            continue;
        }
        let width = cells(body(&lines[i])).len();
        let mut j = i + 1;
        while j < lines.len()
            && lines[j].blanks_before == 0
            && !body(&lines[j]).starts_with('|')
            && cells(body(&lines[j])).len() == width
        {
            j += 1;
        }
        if j > i + 1 {
            for l in &mut lines[i..j] {
                l.kind = Kind::TableRow;
            }
        }
        i = j.max(i + 1);
    }
}

/// Pipes at both ends with a cell between, or two or more tab-separated cells.
fn is_table_row(s: &str) -> bool {
    // Markdown `| a | b |` and AsciiDoc `| a | b`.
    if s.len() >= 3 && s.starts_with('|') && s[1..].contains('|') {
        return true;
    }
    // A drawn table's `│ a │ b │`.
    if let Some(bar) = BOX_BARS.iter().find(|&&b| s.starts_with(b)) {
        return s[bar.len_utf8()..].contains(*bar);
    }
    s.contains('\t') && s.split('\t').filter(|c| !chars::trim(c).is_empty()).count() >= 2
}

fn atx_level(s: &str) -> Option<u8> {
    let n = s.bytes().take_while(|&b| b == b'#').count();
    if !(1..=6).contains(&n) {
        return None;
    }
    match s[n..].chars().next() {
        None => Some(n as u8),
        // (`#<TAB>Action<TAB>Owner`: a spreadsheet's header, its first
        // column the row number.)
        Some('\t') if s[n + 1..].contains('\t') => None,
        Some(c) if is_space(c) => Some(n as u8),
        _ => None,
    }
}

/// A tab-separated line whose first cell is only a list marker (`1、<TAB>Title`,
/// `•<TAB>text`): a marker line from a word processor, not a table row.
/// (Not with three cells of text after it: `1.<TAB>Task<TAB>Who<TAB>When`
/// is a numbered table's row.)
fn marker_cell(s: &str) -> bool {
    let cells = s.split('\t').filter(|c| !chars::trim(c).is_empty()).count();
    if cells >= 4 {
        return false;
    }
    let first = chars::trim(s.split('\t').next().unwrap_or(""));
    let with_text = format!("{first} x");
    !first.is_empty()
        && (bullet(&with_text) == Some(first.len())
            || numbered(&with_text).is_some_and(|n| n.1 == first.len()))
}

/// `<sup>1</sup> text`, `[^1]: text` or `¹ text` at the start of a line:
/// (marker length, label range).
fn footnote_def(s: &str) -> Option<(usize, (usize, usize))> {
    // `¹ text`, `¹² text`: a PDF copy's footnote, at the foot of its page.
    // (Superscript digits start with the byte C2 or E2.)
    let sup: usize = match s.as_bytes().first() {
        Some(0xC2 | 0xE2) => s
            .chars()
            .take_while(|&c| matches!(c, '¹' | '²' | '³' | '\u{2070}' | '\u{2074}'..='\u{2079}'))
            .map(char::len_utf8)
            .sum(),
        _ => 0,
    };
    if sup > 0 {
        let rest = &s[sup..];
        let text = rest.trim_start_matches(is_space);
        let glued = rest.chars().next().is_some_and(chars::is_cjk);
        let short = s[..sup].chars().count() <= 3;
        return (short && !text.is_empty() && (text.len() < rest.len() || glued))
            .then_some((sup, (0, sup)));
    }
    if let Some(rest) = s.strip_prefix("<sup>") {
        let close = rest.find("</sup>")?;
        let label = chars::trim(&rest[..close]);
        if label.is_empty() || label.chars().count() > 8 || rest[close + 6..].trim().is_empty() {
            return None;
        }
        let off = 5 + rest[..close].find(label).unwrap_or(0);
        return Some((5 + close + 6, (off, off + label.len())));
    }
    if let Some(rest) = s.strip_prefix("[^") {
        let close = rest.find("]:")?;
        let label = &rest[..close];
        if label.is_empty() || label.contains(char::is_whitespace) {
            return None;
        }
        return Some((2 + close + 2, (2, 2 + close)));
    }
    None
}

/// A task list's boxes, open and ticked (`- [ ]`, `[x]`).
const TASK_BOXES: [&str; 3] = ["[ ]", "[x]", "[X]"];

/// A bullet marker: its byte length (a second glyph such as `- ✓` included).
fn bullet(s: &str) -> Option<usize> {
    let mut it = s.char_indices();
    let (_, c) = it.next()?;
    // `o<TAB>text`: Word's second-level bullet.
    if s.starts_with("o\t") {
        return Some(1);
    }
    // `#. Item`: reStructuredText's numbered item, numbered by the reader.
    if s.starts_with("#. ") && !chars::trim(&s[3..]).is_empty() {
        return Some(2);
    }
    // `[ ] Name will…`: a task-list box with no bullet before it (Google
    // Docs, Gemini's notes).
    if TASK_BOXES.iter().any(|b| s.starts_with(b))
        && s[3..].starts_with(is_space)
        && !chars::trim(&s[3..]).is_empty()
    {
        return Some(3);
    }
    if !BULLETS.contains(&c) {
        return None;
    }
    let after = &s[c.len_utf8()..];
    let ascii = c.is_ascii() || c == '–';
    match after.chars().next() {
        None => return Some(c.len_utf8()),
        Some(n) if is_space(n) => {}
        // Glyph bullets may be glued to the text; ASCII ones may not (`-5`, `*bold*`).
        Some(_) if !ascii => return Some(c.len_utf8()),
        _ => return None,
    }
    // `**bold**` is not a bullet, but `* text` is.
    let mut len = c.len_utf8();
    let rest = after.trim_start_matches(is_space);
    if let Some(g) = rest.chars().next() {
        let after_g = &rest[g.len_utf8()..];
        if BULLETS.contains(&g)
            && g != c
            && !g.is_ascii()
            && after_g.chars().next().is_none_or(is_space)
        {
            len = s.len() - after_g.len();
        }
    }
    // A task-list box `- [ ]` / `- [x]` belongs to the marker: the item is a to-do.
    for bx in TASK_BOXES {
        if let Some(after_box) = rest.strip_prefix(bx) {
            if after_box.chars().next().is_none_or(is_space) {
                len = s.len() - after_box.len();
            }
        }
    }
    Some(len)
}

/// Whether a bullet marker holds an open task-list box (`- [ ]`, or the
/// ballot box `☐` of Teams and Word recaps): a to-do. A ticked box (`- [x]`,
/// `☑`, `☒`) was done at the meeting.
pub fn is_task_marker(marker: &str) -> bool {
    marker.ends_with("[ ]") || marker.ends_with('☐')
}

/// Whether a bullet marker holds a ticked box (`- [x]`, `☑`, `☒`): done at
/// the meeting, no action even under an action header.
pub fn is_done_marker(marker: &str) -> bool {
    marker.ends_with("[x]")
        || marker.ends_with("[X]")
        || marker.ends_with(['☑', '☒'])
        // (Org-mode's `** DONE`, `** ANNULÉ`.)
        || ["DONE", "ANNULÉ", "CANCELLED", "CANCELED"].iter().any(|k| marker.ends_with(k))
}

/// Whether an item's marker says it is a task to do: Org-mode's `** TODO`.
pub fn is_todo_marker(marker: &str) -> bool {
    ["TODO", "NEXT", "WAITING", "EN-COURS"]
        .iter()
        .any(|k| marker.ends_with(k))
}

fn roman_value(s: &str) -> Option<u32> {
    if s.is_empty() || s.len() > 6 {
        return None;
    }
    let mut total = 0;
    let mut prev = 0;
    for c in s.chars().rev() {
        let v = match c.to_ascii_uppercase() {
            'I' => 1,
            'V' => 5,
            'X' => 10,
            'L' => 50,
            _ => return None,
        };
        if v < prev {
            total -= v
        } else {
            total += v
        }
        prev = v;
    }
    Some(total)
}

const CJK_NUMERALS: &str = "一二三四五六七八九十";

/// An agenda label, a number and a separator: `Item 3:`, `Point 2 :`,
/// `Agenda item 4 –`, `Пункт 5.`, `议程项目 6：`. The marker runs through the
/// separator; the label words come from the lexicons.
fn labeled_number(s: &str) -> Option<(NumStyle, usize, (usize, usize))> {
    // Most lines start with no label's first letter.
    if !lexicon::starts_like(s, &lexicon::AGENDA_LABEL_FIRSTS) {
        return None;
    }
    let first = s.chars().next()?.to_lowercase().next()?;
    if !first.is_alphabetic() {
        return None;
    }
    let label_len = lexicon::ALL
        .iter()
        .flat_map(|lex| lex.agenda_labels)
        .filter(|label| label.starts_with(first))
        .find_map(|label| lexicon::starts_with_lower(s, label))?;
    let rest = &s[label_len..];
    let gap = rest.len() - rest.trim_start_matches(is_space).len();
    // Latin and Cyrillic labels are words: a space before the number.
    if gap == 0 && !chars::is_cjk(first) {
        return None;
    }
    let start = label_len + gap;
    // (`البند الأول: …`: an ordinal word for the number.)
    if let Some((style, len, _)) = ordinal_number(&s[start..]) {
        return Some((
            style,
            start + len,
            (start, start + ordinal_len(&s[start..])),
        ));
    }
    let token_len = s[start..]
        .find(|c: char| !c.is_alphanumeric())
        .unwrap_or(s.len() - start);
    let token = &s[start..start + token_len];
    if token.is_empty() || token.chars().count() > 4 {
        return None;
    }
    let mut after_token = &s[start + token_len..];
    // `Point 1° – …`: the ordinal sign after the number is the number's.
    if let Some(rest) = after_token.strip_prefix(['°', 'º']) {
        after_token = rest;
    }
    // `Point 3 a) de l'ordre du jour`, `Item 4 (b)`: a sub-item, numbered
    // by its letter.
    let mut letter = None;
    {
        let t = after_token.trim_start_matches(is_space);
        let open = usize::from(t.starts_with('('));
        let mut cs = t[open..].char_indices();
        if let (Some((_, l)), Some((close, ')'))) = (cs.next(), cs.next()) {
            let rest = &t[open + close + 1..];
            if l.is_ascii_lowercase() && !rest.starts_with(char::is_alphanumeric) {
                let at = s.len() - t.len() + open;
                letter = Some((at, at + 1));
                after_token = rest;
            }
        }
    }
    // `Point 18 de l'ordre du jour :`: the label's tail after the number.
    let gap = chars::leading_space(after_token);
    if gap > 0 {
        let tail = (lexicon::ALL.iter().flat_map(|lex| lex.agenda_label_tails))
            .find_map(|t| lexicon::starts_with_lower(&after_token[gap..], t));
        if let Some(len) = tail {
            after_token = &after_token[gap + len..];
        }
    }
    // `Item 1 / Point 1 — …`: the label again, in a second language, with
    // the same number.
    if let Some(again) = after_token.trim_start_matches(is_space).strip_prefix('/') {
        let again = again.trim_start_matches(is_space);
        let label = (lexicon::ALL.iter().flat_map(|lex| lex.agenda_labels))
            .find_map(|label| lexicon::starts_with_lower(again, label));
        let same = label
            .map(|len| again[len..].trim_start_matches(is_space))
            .and_then(|r| r.strip_prefix(token))
            .filter(|r| !r.starts_with(char::is_alphanumeric));
        if let Some(rest) = same {
            after_token = rest;
        }
    }
    let pad = after_token.len() - after_token.trim_start_matches(is_space).len();
    // `Agenda item 3` / `Пункт 3 повестки дня` alone on its line: the title
    // is on the next line (the layout of UN official documents). A bare
    // `Item 3` or `Point 3` is too common in text to count alone.
    if after_token[pad..].is_empty() {
        let labelled = s[..label_len].contains(' ')
            || chars::is_cjk(first)
            || after_token.len() < s.len() - start - token_len;
        return (labelled && token.chars().all(|c| chars::digit(c).is_some())).then_some(
            match letter {
                Some(range) => (NumStyle::Letter, s.len(), range),
                None => (NumStyle::Arabic, s.len(), (start, start + token_len)),
            },
        );
    }
    let sep = after_token[pad..].chars().next()?;
    if !matches!(sep, ':' | '：' | '.' | '–' | '—' | '-' | ')' | '、') {
        return None;
    }
    let marker_len = s.len() - after_token.len() + pad + sep.len_utf8();
    let glued = matches!(sep, '：' | '、');
    if !(glued || s[marker_len..].chars().next().is_none_or(is_space)) {
        return None;
    }
    if let Some(range) = letter {
        return Some((NumStyle::Letter, marker_len, range));
    }
    let folded: String = token.chars().map(chars::fold).collect();
    let style = if folded.chars().all(|c| c.is_ascii_digit()) {
        NumStyle::Arabic
    } else if folded.chars().all(|c| "IVXL".contains(c)) && roman_value(&folded).is_some() {
        NumStyle::Roman
    } else if folded.chars().all(|c| CJK_NUMERALS.contains(c)) {
        NumStyle::CjkNumeral
    } else if token.chars().count() == 1 && !chars::is_cjk(first) {
        NumStyle::Letter
    } else {
        return None;
    };
    Some((style, marker_len, (start, start + token_len)))
}

/// A log's id and its separator: `A-01/2025: Se aprueba…`, `C-03 —
/// Responsable: …` (one to three capitals, a hyphen, one to three digits,
/// a year after a slash or not). Numbered like `1.`: its items are the
/// log's entries.
fn log_id(s: &str) -> Option<(NumStyle, usize, (usize, usize))> {
    let b = s.as_bytes();
    let letters = b.iter().take_while(|c| c.is_ascii_uppercase()).count();
    if !(1..=3).contains(&letters) || b.get(letters) != Some(&b'-') {
        return None;
    }
    let digits_at = |from: usize| b[from..].iter().take_while(|c| c.is_ascii_digit()).count();
    let digits = digits_at(letters + 1);
    if !(1..=3).contains(&digits) {
        return None;
    }
    let mut end = letters + 1 + digits;
    if b.get(end) == Some(&b'/') {
        let year = digits_at(end + 1);
        if !(2..=4).contains(&year) {
            return None;
        }
        end += 1 + year;
    }
    let rest = &s[end..];
    let sep = [":", " —", " –", " -"]
        .iter()
        .find(|p| rest.starts_with(*p))?;
    let marker = end + sep.len();
    s[marker..]
        .starts_with(is_space)
        .then_some((NumStyle::Arabic, marker, (0, end)))
}

/// `2025/12` alone on its line: a board's decision by its number, its title
/// on the next line (an Executive Board's compilation of decisions).
/// (Or `2025/12. Annual report…`, as the Markdown renderer writes it.)
fn decision_symbol(s: &str) -> Option<(NumStyle, usize, (usize, usize))> {
    let t = s.trim_end_matches(is_space);
    let (year, rest) = t.split_once('/')?;
    let len = rest.bytes().take_while(u8::is_ascii_digit).count();
    let end = year.len() + 1 + len;
    let marker = match &t[end..] {
        "" => s.len(),
        after => {
            let title = after.strip_prefix(". ")?;
            (!title.trim_start().is_empty()).then_some(end + 2)?
        }
    };
    let year_like = year.len() == 4 && year.bytes().all(|b| b.is_ascii_digit());
    (year_like && (1..=3).contains(&len) && year.starts_with(['1', '2'])).then_some((
        NumStyle::Arabic,
        marker,
        (0, end),
    ))
}

/// A Chinese agenda item by its ordinal: `第二项：数据收集`, `第3项 其他事项`
/// (`第` and a number, `项`, then a colon, `、` or a space).
fn chinese_item(s: &str) -> Option<(NumStyle, usize, (usize, usize))> {
    let rest = s.strip_prefix('第')?;
    let token_len = rest
        .find(|c: char| !(CJK_NUMERALS.contains(c) || chars::digit(c).is_some()))
        .unwrap_or(rest.len());
    let token = &rest[..token_len];
    if token.is_empty() || token.chars().count() > 3 {
        return None;
    }
    let after = rest[token_len..].strip_prefix('项')?;
    let sep = after.chars().next()?;
    if !matches!(sep, '：' | ':' | '、') && !is_space(sep) {
        return None;
    }
    let style = if token.chars().all(|c| CJK_NUMERALS.contains(c)) {
        NumStyle::CjkNumeral
    } else if token.chars().all(|c| chars::digit(c).is_some()) {
        NumStyle::Arabic
    } else {
        return None;
    };
    let start = '第'.len_utf8();
    let marker_len = s.len() - after.len() + sep.len_utf8();
    Some((style, marker_len, (start, start + token_len)))
}

/// The length of the ordinal word `s` starts with (see [`ordinal_number`]).
fn ordinal_len(s: &str) -> usize {
    (lexicon::ALL.iter())
        .flat_map(|l| l.ordinals.iter().chain(l.letter_names))
        .filter(|(w, _)| s.starts_with(w))
        .map(|(w, _)| w.len())
        .max()
        .unwrap_or(0)
}

/// An ordinal word and a separator numbering a top-level item: `أولاً -`,
/// `ثانياً:`. Ranked like Roman numerals, which they translate.
fn ordinal_number(s: &str) -> Option<(NumStyle, usize, (usize, usize))> {
    let first = s.chars().next()?;
    lexicon::ORDINAL_FIRSTS.binary_search(&first).ok()?;
    let longest = |table: fn(&lexicon::Lexicon) -> &'static [(&'static str, u32)]| {
        (lexicon::ALL.iter())
            .flat_map(|lex| table(lex))
            .filter(|(w, _)| s.starts_with(w))
            .map(|(w, _)| w.len())
            .max()
    };
    let (style, word) = match longest(|l| l.ordinals) {
        Some(w) => (NumStyle::Roman, w),
        None => (NumStyle::Letter, longest(|l| l.letter_names)?),
    };
    let after = &s[word..];
    let pad = after.len() - after.trim_start_matches(is_space).len();
    let sep = after[pad..].chars().next()?;
    if !matches!(sep, '-' | '–' | '—' | ':' | '.' | ')') {
        return None;
    }
    let mut marker_len = word + pad + sep.len_utf8();
    // (`PRIMERO.- Apertura`: a Spanish act's dot and dash.)
    if sep == '.' && s[marker_len..].starts_with(['-', '–']) {
        marker_len += s[marker_len..].chars().next().map_or(0, char::len_utf8);
    }
    s[marker_len..]
        .chars()
        .next()
        .is_none_or(is_space)
        .then_some((style, marker_len, (0, word)))
}

/// The value of an item number written in `style` (`3`, `iv`, `c`, `十二`,
/// `2.3` → its last part), for telling whether one item follows another.
pub fn number_value(style: NumStyle, number: &str) -> Option<u32> {
    let n = number.trim_matches(|c: char| !c.is_alphanumeric());
    match style {
        NumStyle::Arabic | NumStyle::Dotted(_) => {
            let last = n.rsplit(['.', '．']).next()?;
            last.chars()
                .map(|c| chars::fold(c).to_digit(10))
                .try_fold(0u32, |acc, d| acc.checked_mul(10)?.checked_add(d?))
        }
        NumStyle::Roman | NumStyle::RomanLower => roman_value(n).or_else(|| {
            lexicon::ALL
                .iter()
                .flat_map(|lex| lex.ordinals)
                .find(|(w, _)| *w == n)
                .map(|&(_, v)| v)
        }),
        NumStyle::Letter => {
            if let Some(&(_, v)) = (lexicon::ALL.iter())
                .flat_map(|lex| lex.letter_names)
                .find(|(w, _)| *w == n)
            {
                return Some(v);
            }
            let mut it = n.chars().map(|c| c.to_lowercase().next().unwrap_or(c));
            let (Some(c), None) = (it.next(), it.next()) else {
                return None;
            };
            match c {
                'a'..='z' => Some(c as u32 - 'a' as u32 + 1),
                'а'..='я' => Some(c as u32 - 'а' as u32 + 1),
                _ => None,
            }
        }
        NumStyle::CjkNumeral => {
            let digit = |c: char| {
                CJK_NUMERALS
                    .chars()
                    .position(|d| d == c)
                    .map(|p| p as u32 + 1)
            };
            let v: Vec<u32> = n.chars().map(digit).collect::<Option<_>>()?;
            match v.as_slice() {
                [d] => Some(*d),
                [10, d] => Some(10 + d),
                [t, 10] => Some(t * 10),
                [t, 10, d] if *d < 10 => Some(t * 10 + d),
                _ => None,
            }
        }
    }
}

/// A number written bare before a title, as ITU documents number their
/// items (`1 Opening of the meeting`, `3 关于…`): one or two digits, white
/// space, then a capital letter or a letter without case, and no date.
/// Returns the number's length and where the title starts. Not a marker of
/// its own: prose lines start like this too (`38 Member States…`), so only
/// a line already taken as a heading is read this way.
pub fn bare_number(s: &str) -> Option<(usize, usize)> {
    let digits = s
        .char_indices()
        .take_while(|&(_, c)| chars::fold(c).is_ascii_digit())
        .last()
        .map(|(at, c)| at + c.len_utf8())?;
    if s[..digits].chars().count() > 2 {
        return None;
    }
    let rest = &s[digits..];
    let gap = chars::leading_space(rest);
    let next = rest[gap..].chars().next()?;
    let titled = next.is_uppercase() || (next.is_alphabetic() && !next.is_lowercase());
    // `14 March 2025 | 13:00` is a date, not item 14.
    let dated = || date::find_dates(s).first().is_some_and(|d| d.start == 0);
    (gap > 0 && titled && !dated()).then_some((digits, digits + gap))
}

/// A numbered marker: (style, marker length, number range within `s`).
pub fn numbered(s: &str) -> Option<(NumStyle, usize, (usize, usize))> {
    if let Some(labeled) = (labeled_number(s).or_else(|| ordinal_number(s)))
        .or_else(|| log_id(s))
        .or_else(|| chinese_item(s))
        .or_else(|| decision_symbol(s))
    {
        return Some(labeled);
    }
    // `(1)` `（一）` `(a)`; `)أ(` is `(أ)` with its brackets mirrored, as
    // right-to-left text copied out of a PDF often comes.
    let mirrored = s.starts_with(')')
        && s[1..]
            .chars()
            .next()
            .is_some_and(|c| ('\u{0600}'..='\u{06FF}').contains(&c));
    let (open, inner_start) = match s.chars().next()? {
        '(' => (true, 1),
        '（' => (true, 3),
        ')' if mirrored => (true, 1),
        _ => (false, 0),
    };
    let rest = &s[inner_start..];
    let token_end = rest
        .find(|c: char| !(chars::is_alnum(c) || c == '.' || c == '．'))
        .unwrap_or(rest.len());
    let mut token = &rest[..token_end];
    // A dotted token may carry its closing dot: `1.` `1.2.`
    let mut trailing_dot = false;
    if let Some(t) = token.strip_suffix('.').or_else(|| token.strip_suffix('．')) {
        token = t;
        trailing_dot = true;
    }
    if token.is_empty() {
        return None;
    }
    let after_token = &rest[token.len()..];
    // The closer: `.` `)` `、` `）` (or the dot already seen).
    let closer_len = if open {
        match after_token.chars().next()? {
            ')' | '）' if !mirrored => after_token.chars().next()?.len_utf8(),
            '(' if mirrored => 1,
            _ => return None,
        }
    } else if trailing_dot {
        after_token.chars().next()?.len_utf8()
    } else {
        match after_token.chars().next()? {
            // `1-` numbers items in Arabic documents (a space must follow).
            ')' | '、' | '）' | '．' | '-' => after_token.chars().next()?.len_utf8(),
            // `16 - اعتمد…`: so does `1 - ` before Arabic text.
            ' ' if token.bytes().all(|b| b.is_ascii_digit())
                && after_token.starts_with(" - ")
                && after_token[3..]
                    .trim_start_matches(is_space)
                    .starts_with(|c: char| ('\u{0600}'..='\u{06FF}').contains(&c)) =>
            {
                2
            }
            // `12      Le Groupe a prié…`, `D1    L'UNCT adopte…`: a
            // paragraph's number (or a decision's or an action's) set apart
            // by spaces alone (IMO reports, space-aligned tables), before a
            // capital and words (not a page number spread before a
            // footer's symbol).
            ' ' if token.len() <= 3
                && token.bytes().enumerate().all(|(k, b)| {
                    b.is_ascii_digit() || (k == 0 && b.is_ascii_uppercase() && token.len() > 1)
                })
                && {
                    let text = after_token.trim_start_matches(' ');
                    (3..=12).contains(&(after_token.len() - text.len()))
                        && text.contains(' ')
                        && text.starts_with(|c: char| {
                            c.is_uppercase()
                                || (!c.is_ascii() && chars::is_letter(c) && !c.is_lowercase())
                        })
                } =>
            {
                0
            }
            _ => {
                // `1.1 Title` without a final dot.
                if token.contains('.') && after_token.starts_with([' ', '\t']) {
                    0
                } else {
                    return None;
                }
            }
        }
    };
    let marker_len = inner_start + token.len() + closer_len;
    let after = &s[marker_len..];
    let closer = s[inner_start + token.len()..marker_len].chars().next();
    // The marker must be followed by a space, or by CJK text after `、`.
    let spaced = after.chars().next().is_none_or(is_space);
    // `、` and the full-width closers are never sentence punctuation after a
    // number, so text may follow them directly (`三、MAG 工作组`).
    // (`（一）2025 年回顾`: after a numeral in words, digits may follow.)
    let cjk_glued = matches!(closer, Some('、' | '．'))
        || (closer == Some('）')
            && after.chars().next().is_some_and(|c| {
                !c.is_ascii_digit() || token.chars().all(|t| CJK_NUMERALS.contains(t))
            }));
    if !spaced && !cjk_glued {
        return None;
    }
    // A lone letter with nothing after it (`г.` ending a wrapped `2025 г.`)
    // is not a marker; a lone number may be an empty item.
    if after.trim().is_empty() && token.chars().all(char::is_alphabetic) {
        return None;
    }
    // `г. Оше`, `г. Бишкек`: the abbreviation of a city (or a year), not
    // the fourth letter of a list.
    if token == "г" && closer == Some('.') {
        return None;
    }
    let range = (inner_start, inner_start + token.len());
    let folded: String = token.chars().map(chars::fold).collect();
    // (`D1`, `A12`: a decision's or an action's number, counted as digits.)
    let id = folded.len() > 1
        && folded.starts_with(|c: char| c.is_ascii_uppercase())
        && folded[1..].chars().all(|c| c.is_ascii_digit());
    let style = if folded.chars().all(|c| c.is_ascii_digit()) || (id && closer.is_none()) {
        if folded.len() > 3 {
            return None;
        }
        NumStyle::Arabic
    } else if folded.contains('.') {
        let parts: Vec<&str> = folded.split('.').collect();
        let ok = parts.len() <= 4
            && parts
                .iter()
                .all(|p| !p.is_empty() && p.len() <= 2 && p.chars().all(|c| c.is_ascii_digit()));
        if !ok {
            return None;
        }
        NumStyle::Dotted(parts.len() as u8)
    } else if token.chars().all(|c| CJK_NUMERALS.contains(c)) && token.chars().count() <= 3 {
        // `一. 组织事项` too, with a space after the dot.
        let cjk_closer = matches!(closer, Some('、' | '）' | '．'));
        if !(cjk_closer || closer == Some('.') && spaced) {
            return None;
        }
        NumStyle::CjkNumeral
    } else if token.chars().count() == 1
        && token.chars().all(char::is_alphabetic)
        && !chars::is_cjk(token.chars().next()?)
    {
        let c = token.chars().next()?;
        if matches!(c, 'I' | 'V' | 'X') {
            NumStyle::Roman
        } else if c == 'i' && !open {
            NumStyle::RomanLower
        } else {
            NumStyle::Letter
        }
    } else if token.chars().all(|c| "IVXL".contains(c)) && roman_value(token).is_some() {
        NumStyle::Roman
    } else if token.chars().all(|c| "ivxl".contains(c)) && roman_value(token).is_some() {
        NumStyle::RomanLower
    } else {
        return None;
    };
    Some((style, marker_len, range))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::lines;

    fn kinds(src: &str) -> Vec<Kind> {
        lex(src, &lines(src)).lines.iter().map(|l| l.kind).collect()
    }

    #[test]
    fn a_front_matter_is_a_field_a_line_and_no_setext_heading() {
        let src =
            "---\ndate: 2025-05-20\nattendees:\n  - Ana\n\naliases: [sync]\n---\n\n# Weekly sync\n";
        use Kind::{AtxHeading, FrontMatter};
        assert_eq!(
            kinds(src),
            [
                FrontMatter,
                FrontMatter,
                FrontMatter,
                FrontMatter,
                FrontMatter,
                FrontMatter,
                AtxHeading(1)
            ]
        );
        // (Rules around prose are no front matter.)
        assert!(!kinds("---\nSome text here.\n---\n").contains(&FrontMatter));
    }

    fn one(src: &str) -> LexLine {
        classify(src, lines(src)[0])
    }

    #[test]
    fn a_quoted_line_reads_as_the_text_it_quotes() {
        let src = "> 1. Opening of the meeting\n>> - a point\n>\n> > text\n";
        let lexed = lex(src, &crate::source::lines(src));
        let kinds: Vec<Kind> = lexed.lines.iter().map(|l| l.kind).collect();
        assert_eq!(
            kinds,
            [Kind::Numbered(NumStyle::Arabic), Kind::Bullet, Kind::Text]
        );
        let markers: Vec<&str> = (lexed.quote_markers.iter())
            .map(|s| &src[s.start..s.end])
            .collect();
        assert_eq!(markers, [">", ">>", ">", "> >"]);
        assert_eq!(
            &src[lexed.lines[2].content().0..lexed.lines[2].content().1],
            "text"
        );
        // `--` opens an e-mail's signature.
        assert_eq!(one("--").kind, Kind::Rule);
    }

    #[test]
    fn an_agenda_label_numbered_by_an_ordinal_word() {
        let line = "البند الثالث: تنفيذ البرنامج الإقليمي";
        let (style, len, (a, b)) = numbered(line).unwrap();
        assert_eq!((style, &line[a..b]), (NumStyle::Roman, "الثالث"));
        assert_eq!(line[len..].trim_start(), "تنفيذ البرنامج الإقليمي");
    }

    #[test]
    fn an_agenda_labels_sub_item_by_its_letter() {
        let line = "Point 3 a) de l’ordre du jour";
        let (style, len, (a, b)) = numbered(line).unwrap();
        assert_eq!(
            (style, &line[a..b], len),
            (NumStyle::Letter, "a", line.len())
        );
        let line = "Item 4 (b): Gender statistics";
        let (style, len, (a, b)) = numbered(line).unwrap();
        assert_eq!((style, &line[a..b]), (NumStyle::Letter, "b"));
        assert_eq!(line[len..].trim_start(), "Gender statistics");
    }

    #[test]
    fn a_boards_decision_number_alone_or_before_its_title() {
        let (style, len, (a, b)) = numbered("2025/10").unwrap();
        assert_eq!(
            (style, len, &"2025/10"[a..b]),
            (NumStyle::Arabic, 7, "2025/10")
        );
        let line = "2025/12. Annual report of the Administrator";
        let (_, len, (a, b)) = numbered(line).unwrap();
        assert_eq!(
            (&line[a..b], &line[len..]),
            ("2025/12", "Annual report of the Administrator")
        );
        // (A date's or a page's slash in prose is no decision's number.)
        assert_eq!(numbered("2025/10 was a good year"), None);
        assert_eq!(numbered("25/10"), None);
    }

    #[test]
    fn a_spanish_acts_ordinal_word_with_a_dot_and_a_dash() {
        let line = "PRIMERO.- Apertura de la sesión";
        let (style, len, (a, b)) = numbered(line).unwrap();
        assert_eq!((style, &line[a..b]), (NumStyle::Roman, "PRIMERO"));
        assert_eq!(line[len..].trim_start(), "Apertura de la sesión");
    }

    #[test]
    fn a_chinese_item_by_its_ordinal() {
        for (line, style, number) in [
            ("第二项：数据收集", NumStyle::CjkNumeral, "二"),
            ("第十二项、其他事项", NumStyle::CjkNumeral, "十二"),
            ("第3项 闭幕", NumStyle::Arabic, "3"),
        ] {
            let (got, len, (a, b)) = numbered(line).unwrap_or_else(|| panic!("{line}"));
            assert_eq!((got, &line[a..b]), (style, number), "{line}");
            assert!(!line[len..].starts_with(['：', '、']), "{line}");
        }
        // (`第二次会议`, `第三项工作`: an ordinal in a sentence.)
        assert_eq!(numbered("第二次会议纪要"), None);
        assert_eq!(numbered("第三项工作已完成。"), None);
    }

    #[test]
    fn an_agenda_label_alone_leaves_its_title_to_the_next_line() {
        for line in [
            "Agenda item 3",
            "Пункт 3 повестки дня",
            "Point 3 de l'ordre du jour",
            "Tema 3 del programa",
            "البند 3 من جدول الأعمال",
            "议程项目3",
        ] {
            let (style, len, _) = numbered(line).unwrap_or_else(|| panic!("{line}"));
            assert_eq!((style, len), (NumStyle::Arabic, line.len()), "{line}");
        }
        // A bare `Item 3` is too common in text.
        assert_eq!(numbered("Item 3"), None);
        assert_eq!(numbered("Point 3"), None);
    }

    #[test]
    fn arabic_paragraph_numbers_may_stand_before_several_spaces() {
        let line = "4 -    أقر المكتب جدول الأعمال";
        let (style, len, _) = numbered(line).unwrap();
        assert_eq!(style, NumStyle::Arabic);
        assert_eq!(line[len..].trim_start(), "أقر المكتب جدول الأعمال");
    }

    #[test]
    fn paragraph_numbers_set_apart_by_spaces_alone() {
        let line = "12      Le Groupe a prié le Secrétariat de diffuser le texte";
        let (style, len, (a, b)) = numbered(line).unwrap();
        assert_eq!((style, &line[a..b]), (NumStyle::Arabic, "12"));
        assert!(line[len..].trim_start().starts_with("Le Groupe"));
        // A page number spread before a footer's symbol, a count in text,
        // a year: no paragraph numbers.
        for line in [
            "2                                                        GE.25-05512",
            "2      GE.25-05512",
            "3 delegations asked",
            "2025      Annual report of the Board",
            "12      le groupe",
        ] {
            assert_eq!(numbered(line), None, "{line}");
        }
    }

    #[test]
    fn hackmd_tags_head_nothing() {
        let src = "## Agenda\n###### tags: `iawg-data` `2025`\n";
        let lexed = lex(src, &crate::source::lines(src));
        let kinds: Vec<Kind> = lexed.lines.iter().map(|l| l.kind).collect();
        assert_eq!(kinds[0], Kind::AtxHeading(2));
        assert!(!matches!(kinds[1], Kind::AtxHeading(_)), "{kinds:?}");
    }

    #[test]
    fn setext_headings_and_grid_borders() {
        let src = "Title\n=====\n\nText\n---\n\nPart\n----\n";
        let lexed = lex(src, &crate::source::lines(src));
        let kinds: Vec<Kind> = lexed.lines.iter().map(|l| l.kind).collect();
        // (`Text` over `---`, after a blank line, is a heading, as in
        // Markdown.)
        assert_eq!(
            kinds,
            [
                Kind::AtxHeading(1),
                Kind::AtxHeading(2),
                Kind::AtxHeading(2)
            ]
        );
        assert_eq!(lexed.underlines.len(), 3);
        // A rule after a paragraph's second line, or after a blank line,
        // stays a rule.
        let src = "One line\nand its wrap\n-----\n\n-----\n";
        let lexed = lex(src, &crate::source::lines(src));
        let kinds: Vec<Kind> = lexed.lines.iter().map(|l| l.kind).collect();
        assert_eq!(kinds, [Kind::Text, Kind::Text, Kind::Rule, Kind::Rule]);
        assert!(is_grid_border("┌──────┬─────┐"));
        assert!(is_grid_border("╞══════╪═════╡"));
        assert!(!is_grid_border("│ 1    │ a   │"));
        assert!(!is_grid_border("────────"));
        assert!(is_table_row("│ 1    │ a   │"));
        assert_eq!(cell_separator("║ a ║ b ║"), '║');
        assert!(is_grid_border("+------+-----+"));
        assert!(is_grid_border("+:=====+=====+"));
        assert!(!is_grid_border("+ 3 +"));
        assert!(!is_grid_border("++"));
    }

    #[test]
    fn agenda_labels_with_a_tail_after_the_number() {
        for (line, title) in [
            (
                "Point 18 de l'ordre du jour : Questions de politique",
                "Questions de politique",
            ),
            (
                "Пункт 18 повестки дня: Вопросы политики",
                "Вопросы политики",
            ),
            (
                "Agenda item 18: Macroeconomic policy",
                "Macroeconomic policy",
            ),
            (
                "Tema 18 del programa: Cuestiones de política",
                "Cuestiones de política",
            ),
        ] {
            let (style, len, (a, b)) = numbered(line).unwrap_or_else(|| panic!("{line}"));
            assert_eq!((style, &line[a..b]), (NumStyle::Arabic, "18"), "{line}");
            assert_eq!(line[len..].trim_start(), title, "{line}");
        }
        assert_eq!(numbered("Point 18 de la discussion : rien"), None);
        // A bilingual label: the second language's label and the same number.
        let line = "Item 2 / Point 2 — Accessibility audit / Audit d'accessibilité";
        let (style, len, (a, b)) = numbered(line).unwrap();
        assert_eq!((style, &line[a..b]), (NumStyle::Arabic, "2"));
        assert_eq!(
            line[len..].trim_start(),
            "Accessibility audit / Audit d'accessibilité"
        );
        assert_eq!(numbered("Item 2 / Point 3 — Audit"), None);
    }

    #[test]
    fn arabic_letter_names_dashed_paragraphs_and_dotted_cjk_numerals() {
        let (style, len, (a, b)) = numbered("ألف- الاستنتاجات").unwrap();
        assert_eq!((style, &"ألف- الاستنتاجات"[a..b]), (NumStyle::Letter, "ألف"));
        assert_eq!("ألف- الاستنتاجات"[len..].trim(), "الاستنتاجات");
        assert_eq!(number_value(NumStyle::Letter, "جيم"), Some(3));
        let line = "16 - اعتمد المجلس التنفيذي المقرر 2025/6.";
        let (style, len, _) = numbered(line).unwrap();
        assert_eq!(style, NumStyle::Arabic);
        assert!(line[len..].trim_start().starts_with("اعتمد"));
        assert_eq!(numbered("12 - 15 participants attended"), None);
        let (style, _, _) = numbered("一. 组织事项").unwrap();
        assert_eq!(style, NumStyle::CjkNumeral);
        assert_eq!(numbered("一.组织事项"), None);
    }

    #[test]
    fn bare_numbers_only_before_a_title() {
        assert_eq!(bare_number("1 Opening of the meeting"), Some((1, 2)));
        assert_eq!(bare_number("12  Any other business"), Some((2, 4)));
        assert_eq!(bare_number("３ 关于公开磋商"), Some((3, 4)));
        assert_eq!(bare_number("7 Разное"), Some((1, 2)));
        assert_eq!(bare_number("4 ما يستجد من أعمال"), Some((1, 2)));
        for s in [
            "38 member states",
            "123 Title",
            "14 March 2025 | 13:00",
            "1.1 Title",
            "1",
            "1 ",
            "1Title",
            "Title 1",
        ] {
            assert_eq!(bare_number(s), None, "{s}");
        }
    }

    #[test]
    fn bullets_of_every_shape() {
        for s in [
            "- a",
            "▪ a",
            "• a",
            "* a",
            "➤ a",
            "-",
            "- ",
            "•glued",
            "- ✓ 会晤",
        ] {
            assert_eq!(one(s).kind, Kind::Bullet, "{s:?} should be a bullet");
        }
        for s in ["**bold**", "-5 degrees", "*emphasis*"] {
            assert_ne!(one(s).kind, Kind::Bullet, "{s:?} should not be a bullet");
        }
        let task = one("- [ ] Send the report");
        assert_eq!(task.kind, Kind::Bullet);
        let marker = |l: LexLine, s: &'static str| &s[l.marker().unwrap().0..l.marker().unwrap().1];
        assert!(is_task_marker(marker(task, "- [ ] Send the report")));
        let done = "- [x] Sent the report";
        assert!(!is_task_marker(marker(one(done), done)));
        assert_eq!(
            &"- [ ] Send the report"[task.content().0..task.content().1],
            "Send the report"
        );
        let src = "- ✓ 会晤";
        let l = one(src);
        assert_eq!(&src[l.content().0..l.content().1], "会晤");
    }

    #[test]
    fn arrows_may_be_glued_to_the_text() {
        let src = " ➔人工智能行动峰会";
        let l = one(src);
        assert_eq!(l.kind, Kind::Arrow);
        assert_eq!(&src[l.content().0..l.content().1], "人工智能行动峰会");
    }

    #[test]
    fn item_numbers_have_values_in_every_style() {
        assert_eq!(number_value(NumStyle::Arabic, "12"), Some(12));
        assert_eq!(number_value(NumStyle::Arabic, "１２"), Some(12));
        assert_eq!(number_value(NumStyle::Dotted(2), "2.3"), Some(3));
        assert_eq!(number_value(NumStyle::Roman, "IV"), Some(4));
        assert_eq!(number_value(NumStyle::RomanLower, "ix"), Some(9));
        assert_eq!(number_value(NumStyle::Letter, "c"), Some(3));
        assert_eq!(number_value(NumStyle::Letter, "б"), Some(2));
        assert_eq!(number_value(NumStyle::CjkNumeral, "三"), Some(3));
        assert_eq!(number_value(NumStyle::CjkNumeral, "十二"), Some(12));
        assert_eq!(number_value(NumStyle::CjkNumeral, "二十一"), Some(21));
        assert_eq!(number_value(NumStyle::Arabic, "x"), None);
    }

    #[test]
    fn labeled_agenda_items_are_numbered() {
        fn number(s: &str) -> Option<(NumStyle, &str, &str)> {
            numbered(s).map(|(st, len, (a, b))| (st, &s[..len], &s[a..b]))
        }
        assert_eq!(
            number("Item 3: Budget"),
            Some((NumStyle::Arabic, "Item 3:", "3"))
        );
        assert_eq!(
            number("Point 1 : Ouverture"),
            Some((NumStyle::Arabic, "Point 1 :", "1"))
        );
        assert_eq!(
            number("Agenda item 4 – Any other business"),
            Some((NumStyle::Arabic, "Agenda item 4 –", "4"))
        );
        assert_eq!(
            number("Пункт 5. Разное"),
            Some((NumStyle::Arabic, "Пункт 5.", "5"))
        );
        assert_eq!(
            number("议程项目 6：其他事项"),
            Some((NumStyle::Arabic, "议程项目 6：", "6"))
        );
        assert_eq!(
            number("Punto II: Informe"),
            Some((NumStyle::Roman, "Punto II:", "II"))
        );
        // Arabic documents: Arabic-Indic digits, `1-`, ordinal words.
        assert_eq!(
            number("١. الجلسة الافتتاحية"),
            Some((NumStyle::Arabic, "١.", "١"))
        );
        assert_eq!(
            number("2- استبيان تقييم المشاركين"),
            Some((NumStyle::Arabic, "2-", "2"))
        );
        assert_eq!(
            number("ثانياً - متابعة النتائج"),
            Some((NumStyle::Roman, "ثانياً -", "ثانياً"))
        );
        assert_eq!(number_value(NumStyle::Roman, "ثالثاً"), Some(3));
        assert_eq!(number("1-2 March"), None);
        // Prose that starts with the label is not an item.
        assert_eq!(number("Item 3 was adopted."), None);
        assert_eq!(number("Points 1 and 2: merged"), None);
        assert_eq!(number("Item: none"), None);
    }

    #[test]
    fn numbered_markers_and_their_numbers() {
        let cases = [
            ("1. 欢迎", NumStyle::Arabic, "1"),
            ("a. 论坛", NumStyle::Letter, "a"),
            ("II. Report", NumStyle::Roman, "II"),
            ("一、会议", NumStyle::CjkNumeral, "一"),
            ("（二）议程", NumStyle::CjkNumeral, "二"),
            ("(b) text", NumStyle::Letter, "b"),
            ("1.2 Budget", NumStyle::Dotted(2), "1.2"),
            ("2.1. Budget", NumStyle::Dotted(2), "2.1"),
            ("3) three", NumStyle::Arabic, "3"),
            ("1、开幕", NumStyle::Arabic, "1"),
            ("三、MAG 工作组", NumStyle::CjkNumeral, "三"),
            ("1、\t开幕及通过议程", NumStyle::Arabic, "1"),
        ];
        for (src, style, number) in cases {
            let l = one(src);
            assert_eq!(l.kind, Kind::Numbered(style), "{src:?}");
            let (a, b) = l.number().unwrap();
            assert_eq!(&src[a..b], number, "{src:?}");
        }
        for s in [
            "2025.01.30 | 12:00 UTC",
            "2025年4月14日",
            "e.g. this",
            "1.5million",
            "IGF 2025",
        ] {
            assert!(
                !matches!(one(s).kind, Kind::Numbered(_)),
                "{s:?} is not numbered"
            );
        }
    }

    #[test]
    fn a_tab_line_alone_is_no_table_row() {
        assert_eq!(
            kinds("Naciones Unidas\tUNW/2026/3\nJunta Ejecutiva\n\nNo.\tAction\n1\tSend"),
            [Kind::Text, Kind::Text, Kind::TableRow, Kind::TableRow]
        );
    }

    #[test]
    fn headers_rules_tables_and_footnotes() {
        assert_eq!(
            kinds(
                "行动：\n行动计划如下。\n---\n## 标题\n免责声明\n| a | b |\n|---|---|\na\tb\n---\t---"
            ),
            [
                Kind::ActionHeader,
                Kind::Text,
                Kind::Rule,
                Kind::AtxHeading(2),
                Kind::DisclaimerHeading,
                Kind::TableRow,
                Kind::TableRule,
                Kind::TableRow,
                Kind::TableRule,
            ]
        );
        assert_eq!(one("<sup>1</sup> <https://x.org>").kind, Kind::FootnoteDef);
        assert_eq!(one("[^2]: note").kind, Kind::FootnoteDef);
        // A PDF copy's footnotes: superscript digits, then the note.
        for (line, label) in [
            ("¹ Available in English only.", "¹"),
            ("¹²文件仅有英文本。", "¹²"),
        ] {
            let l = one(line);
            assert_eq!(l.kind, Kind::FootnoteDef, "{line}");
            assert_eq!(l.number().map(|(a, b)| &line[a..b]), Some(label));
        }
        for line in ["¹", "¹ ", "¹note", "x¹ note", "¹²³⁴ four digits"] {
            assert_ne!(one(line).kind, Kind::FootnoteDef, "{line}");
        }
        assert_eq!(
            kinds("|===\n| Action | Owner\n|==="),
            [Kind::TableRule, Kind::TableRow, Kind::TableRule]
        );
        assert_eq!(one("ACTION: send").kind, Kind::ActionPrefix);
        assert_eq!(one("2025 年 4 月 16 日").kind, Kind::DateLine);
        assert_eq!(one("#hashtag").kind, Kind::Text);
        assert_eq!(
            one("Revenue rose from 5 → 7 million").kind,
            Kind::Text,
            "an arrow inside a sentence marks nothing"
        );
        assert_eq!(
            one("行动计划已经制定。").kind,
            Kind::Text,
            "行动计划 in prose is no action header"
        );
    }

    #[test]
    fn indentation_counts_tabs_and_ideographic_spaces() {
        assert_eq!(one(" - a").indent(), 1);
        // One per line is held until the tree is built: keep it small.
        assert!(std::mem::size_of::<LexLine>() <= 56);
        assert_eq!(one("\t- a").indent(), 4);
        assert_eq!(one("\u{3000}\u{3000}a").indent(), 4);
    }
}
