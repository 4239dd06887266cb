//! Metamorphic tests: the same minutes in another container (line endings,
//! encodings, byte-order marks, trailing white space, hard wraps at 40 and
//! 72 columns, a blank line after every line, page breaks with page
//! numbers) must give the same structure: section titles at every depth,
//! action texts, disclaimers and the meeting date.

mod common;

use minutes::{Document, Options, Section};

/// What must not change: titles with their depth, action texts without
/// white space (wraps may add or drop it), disclaimer languages, the date.
fn structure(doc: &Document) -> Vec<String> {
    fn walk(sections: &[Section], depth: usize, out: &mut Vec<String>) {
        for s in sections {
            out.push(format!("{depth} {}", squeeze(&s.title)));
            walk(&s.sections, depth + 1, out);
        }
    }
    let mut out = Vec::new();
    walk(&doc.sections, 0, &mut out);
    out.extend(
        doc.actions
            .iter()
            .map(|a| format!("action {}", squeeze(&a.text))),
    );
    out.extend(
        doc.disclaimers
            .iter()
            .map(|d| format!("disclaimer {:?}", d.lang)),
    );
    out.push(format!("date {:?}", doc.meta.date));
    out
}

fn squeeze(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

fn width(c: char) -> usize {
    let cjk = matches!(c as u32, 0x2E80..=0x9FFF | 0xAC00..=0xD7AF | 0xF900..=0xFAFF | 0xFE30..=0xFE4F | 0xFF00..=0xFF60 | 0xFFE0..=0xFFE6);
    if cjk { 2 } else { 1 }
}

/// Hard-wraps every line wider than `cols` the way a PDF export does: at
/// the last space that fits, or anywhere in text without spaces; the
/// continuation starts at the margin. Markdown structure lines (`#`
/// headings, table rows, rules) are left whole, as a markdown wrapper does.
fn wrap(text: &str, cols: usize) -> String {
    let mut out = String::new();
    for line in text.lines() {
        let t = line.trim_start();
        if t.starts_with('#') || t.starts_with('|') || t.contains('\t') || t.starts_with("---") {
            out.push_str(line);
            out.push('\n');
            continue;
        }
        let mut current = String::new();
        let mut w = 0;
        for c in line.chars() {
            if w + width(c) > cols && !current.trim().is_empty() {
                // Latin text breaks at the last space in the second half of
                // the line; CJK text breaks anywhere, at the margin.
                let cjk_tail =
                    width(c) == 2 || current.chars().last().is_some_and(|l| width(l) == 2);
                let word = current.len()
                    - current
                        .trim_end_matches(|ch: char| ch.is_ascii_alphanumeric())
                        .len();
                let cut = current.rfind(' ').filter(|&i| {
                    !cjk_tail && current[..i].chars().map(width).sum::<usize>() > cols / 2
                });
                match cut {
                    Some(i) => {
                        let rest = current[i + 1..].to_string();
                        out.push_str(current[..i].trim_end());
                        out.push('\n');
                        current = rest;
                    }
                    // Nor does a CJK line break inside a Latin word (`MA|G`).
                    None if c.is_ascii_alphanumeric() && word > 0 && word < current.len() => {
                        let rest = current[current.len() - word..].to_string();
                        out.push_str(&current[..current.len() - word]);
                        out.push('\n');
                        current = rest;
                    }
                    None => {
                        out.push_str(&current);
                        out.push('\n');
                        current.clear();
                    }
                }
                w = current.chars().map(width).sum();
            }
            current.push(c);
            w += width(c);
        }
        out.push_str(&current);
        out.push('\n');
    }
    out
}

/// A form feed and a page number every `every` lines.
fn paginate(text: &str, every: usize) -> String {
    let mut out = String::new();
    for (i, line) in text.lines().enumerate() {
        if i > 0 && i % every == 0 {
            let page = i / every;
            let number = match page % 3 {
                0 => format!("- {page} -"),
                1 => format!("Page {page} of 9"),
                _ => format!("{page}"),
            };
            out.push_str(&number);
            out.push_str("\n\u{0c}");
        }
        out.push_str(line);
        out.push('\n');
    }
    out
}

fn utf16(text: &str, big_endian: bool) -> Vec<u8> {
    let mut out = if big_endian {
        vec![0xFE, 0xFF]
    } else {
        vec![0xFF, 0xFE]
    };
    for unit in text.encode_utf16() {
        out.extend(if big_endian {
            unit.to_be_bytes()
        } else {
            unit.to_le_bytes()
        });
    }
    out
}

fn variants(text: &str) -> Vec<(&'static str, Document)> {
    let o = Options::default();
    let bytes = |b: &[u8]| minutes::parse_bytes(b, &o).expect("decodes");
    let mut bom = vec![0xEF, 0xBB, 0xBF];
    bom.extend(text.as_bytes());
    let (gb, _, _) = encoding_rs::GB18030.encode(text);
    vec![
        ("CRLF", minutes::parse(&text.replace('\n', "\r\n"))),
        ("bare CR", minutes::parse(&text.replace('\n', "\r"))),
        ("UTF-8 BOM", bytes(&bom)),
        ("UTF-16LE", bytes(&utf16(text, false))),
        ("UTF-16BE", bytes(&utf16(text, true))),
        ("GB18030", bytes(&gb)),
        (
            "trailing white space",
            minutes::parse(
                &text
                    .lines()
                    .map(|l| format!("{l}  \t\n"))
                    .collect::<String>(),
            ),
        ),
        ("wrapped at 40", minutes::parse(&wrap(text, 40))),
        ("wrapped at 72", minutes::parse(&wrap(text, 72))),
        (
            "blank line after every line",
            minutes::parse(&text.lines().map(|l| format!("{l}\n\n")).collect::<String>()),
        ),
        (
            "page breaks every 40 lines",
            minutes::parse(&paginate(text, 40)),
        ),
    ]
}

/// Variants of the documents added last (five blind fixtures and the
/// blind set) that still change the structure: long headings wrapped at 40
/// columns read as prose, tags and table rows split by double spacing.
/// Known, listed, and kept honest both ways: a new failure fails the test,
/// and so does a listed one that passes (remove it from here).
const KNOWN_GAPS: &[(&str, &str)] = &[
    (
        "tests/fixtures/docs/a_en_days_apis.txt",
        "blank line after every line",
    ),
    ("tests/fixtures/docs/a_en_pdf_cwgfhr.txt", "wrapped at 40"),
    (
        "tests/fixtures/docs/a_en_pdf_cwgfhr.txt",
        "blank line after every line",
    ),
    ("tests/fixtures/docs/a_es_tabla_elac.txt", "wrapped at 40"),
    (
        "tests/fixtures/docs/a_es_tabla_elac.txt",
        "blank line after every line",
    ),
    ("tests/fixtures/blind/docs/b_ar_pdf.txt", "wrapped at 40"),
    ("tests/fixtures/blind/docs/b_ru_days.txt", "wrapped at 40"),
    ("tests/fixtures/blind/docs/b_ru_pdf.txt", "wrapped at 40"),
    // The ITU-layout documents: a cover of a dozen lines that the narrow
    // or double-spaced copies run into the first item (ar, ru, es), and
    // pre-wrapped text wrapped again, which leaves a one-word tail before
    // a capitalised line (ru at 72) or splits a sentence before a
    // document symbol (ru at 40).
    ("tests/fixtures/docs/itu_ar_pdf.txt", "wrapped at 40"),
    ("tests/fixtures/docs/itu_ar_pdf.txt", "wrapped at 72"),
    (
        "tests/fixtures/docs/itu_ar_pdf.txt",
        "blank line after every line",
    ),
    (
        "tests/fixtures/docs/itu_es_pdf.txt",
        "blank line after every line",
    ),
    ("tests/fixtures/docs/itu_ru_pdf.txt", "wrapped at 40"),
    ("tests/fixtures/docs/itu_ru_pdf.txt", "wrapped at 72"),
    (
        "tests/fixtures/docs/itu_ru_pdf.txt",
        "blank line after every line",
    ),
    // UN summary records: re-wrapped or double-spaced, the first line of a
    // numbered paragraph (`16. The Chair said that the informal
    // consultations on draft resolution` / `A/C.2/79/L.9 had…`) stands
    // alone and reads as an agenda item's heading; at 40 columns long
    // agenda-item headings wrap.
    ("tests/fixtures/docs/sr_en.txt", "wrapped at 40"),
    ("tests/fixtures/docs/sr_en.txt", "wrapped at 72"),
    (
        "tests/fixtures/docs/sr_en.txt",
        "blank line after every line",
    ),
    ("tests/fixtures/docs/sr_fr.txt", "wrapped at 40"),
    ("tests/fixtures/docs/sr_ru.txt", "wrapped at 40"),
    ("tests/fixtures/docs/sr_ru.txt", "wrapped at 72"),
    (
        "tests/fixtures/docs/sr_ru.txt",
        "blank line after every line",
    ),
    // Reports of UN bodies and working-group notes (session eight):
    // contents lines whose dot leaders wrap (eb_en), two-column covers and
    // `Label: value` header lines re-wrapped so that a value or a date
    // stands alone as a heading (eb_es, eb_fr, wg_ar, egm_es), a pipe table
    // or a lettered list split by double spacing (wg_en, egm_fr), and
    // pre-wrapped paragraphs wrapped again so that a short first line
    // reads as a heading (egm_fr, egm_zh, wg_ru).
    ("tests/fixtures/reports/docs/eb_en_pdf.txt", "wrapped at 40"),
    ("tests/fixtures/reports/docs/eb_en_pdf.txt", "wrapped at 72"),
    (
        "tests/fixtures/reports/docs/eb_en_pdf.txt",
        "blank line after every line",
    ),
    ("tests/fixtures/reports/docs/eb_es_pdf.txt", "wrapped at 40"),
    ("tests/fixtures/reports/docs/eb_es_pdf.txt", "wrapped at 72"),
    (
        "tests/fixtures/reports/docs/eb_es_pdf.txt",
        "blank line after every line",
    ),
    ("tests/fixtures/reports/docs/eb_fr_pdf.txt", "wrapped at 40"),
    ("tests/fixtures/reports/docs/eb_fr_pdf.txt", "wrapped at 72"),
    (
        "tests/fixtures/reports/docs/eb_fr_pdf.txt",
        "blank line after every line",
    ),
    (
        "tests/fixtures/reports/docs/egm_es_markdown.txt",
        "wrapped at 40",
    ),
    (
        "tests/fixtures/reports/docs/egm_es_markdown.txt",
        "blank line after every line",
    ),
    (
        "tests/fixtures/reports/docs/egm_fr_pdf.txt",
        "wrapped at 40",
    ),
    (
        "tests/fixtures/reports/docs/egm_fr_pdf.txt",
        "wrapped at 72",
    ),
    (
        "tests/fixtures/reports/docs/egm_fr_pdf.txt",
        "blank line after every line",
    ),
    (
        "tests/fixtures/reports/docs/egm_zh_pdf.txt",
        "wrapped at 72",
    ),
    (
        "tests/fixtures/reports/docs/wg_ar_notes.txt",
        "wrapped at 40",
    ),
    (
        "tests/fixtures/reports/docs/wg_ar_notes.txt",
        "wrapped at 72",
    ),
    (
        "tests/fixtures/reports/docs/wg_ar_notes.txt",
        "blank line after every line",
    ),
    (
        "tests/fixtures/reports/docs/wg_en_table.txt",
        "blank line after every line",
    ),
    (
        "tests/fixtures/reports/docs/wg_ru_notes.txt",
        "blank line after every line",
    ),
    // The second batch of reports and notes (session eight), for the same
    // reasons; and a document already in CRLF whose `\n` become `\r\n`
    // (`\r\r\n`: a blank line after every line, which splits its
    // tab-separated action table into one-row tables).
    (
        "tests/fixtures/reports/docs/eb2_ar_pdf.txt",
        "wrapped at 40",
    ),
    (
        "tests/fixtures/reports/docs/eb2_ar_pdf.txt",
        "wrapped at 72",
    ),
    (
        "tests/fixtures/reports/docs/eb2_ru_pdf.txt",
        "blank line after every line",
    ),
    (
        "tests/fixtures/reports/docs/eb2_ru_pdf.txt",
        "wrapped at 40",
    ),
    (
        "tests/fixtures/reports/docs/eb2_ru_pdf.txt",
        "wrapped at 72",
    ),
    (
        "tests/fixtures/reports/docs/eb2_zh_pdf.txt",
        "wrapped at 40",
    ),
    (
        "tests/fixtures/reports/docs/eb2_zh_pdf.txt",
        "wrapped at 72",
    ),
    (
        "tests/fixtures/reports/docs/egm2_ar_pdf.txt",
        "wrapped at 40",
    ),
    (
        "tests/fixtures/reports/docs/egm2_ar_pdf.txt",
        "wrapped at 72",
    ),
    (
        "tests/fixtures/reports/docs/egm2_en_pdf.txt",
        "blank line after every line",
    ),
    (
        "tests/fixtures/reports/docs/egm2_en_pdf.txt",
        "wrapped at 40",
    ),
    (
        "tests/fixtures/reports/docs/egm2_en_pdf.txt",
        "wrapped at 72",
    ),
    (
        "tests/fixtures/reports/docs/egm2_ru_markdown.txt",
        "wrapped at 40",
    ),
    (
        "tests/fixtures/reports/docs/wg2_es_notes.txt",
        "blank line after every line",
    ),
    ("tests/fixtures/reports/docs/wg2_fr_notes.txt", "CRLF"),
    ("tests/fixtures/reports/docs/wg2_fr_notes.txt", "bare CR"),
    (
        "tests/fixtures/reports/docs/wg2_fr_notes.txt",
        "blank line after every line",
    ),
    (
        "tests/fixtures/reports/docs/wg2_fr_notes.txt",
        "wrapped at 40",
    ),
    (
        "tests/fixtures/reports/docs/wg2_zh_notes.txt",
        "blank line after every line",
    ),
    // The third batch (minutes of all kinds, written blind and measured at
    // first sight before any change they prompted), for the same reasons;
    // in b10_es a page number in the middle of a tab-separated table ends
    // it.
    (
        "tests/fixtures/reports/docs/b10_ar.txt",
        "blank line after every line",
    ),
    ("tests/fixtures/reports/docs/b10_ar.txt", "wrapped at 40"),
    ("tests/fixtures/reports/docs/b10_ar.txt", "wrapped at 72"),
    (
        "tests/fixtures/reports/docs/b10_en.txt",
        "blank line after every line",
    ),
    ("tests/fixtures/reports/docs/b10_en.txt", "wrapped at 40"),
    ("tests/fixtures/reports/docs/b10_en.txt", "wrapped at 72"),
    (
        "tests/fixtures/reports/docs/b10_es.txt",
        "blank line after every line",
    ),
    (
        "tests/fixtures/reports/docs/b10_es.txt",
        "page breaks every 40 lines",
    ),
    // (Wrapped at 40, the closing note's first sentence ends at a line's
    // end: the note splits in two, and its first half says nothing of a
    // notice; the phrase that does, `no reflejan necesariamente`, is in
    // the second.)
    ("tests/fixtures/reports/docs/b10_es.txt", "wrapped at 72"),
    (
        "tests/fixtures/reports/docs/b10_fr.txt",
        "blank line after every line",
    ),
    ("tests/fixtures/reports/docs/b10_fr.txt", "wrapped at 72"),
    (
        "tests/fixtures/reports/docs/b10_ru.txt",
        "blank line after every line",
    ),
    ("tests/fixtures/reports/docs/b10_ru.txt", "wrapped at 40"),
    ("tests/fixtures/reports/docs/b10_ru.txt", "wrapped at 72"),
    (
        "tests/fixtures/reports/docs/b10_zh.txt",
        "blank line after every line",
    ),
    ("tests/fixtures/blind/docs/b_zh_pdf.txt", "wrapped at 40"),
    ("tests/fixtures/blind/docs/b_zh_pdf.txt", "wrapped at 72"),
    (
        "tests/fixtures/blind/docs/b_zh_pdf.txt",
        "blank line after every line",
    ),
    // The fourth and fifth batches (Bureau conclusions, coordination
    // notes, e-mails and web pages; steering committees, regional
    // summaries, management-team minutes), written blind and measured at
    // first sight before the changes they prompted. Their gaps are of the
    // same kinds as above: a PDF copy or a quoted e-mail wrapped again at
    // 40 or 72 columns, or double-spaced, runs cover columns, field lines,
    // footers and wrapped headings into each other (the generator wraps a
    // quoted line's `>` into the text); mt_en is written with CRLF already,
    // so its CRLF and bare-CR variants double the line ends; sc_es's page
    // break falls inside its tab-separated financial table.
    ("tests/fixtures/reports/docs/bu_ar.txt", "wrapped at 40"),
    ("tests/fixtures/reports/docs/bu_ar.txt", "wrapped at 72"),
    (
        "tests/fixtures/reports/docs/bu_ar.txt",
        "blank line after every line",
    ),
    ("tests/fixtures/reports/docs/bu_en.txt", "wrapped at 40"),
    ("tests/fixtures/reports/docs/bu_en.txt", "wrapped at 72"),
    (
        "tests/fixtures/reports/docs/bu_en.txt",
        "blank line after every line",
    ),
    ("tests/fixtures/reports/docs/bu_ru.txt", "wrapped at 40"),
    ("tests/fixtures/reports/docs/bu_ru.txt", "wrapped at 72"),
    (
        "tests/fixtures/reports/docs/bu_ru.txt",
        "blank line after every line",
    ),
    ("tests/fixtures/reports/docs/bu_zh.txt", "wrapped at 72"),
    (
        "tests/fixtures/reports/docs/bu_zh.txt",
        "blank line after every line",
    ),
    ("tests/fixtures/reports/docs/ia_ar.txt", "wrapped at 40"),
    ("tests/fixtures/reports/docs/ia_ar.txt", "wrapped at 72"),
    (
        "tests/fixtures/reports/docs/ia_en.txt",
        "blank line after every line",
    ),
    ("tests/fixtures/reports/docs/ia_es.txt", "wrapped at 40"),
    ("tests/fixtures/reports/docs/ia_fr.txt", "wrapped at 72"),
    (
        "tests/fixtures/reports/docs/ia_fr.txt",
        "blank line after every line",
    ),
    ("tests/fixtures/reports/docs/mail_es.txt", "wrapped at 40"),
    ("tests/fixtures/reports/docs/mail_ru.txt", "wrapped at 40"),
    ("tests/fixtures/reports/docs/mail_ru.txt", "wrapped at 72"),
    ("tests/fixtures/reports/docs/mt_en.txt", "CRLF"),
    ("tests/fixtures/reports/docs/mt_en.txt", "bare CR"),
    ("tests/fixtures/reports/docs/mt_en.txt", "wrapped at 40"),
    ("tests/fixtures/reports/docs/mt_en.txt", "wrapped at 72"),
    (
        "tests/fixtures/reports/docs/mt_en.txt",
        "blank line after every line",
    ),
    ("tests/fixtures/reports/docs/mt_es.txt", "wrapped at 40"),
    ("tests/fixtures/reports/docs/mt_es.txt", "wrapped at 72"),
    (
        "tests/fixtures/reports/docs/mt_es.txt",
        "blank line after every line",
    ),
    ("tests/fixtures/reports/docs/mt_fr.txt", "wrapped at 40"),
    ("tests/fixtures/reports/docs/mt_fr.txt", "wrapped at 72"),
    (
        "tests/fixtures/reports/docs/mt_fr.txt",
        "blank line after every line",
    ),
    ("tests/fixtures/reports/docs/mt_zh.txt", "wrapped at 40"),
    (
        "tests/fixtures/reports/docs/mt_zh.txt",
        "blank line after every line",
    ),
    ("tests/fixtures/reports/docs/rc_ar.txt", "wrapped at 40"),
    ("tests/fixtures/reports/docs/rc_ar.txt", "wrapped at 72"),
    ("tests/fixtures/reports/docs/rc_en.txt", "wrapped at 40"),
    ("tests/fixtures/reports/docs/rc_en.txt", "wrapped at 72"),
    (
        "tests/fixtures/reports/docs/rc_en.txt",
        "blank line after every line",
    ),
    ("tests/fixtures/reports/docs/rc_ru.txt", "wrapped at 40"),
    (
        "tests/fixtures/reports/docs/rc_ru.txt",
        "blank line after every line",
    ),
    ("tests/fixtures/reports/docs/rc_zh.txt", "wrapped at 40"),
    (
        "tests/fixtures/reports/docs/rc_zh.txt",
        "blank line after every line",
    ),
    ("tests/fixtures/reports/docs/sc_en_pdf.txt", "wrapped at 40"),
    ("tests/fixtures/reports/docs/sc_en_pdf.txt", "wrapped at 72"),
    (
        "tests/fixtures/reports/docs/sc_en_pdf.txt",
        "blank line after every line",
    ),
    (
        "tests/fixtures/reports/docs/sc_en_text.txt",
        "wrapped at 72",
    ),
    (
        "tests/fixtures/reports/docs/sc_en_text.txt",
        "blank line after every line",
    ),
    ("tests/fixtures/reports/docs/sc_es.txt", "wrapped at 40"),
    ("tests/fixtures/reports/docs/sc_es.txt", "wrapped at 72"),
    (
        "tests/fixtures/reports/docs/sc_es.txt",
        "blank line after every line",
    ),
    (
        "tests/fixtures/reports/docs/sc_es.txt",
        "page breaks every 40 lines",
    ),
    ("tests/fixtures/reports/docs/sc_fr.txt", "wrapped at 40"),
    ("tests/fixtures/reports/docs/sc_fr.txt", "wrapped at 72"),
    (
        "tests/fixtures/reports/docs/sc_fr.txt",
        "blank line after every line",
    ),
    ("tests/fixtures/reports/docs/web_fr.txt", "wrapped at 40"),
    ("tests/fixtures/reports/docs/web_fr.txt", "wrapped at 72"),
    (
        "tests/fixtures/reports/docs/web_fr.txt",
        "blank line after every line",
    ),
    ("tests/fixtures/reports/docs/web_zh.txt", "wrapped at 40"),
    ("tests/fixtures/reports/docs/web_zh.txt", "wrapped at 72"),
    (
        "tests/fixtures/reports/docs/web_zh.txt",
        "blank line after every line",
    ),
    // The sixth batch (cluster notes, technical committees, odd layouts:
    // slides, grid tables, e-mails, two-column tables flattened), at first
    // sight 0.650: re-wrapped at 40 or 72 columns, or double-spaced, their
    // covers, narrow columns and labelled fields (`Responsible:` under an
    // item, `Page 2/4` footers) read otherwise; the originals hold.
    ("tests/fixtures/reports/docs/cl_ar.txt", "wrapped at 40"),
    ("tests/fixtures/reports/docs/cl_ar.txt", "wrapped at 72"),
    (
        "tests/fixtures/reports/docs/cl_ar.txt",
        "blank line after every line",
    ),
    ("tests/fixtures/reports/docs/cl_en.txt", "wrapped at 40"),
    ("tests/fixtures/reports/docs/cl_en.txt", "wrapped at 72"),
    (
        "tests/fixtures/reports/docs/cl_en.txt",
        "blank line after every line",
    ),
    (
        "tests/fixtures/reports/docs/cl_es.txt",
        "blank line after every line",
    ),
    ("tests/fixtures/reports/docs/cl_fr.txt", "wrapped at 40"),
    (
        "tests/fixtures/reports/docs/cl_fr.txt",
        "blank line after every line",
    ),
    (
        "tests/fixtures/reports/docs/odd_ar_two_column.txt",
        "wrapped at 40",
    ),
    (
        "tests/fixtures/reports/docs/odd_ar_two_column.txt",
        "wrapped at 72",
    ),
    (
        "tests/fixtures/reports/docs/odd_ar_two_column.txt",
        "blank line after every line",
    ),
    (
        "tests/fixtures/reports/docs/odd_en_slides.txt",
        "wrapped at 40",
    ),
    (
        "tests/fixtures/reports/docs/odd_en_slides.txt",
        "blank line after every line",
    ),
    (
        "tests/fixtures/reports/docs/odd_es_grid.txt",
        "wrapped at 40",
    ),
    (
        "tests/fixtures/reports/docs/odd_es_grid.txt",
        "wrapped at 72",
    ),
    (
        "tests/fixtures/reports/docs/odd_es_grid.txt",
        "blank line after every line",
    ),
    (
        "tests/fixtures/reports/docs/odd_ru_email.txt",
        "blank line after every line",
    ),
    ("tests/fixtures/reports/docs/tc_en.txt", "wrapped at 40"),
    (
        "tests/fixtures/reports/docs/tc_en.txt",
        "blank line after every line",
    ),
    ("tests/fixtures/reports/docs/tc_fr.txt", "wrapped at 72"),
    (
        "tests/fixtures/reports/docs/tc_fr.txt",
        "blank line after every line",
    ),
    ("tests/fixtures/reports/docs/tc_zh.txt", "wrapped at 72"),
    (
        "tests/fixtures/reports/docs/tc_zh.txt",
        "blank line after every line",
    ),
    // The seventh batch (actas, protocols with ПОСТАНОВИЛИ, relevés with
    // space-aligned tables, Chinese 纪要 with counted clauses and box
    // tables, Hijri dates, bilingual minutes, Copilot recaps, transcripts),
    // at first sight 0.620, for the same reasons as the sixth.
    ("tests/fixtures/reports/docs/acta_es.txt", "wrapped at 40"),
    ("tests/fixtures/reports/docs/acta_es.txt", "wrapped at 72"),
    (
        "tests/fixtures/reports/docs/acta_es.txt",
        "blank line after every line",
    ),
    (
        "tests/fixtures/reports/docs/bilingual_en_fr.txt",
        "wrapped at 40",
    ),
    ("tests/fixtures/reports/docs/box_zh.txt", "wrapped at 40"),
    ("tests/fixtures/reports/docs/box_zh.txt", "wrapped at 72"),
    (
        "tests/fixtures/reports/docs/box_zh.txt",
        "blank line after every line",
    ),
    (
        "tests/fixtures/reports/docs/footnotes_es.txt",
        "wrapped at 40",
    ),
    (
        "tests/fixtures/reports/docs/footnotes_es.txt",
        "blank line after every line",
    ),
    ("tests/fixtures/reports/docs/hijri_ar.txt", "wrapped at 40"),
    ("tests/fixtures/reports/docs/hijri_ar.txt", "wrapped at 72"),
    ("tests/fixtures/reports/docs/legal_fr.txt", "wrapped at 40"),
    ("tests/fixtures/reports/docs/legal_fr.txt", "wrapped at 72"),
    (
        "tests/fixtures/reports/docs/legal_fr.txt",
        "blank line after every line",
    ),
    (
        "tests/fixtures/reports/docs/mlt_en.txt",
        "blank line after every line",
    ),
    (
        "tests/fixtures/reports/docs/postanovili_ru.txt",
        "wrapped at 40",
    ),
    (
        "tests/fixtures/reports/docs/postanovili_ru.txt",
        "wrapped at 72",
    ),
    (
        "tests/fixtures/reports/docs/postanovili_ru.txt",
        "blank line after every line",
    ),
    ("tests/fixtures/reports/docs/releve_fr.txt", "wrapped at 40"),
    ("tests/fixtures/reports/docs/releve_fr.txt", "wrapped at 72"),
    (
        "tests/fixtures/reports/docs/releve_fr.txt",
        "blank line after every line",
    ),
    (
        "tests/fixtures/reports/docs/releve_fr.txt",
        "page breaks every 40 lines",
    ),
    (
        "tests/fixtures/reports/docs/transcript_en.txt",
        "blank line after every line",
    ),
    ("tests/fixtures/reports/docs/yishi_zh.txt", "wrapped at 40"),
    (
        "tests/fixtures/reports/docs/yishi_zh.txt",
        "blank line after every line",
    ),
    // The eighth batch (meeting tools' recaps: Teams in four languages,
    // Zoom, Gemini, Notion, Otter, Tencent Meeting), at first sight 0.703
    // and 0.874 (after copilot_en's changes): a recap's text wrapped again
    // leaves a short tail over a capitalised line (a heading), and an
    // owner's label wrapped at 40 (`(Attribué à : Mamadou` / `Ba)`) heads
    // the next line; double-spaced, a Notion page's callouts and a
    // recap's wrapped tasks read otherwise. The originals hold.
    ("tests/fixtures/reports/docs/gemini_en.txt", "wrapped at 40"),
    ("tests/fixtures/reports/docs/gemini_en.txt", "wrapped at 72"),
    (
        "tests/fixtures/reports/docs/notion_en.txt",
        "blank line after every line",
    ),
    ("tests/fixtures/reports/docs/recap_fr.txt", "wrapped at 40"),
    (
        "tests/fixtures/reports/docs/recap_ru.txt",
        "blank line after every line",
    ),
    // The twelfth session's batch (aide-memoire tables, PDF ligatures,
    // HackMD, OCR, web pages, Word tables, workshop days): text wrapped
    // already and wrapped again leaves one-word lines that read as
    // headings or end one (dia_es at 72: `Antecedentes` before such a
    // paragraph); double spacing parts labels from their values and
    // headings from their paragraphs; a page break between a numbered
    // item and its `الجهة المسؤولة:` field lines leaves the fields alone.
    ("tests/fixtures/reports/docs/ayuda_es.txt", "wrapped at 40"),
    (
        "tests/fixtures/reports/docs/ayuda_es.txt",
        "blank line after every line",
    ),
    ("tests/fixtures/reports/docs/cr_fr.txt", "wrapped at 40"),
    ("tests/fixtures/reports/docs/dia_es.txt", "wrapped at 40"),
    ("tests/fixtures/reports/docs/dia_es.txt", "wrapped at 72"),
    (
        "tests/fixtures/reports/docs/dia_es.txt",
        "blank line after every line",
    ),
    (
        "tests/fixtures/reports/docs/hackmd_en.txt",
        "blank line after every line",
    ),
    ("tests/fixtures/reports/docs/ocr_en.txt", "wrapped at 40"),
    (
        "tests/fixtures/reports/docs/ocr_en.txt",
        "blank line after every line",
    ),
    ("tests/fixtures/reports/docs/web_ar.txt", "wrapped at 40"),
    ("tests/fixtures/reports/docs/web_ar.txt", "wrapped at 72"),
    (
        "tests/fixtures/reports/docs/web_ar.txt",
        "blank line after every line",
    ),
    (
        "tests/fixtures/reports/docs/web_ar.txt",
        "page breaks every 40 lines",
    ),
    ("tests/fixtures/reports/docs/who_ru.txt", "wrapped at 40"),
    (
        "tests/fixtures/reports/docs/who_ru.txt",
        "blank line after every line",
    ),
    (
        "tests/fixtures/reports/docs/zh_word.txt",
        "blank line after every line",
    ),
    // The twelfth session's second batch (a GA summary record in French and
    // one in Chinese, an acta resumida, Org-mode, reStructuredText, an
    // Arabic pipe table, an e-mail thread): wrapped again, a labelled
    // title loses its `(suite)` tail to the next line, an rST grid
    // table's cells part from their rows, one-word tails read as
    // headings; double spacing parts labels and fields from their items.
    ("tests/fixtures/reports/docs/acta2_es.txt", "wrapped at 40"),
    (
        "tests/fixtures/reports/docs/acta2_es.txt",
        "blank line after every line",
    ),
    ("tests/fixtures/reports/docs/ga_fr.txt", "wrapped at 40"),
    ("tests/fixtures/reports/docs/ga_fr.txt", "wrapped at 72"),
    (
        "tests/fixtures/reports/docs/ga_fr.txt",
        "blank line after every line",
    ),
    ("tests/fixtures/reports/docs/org_fr.txt", "wrapped at 40"),
    ("tests/fixtures/reports/docs/rst_es.txt", "wrapped at 40"),
    ("tests/fixtures/reports/docs/rst_es.txt", "wrapped at 72"),
    (
        "tests/fixtures/reports/docs/rst_es.txt",
        "blank line after every line",
    ),
    ("tests/fixtures/reports/docs/sr2_zh.txt", "wrapped at 40"),
    (
        "tests/fixtures/reports/docs/sr2_zh.txt",
        "blank line after every line",
    ),
    ("tests/fixtures/reports/docs/table_ar.txt", "wrapped at 40"),
    ("tests/fixtures/reports/docs/table_ar.txt", "wrapped at 72"),
    (
        "tests/fixtures/reports/docs/table_ar.txt",
        "blank line after every line",
    ),
    ("tests/fixtures/reports/docs/thread_en.txt", "wrapped at 40"),
    (
        "tests/fixtures/reports/docs/thread_en.txt",
        "blank line after every line",
    ),
    // The twelfth session's third batch (a board's decisions from a PDF, a
    // minuta with log ids, an Excel tracker, a bilingual Chinese record,
    // Outlook minutes, a Confluence page): wrapped again, a decision's
    // number loses its title, tab rows and `Label — value` logs break at
    // 40 columns, a bilingual heading splits; double spacing parts a
    // field from its item; a page break inside a decision moves it.
    (
        "tests/fixtures/reports/docs/bilingual_zh.txt",
        "wrapped at 40",
    ),
    (
        "tests/fixtures/reports/docs/bilingual_zh.txt",
        "wrapped at 72",
    ),
    // (Double spaced, a bilingual heading as wide as the page, ending on
    // a number, reads on into the Chinese paragraph under it.)
    (
        "tests/fixtures/reports/docs/bilingual_zh.txt",
        "blank line after every line",
    ),
    ("tests/fixtures/reports/docs/board_en.txt", "wrapped at 40"),
    ("tests/fixtures/reports/docs/board_en.txt", "wrapped at 72"),
    (
        "tests/fixtures/reports/docs/board_en.txt",
        "blank line after every line",
    ),
    (
        "tests/fixtures/reports/docs/board_en.txt",
        "page breaks every 40 lines",
    ),
    ("tests/fixtures/reports/docs/minuta_es.txt", "wrapped at 40"),
    (
        "tests/fixtures/reports/docs/minuta_es.txt",
        "blank line after every line",
    ),
    (
        "tests/fixtures/reports/docs/outlook_ru.txt",
        "wrapped at 40",
    ),
    (
        "tests/fixtures/reports/docs/outlook_ru.txt",
        "blank line after every line",
    ),
    (
        "tests/fixtures/reports/docs/tracker_en.txt",
        "wrapped at 40",
    ),
    (
        "tests/fixtures/reports/docs/tracker_en.txt",
        "wrapped at 72",
    ),
    (
        "tests/fixtures/reports/docs/tracker_en.txt",
        "blank line after every line",
    ),
    // The thirteenth session's two batches (bilingual and ordinal-word
    // headings, a WeChat article, a Teams chat, a memo, a summary record,
    // CRLF actas, tab and space-aligned tables), at first sight 0.780 and
    // 0.644: re-wrapped, their covers' columns, wrapped table cells and
    // `Label: value` lines under items read otherwise; double spaced, a
    // field line parts from its item; a CRLF copy's CRLF variant doubles
    // its line ends.
    (
        "tests/fixtures/reports/docs/colonnes_fr.txt",
        "blank line after every line",
    ),
    (
        "tests/fixtures/reports/docs/colonnes_fr.txt",
        "wrapped at 40",
    ),
    (
        "tests/fixtures/reports/docs/colonnes_fr.txt",
        "wrapped at 72",
    ),
    (
        "tests/fixtures/reports/docs/gdocs_en.txt",
        "blank line after every line",
    ),
    (
        "tests/fixtures/reports/docs/hindi_digits_ar.txt",
        "blank line after every line",
    ),
    (
        "tests/fixtures/reports/docs/hindi_digits_ar.txt",
        "wrapped at 40",
    ),
    (
        "tests/fixtures/reports/docs/hindi_digits_ar.txt",
        "wrapped at 72",
    ),
    ("tests/fixtures/reports/docs/jours_fr.txt", "wrapped at 40"),
    ("tests/fixtures/reports/docs/jours_fr.txt", "wrapped at 72"),
    ("tests/fixtures/reports/docs/junta_es.txt", "CRLF"),
    ("tests/fixtures/reports/docs/junta_es.txt", "bare CR"),
    (
        "tests/fixtures/reports/docs/junta_es.txt",
        "blank line after every line",
    ),
    ("tests/fixtures/reports/docs/junta_es.txt", "wrapped at 40"),
    ("tests/fixtures/reports/docs/junta_es.txt", "wrapped at 72"),
    (
        "tests/fixtures/reports/docs/memo_en.txt",
        "blank line after every line",
    ),
    ("tests/fixtures/reports/docs/memo_en.txt", "wrapped at 40"),
    ("tests/fixtures/reports/docs/memo_en.txt", "wrapped at 72"),
    (
        "tests/fixtures/reports/docs/mtable_ru.txt",
        "blank line after every line",
    ),
    ("tests/fixtures/reports/docs/mtable_ru.txt", "wrapped at 40"),
    ("tests/fixtures/reports/docs/mtable_ru.txt", "wrapped at 72"),
    (
        "tests/fixtures/reports/docs/ordinal_ar.txt",
        "blank line after every line",
    ),
    (
        "tests/fixtures/reports/docs/ordinal_ar.txt",
        "wrapped at 40",
    ),
    (
        "tests/fixtures/reports/docs/ordinal_ar.txt",
        "wrapped at 72",
    ),
    ("tests/fixtures/reports/docs/pointa_fr.txt", "wrapped at 40"),
    (
        "tests/fixtures/reports/docs/primero_es.txt",
        "wrapped at 40",
    ),
    (
        "tests/fixtures/reports/docs/reshili_ru.txt",
        "blank line after every line",
    ),
    (
        "tests/fixtures/reports/docs/reshili_ru.txt",
        "wrapped at 40",
    ),
    (
        "tests/fixtures/reports/docs/reshili_ru.txt",
        "wrapped at 72",
    ),
    (
        "tests/fixtures/reports/docs/takeaways_en.txt",
        "blank line after every line",
    ),
    (
        "tests/fixtures/reports/docs/takeaways_en.txt",
        "wrapped at 72",
    ),
    (
        "tests/fixtures/reports/docs/verbatim_en.txt",
        "blank line after every line",
    ),
    (
        "tests/fixtures/reports/docs/verbatim_en.txt",
        "wrapped at 40",
    ),
    (
        "tests/fixtures/reports/docs/verbatim_en.txt",
        "wrapped at 72",
    ),
    (
        "tests/fixtures/reports/docs/wechat_zh.txt",
        "blank line after every line",
    ),
    ("tests/fixtures/reports/docs/wechat_zh.txt", "wrapped at 40"),
    ("tests/fixtures/reports/docs/wechat_zh.txt", "wrapped at 72"),
    (
        "tests/fixtures/reports/docs/xiang_zh.txt",
        "blank line after every line",
    ),
    ("tests/fixtures/reports/docs/xiang_zh.txt", "wrapped at 40"),
    ("tests/fixtures/reports/docs/xiang_zh.txt", "wrapped at 72"),
    // The thirteenth session's third batch (a security team's Word
    // minutes, a UNECE short report by day, a spreadsheet paste with quoted
    // cells, a government-style 纪要, an Arabic web acta, a Confluence page,
    // a twice-forwarded e-mail, an AI meeting summary), first seen at
    // 0.701: re-wrapped or double spaced, their pipe rows, day headers and
    // covers read otherwise.
    (
        "tests/fixtures/reports/docs/acta_ar.txt",
        "blank line after every line",
    ),
    ("tests/fixtures/reports/docs/acta_ar.txt", "wrapped at 40"),
    (
        "tests/fixtures/reports/docs/ks_ru.txt",
        "blank line after every line",
    ),
    ("tests/fixtures/reports/docs/ks_ru.txt", "wrapped at 40"),
    ("tests/fixtures/reports/docs/ks_ru.txt", "wrapped at 72"),
    (
        "tests/fixtures/reports/docs/nota_zh.txt",
        "blank line after every line",
    ),
    ("tests/fixtures/reports/docs/nota_zh.txt", "wrapped at 40"),
    (
        "tests/fixtures/reports/docs/outlook_en.txt",
        "blank line after every line",
    ),
    (
        "tests/fixtures/reports/docs/outlook_en.txt",
        "wrapped at 40",
    ),
    (
        "tests/fixtures/reports/docs/outlook_en.txt",
        "wrapped at 72",
    ),
    (
        "tests/fixtures/reports/docs/sg_fr.txt",
        "blank line after every line",
    ),
    ("tests/fixtures/reports/docs/sg_fr.txt", "wrapped at 40"),
    ("tests/fixtures/reports/docs/sg_fr.txt", "wrapped at 72"),
    (
        "tests/fixtures/reports/docs/sheet_en.txt",
        "blank line after every line",
    ),
    ("tests/fixtures/reports/docs/sheet_en.txt", "wrapped at 40"),
    ("tests/fixtures/reports/docs/sheet_en.txt", "wrapped at 72"),
    (
        "tests/fixtures/reports/docs/transcript_es.txt",
        "wrapped at 40",
    ),
    (
        "tests/fixtures/reports/docs/wiki_es.txt",
        "blank line after every line",
    ),
    // The fourteenth session's first batch (a UNFCCC subsidiary body's
    // conclusions, a Russian protocol with a task table, a Tencent Meeting
    // export, a forwarded French e-mail with a pipe table, an Arabic PDF
    // acta, a Spanish technical committee, Obsidian notes, a cluster's
    // summary of conclusions), first seen at 0.842: re-wrapped or double
    // spaced, their lettered parts, task rows and speaker turns read
    // otherwise.
    (
        "tests/fixtures/reports/docs/actions_fr.txt",
        "blank line after every line",
    ),
    (
        "tests/fixtures/reports/docs/cluster_en.txt",
        "blank line after every line",
    ),
    (
        "tests/fixtures/reports/docs/cluster_en.txt",
        "wrapped at 72",
    ),
    ("tests/fixtures/reports/docs/comite_es.txt", "wrapped at 40"),
    ("tests/fixtures/reports/docs/comite_es.txt", "wrapped at 72"),
    (
        "tests/fixtures/reports/docs/lajna_ar.txt",
        "blank line after every line",
    ),
    ("tests/fixtures/reports/docs/lajna_ar.txt", "wrapped at 40"),
    ("tests/fixtures/reports/docs/lajna_ar.txt", "wrapped at 72"),
    (
        "tests/fixtures/reports/docs/obsidian_en.txt",
        "wrapped at 40",
    ),
    (
        "tests/fixtures/reports/docs/obsidian_en.txt",
        "wrapped at 72",
    ),
    (
        "tests/fixtures/reports/docs/poruch_ru.txt",
        "blank line after every line",
    ),
    ("tests/fixtures/reports/docs/poruch_ru.txt", "wrapped at 40"),
    ("tests/fixtures/reports/docs/poruch_ru.txt", "wrapped at 72"),
    (
        "tests/fixtures/reports/docs/sbsta_en.txt",
        "blank line after every line",
    ),
    ("tests/fixtures/reports/docs/sbsta_en.txt", "wrapped at 40"),
    ("tests/fixtures/reports/docs/sbsta_en.txt", "wrapped at 72"),
    (
        "tests/fixtures/reports/docs/tencent_zh.txt",
        "blank line after every line",
    ),
    (
        "tests/fixtures/reports/docs/tencent_zh.txt",
        "wrapped at 40",
    ),
    (
        "tests/fixtures/reports/docs/tencent_zh.txt",
        "wrapped at 72",
    ),
    // The fourteenth session's second batch (a chair's summary, a Chinese
    // task-division table, a Slack thread, a Russian summary record, a
    // board's minuta with an aligned matrix, an Arabic e-mail, GitHub
    // notes, a procès-verbal), first seen at 0.831: re-wrapped or double
    // spaced, their chat turns, aligned matrices and labels read otherwise.
    (
        "tests/fixtures/reports/docs/bareed_ar.txt",
        "blank line after every line",
    ),
    (
        "tests/fixtures/reports/docs/bareed_ar.txt",
        "page breaks every 40 lines",
    ),
    ("tests/fixtures/reports/docs/bareed_ar.txt", "wrapped at 40"),
    ("tests/fixtures/reports/docs/bareed_ar.txt", "wrapped at 72"),
    (
        "tests/fixtures/reports/docs/fengong_zh.txt",
        "blank line after every line",
    ),
    (
        "tests/fixtures/reports/docs/github_en.txt",
        "blank line after every line",
    ),
    (
        "tests/fixtures/reports/docs/minuta_board_es.txt",
        "blank line after every line",
    ),
    (
        "tests/fixtures/reports/docs/minuta_board_es.txt",
        "wrapped at 40",
    ),
    (
        "tests/fixtures/reports/docs/minuta_board_es.txt",
        "wrapped at 72",
    ),
    (
        "tests/fixtures/reports/docs/pv_comite_fr.txt",
        "blank line after every line",
    ),
    (
        "tests/fixtures/reports/docs/pv_comite_fr.txt",
        "wrapped at 40",
    ),
    (
        "tests/fixtures/reports/docs/pv_comite_fr.txt",
        "wrapped at 72",
    ),
    (
        "tests/fixtures/reports/docs/slack_en.txt",
        "blank line after every line",
    ),
    ("tests/fixtures/reports/docs/slack_en.txt", "wrapped at 40"),
    ("tests/fixtures/reports/docs/slack_en.txt", "wrapped at 72"),
    (
        "tests/fixtures/reports/docs/stenogramma_ru.txt",
        "wrapped at 72",
    ),
];

#[test]
fn every_variant_of_every_document_keeps_its_structure() {
    let mut passed = 0;
    let mut failures = Vec::new();
    let mut known = Vec::new();
    for (name, text) in common::corpus() {
        let want = structure(&minutes::parse(&text));
        for (variant, doc) in variants(&text) {
            let got = structure(&doc);
            let listed = KNOWN_GAPS.contains(&(name.as_str(), variant));
            if listed {
                known.push((name.clone(), variant, got == want));
            }
            if got == want {
                passed += 1;
            } else if listed {
                continue;
            } else {
                let first = want
                    .iter()
                    .zip(&got)
                    .position(|(a, b)| a != b)
                    .unwrap_or(want.len().min(got.len()));
                failures.push(format!(
                    "{name} / {variant}: first difference at {first}: want {:?}, got {:?}",
                    want.get(first),
                    got.get(first)
                ));
            }
        }
    }
    println!(
        "{passed} passed, {} failed, {} known gaps",
        failures.len(),
        known.len()
    );
    for (name, variant, fixed) in &known {
        if *fixed {
            failures.push(format!(
                "{name} / {variant} passes now: remove it from KNOWN_GAPS"
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} variants changed the structure:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn encodings_are_reported() {
    let text = "行动：\n➔ 秘书处将分发报告。\n";
    let doc = minutes::parse_bytes(&utf16(text, false), &Options::default()).expect("decodes");
    assert_eq!(doc.source.encoding, "UTF-16LE");
    let (gb, _, _) = encoding_rs::GB18030.encode(text);
    let doc = minutes::parse_bytes(&gb, &Options::default()).expect("decodes");
    assert_eq!(doc.source.encoding, "gb18030");
    assert!(
        doc.diagnostics
            .iter()
            .any(|d| d.code == "encoding-fallback"),
        "a fallback is reported"
    );
}
