//! Akoma Ntoso: the tree as AKN 3.0 XML, after the UN's AKN4UN guidelines
//! for meeting minutes. The output validates against the OASIS schema
//! (`akomantoso30.xsd`).
//!
//! The shape:
//! - `<akomaNtoso>` holds one `<debateReport name="meetingMinute">`. The
//!   schema gives `debateReport` the open document structure, so its body
//!   is `<mainBody>` (a `<debateBody>` is only allowed in a `<debate>`).
//! - `<meta>`: `<identification source="#minutes">` with the FRBR work,
//!   expression (language as ISO 639-3) and manifestation, their IRIs made
//!   from the meeting date and a slug of the title (see [`AknOptions`]);
//!   `<references>` with a `TLCOrganization` for the source (`#minutes`,
//!   this crate) and the author, a `TLCLocation` for the venue, and a
//!   `TLCOrganization` or `TLCPerson` for each distinct actor.
//! - `<preface>`: the title (`docTitle`), a line with the date (`docDate`),
//!   the time (`time`) and the venue (`location`), then the preamble blocks.
//!   A document without sections has its preamble as its body instead.
//! - `<mainBody>`: sections and days as nested `<debateSection>` with
//!   `<num>` and `<heading>` (a day's heading is a `<date>`), eIds after
//!   the AKN naming convention by position (`dbsect_2__dbsect_1`);
//!   paragraphs as `<p>`, lists as `<ul>`/`<ol>` of `<li><p>…</p></li>`,
//!   tables as `<table>` of `<tr>` with `<th>`/`<td>`.
//! - An action is a `<p class="action">` (a `<tr class="action">` in a
//!   table) whose actor is wrapped in `<organization refersTo="#…">` (or
//!   `<person>`) and whose deadline is wrapped in `<date date="…">` where
//!   the text writes them; an empty element carries them where it does not.
//!   A decision is a `<p class="decision">`.
//! - A footnote reference becomes an `<authorialNote>` holding the note's
//!   text; notes never referenced go to the conclusions.
//! - `<conclusions>`: each disclaimer as `<container name="disclaimer"
//!   xml:lang="…">`.
//!
//! Every piece of text and every attribute value goes through one escaping
//! writer ([`Xml`]): `&`, `<`, `>` (so `]]>` never appears), quotes in
//! attributes, and characters XML 1.0 forbids (replaced).

use std::collections::HashMap;

use crate::ast::{
    Action, Block, Document, Inline, ListItem, Role, Section, SectionKind, Span, TableRow,
};

use super::{BySpan, fnv1a, spaced, ymd};

/// Options of the Akoma Ntoso output. Build with `AknOptions::default()`
/// and set fields.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct AknOptions {
    /// The work's IRI (`FRBRuri` of the `FRBRWork`); the expression and
    /// manifestation IRIs are built on it. Default:
    /// `/akn/{country}/debateReport/meetingMinute/{date}/{slug of the title}`.
    pub work_uri: Option<String>,
    /// Who issued the minutes, as shown (`FRBRauthor`, a `TLCOrganization`).
    pub author: String,
    /// The author's ontology IRI. Default:
    /// `/akn/ontology/organization/{country}/{slug of the author}`.
    pub author_href: Option<String>,
    /// The jurisdiction part of the IRIs and `FRBRcountry` (`un`).
    pub country: String,
    /// Date of this XML rendering (`FRBRManifestation`), `YYYY-MM-DD`.
    /// Default: the meeting date, so that the output never depends on the
    /// clock.
    pub conversion_date: Option<String>,
}

impl Default for AknOptions {
    fn default() -> Self {
        AknOptions {
            work_uri: None,
            author: "Unknown".into(),
            author_href: None,
            country: "un".into(),
            conversion_date: None,
        }
    }
}

/// The namespace of Akoma Ntoso 3.0.
const NS: &str = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";

/// The index of the first footnote with each label.
fn note_index(doc: &Document) -> HashMap<&str, usize> {
    let mut index = HashMap::new();
    for (k, f) in doc.footnotes.iter().enumerate() {
        index.entry(f.label.as_str()).or_insert(k);
    }
    index
}

/// A date for a document without one: FRBR dates are required.
const NO_DATE: &str = "1970-01-01";

/// Renders `doc` as Akoma Ntoso 3.0 XML; `src` is the parsed text.
pub fn akn(src: &str, doc: &Document, options: &AknOptions) -> String {
    let agents = Agents::of(doc);
    let mut r = Render {
        src,
        doc,
        by_span: BySpan::new(doc),
        agents: &agents,
        w: Xml::default(),
        notes: 0,
        used_notes: vec![false; doc.footnotes.len()],
        note_index: note_index(doc),
        pending: Vec::new(),
    };
    r.w.out
        .push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
    r.w.open("akomaNtoso", &[("xmlns", NS)]);
    r.w.open("debateReport", &[("name", "meetingMinute")]);
    r.meta(options);
    let has_sections = !doc.sections.is_empty();
    r.preface(has_sections);
    r.w.open("mainBody", &[]);
    if has_sections {
        for (k, s) in doc.sections.iter().enumerate() {
            r.section(s, &format!("dbsect_{}", k + 1));
        }
    } else if doc.blocks.iter().any(|b| !matches!(b, Block::Rule { .. })) {
        r.blocks(&doc.blocks, "body");
    } else {
        // `mainBody` must hold something.
        r.w.empty_line("p", &[]);
    }
    r.w.end();
    r.conclusions();
    r.w.end();
    r.w.end();
    r.w.out.push('\n');
    r.w.out
}

// ----- the escaping writer ----------------------------------------------------

/// How an element is laid out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Layout {
    /// On its own line, children on lines of their own, indented.
    Block,
    /// On its own line, its content inline (a `<p>`).
    Line,
    /// Inside a line.
    Inline,
}

/// A small XML writer: element names are the code's own; every text and
/// attribute value is escaped here and nowhere else.
#[derive(Debug, Default)]
struct Xml {
    out: String,
    stack: Vec<(&'static str, Layout)>,
}

impl Xml {
    fn inline_context(&self) -> bool {
        self.stack.iter().any(|(_, l)| *l != Layout::Block)
    }

    fn newline(&mut self) {
        let depth = self
            .stack
            .iter()
            .filter(|(_, l)| *l == Layout::Block)
            .count();
        self.out.push('\n');
        for _ in 0..depth {
            self.out.push_str("  ");
        }
    }

    fn tag(&mut self, name: &'static str, attrs: &[(&'static str, &str)], close: bool) {
        self.out.push('<');
        self.out.push_str(name);
        for (k, v) in attrs {
            self.out.push(' ');
            self.out.push_str(k);
            self.out.push_str("=\"");
            escape_into(&mut self.out, v, true);
            self.out.push('"');
        }
        self.out.push_str(if close { "/>" } else { ">" });
    }

    fn push(&mut self, name: &'static str, attrs: &[(&'static str, &str)], layout: Layout) {
        let layout = if self.inline_context() {
            Layout::Inline
        } else {
            layout
        };
        if layout != Layout::Inline {
            self.newline();
        }
        self.tag(name, attrs, false);
        self.stack.push((name, layout));
    }

    /// Opens an element whose children go on lines of their own.
    fn open(&mut self, name: &'static str, attrs: &[(&'static str, &str)]) {
        self.push(name, attrs, Layout::Block);
    }

    /// Opens an element on its own line whose content stays on that line.
    fn line(&mut self, name: &'static str, attrs: &[(&'static str, &str)]) {
        self.push(name, attrs, Layout::Line);
    }

    /// Opens an element inside the current line.
    fn start(&mut self, name: &'static str, attrs: &[(&'static str, &str)]) {
        self.push(name, attrs, Layout::Inline);
    }

    /// Closes the innermost open element.
    fn end(&mut self) {
        let Some((name, layout)) = self.stack.pop() else {
            return;
        };
        if layout == Layout::Block {
            self.newline();
        }
        self.out.push_str("</");
        self.out.push_str(name);
        self.out.push('>');
    }

    /// An empty element on its own line.
    fn empty_line(&mut self, name: &'static str, attrs: &[(&'static str, &str)]) {
        if !self.inline_context() {
            self.newline();
        }
        self.tag(name, attrs, true);
    }

    /// An empty element inside the current line.
    fn empty(&mut self, name: &'static str, attrs: &[(&'static str, &str)]) {
        self.tag(name, attrs, true);
    }

    /// `<name attrs>text</name>` on its own line.
    fn leaf(&mut self, name: &'static str, attrs: &[(&'static str, &str)], text: &str) {
        self.line(name, attrs);
        self.text(text);
        self.end();
    }

    fn text(&mut self, text: &str) {
        escape_into(&mut self.out, text, false);
    }
}

/// Appends `text` escaped for XML content (`attr`: for a double-quoted
/// attribute value). Characters XML 1.0 cannot hold become U+FFFD; a form
/// feed or vertical tab becomes a space.
fn escape_into(out: &mut String, text: &str, attr: bool) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            // Always escaped, so `]]>` cannot appear.
            '>' => out.push_str("&gt;"),
            '"' if attr => out.push_str("&quot;"),
            '\n' if attr => out.push_str("&#10;"),
            '\r' => out.push_str("&#13;"),
            '\t' if attr => out.push_str("&#9;"),
            '\t' | '\n' => out.push(c),
            '\u{0b}' | '\u{0c}' => out.push(' '),
            '\u{00}'..='\u{1f}' | '\u{fffe}' | '\u{ffff}' => out.push('\u{fffd}'),
            _ => out.push(c),
        }
    }
}

// ----- identifiers ------------------------------------------------------------

/// A link target as an `xsd:anyURI` (RFC 3986): characters a URI may not
/// hold are percent-encoded (a `%` too, unless it starts an escape), a
/// colon after an invalid scheme is kept from reading as one, and a target
/// whose authority is malformed is no link (`None`).
fn any_uri(url: &str) -> Option<String> {
    let url = url.trim();
    if url.is_empty() {
        return None;
    }
    let mut out = String::with_capacity(url.len());
    let bytes = url.as_bytes();
    let mut seen_hash = false;
    for (i, c) in url.char_indices() {
        let keep = match c {
            'A'..='Z' | 'a'..='z' | '0'..='9' => true,
            '-' | '.' | '_' | '~' | ':' | '/' | '?' | '@' | '!' | '$' | '&' | '\'' | '(' | ')'
            | '*' | '+' | ',' | ';' | '=' => true,
            '#' => !std::mem::replace(&mut seen_hash, true),
            '%' => {
                bytes.get(i + 1).is_some_and(u8::is_ascii_hexdigit)
                    && bytes.get(i + 2).is_some_and(u8::is_ascii_hexdigit)
            }
            _ => false,
        };
        if keep {
            out.push(c);
        } else {
            let mut buf = [0u8; 4];
            for b in c.encode_utf8(&mut buf).bytes() {
                out.push_str(&format!("%{b:02X}"));
            }
        }
    }
    // `1a:b` is no scheme: a relative reference may not start so.
    let first = out.find(['/', '?', '#']).unwrap_or(out.len());
    if let Some(colon) = out[..first].find(':') {
        let scheme = &out[..colon];
        let valid = scheme.starts_with(|c: char| c.is_ascii_alphabetic())
            && scheme
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'));
        if !valid {
            out.insert_str(0, "./");
        }
    }
    // `scheme://host:port`: the port must be digits.
    if let Some(rest) = out.split_once("://").map(|(_, r)| r) {
        let authority = rest.split(['/', '?', '#']).next().unwrap_or("");
        let host_port = authority.rsplit('@').next().unwrap_or("");
        if let Some((_, port)) = host_port.rsplit_once(':') {
            if !port.chars().all(|c| c.is_ascii_digit()) {
                return None;
            }
        }
    }
    Some(out)
}

/// ISO 639-3 for the ISO 639-1 codes the parser gives; `und` when unknown.
fn lang3(lang: Option<&str>) -> &'static str {
    match lang {
        Some("zh") => "zho",
        Some("en") => "eng",
        Some("fr") => "fra",
        Some("es") => "spa",
        Some("ru") => "rus",
        Some("ar") => "ara",
        _ => "und",
    }
}

/// Lower-case ASCII words joined by `-`, at most 60 bytes: the slug of a
/// title in an IRI. Text without ASCII letters or digits gets a hash.
fn slug(text: &str) -> String {
    let mut out = String::new();
    for word in text
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        if out.len() + word.len() + 1 > 60 {
            break;
        }
        if !out.is_empty() {
            out.push('-');
        }
        out.push_str(&word.to_ascii_lowercase());
    }
    if out.is_empty() {
        out = format!("m{:08x}", fnv1a(text.as_bytes()) as u32);
    }
    out
}

/// `theSecretariat` for a name written in ASCII; `None` otherwise.
fn camel(name: &str) -> Option<String> {
    if !name.is_ascii() {
        return None;
    }
    let mut out = String::new();
    for word in name
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        let lower = word.to_ascii_lowercase();
        if out.is_empty() {
            out.push_str(&lower);
        } else {
            let mut it = lower.chars();
            if let Some(f) = it.next() {
                out.push(f.to_ascii_uppercase());
                out.extend(it);
            }
        }
    }
    // An eId that starts with a digit reads badly; such names get a number.
    (!out.is_empty() && !out.starts_with(|c: char| c.is_ascii_digit())).then_some(out)
}

/// Whether an actor's name is a person's (an honorific before or after it).
fn is_person(name: &str) -> bool {
    const BEFORE: &[&str] = &[
        "mr ",
        "mr. ",
        "ms ",
        "ms. ",
        "mrs ",
        "mrs. ",
        "dr ",
        "dr. ",
        "prof. ",
        "h.e. ",
        "m. ",
        "mme ",
        "sr. ",
        "sra. ",
        "señor ",
        "señora ",
        "г-н ",
        "г-жа ",
        "السيد ",
        "السيدة ",
    ];
    let lower = name.to_lowercase();
    BEFORE.iter().any(|p| lower.starts_with(p)) || name.ends_with("先生") || name.ends_with("女士")
}

/// The people and bodies named as actors, with their eIds, in order of
/// first appearance.
struct Agents {
    list: Vec<Agent>,
}

struct Agent {
    name: String,
    eid: String,
    person: bool,
}

/// eIds the references use for themselves.
const RESERVED: &[&str] = &["minutes", "author", "venue", "footnotes"];

impl Agents {
    fn of(doc: &Document) -> Agents {
        let mut list: Vec<Agent> = Vec::new();
        for a in &doc.actions {
            let Some(name) = a.actor.as_deref().map(str::trim).filter(|n| !n.is_empty()) else {
                continue;
            };
            if list.iter().any(|x| x.name == name) {
                continue;
            }
            let n = list.len() + 1;
            let base = camel(name).unwrap_or_else(|| format!("actor{n}"));
            let taken = |id: &str| RESERVED.contains(&id) || list.iter().any(|x| x.eid == id);
            let eid = if taken(&base) {
                format!("{base}_{n}")
            } else {
                base
            };
            list.push(Agent {
                name: name.to_string(),
                eid,
                person: is_person(name),
            });
        }
        Agents { list }
    }

    fn get(&self, name: &str) -> Option<&Agent> {
        self.list.iter().find(|a| a.name == name.trim())
    }
}

/// `12:00:00Z` from `12:00` and `UTC`: an `xsd:time`, with the zone when
/// the name is one we can place.
fn xsd_time(time: &str, zone: Option<&str>) -> Option<String> {
    let (h, m) = time.split_once(':')?;
    let (h, m): (u32, u32) = (h.parse().ok()?, m.parse().ok()?);
    if h > 23 || m > 59 {
        return None;
    }
    let offset = zone.and_then(zone_offset).unwrap_or_default();
    Some(format!("{h:02}:{m:02}:00{offset}"))
}

/// `Z`, `+01:00`, … for a time zone as written; `None` when unknown.
fn zone_offset(zone: &str) -> Option<String> {
    let z = zone.trim().to_ascii_uppercase();
    let named = match z.as_str() {
        "UTC" | "GMT" | "Z" | "UT" => Some(0),
        "CET" | "WAT" | "BST" => Some(60),
        "CEST" | "EET" | "CAT" | "SAST" => Some(120),
        "EEST" | "EAT" | "MSK" | "AST" => Some(180),
        "GST" => Some(240),
        "IST" => Some(330),
        "EST" => Some(-300),
        "EDT" => Some(-240),
        "PST" => Some(-480),
        "PDT" => Some(-420),
        _ if zone.contains("北京") => Some(480),
        _ => None,
    };
    let minutes = named.or_else(|| {
        let rest = z.strip_prefix("UTC").or_else(|| z.strip_prefix("GMT"))?;
        let (sign, num) = match rest.chars().next()? {
            '+' => (1, &rest[1..]),
            '-' | '−' => (-1, &rest[rest.chars().next()?.len_utf8()..]),
            _ => return None,
        };
        let (h, m) = num.split_once(':').unwrap_or((num, "0"));
        let (h, m): (i32, i32) = (h.parse().ok()?, m.parse().ok()?);
        (h <= 14 && m < 60).then_some(sign * (h * 60 + m))
    })?;
    Some(if minutes == 0 {
        "Z".to_string()
    } else {
        let sign = if minutes < 0 { '-' } else { '+' };
        let a = minutes.abs();
        format!("{sign}{:02}:{:02}", a / 60, a % 60)
    })
}

// ----- the document ---------------------------------------------------------------

/// What a mark wraps, and how it finds it in the text.
enum Target {
    /// An actor's name, as written.
    Name(String),
    /// A date with this month and day (and year, when the text writes one).
    Date(i32, u32, u32),
    /// A clock time as the parser normalised it (`12:00`), with the zone
    /// written after it, if any.
    Time(String, Option<String>),
}

/// Something to wrap in an element where the text writes it (an actor, a
/// deadline, the meeting date): the element's name and attributes, and
/// what to find.
struct Mark {
    tag: &'static str,
    attrs: Vec<(&'static str, String)>,
    target: Target,
    /// For the meeting's metadata: the text shown when no preamble line
    /// writes it (the metadata line of the preface).
    shown: Option<String>,
}

impl Mark {
    /// The byte range of the target in `text`, if written there.
    fn find(&self, text: &str) -> Option<(usize, usize)> {
        match &self.target {
            Target::Name(name) => text.find(name.as_str()).map(|at| (at, at + name.len())),
            Target::Date(y, m, d) => crate::date::find_dates(text)
                .into_iter()
                .find(|x| x.month == *m && x.day == *d && x.year.is_none_or(|year| year == *y))
                .map(|x| (x.start, x.end)),
            Target::Time(time, zone) => {
                let at = text.find(time.as_str())?;
                let mut end = at + time.len();
                if let Some(z) = zone {
                    let rest = &text[end..];
                    let gap = rest.len() - rest.trim_start().len();
                    if rest[gap..].starts_with(z.as_str()) {
                        end += gap + z.len();
                    }
                }
                Some((at, end))
            }
        }
    }

    fn open(&self, w: &mut Xml) {
        let attrs: Vec<(&'static str, &str)> =
            self.attrs.iter().map(|(k, v)| (*k, v.as_str())).collect();
        w.start(self.tag, &attrs);
    }

    /// The mark as an empty element, for a text that does not write it.
    fn empty(&self, w: &mut Xml) {
        let attrs: Vec<(&'static str, &str)> =
            self.attrs.iter().map(|(k, v)| (*k, v.as_str())).collect();
        w.empty(self.tag, &attrs);
    }
}

/// The marks of an action: its actor and its deadline.
fn action_marks(agents: &Agents, action: Option<&Action>) -> Vec<Mark> {
    let Some(a) = action else {
        return Vec::new();
    };
    let mut out = Vec::new();
    if let Some(ag) = a.actor.as_deref().and_then(|n| agents.get(n)) {
        out.push(Mark {
            tag: if ag.person { "person" } else { "organization" },
            attrs: vec![("refersTo", format!("#{}", ag.eid))],
            target: Target::Name(ag.name.clone()),
            shown: None,
        });
    }
    if let Some((d, (y, m, day))) = a.due.as_deref().and_then(|d| ymd(d).map(|v| (d, v))) {
        out.push(Mark {
            tag: "date",
            attrs: vec![("date", d.to_string())],
            target: Target::Date(y, m, day),
            shown: None,
        });
    }
    out
}

/// The marks of the meeting's metadata: the date (`docDate`), the end
/// date, the time (`time`) and the venue (`location`).
fn meta_marks(doc: &Document) -> Vec<Mark> {
    let m = &doc.meta;
    let mut out = Vec::new();
    for iso in [&m.date, &m.end_date].into_iter().flatten() {
        if let Some((y, mo, d)) = ymd(iso) {
            out.push(Mark {
                tag: "docDate",
                attrs: vec![("date", iso.clone())],
                target: Target::Date(y, mo, d),
                shown: Some(iso.clone()),
            });
        }
    }
    if let Some(t) = &m.time {
        let shown = match &m.timezone {
            Some(z) => format!("{t} {z}"),
            None => t.clone(),
        };
        if let Some(value) = xsd_time(t, m.timezone.as_deref()) {
            out.push(Mark {
                tag: "time",
                attrs: vec![("time", value)],
                target: Target::Time(t.clone(), m.timezone.clone()),
                shown: Some(shown),
            });
        }
    }
    if let Some(v) = &m.venue {
        out.push(Mark {
            tag: "location",
            attrs: vec![("refersTo", "#venue".into())],
            target: Target::Name(v.clone()),
            shown: Some(v.clone()),
        });
    }
    out
}

struct Render<'a> {
    src: &'a str,
    doc: &'a Document,
    by_span: BySpan<'a>,
    agents: &'a Agents,
    w: Xml,
    /// Authorial notes written so far.
    notes: usize,
    /// Which footnotes a reference carried into the text.
    used_notes: Vec<bool>,
    /// The first footnote of each label (a scan per reference was
    /// quadratic in documents with thousands of notes).
    note_index: HashMap<&'a str, usize>,
    /// The metadata marks no preamble line has written yet.
    pending: Vec<Mark>,
}

impl Render<'_> {
    fn meta(&mut self, o: &AknOptions) {
        let doc = self.doc;
        let date = doc
            .meta
            .date
            .as_deref()
            .filter(|d| ymd(d).is_some())
            .unwrap_or(NO_DATE);
        let date_name = if doc.meta.date.is_some() {
            "meeting"
        } else {
            "unknown"
        };
        let lang = lang3(doc.lang.as_deref());
        let title = doc.title.as_ref().map_or("", |t| t.text.as_str());
        let work = o.work_uri.clone().unwrap_or_else(|| {
            format!(
                "/akn/{}/debateReport/meetingMinute/{date}/{}",
                o.country,
                slug(title)
            )
        });
        let expression = format!("{work}/{lang}@");
        let made = o
            .conversion_date
            .as_deref()
            .filter(|d| ymd(d).is_some())
            .unwrap_or(date);

        self.w.open("meta", &[]);
        self.w.open("identification", &[("source", "#minutes")]);
        self.w.open("FRBRWork", &[]);
        self.w
            .empty_line("FRBRthis", &[("value", &format!("{work}/!main"))]);
        self.w.empty_line("FRBRuri", &[("value", &work)]);
        self.w
            .empty_line("FRBRdate", &[("date", date), ("name", date_name)]);
        self.w.empty_line("FRBRauthor", &[("href", "#author")]);
        self.w.empty_line("FRBRcountry", &[("value", &o.country)]);
        self.w.end();
        self.w.open("FRBRExpression", &[]);
        self.w
            .empty_line("FRBRthis", &[("value", &format!("{expression}/!main"))]);
        self.w.empty_line("FRBRuri", &[("value", &expression)]);
        self.w
            .empty_line("FRBRdate", &[("date", date), ("name", date_name)]);
        self.w.empty_line("FRBRauthor", &[("href", "#author")]);
        self.w.empty_line("FRBRlanguage", &[("language", lang)]);
        self.w.end();
        self.w.open("FRBRManifestation", &[]);
        self.w
            .empty_line("FRBRthis", &[("value", &format!("{expression}/!main.xml"))]);
        self.w
            .empty_line("FRBRuri", &[("value", &format!("{expression}.akn"))]);
        self.w
            .empty_line("FRBRdate", &[("date", made), ("name", "conversion")]);
        self.w.empty_line("FRBRauthor", &[("href", "#minutes")]);
        self.w.end();
        self.w.end();

        self.w.open("references", &[("source", "#minutes")]);
        self.w.empty_line(
            "TLCOrganization",
            &[
                ("eId", "minutes"),
                ("href", "/akn/ontology/organization/minutes"),
                ("showAs", "minutes"),
            ],
        );
        let author_href = o
            .author_href
            .as_deref()
            .and_then(any_uri)
            .unwrap_or_else(|| {
                format!(
                    "/akn/ontology/organization/{}/{}",
                    o.country,
                    slug(&o.author)
                )
            });
        self.w.empty_line(
            "TLCOrganization",
            &[
                ("eId", "author"),
                ("href", &author_href),
                ("showAs", &o.author),
            ],
        );
        if let Some(venue) = &doc.meta.venue {
            self.w.empty_line(
                "TLCLocation",
                &[
                    ("eId", "venue"),
                    ("href", &format!("/akn/ontology/location/{}", slug(venue))),
                    ("showAs", venue),
                ],
            );
        }
        for a in &self.agents.list {
            let (tag, class) = if a.person {
                ("TLCPerson", "person")
            } else {
                ("TLCOrganization", "organization")
            };
            let href = format!("/akn/ontology/{class}/{}/{}", o.country, a.eid);
            self.w.empty_line(
                tag,
                &[("eId", &a.eid), ("href", &href), ("showAs", &a.name)],
            );
        }
        self.w.end();
        self.w.end();
    }

    /// The title, the preamble blocks with the meeting's date, time and
    /// venue marked where they write them, and a line with those they do
    /// not write.
    fn preface(&mut self, with_preamble: bool) {
        let doc = self.doc;
        let preamble = with_preamble && doc.blocks.iter().any(|b| !matches!(b, Block::Rule { .. }));
        self.pending = meta_marks(doc);
        if doc.title.is_none() && self.pending.is_empty() && !preamble {
            return;
        }
        self.w.open("preface", &[]);
        if let Some(t) = &doc.title {
            self.w.line("p", &[]);
            self.w.start("docTitle", &[]);
            self.w.text(&t.text);
            self.w.end();
            self.w.end();
        }
        if preamble {
            self.blocks(&doc.blocks, "preface");
        }
        let rest = std::mem::take(&mut self.pending);
        // A date range written in the text carries the end date too.
        let start_written = doc.meta.date.is_some()
            && !rest
                .iter()
                .any(|m| m.tag == "docDate" && m.shown == doc.meta.date);
        let rest: Vec<Mark> = rest
            .into_iter()
            .filter(|m| !(start_written && m.tag == "docDate"))
            .collect();
        if !rest.is_empty() {
            self.w.line("p", &[]);
            for (k, m) in rest.iter().enumerate() {
                if k > 0 {
                    let range = m.tag == "docDate" && rest[k - 1].tag == "docDate";
                    self.w.text(if range { " – " } else { " | " });
                }
                m.open(&mut self.w);
                self.w.text(m.shown.as_deref().unwrap_or_default());
                self.w.end();
            }
            self.w.end();
        }
        self.w.end();
    }

    fn section(&mut self, s: &Section, eid: &str) {
        let name = match s.kind {
            SectionKind::AgendaItem => "agendaItem",
            SectionKind::Day => "day",
            SectionKind::Heading => "heading",
        };
        self.w
            .open("debateSection", &[("eId", eid), ("name", name)]);
        if let Some(n) = &s.number {
            self.w.leaf("num", &[], &format!("{n}."));
        }
        if !s.title.is_empty() {
            self.w.line("heading", &[]);
            match s.date.as_deref().filter(|d| ymd(d).is_some()) {
                Some(d) if s.kind == SectionKind::Day => {
                    self.w.start("date", &[("date", d)]);
                    self.w.text(&s.title);
                    self.w.end();
                }
                _ => self.w.text(&s.title),
            }
            self.w.end();
        }
        self.blocks(&s.blocks, eid);
        for (k, sub) in s.sections.iter().enumerate() {
            self.section(sub, &format!("{eid}__dbsect_{}", k + 1));
        }
        self.w.end();
    }

    fn blocks(&mut self, blocks: &[Block], owner: &str) {
        for b in blocks {
            match b {
                Block::Paragraph { inlines, span } => {
                    self.paragraph(inlines, *span, None, owner);
                }
                Block::List { ordered, items, .. } => self.list(*ordered, items, owner),
                Block::Table { rows, .. } => self.table(rows, owner),
                // A thematic break is layout, not content.
                Block::Rule { .. } => {}
            }
        }
    }

    /// A `<p>`, classed and marked up when it records an action or a
    /// decision.
    fn paragraph(&mut self, inlines: &[Inline], span: Span, role: Option<Role>, owner: &str) {
        let action = self.by_span.action_at(span);
        let is_action = action.is_some() || role == Some(Role::Action);
        let is_decision = role == Some(Role::Decision) || self.by_span.decision_at(span);
        let class = match (is_action, is_decision) {
            (true, true) => Some("action decision"),
            (true, false) => Some("action"),
            (false, true) => Some("decision"),
            (false, false) => None,
        };
        let mut marks = action_marks(self.agents, action);
        marks.append(&mut self.pending);
        match class {
            Some(c) => self.w.line("p", &[("class", c)]),
            None => self.w.line("p", &[]),
        }
        self.inlines(inlines, None, &mut marks, owner);
        // Metadata not written here may be written by the next paragraph.
        let (meta, action_left): (Vec<Mark>, Vec<Mark>) =
            marks.into_iter().partition(|m| m.shown.is_some());
        self.pending = meta;
        self.leftover(action_left);
        self.w.end();
    }

    /// The marks the text did not write: empty elements carry them.
    fn leftover(&mut self, marks: Vec<Mark>) {
        for m in marks {
            m.empty(&mut self.w);
        }
    }

    fn list(&mut self, ordered: bool, items: &[ListItem], owner: &str) {
        self.w.open(if ordered { "ol" } else { "ul" }, &[]);
        for item in items {
            self.w.open("li", &[]);
            self.paragraph(&item.inlines, item.span, item.role, owner);
            for child in &item.children {
                match child {
                    Block::List { ordered, items, .. } => self.list(*ordered, items, owner),
                    Block::Paragraph { inlines, span } => {
                        self.paragraph(inlines, *span, None, owner)
                    }
                    // Only lists and paragraphs may stand in a list item.
                    Block::Table { .. } | Block::Rule { .. } => {}
                }
            }
            self.w.end();
        }
        self.w.end();
    }

    fn table(&mut self, rows: &[TableRow], owner: &str) {
        if rows.iter().all(|r| r.cells.is_empty()) {
            return;
        }
        self.w.open("table", &[]);
        for row in rows.iter().filter(|r| !r.cells.is_empty()) {
            let action = self.by_span.action_at(row.span);
            let mut marks = action_marks(self.agents, action);
            if action.is_some() {
                self.w.open("tr", &[("class", "action")]);
            } else {
                self.w.open("tr", &[]);
            }
            for cell in &row.cells {
                let tag = if row.header { "th" } else { "td" };
                self.w.open(tag, &[]);
                self.w.line("p", &[]);
                self.inlines(&cell.inlines, None, &mut marks, owner);
                self.w.end();
                self.w.end();
            }
            self.w.end();
        }
        self.w.end();
    }

    fn inlines(
        &mut self,
        inlines: &[Inline],
        mut last_end: Option<usize>,
        marks: &mut Vec<Mark>,
        owner: &str,
    ) {
        let mut wrote = false;
        for node in inlines {
            if wrote && spaced(self.src, last_end, node) {
                self.w.text(" ");
            }
            match node {
                Inline::Text { text, .. } => self.marked_text(text, marks),
                Inline::Strong { children, span } => {
                    self.w.start("b", &[]);
                    self.inlines(children, Some(span.start), marks, owner);
                    self.w.end();
                }
                Inline::Emphasis { children, span } => {
                    self.w.start("i", &[]);
                    self.inlines(children, Some(span.start), marks, owner);
                    self.w.end();
                }
                Inline::Link {
                    url,
                    children,
                    span,
                } => {
                    let href = any_uri(url);
                    if let Some(h) = &href {
                        self.w.start("a", &[("href", h)]);
                    }
                    self.inlines(children, Some(span.start), marks, owner);
                    if href.is_some() {
                        self.w.end();
                    }
                }
                Inline::FootnoteRef { label, .. } => self.note(label, owner),
                // Raw HTML is never interpreted; its tags are not content.
                Inline::Html { .. } => {}
            }
            wrote = true;
            last_end = Some(node.span().end);
        }
    }

    /// An `<authorialNote>` with the text of footnote `label`, or the label
    /// as a superscript when no note has it.
    fn note(&mut self, label: &str, owner: &str) {
        let Some(&k) = self.note_index.get(label) else {
            self.w.start("sup", &[]);
            self.w.text(label);
            self.w.end();
            return;
        };
        self.used_notes[k] = true;
        self.notes += 1;
        let eid = format!("{owner}__authorialNote_{}", self.notes);
        self.w.start(
            "authorialNote",
            &[("eId", &eid), ("marker", label), ("placement", "bottom")],
        );
        self.w.start("p", &[]);
        self.w.text(&self.doc.footnotes[k].text);
        self.w.end();
        self.w.end();
    }

    /// Text with the marks it writes wrapped (each mark once, the first
    /// place it is found); the marks found are taken out of `marks`.
    fn marked_text(&mut self, text: &str, marks: &mut Vec<Mark>) {
        let mut found: Vec<(usize, usize, usize)> = Vec::new();
        for (k, m) in marks.iter().enumerate() {
            let Some((start, end)) = m.find(text) else {
                continue;
            };
            let clear = found.iter().all(|f| end <= f.0 || f.1 <= start);
            if clear && start < end && text.is_char_boundary(start) && text.is_char_boundary(end) {
                found.push((start, end, k));
            }
        }
        found.sort_unstable();
        let mut at = 0;
        for &(start, end, k) in &found {
            self.w.text(&text[at..start]);
            marks[k].open(&mut self.w);
            self.w.text(&text[start..end]);
            self.w.end();
            at = end;
        }
        self.w.text(&text[at..]);
        let mut taken: Vec<usize> = found.iter().map(|f| f.2).collect();
        taken.sort_unstable();
        for k in taken.into_iter().rev() {
            marks.remove(k);
        }
    }

    fn conclusions(&mut self) {
        let doc = self.doc;
        let unused: Vec<usize> = (0..doc.footnotes.len())
            .filter(|&k| !self.used_notes[k])
            .collect();
        if doc.disclaimers.is_empty() && unused.is_empty() {
            return;
        }
        self.w.open("conclusions", &[]);
        for (k, d) in doc.disclaimers.iter().enumerate() {
            let eid = format!("disclaimer_{}", k + 1);
            let mut attrs: Vec<(&'static str, &str)> = vec![("eId", &eid), ("name", "disclaimer")];
            if let Some(l) = &d.lang {
                attrs.push(("xml:lang", l));
            }
            self.w.open("container", &attrs);
            let mut any = false;
            for para in d.text.split('\n').map(str::trim).filter(|p| !p.is_empty()) {
                self.w.leaf("p", &[], para);
                any = true;
            }
            if !any {
                self.w.empty_line("p", &[]);
            }
            self.w.end();
        }
        if !unused.is_empty() {
            self.w
                .open("container", &[("eId", "footnotes"), ("name", "footnotes")]);
            for k in unused {
                let f = &doc.footnotes[k];
                self.w.line("p", &[]);
                self.w.start("sup", &[]);
                self.w.text(&f.label);
                self.w.end();
                self.w.text(" ");
                self.w.text(&f.text);
                self.w.end();
            }
            self.w.end();
        }
        self.w.end();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_and_attributes_are_escaped() {
        let mut out = String::new();
        escape_into(&mut out, "a<b & \"c\" ]]> \u{0}\u{0c}", false);
        assert_eq!(out, "a&lt;b &amp; \"c\" ]]&gt; \u{fffd} ");
        let mut out = String::new();
        escape_into(&mut out, "\"x\"\n", true);
        assert_eq!(out, "&quot;x&quot;&#10;");
    }

    #[test]
    fn times_get_their_zone_when_it_is_known() {
        assert_eq!(xsd_time("12:00", Some("UTC")).as_deref(), Some("12:00:00Z"));
        assert_eq!(
            xsd_time("9:30", Some("CEST")).as_deref(),
            Some("09:30:00+02:00")
        );
        assert_eq!(
            xsd_time("14:00", Some("GMT+2")).as_deref(),
            Some("14:00:00+02:00")
        );
        assert_eq!(
            xsd_time("14:00", Some("日内瓦时间")).as_deref(),
            Some("14:00:00")
        );
        assert_eq!(xsd_time("25:00", None), None);
    }

    #[test]
    fn link_targets_become_valid_uris() {
        assert_eq!(
            any_uri("http://x.org/%zz").as_deref(),
            Some("http://x.org/%25zz")
        );
        assert_eq!(any_uri("http://[bad").as_deref(), Some("http://%5Bbad"));
        assert_eq!(any_uri("a b").as_deref(), Some("a%20b"));
        assert_eq!(any_uri("1a:b").as_deref(), Some("./1a:b"));
        assert_eq!(any_uri("#a#b").as_deref(), Some("#a%23b"));
        assert_eq!(any_uri("http://x:port/"), None);
        assert_eq!(any_uri(""), None);
    }

    #[test]
    fn slugs_are_ascii_words_or_a_hash() {
        assert_eq!(slug("IGF MAG 2025 第一次会议"), "igf-mag-2025");
        assert!(slug("第一次会议").starts_with('m'));
        assert_eq!(
            camel("The IGF Secretariat").as_deref(),
            Some("theIgfSecretariat")
        );
        assert_eq!(camel("IGF 秘书处"), None);
    }
}
