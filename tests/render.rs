//! The renderers (Markdown, Akoma Ntoso, actions as CSV and iCalendar) on
//! every seed and fixture, and on hostile text.

mod common;

use minutes::{Document, Section};

/// Every seed and fixture document, with its path.
fn corpus() -> Vec<(String, String)> {
    let out = common::corpus();
    assert!(
        out.len() >= 5,
        "the corpus should hold the seeds and fixtures"
    );
    out
}

fn squeeze(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

/// Section titles with their depth, in document order.
fn titles(doc: &Document) -> Vec<(usize, String)> {
    fn walk(s: &Section, depth: usize, out: &mut Vec<(usize, String)>) {
        out.push((depth, squeeze(&s.title)));
        for sub in &s.sections {
            walk(sub, depth + 1, out);
        }
    }
    let mut out = Vec::new();
    for s in &doc.sections {
        walk(s, 0, &mut out);
    }
    out
}

#[test]
fn markdown_round_trip_keeps_titles_actions_and_disclaimers() {
    let mut failures = Vec::new();
    for (path, src) in corpus() {
        let doc = minutes::parse(&src);
        let md = minutes::render::markdown(&src, &doc);
        let again = minutes::parse(&md);
        if titles(&doc) != titles(&again) {
            failures.push(format!(
                "{path}: section titles differ\n  before: {:?}\n  after:  {:?}",
                titles(&doc),
                titles(&again)
            ));
        }
        let before: Vec<String> = doc.actions.iter().map(|a| squeeze(&a.text)).collect();
        let after: Vec<String> = again
            .actions
            .iter()
            .map(|a| squeeze(&a.text).replacen("[]", "", 1))
            .collect();
        let same = before.len() == after.len()
            && before
                .iter()
                .zip(&after)
                .all(|(b, a)| a.starts_with(b.as_str()));
        if !same {
            failures.push(format!(
                "{path}: actions differ\n  before: {before:?}\n  after:  {after:?}"
            ));
        }
        if doc.disclaimers.len() != again.disclaimers.len() {
            failures.push(format!(
                "{path}: {} disclaimers became {}",
                doc.disclaimers.len(),
                again.disclaimers.len()
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

// ----- Akoma Ntoso -------------------------------------------------------------

/// The AKN schema, in `shared/` beside the repository.
fn schema() -> std::path::PathBuf {
    let path =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/akn/akomantoso30.xsd");
    assert!(
        path.exists(),
        "the Akoma Ntoso schema should be at {} (shared/akn beside the repository)",
        path.display()
    );
    path
}

/// Runs xmllint with `args`; fails the test, saying what to install, when
/// xmllint is missing.
fn xmllint(args: &[&std::ffi::OsStr]) -> std::process::Output {
    match std::process::Command::new("xmllint").args(args).output() {
        Ok(out) => out,
        Err(e) => panic!(
            "xmllint could not run ({e}): the AKN tests need it; \
             install it with `apt-get install -y libxml2-utils`"
        ),
    }
}

/// Validates XML files against the schema, failing with xmllint's report.
fn assert_valid(files: &[std::path::PathBuf]) {
    let schema = schema();
    let mut args: Vec<&std::ffi::OsStr> = vec!["--noout".as_ref(), "--schema".as_ref()];
    args.push(schema.as_os_str());
    args.extend(files.iter().map(|f| f.as_os_str()));
    let out = xmllint(&args);
    assert!(
        out.status.success(),
        "the AKN output should validate against akomantoso30.xsd:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// The string value of an XPath expression over an AKN file (the
/// namespace is matched by local names).
fn xpath(file: &std::path::Path, expr: &str) -> String {
    let out = xmllint(&["--xpath".as_ref(), expr.as_ref(), file.as_os_str()]);
    assert!(
        out.status.success(),
        "xmllint --xpath {expr} failed:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let mut text = String::from_utf8(out.stdout).expect("xmllint prints UTF-8");
    // xmllint ends what it prints with a line break of its own.
    if text.ends_with('\n') {
        text.pop();
    }
    text
}

#[test]
fn akn_of_every_seed_and_fixture_validates_against_the_schema() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let mut files = Vec::new();
    for (path, src) in corpus() {
        let doc = minutes::parse(&src);
        let xml = minutes::render::akn(&src, &doc, &minutes::render::AknOptions::default());
        let stem = std::path::Path::new(&path)
            .file_stem()
            .expect("a file name")
            .to_string_lossy()
            .into_owned();
        let file = dir.path().join(format!("{stem}.xml"));
        std::fs::write(&file, xml).expect("a temporary file");
        files.push(file);
    }
    assert_valid(&files);
}

#[test]
fn akn_of_seed_001_matches_its_reviewed_snapshot() {
    let src = std::fs::read_to_string("seeds/001_cfc10069e99c5b91.txt").expect("seed 001");
    let doc = minutes::parse(&src);
    let xml = minutes::render::akn(&src, &doc, &minutes::render::AknOptions::default());
    insta::assert_snapshot!("seed_001.akn", xml);
}

#[test]
fn akn_is_the_same_on_every_run() {
    for (_, src) in corpus() {
        let doc = minutes::parse(&src);
        let options = minutes::render::AknOptions::default();
        assert_eq!(
            minutes::render::akn(&src, &doc, &options),
            minutes::render::akn(&src, &minutes::parse(&src), &options)
        );
    }
}

#[test]
fn akn_options_override_the_work_uri_and_the_author() {
    let src = std::fs::read_to_string("seeds/001_cfc10069e99c5b91.txt").expect("seed 001");
    let doc = minutes::parse(&src);
    let mut options = minutes::render::AknOptions::default();
    options.work_uri = Some("/akn/un/debateReport/meetingMinute/2025-01-30/mag-1".into());
    options.author = "IGF Secretariat".into();
    let xml = minutes::render::akn(&src, &doc, &options);
    assert!(
        xml.contains(r#"<FRBRuri value="/akn/un/debateReport/meetingMinute/2025-01-30/mag-1"/>"#)
    );
    assert!(xml.contains(
        r#"<FRBRuri value="/akn/un/debateReport/meetingMinute/2025-01-30/mag-1/zho@"/>"#
    ));
    assert!(xml.contains(r#"showAs="IGF Secretariat""#));
}

// ----- CSV and iCalendar --------------------------------------------------------------

/// Reads CSV back: the header and the rows.
fn read_csv(text: &str) -> (Vec<String>, Vec<Vec<String>>) {
    let mut r = csv::Reader::from_reader(text.as_bytes());
    let header = r
        .headers()
        .expect("a header row")
        .iter()
        .map(str::to_string)
        .collect();
    let rows = r
        .records()
        .map(|rec| {
            rec.expect("a valid CSV row")
                .iter()
                .map(str::to_string)
                .collect()
        })
        .collect();
    (header, rows)
}

fn assert_csv_matches(name: &str, src: &str, doc: &Document) {
    let text = minutes::render::actions_csv(src, doc);
    let (header, rows) = read_csv(&text);
    assert_eq!(
        header,
        ["section", "actor", "due", "due_text", "text", "line"]
    );
    assert_eq!(rows.len(), doc.actions.len(), "{name}: one row per action");
    for (row, a) in rows.iter().zip(&doc.actions) {
        assert_eq!(
            row[0],
            a.section.clone().unwrap_or_default(),
            "{name}: section"
        );
        assert_eq!(row[1], a.actor.clone().unwrap_or_default(), "{name}: actor");
        assert_eq!(row[2], a.due.clone().unwrap_or_default(), "{name}: due");
        assert_eq!(
            row[3],
            a.due_text.clone().unwrap_or_default(),
            "{name}: due_text"
        );
        assert_eq!(row[4], a.text, "{name}: text");
        let line = src[..a.span.start].matches('\n').count() + 1;
        assert_eq!(row[5], line.to_string(), "{name}: line of {:?}", a.text);
    }
}

#[test]
fn csv_reads_back_as_the_actions() {
    for (path, src) in corpus() {
        let doc = minutes::parse(&src);
        assert_csv_matches(&path, &src, &doc);
    }
}

#[test]
fn csv_and_ics_lines_count_every_line_ending_the_parser_counts() {
    // `\r\n`, `\r`, U+2028 and `\n` each end one line, as in the parser.
    let src = "# Minutes\r\n\r\nACTION: Ana to send the notes.\rACTION: Ben to book a room.\u{2028}ACTION: Chen to call.\nACTION: Dev to sign.\n";
    let doc = minutes::parse(src);
    let (_, rows) = read_csv(&minutes::render::actions_csv(src, &doc));
    let lines: Vec<&str> = rows.iter().map(|r| r[5].as_str()).collect();
    assert_eq!(lines, ["3", "4", "5", "6"], "{rows:?}");
    use icalendar::Component;
    let ics = minutes::render::actions_ics(src, &doc);
    let described: Vec<String> = read_todos(&ics)
        .iter()
        .filter_map(|t| t.get_description().map(str::to_string))
        .collect();
    for (d, line) in described
        .iter()
        .zip(["Line: 3", "Line: 4", "Line: 5", "Line: 6"])
    {
        assert!(d.ends_with(line), "{d:?}");
    }
    assert_eq!(described.len(), 4);
}

/// The to-dos of an iCalendar file, read by the `icalendar` crate.
fn read_todos(text: &str) -> Vec<icalendar::Todo> {
    let cal: icalendar::Calendar = text.parse().expect("the iCalendar output should parse");
    cal.components
        .into_iter()
        .filter_map(|c| match c {
            icalendar::CalendarComponent::Todo(t) => Some(t),
            _ => None,
        })
        .collect()
}

fn assert_ics_matches(name: &str, src: &str, doc: &Document) {
    use icalendar::Component;
    let text = minutes::render::actions_ics(src, doc);
    assert!(
        text.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:"),
        "{name}"
    );
    assert!(text.ends_with("END:VCALENDAR\r\n"), "{name}");
    for line in text.split("\r\n") {
        assert!(
            line.len() <= 75,
            "{name}: a line of {} octets: {line:?}",
            line.len()
        );
        assert!(
            !line.contains('\n') && !line.contains('\r'),
            "{name}: a bare line break"
        );
    }
    let todos = read_todos(&text);
    assert_eq!(
        todos.len(),
        doc.actions.len(),
        "{name}: one VTODO per action"
    );
    let mut uids = std::collections::HashSet::new();
    for (todo, a) in todos.iter().zip(&doc.actions) {
        assert_eq!(todo.get_summary(), Some(a.text.as_str()), "{name}: SUMMARY");
        let due = todo.property_value("DUE").map(str::to_string);
        assert_eq!(
            due,
            a.due.as_ref().map(|d| d.replace('-', "")),
            "{name}: DUE"
        );
        let uid = todo.property_value("UID").expect("a UID").to_string();
        assert!(uids.insert(uid), "{name}: UIDs should be unique");
        if let Some(actor) = &a.actor {
            let description = todo.get_description().unwrap_or_default();
            assert!(
                description.contains(actor.as_str()),
                "{name}: actor in DESCRIPTION"
            );
        }
    }
}

#[test]
fn ics_reads_back_as_the_actions_with_lines_of_at_most_75_octets() {
    for (path, src) in corpus() {
        let doc = minutes::parse(&src);
        assert_ics_matches(&path, &src, &doc);
    }
}

#[test]
fn ics_is_the_same_on_every_run() {
    let src = std::fs::read_to_string("seeds/001_cfc10069e99c5b91.txt").expect("seed 001");
    let a = minutes::render::actions_ics(&src, &minutes::parse(&src));
    let b = minutes::render::actions_ics(&src, &minutes::parse(&src));
    assert_eq!(a, b);
    assert!(
        a.contains("DTSTAMP:20250130T000000Z\r\n"),
        "DTSTAMP is the meeting date"
    );
}

// ----- hostile text ---------------------------------------------------------------------

/// Minutes whose title, section titles, actions and disclaimer hold the
/// characters each format must escape.
const HOSTILE: &str = "\
Meeting of A&B \"Group\" x < y ]]> 2025

2025.01.30 | 12:00 UTC | Online

1. Opening & < welcome > \"remarks\" ]]>

- The Chair opened the meeting; members, observers and \"guests\" attended.

2. Budget; costs, *stars* & [brackets] ]]>

Actions:

- The Secretariat will send the report & notes; costs, \"quotes\" and a < b ]]> by 15 February 2025.
- Members will check C:\\path; then reply, quickly.

Disclaimer

This text x < is > a \"translation\" & may differ; see ]]> notes, please.

Second paragraph, with a comma; and a semicolon.
";

/// The hostile minutes, with line breaks put into the title, an action and
/// the disclaimer (the parser joins lines, so they are added to the tree).
fn hostile() -> (String, Document) {
    let src = HOSTILE.to_string();
    let mut doc = minutes::parse(&src);
    let title = doc
        .title
        .as_mut()
        .expect("the hostile minutes have a title");
    title.text.push_str("\nsecond line ]]>");
    doc.actions[0].text.push_str("\nline two; \"end\"");
    (src, doc)
}

#[test]
fn hostile_minutes_parse_with_the_characters_to_escape() {
    let doc = minutes::parse(HOSTILE);
    let title = doc
        .title
        .as_ref()
        .map(|t| t.text.as_str())
        .unwrap_or_default();
    for c in ["<", "&", "\"", "]]>"] {
        assert!(title.contains(c), "the title should hold {c}: {title:?}");
    }
    assert_eq!(doc.sections.len(), 2, "two agenda items");
    assert!(doc.sections[0].title.contains("]]>"));
    assert_eq!(doc.actions.len(), 2, "two actions: {:?}", doc.actions);
    for c in ["<", "&", "\"", ",", ";", "]]>"] {
        assert!(
            doc.actions[0].text.contains(c),
            "the action should hold {c}"
        );
    }
    assert!(doc.actions[1].text.contains('\\'));
    assert_eq!(doc.disclaimers.len(), 1);
    for c in ["<", "&", "\"", ",", ";", "]]>", "\n"] {
        assert!(
            doc.disclaimers[0].text.contains(c),
            "the disclaimer should hold {c:?}"
        );
    }
}

#[test]
fn hostile_text_is_escaped_in_akn_and_reads_back_unchanged() {
    let (src, doc) = hostile();
    let xml = minutes::render::akn(&src, &doc, &minutes::render::AknOptions::default());
    assert!(!xml.contains("]]>"), "`]]>` may not appear in XML text");
    let dir = tempfile::tempdir().expect("a temporary folder");
    let file = dir.path().join("hostile.xml");
    std::fs::write(&file, &xml).expect("a temporary file");
    assert_valid(std::slice::from_ref(&file));
    let title = xpath(&file, "string(//*[local-name()='docTitle'])");
    assert_eq!(
        title,
        doc.title
            .as_ref()
            .map(|t| t.text.clone())
            .unwrap_or_default()
    );
    let heading = xpath(
        &file,
        "string(//*[local-name()='debateSection'][1]/*[local-name()='heading'])",
    );
    assert_eq!(heading, doc.sections[0].title);
    let action = xpath(&file, "string((//*[local-name()='p'][@class='action'])[1])");
    assert_eq!(
        squeeze(&action),
        squeeze(&doc.actions[0].text.replace("\nline two; \"end\"", ""))
    );
    let disclaimer = xpath(
        &file,
        "string(//*[local-name()='container'][@name='disclaimer'])",
    );
    assert_eq!(squeeze(&disclaimer), squeeze(&doc.disclaimers[0].text));
}

#[test]
fn akn_of_malformed_link_targets_and_footnotes_validates() {
    let src = "# Links meeting 2025\n\n## 1. Links\n\n\
        - see [a](http://x.org/%zz), [b](http://[bad), [c](a|b), [d](http://例子.测试/路径), \
        [e](1a:b), [f](#x#y), [g](http://x:port/) and <https://un.org/a?b=1&c=2>\n\
        - a note[^9], an unknown one[^zz] and <sup>x</sup>\n\n\
        ## 2. Notes\n\n- text\n\n[^9]: The note <with> & \"quotes\" ]]>\n\n\
        [^10]: A note nobody cites.\n";
    let doc = minutes::parse(src);
    assert_eq!(doc.footnotes.len(), 2, "{:?}", doc.footnotes);
    let xml = minutes::render::akn(src, &doc, &minutes::render::AknOptions::default());
    let dir = tempfile::tempdir().expect("a temporary folder");
    let file = dir.path().join("links.xml");
    std::fs::write(&file, &xml).expect("a temporary file");
    assert_valid(std::slice::from_ref(&file));
    let note = xpath(
        &file,
        "string(//*[local-name()='authorialNote'][@marker='9'])",
    );
    assert_eq!(note, doc.footnotes[0].text);
    let uncited = xpath(
        &file,
        "string(//*[local-name()='container'][@name='footnotes'])",
    );
    assert!(uncited.contains("A note nobody cites."), "{uncited:?}");
}

#[test]
fn hostile_text_reads_back_unchanged_from_csv() {
    let (src, doc) = hostile();
    assert_csv_matches("hostile", &src, &doc);
    let (_, rows) = read_csv(&minutes::render::actions_csv(&src, &doc));
    assert!(rows[0][4].contains("\nline two; \"end\""));
}

#[test]
fn hostile_text_reads_back_unchanged_from_ics() {
    let (src, doc) = hostile();
    assert_ics_matches("hostile", &src, &doc);
    let text = minutes::render::actions_ics(&src, &doc);
    assert!(
        text.contains("\\;")
            && text.contains("\\,")
            && text.contains("\\n")
            && text.contains("\\\\")
    );
}

#[test]
fn hostile_text_is_escaped_in_markdown_and_parses_back_unchanged() {
    let src = HOSTILE;
    let doc = minutes::parse(src);
    let md = minutes::render::markdown(src, &doc);
    let again = minutes::parse(&md);
    assert_eq!(
        again.title.as_ref().map(|t| &t.text),
        doc.title.as_ref().map(|t| &t.text),
        "{md}"
    );
    assert_eq!(titles(&again), titles(&doc), "{md}");
    let before: Vec<&str> = doc.actions.iter().map(|a| a.text.as_str()).collect();
    let after: Vec<String> = again
        .actions
        .iter()
        .map(|a| a.text.replacen("[ ] ", "", 1))
        .collect();
    assert_eq!(before.len(), after.len(), "{md}");
    for (b, a) in before.iter().zip(&after) {
        assert!(a.starts_with(b), "{a:?} should start with {b:?}\n{md}");
    }
    assert_eq!(
        again
            .disclaimers
            .iter()
            .map(|d| &d.text)
            .collect::<Vec<_>>(),
        doc.disclaimers.iter().map(|d| &d.text).collect::<Vec<_>>(),
        "{md}"
    );
}

#[test]
fn every_renderer_takes_odd_input_and_akn_stays_valid() {
    let deep: String = (0..40)
        .map(|k| format!("{}- level {k}\n", " ".repeat(2 * k)))
        .collect();
    let inputs = [
        String::new(),
        " \n\t\n".to_string(),
        "\u{0}\u{1}\u{c}\u{b} text \u{fffe}".to_string(),
        "# \u{c}- ".to_string(),
        "- ➔\r\nagreed\n\n\n".to_string(),
        "Disclaimer\n\nOnly a disclaimer; <x> & ]]>.\n".to_string(),
        "| a | b |\n|---|---|\n| c \\| d | e |\n".to_string(),
        "Actions:\n\n| Action | Owner | Deadline |\n|---|---|---|\n| Send it | Bureau | 30 June 2025 |\n"
            .to_string(),
        "[^1]: a lone note\n".to_string(),
        deep,
        "1.\n\n2.\n\na.\n".to_string(),
        "## ###\n\n### #\n\n- **bold**\n".to_string(),
    ];
    let dir = tempfile::tempdir().expect("a temporary folder");
    let mut files = Vec::new();
    for (k, src) in inputs.iter().enumerate() {
        let doc = minutes::parse(src);
        let md = minutes::render::markdown(src, &doc);
        let _ = minutes::parse(&md);
        assert_csv_matches(&format!("odd input {k}"), src, &doc);
        assert_ics_matches(&format!("odd input {k}"), src, &doc);
        let xml = minutes::render::akn(src, &doc, &minutes::render::AknOptions::default());
        let file = dir.path().join(format!("odd{k}.xml"));
        std::fs::write(&file, xml).expect("a temporary file");
        files.push(file);
    }
    assert_valid(&files);
}

// ----- Markdown details -----------------------------------------------------------------

#[test]
fn markdown_writes_actions_as_task_items_with_owner_and_due_date() {
    let src = std::fs::read_to_string("tests/fixtures/docs/held_en_roman.txt").expect("fixture");
    let doc = minutes::parse(&src);
    let md = minutes::render::markdown(&src, &doc);
    assert!(md.contains(
        "- [ ] The Secretariat will transmit the compilation of Member State comments on the zero \
         draft to the co-facilitators by 13 June 2025. (owner: The Secretariat) (due: 2025-06-13)\n"
    ), "{md}");
    assert!(md.starts_with("# Forty-third meeting"), "{md}");
    assert!(
        md.contains("\n## I. OPENING OF THE MEETING AND ADOPTION OF THE AGENDA\n"),
        "{md}"
    );
    assert!(
        md.contains("\n### A. Briefing on the intergovernmental process\n"),
        "{md}"
    );
}

#[test]
fn markdown_marks_decisions_and_keeps_disclaimers_last() {
    let src = std::fs::read_to_string("seeds/001_cfc10069e99c5b91.txt").expect("seed 001");
    let doc = minutes::parse(&src);
    let md = minutes::render::markdown(&src, &doc);
    assert!(
        md.contains("\n- **决定：** 会议同意在 2025 年 IGF 周期"),
        "{md}"
    );
    assert!(md.contains("\n---\n\n## 免责声明\n\n本译文由"), "{md}");
    assert!(md.contains("\n### c. 其他事项\n"), "{md}");
}

#[test]
fn markdown_writes_footnotes_and_tables() {
    let src = std::fs::read_to_string("seeds/003_b31b4e6cd3d46575.txt").expect("seed 003");
    let doc = minutes::parse(&src);
    assert!(!doc.footnotes.is_empty());
    let md = minutes::render::markdown(&src, &doc);
    for f in &doc.footnotes {
        assert!(
            md.contains(&format!("[^{}]: ", f.label)),
            "definition {}\n{md}",
            f.label
        );
        assert!(
            md.contains(&format!("[^{}]", f.label)),
            "reference {}\n{md}",
            f.label
        );
    }
    assert!(md.contains("| --- |"), "a pipe table\n{md}");
    let again = minutes::parse(&md);
    assert_eq!(again.footnotes.len(), doc.footnotes.len());
}

#[test]
fn markdown_keeps_items_after_a_moved_disclaimer_out_of_the_actions() {
    let src = "Meeting of the group\n\n1. Item\n\n- Text.\n\nActions:\n\n\
               - The Secretariat will circulate the draft.\n\nDisclaimer\n\n\
               This is a translation.\n\n- A plain remark.\n\n2. Next\n\n- More text.\n";
    let doc = minutes::parse(src);
    assert_eq!(doc.actions.len(), 1, "{:?}", doc.actions);
    let md = minutes::render::markdown(src, &doc);
    let again = minutes::parse(&md);
    assert_eq!(again.actions.len(), 1, "{md}");
    assert_eq!(titles(&again), titles(&doc), "{md}");
    assert_eq!(again.disclaimers.len(), 1, "{md}");
}

#[test]
fn markdown_of_minutes_without_a_title_keeps_the_first_section() {
    let src = "1. Opening\n\n- The Chair opened the meeting.\n\n2. Closing\n\n- The Chair closed the meeting.\n";
    let doc = minutes::parse(src);
    let md = minutes::render::markdown(src, &doc);
    let again = minutes::parse(&md);
    assert_eq!(titles(&again), titles(&doc), "{md}");
}
