//! The seeds and fixtures against their gold structure (the same
//! comparison as `../shared/score.py`, in Rust, so `cargo test` checks it).

use std::collections::BTreeMap;

use minutes::{Document, Section};
use serde_json::Value;

/// Text compared as the scorer does: full-width folded, white space and `*`
/// removed, a trailing colon dropped, lower case.
fn norm(s: &str) -> String {
    let folded: String = s
        .chars()
        .map(|c| match c {
            '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
            _ => c,
        })
        .filter(|c| !c.is_whitespace() && *c != '*')
        .collect();
    folded.trim_end_matches([':', '：']).to_lowercase()
}

#[derive(Default, Clone, Copy)]
struct Tally {
    tp: usize,
    gold: usize,
    got: usize,
}

impl Tally {
    fn add(&mut self, tp: usize, gold: usize, got: usize) {
        self.tp += tp;
        self.gold += gold;
        self.got += got;
    }

    fn f1(self) -> f64 {
        if self.gold == 0 && self.got == 0 {
            return 1.0;
        }
        let p = if self.got == 0 {
            0.0
        } else {
            self.tp as f64 / self.got as f64
        };
        let r = if self.gold == 0 {
            0.0
        } else {
            self.tp as f64 / self.gold as f64
        };
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

/// Greedy one-to-one matching; pairs of (gold index, output index).
fn matches(gold: &[String], got: &[String], prefix: bool) -> Vec<(usize, usize)> {
    let mut used = vec![false; got.len()];
    let mut pairs = Vec::new();
    for (gi, g) in gold.iter().enumerate() {
        let ng = norm(g);
        if ng.is_empty() {
            continue;
        }
        if let Some(ci) = (0..got.len()).find(|&ci| {
            !used[ci]
                && if prefix {
                    norm(&got[ci]).starts_with(&ng)
                } else {
                    norm(&got[ci]) == ng
                }
        }) {
            used[ci] = true;
            pairs.push((gi, ci));
        }
    }
    pairs
}

fn titles(sections: &[Section], all: bool, out: &mut Vec<String>) {
    for s in sections {
        out.push(s.title.clone());
        if all {
            titles(&s.sections, true, out);
        }
    }
}

fn strings(v: &Value) -> Vec<String> {
    v.as_array()
        .map(|a| {
            a.iter()
                .filter_map(|x| x.as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default()
}

const KEYS: [&str; 8] = [
    "sections",
    "top",
    "actions",
    "actors",
    "due",
    "decisions",
    "disclaim",
    "date",
];

fn score(doc: &Document, gold: &Value) -> BTreeMap<&'static str, Tally> {
    let mut row: BTreeMap<&'static str, Tally> =
        KEYS.iter().map(|k| (*k, Tally::default())).collect();
    let mut all = Vec::new();
    titles(&doc.sections, true, &mut all);
    let mut top = Vec::new();
    titles(&doc.sections, false, &mut top);
    let gold_top = gold.get("sections_top").filter(|v| !v.is_null());
    if let Some(g) = gold.get("sections_all").filter(|v| !v.is_null()) {
        let g = strings(g);
        row.get_mut("sections")
            .unwrap()
            .add(matches(&g, &all, false).len(), g.len(), all.len());
    } else if let Some(g) = gold_top {
        let g = strings(g);
        row.get_mut("sections")
            .unwrap()
            .add(matches(&g, &top, false).len(), g.len(), top.len());
    }
    if let Some(g) = gold_top {
        let g = strings(g);
        row.get_mut("top")
            .unwrap()
            .add(matches(&g, &top, false).len(), g.len(), top.len());
    }
    let gold_actions: Vec<&Value> = gold["actions"]
        .as_array()
        .map(|a| a.iter().collect())
        .unwrap_or_default();
    let texts: Vec<String> = gold_actions
        .iter()
        .map(|a| {
            a.get("text")
                .and_then(Value::as_str)
                .or(a.as_str())
                .unwrap_or("")
                .to_string()
        })
        .collect();
    let got: Vec<String> = doc.actions.iter().map(|a| a.text.clone()).collect();
    let pairs = matches(&texts, &got, true);
    row.get_mut("actions")
        .unwrap()
        .add(pairs.len(), texts.len(), got.len());
    for (gi, ci) in pairs {
        for (key, field, value) in [
            ("actors", "actor", &doc.actions[ci].actor),
            ("due", "due", &doc.actions[ci].due),
        ] {
            if let Some(want) = gold_actions[gi].get(field).and_then(Value::as_str) {
                let ok = norm(value.as_deref().unwrap_or("")) == norm(want);
                row.get_mut(key).unwrap().add(usize::from(ok), 1, 1);
            }
        }
    }
    let gd = strings(&gold["decisions"]);
    let od: Vec<String> = doc.decisions.iter().map(|d| d.text.clone()).collect();
    row.get_mut("decisions")
        .unwrap()
        .add(matches(&gd, &od, true).len(), gd.len(), od.len());
    let gl = strings(&gold["disclaimers"]);
    let ol: Vec<String> = doc
        .disclaimers
        .iter()
        .map(|d| d.lang.clone().unwrap_or_default())
        .collect();
    let tp = gl.iter().zip(&ol).filter(|(a, b)| a == b).count();
    row.get_mut("disclaim").unwrap().add(tp, gl.len(), ol.len());
    let date_ok = doc.meta.date.as_deref() == gold["date"].as_str();
    row.get_mut("date").unwrap().add(usize::from(date_ok), 1, 1);
    row
}

/// Scores every document of `docs` against `gold`; prints the table and
/// returns the totals.
fn score_folder(docs: &str, gold: &str) -> BTreeMap<&'static str, Tally> {
    let mut totals: BTreeMap<&'static str, Tally> =
        KEYS.iter().map(|k| (*k, Tally::default())).collect();
    let mut names: Vec<_> = std::fs::read_dir(gold)
        .expect("gold folder")
        .map(|e| e.expect("entry").path())
        .collect();
    names.sort();
    for path in names {
        let stem = path
            .file_stem()
            .expect("name")
            .to_string_lossy()
            .to_string();
        let g: Value = serde_json::from_str(&std::fs::read_to_string(&path).expect("gold"))
            .expect("gold JSON");
        let text = std::fs::read_to_string(format!("{docs}/{stem}.txt")).expect("document");
        let row = score(&minutes::parse(&text), &g);
        let cells: Vec<String> = KEYS.iter().map(|k| format!("{:.2}", row[k].f1())).collect();
        println!("{stem:<24} {}", cells.join(" "));
        for k in KEYS {
            let t = row[k];
            totals.get_mut(k).unwrap().add(t.tp, t.gold, t.got);
        }
    }
    println!(
        "{:<24} {}",
        "TOTAL",
        KEYS.iter()
            .map(|k| format!("{:.2}", totals[k].f1()))
            .collect::<Vec<_>>()
            .join(" ")
    );
    totals
}

fn core(t: &BTreeMap<&'static str, Tally>) -> f64 {
    let mut c = Tally::default();
    for k in ["sections", "actions", "disclaim"] {
        c.add(t[k].tp, t[k].gold, t[k].got);
    }
    c.f1()
}

#[test]
fn seeds_match_their_gold_exactly() {
    let t = score_folder("seeds", "seeds/gold");
    for k in KEYS {
        assert_eq!(
            t[k].f1(),
            1.0,
            "seeds should score F1 1.000 on {k} ({}/{} gold, {} out)",
            t[k].tp,
            t[k].gold,
            t[k].got
        );
    }
}

/// Floors for the hand-written fixtures in six languages; raise them as the
/// parser improves, never lower them without a reason in the CHANGELOG.
#[test]
fn fixtures_stay_above_their_floors() {
    let t = score_folder("tests/fixtures/docs", "tests/fixtures/gold");
    let floors = [
        ("core", 0.98),
        ("sections", 0.98),
        ("actions", 0.98),
        ("actors", 0.95),
        ("due", 0.95),
        ("decisions", 0.9),
        ("date", 0.95),
    ];
    assert_floors("fixtures", &t, &floors);
}

/// Every measure of `t` at or above its floor.
fn assert_floors(set: &str, t: &BTreeMap<&'static str, Tally>, floors: &[(&str, f64)]) {
    for &(k, floor) in floors {
        let f1 = if k == "core" { core(t) } else { t[k].f1() };
        assert!(
            f1 >= floor,
            "{set} should score at least {floor} on {k}, got {f1:.3}"
        );
    }
}

/// Floors for the blind set: documents written (in Chinese, Russian and
/// Arabic) by someone who never saw the parser, added as they scored at
/// first sight after the general fixes they prompted. Their misses are
/// known gaps (ITU-style `1 Title` numbering, a cover date before the
/// meeting date); raise the floors as those close.
#[test]
fn blind_fixtures_stay_above_their_floors() {
    let t = score_folder("tests/fixtures/blind/docs", "tests/fixtures/blind/gold");
    let floors = [
        ("core", 0.86),
        ("sections", 0.8),
        ("actions", 0.93),
        ("actors", 0.85),
        ("due", 0.95),
        ("decisions", 0.95),
        ("date", 0.95),
    ];
    assert_floors("blind fixtures", &t, &floors);
}

/// Floors for reports of UN bodies, expert meetings and working-group
/// notes (Executive Board reports, expert group meetings, action tables),
/// written in seven batches by helpers who never saw the parser, in six
/// languages: added at what they score after the general fixes they
/// prompted. Their misses are
/// known gaps (requests of a Board due at a session, undated actions,
/// `took note of`, wrapped cover columns); raise the floors as those close.
#[test]
fn report_fixtures_stay_above_their_floors() {
    let t = score_folder("tests/fixtures/reports/docs", "tests/fixtures/reports/gold");
    let floors = [
        ("core", 0.90),
        ("sections", 0.91),
        ("actions", 0.87),
        ("actors", 0.90),
        ("due", 0.93),
        ("decisions", 0.88),
        ("date", 0.91),
    ];
    assert_floors("report fixtures", &t, &floors);
}
