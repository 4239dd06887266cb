//! Minutes-shaped documents built from typed parts, so the fuzzer reaches
//! the deep rules quickly: the guarantees hold, and every action written
//! with an arrow appears in `actions`.
#![no_main]

use arbitrary::Arbitrary;
use libfuzzer_sys::fuzz_target;

#[derive(Arbitrary, Debug)]
enum Part<'a> {
    Title(&'a str),
    Meta { day: u8, month: u8, hour: u8 },
    Numbered { n: u8, title: &'a str },
    Lettered { n: u8, title: &'a str },
    DayHeader { day: u8, month: u8, chinese: bool },
    Bullet { depth: u8, text: &'a str },
    Arrow { text: &'a str },
    ActionHeader(u8),
    Disclaimer(u8),
    Paragraph(&'a str),
    PageBreak(u16),
    Heading { level: u8, text: &'a str },
}

const HEADERS: &[&str] = &[
    "行动：",
    "Actions:",
    "Suite à donner :",
    "Acciones:",
    "Действия:",
    "الإجراءات:",
    "行动事项",
    "Action items",
];
const DISCLAIMERS: &[&str] = &[
    "免责声明",
    "Disclaimer",
    "Avertissement",
    "Descargo de responsabilidad",
    "Оговорка",
    "إخلاء المسؤولية",
];

/// The text without control characters (no line breaks inside a part).
fn clean(s: &str) -> String {
    s.chars()
        .filter(|c| !c.is_control())
        .collect::<String>()
        .trim()
        .to_string()
}

fuzz_target!(|parts: Vec<Part>| {
    let mut text = String::new();
    let mut arrows = 0;
    for part in &parts {
        let line = match part {
            Part::Title(t) => clean(t),
            Part::Meta { day, month, hour } => format!(
                "2025.{:02}.{:02} | {:02}:00 UTC | 线上",
                month % 12 + 1,
                day % 28 + 1,
                hour % 24
            ),
            Part::Numbered { n, title } => format!("{}. {}", n % 20 + 1, clean(title)),
            Part::Lettered { n, title } => {
                format!("{}. {}", char::from(b'a' + n % 8), clean(title))
            }
            Part::DayHeader {
                day,
                month,
                chinese: true,
            } => format!("2025年{}月{}日", month % 12 + 1, day % 28 + 1),
            Part::DayHeader {
                day,
                month,
                chinese: false,
            } => format!("{} May 2025", (day % 28 + 1) + month * 0),
            Part::Bullet { depth, text } => {
                format!("{}- {}", "  ".repeat(usize::from(depth % 6)), clean(text))
            }
            Part::Arrow { text } => {
                let t = clean(text);
                // Plain words cannot hide in markup: such an arrow must be an action.
                if t.chars().any(char::is_alphanumeric)
                    && t.chars().all(|c| c.is_alphanumeric() || c == ' ')
                {
                    arrows += 1;
                }
                format!("➔ {t}")
            }
            Part::ActionHeader(i) => HEADERS[usize::from(*i) % HEADERS.len()].to_string(),
            Part::Disclaimer(i) => DISCLAIMERS[usize::from(*i) % DISCLAIMERS.len()].to_string(),
            Part::Paragraph(t) => clean(t),
            Part::PageBreak(n) => format!("- {} -\n\u{0c}", n % 999 + 1),
            Part::Heading { level, text } => {
                format!("{} {}", "#".repeat(usize::from(level % 6) + 1), clean(text))
            }
        };
        text.push_str(&line);
        text.push_str("\n\n");
    }
    let options = minutes::Options::default();
    let doc = minutes::parse_with(&text, &options);
    let errors = minutes::check::guarantees(&text, &doc, &options);
    assert!(errors.is_empty(), "{text:?}: {}", errors.join("; "));
    // An arrow line of plain words is always an action.
    assert!(
        doc.actions.len() >= arrows,
        "{text:?}: {arrows} arrows but {} actions",
        doc.actions.len()
    );
});
