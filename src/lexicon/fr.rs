//! French.

use super::Lexicon;

/// The French table.
#[rustfmt::skip]
pub static LEXICON: Lexicon = Lexicon {
    lang: "fr",
    action_headers: &[
        "suite à donner", "suites à donner", "actions", "actions à entreprendre", "actions à mener",
        "mesures à prendre", "mesures de suivi", "points d'action", "points d’action", "prochaines étapes",
    ],
    action_prefixes: &["action", "mesure"],
    disclaimer_headings: &["avertissement", "clause de non-responsabilité", "avis de non-responsabilité", "décharge de responsabilité"],
    disclaimer_openers: &["les opinions exprimées dans", "les vues exprimées dans", "la présente traduction", "cette traduction", "traduction non officielle", "ce document est une traduction", "le présent document est une traduction", "le présent résumé"],
    agenda_labels: &["point de l'ordre du jour", "point de l’ordre du jour", "point"],
    ordinals: &[],
    decision_prefixes: &["décision", "décisions", "conclusion"],
    decision_nouns: &["décisions", "conclusions", "accords"],
    decision_markers: &[
        "a décidé", "ont décidé", "a été décidé", "il est décidé", "a été convenu", "est convenu",
        "sont convenus", "ont convenu", "a convenu", "a approuvé", "ont approuvé", "a été approuvé",
        "a été approuvée", "a adopté", "ont adopté", "a été adopté", "a été adoptée", "a entériné",
        "se sont accordés", "se sont mis d'accord", "se sont mis d’accord",
    ],
    negators: &["ne", "pas", "jamais"],
    decision_negations: &["n'a pas décidé", "n’a pas décidé", "n'a pas été décidé", "n’a pas été décidé", "n'a pas approuvé", "n’a pas approuvé"],
    modals: &["doit", "doivent", "devra", "devront", "va", "vont", "est chargé de", "est chargée de", "sont chargés de"],
    future_endings: &["ra", "ront"],
    passive_auxiliaries: &["sera", "seront", "est", "sont"],
    infinitive_links: &["à", "de", "d'", "d’"],
    impersonal_endings: &[],
    articles: &["le", "la", "les", "l'", "l’", "un", "une", "des", "chaque", "tous", "toutes"],
    verb_first: false,
    actor_heads: &[],
    subject_enders: &[],
    agent_suffixes: &[],
    impersonal_openers: &["il", "on", "prière"],
    deadline_before: &["d'ici le", "d’ici le", "d'ici au", "d’ici au", "au plus tard le", "avant le", "jusqu'au", "jusqu’au", "pour le", "délai :", "échéance :"],
    deadline_after: &["au plus tard"],
    period_words: &["semaine", "semaines", "mois", "année", "an", "trimestre", "réunion", "session", "fin", "début", "mi"],
    vague_starts: &["la semaine prochaine", "le mois prochain", "début", "fin", "mi"],
    actor_columns: &["responsable", "responsables", "qui", "chef de file"],
    due_columns: &["échéance", "délai", "date", "date limite", "quand"],
    action_columns: &["action", "actions", "mesure", "mesures", "tâche", "suite à donner", "quoi"],
    months: &[
        ("janvier", 1), ("février", 2), ("fevrier", 2), ("mars", 3), ("avril", 4), ("mai", 5), ("juin", 6),
        ("juillet", 7), ("août", 8), ("aout", 8), ("septembre", 9), ("octobre", 10), ("novembre", 11), ("décembre", 12),
        ("decembre", 12), ("janv", 1), ("févr", 2), ("sept", 9), ("oct", 10), ("nov", 11), ("déc", 12),
    ],
    meta_labels: &["date", "heure", "lieu", "présidence", "président", "présidente", "présents", "participants", "rapporteur", "format", "modalité"],
    meeting_words: &["réunion", "session", "séance", "consultation", "forum", "sommet"],
    online_words: &["en ligne", "virtuelle", "virtuel", "visioconférence", "à distance"],
    in_person_words: &["en présentiel", "présentiel", "palais des nations", "siège", "salle"],
    hybrid_words: &["hybride"],
    weekdays: &["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "jour", "journée"],
    continuation_words: &["et", "ou", "de", "du", "des", "la", "le", "les", "à", "au", "aux", "pour", "en", "sur", "par", "d’", "d'", "l’", "l'"],
    stopwords: &["le", "la", "les", "des", "du", "et", "est", "une", "pour", "dans", "sur", "au", "aux", "que", "qui", "ce", "cette", "ces", "ne", "pas", "été", "sont", "avec", "il", "elle", "ont"],
};
