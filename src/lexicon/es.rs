//! Spanish.

use super::Lexicon;

/// The Spanish table.
#[rustfmt::skip]
pub static LEXICON: Lexicon = Lexicon {
    lang: "es",
    action_headers: &[
        "acciones", "medidas", "medidas a adoptar", "medidas a tomar", "acciones a seguir", "acciones de seguimiento",
        "próximos pasos", "puntos de acción", "tareas", "seguimiento",
    ],
    action_prefixes: &["acción", "medida"],
    disclaimer_headings: &["descargo de responsabilidad", "exención de responsabilidad", "aviso legal", "descargo"],
    disclaimer_openers: &["las opiniones expresadas en", "esta traducción", "la presente traducción", "traducción no oficial", "este documento es una traducción", "el presente documento es una traducción"],
    agenda_labels: &["punto del orden del día", "tema del programa", "punto", "tema"],
    ordinals: &[],
    decision_prefixes: &["decisión", "decisiones", "acuerdo", "conclusión"],
    decision_nouns: &["acuerdos", "decisiones", "conclusiones", "resoluciones"],
    decision_markers: &[
        "eligió", "eligieron",
        "acordó", "acordaron", "se acordó", "decidió", "decidieron", "se decidió", "aprobó", "aprobaron",
        "se aprobó", "fue aprobado", "fue aprobada", "adoptó", "adoptaron", "se adoptó", "convino", "convinieron",
        "se convino", "se llegó a un acuerdo",
    ],
    negators: &["no", "nunca"],
    decision_negations: &["no se acordó", "no se decidió", "no se aprobó", "no acordó", "no decidió", "no aprobó"],
    modals: &["debe", "deben", "deberá", "deberán", "va a", "van a", "se encargará de", "se encargarán de"],
    future_endings: &["rá", "rán"],
    passive_auxiliaries: &["será", "serán", "es", "son"],
    infinitive_links: &["a", "de"],
    impersonal_endings: &[],
    articles: &["el", "la", "los", "las", "un", "una", "cada", "todos", "todas"],
    verb_first: false,
    actor_heads: &[],
    subject_enders: &[],
    agent_suffixes: &[],
    impersonal_openers: &["se", "invitar", "solicitar"],
    deadline_before: &["no más tarde del", "no más tarde de", "no mas tarde del", "antes del", "antes de", "a más tardar el", "a mas tardar el", "hasta el", "para el", "plazo:", "fecha límite:"],
    deadline_after: &["a más tardar", "como máximo"],
    period_words: &["semana", "semanas", "mes", "meses", "año", "trimestre", "reunión", "sesión", "fin", "finales", "principios", "mediados"],
    vague_starts: &["la próxima semana", "el próximo mes", "a principios de", "a finales de", "a mediados de"],
    actor_columns: &["responsable", "responsables", "quién"],
    due_columns: &["plazo", "fecha", "fecha límite", "cuándo"],
    action_columns: &["acción", "acciones", "medida", "medidas", "tarea", "qué"],
    months: &[
        ("enero", 1), ("febrero", 2), ("marzo", 3), ("abril", 4), ("mayo", 5), ("junio", 6), ("julio", 7),
        ("agosto", 8), ("septiembre", 9), ("setiembre", 9), ("octubre", 10), ("noviembre", 11), ("diciembre", 12),
    ],
    meta_labels: &["fecha", "hora", "lugar", "sede", "presidencia", "presidente", "presidenta", "asistentes", "participantes", "relator", "formato", "modalidad", "secretario", "secretaria", "vicepresidente", "vicepresidenta"],
    venue_labels: &["lugar", "sede"],
    meeting_words: &["reunión", "sesión", "consulta", "foro", "cumbre"],
    online_words: &["en línea", "virtual", "videoconferencia", "a distancia"],
    in_person_words: &["presencial", "sede", "sala"],
    hybrid_words: &["híbrido", "híbrida", "hibrido", "hibrida"],
    weekdays: &["lunes", "martes", "miércoles", "miercoles", "jueves", "viernes", "sábado", "sabado", "domingo", "día", "dia", "jornada"],
    continuation_words: &["y", "o", "de", "del", "la", "el", "los", "las", "a", "al", "para", "en", "con", "por", "sobre"],
    stopwords: &["el", "los", "las", "del", "y", "que", "una", "por", "para", "se", "con", "al", "esta", "este", "estos", "como", "su", "sus", "fue", "lo", "también", "más", "hasta", "desde", "según", "sin"],
};
