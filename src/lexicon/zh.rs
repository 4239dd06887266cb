//! Chinese.

use super::Lexicon;

/// The Chinese table.
#[rustfmt::skip]
pub static LEXICON: Lexicon = Lexicon {
    lang: "zh",
    action_headers: &["行动", "行动事项", "行动项目", "后续行动", "待办事项", "行动要点", "后续步骤"],
    action_prefixes: &["行动"],
    disclaimer_headings: &["免责声明", "免责条款"],
    disclaimer_openers: &["本译文", "本翻译", "本文件为非正式", "本文为非正式", "本纪要为非正式", "本文件所表达的观点", "本文所表达的观点"],
    agenda_labels: &["议程项目"],
    agenda_label_tails: &[],
    contents_headings: &["目录", "目錄"],
    reporting_verbs: &[],
    ordinals: &[],
    decision_prefixes: &["决定", "决议", "结论"],
    decision_nouns: &["决定", "决议", "共识", "结论"],
    decision_markers: &[
        "获得通过","选举", "同意", "决定", "达成一致", "达成共识", "批准", "通过了", "商定"],
    negators: &["未", "不", "没有", "尚未", "并未", "未能"],
    decision_negations: &[
        "决定草案",
        "不同意", "未同意", "未达成一致", "未能达成", "尚未决定", "待批准", "未批准", "征得同意",
        "和决定", "或决定", "的决定", "决定性", "决定因素", "决定权",
    ],
    modals: &["将", "应当", "应", "须", "需要", "必须", "负责"],
    future_endings: &[],
    passive_auxiliaries: &[],
    infinitive_links: &[],
    impersonal_endings: &[],
    articles: &[],
    verb_first: false,
    actor_heads: &[
        "秘书处", "主席", "联席主席", "成员", "工作组", "协调人", "协调员", "联络人", "东道国", "峰会",
        "委员会", "小组", "代表团", "办公室", "部门", "团队",
    ],
    subject_enders: &["于", "在", "向", "对", "与", "就", "从", "把", "会同", "负责"],
    agent_suffixes: &["人", "员", "者", "处", "组", "会", "方", "国", "团", "部", "局", "署", "厅", "司", "院", "委", "盟", "网", "席", "长", "队"],
    impersonal_openers: &["邀请", "请", "鼓励", "提醒", "要求", "建议", "希望", "呼吁"],
    deadline_before: &["截止日期", "截止时间", "截止", "不迟于", "最迟", "限期"],
    deadline_after: &["之前", "以前", "前", "截止"],
    period_words: &[],
    vague_starts: &[],
    actor_columns: &["负责", "负责人", "负责方", "责任方", "责任人", "执行方"],
    due_columns: &["截止", "截止日期", "截止时间", "期限", "时间", "完成时间"],
    action_columns: &["行动", "行动项目", "行动事项", "任务", "事项", "内容"],
    months: &[],
    meta_labels: &["主持", "主持人", "主席", "联合主席", "副主席", "出席", "列席", "缺席", "记录", "记录人", "时间", "地点", "日期", "会议时间", "会议地点", "与会者", "参会人员", "形式", "秘书"],
    venue_labels: &["地点", "会议地点"],
    meeting_words: &["会议", "磋商", "论坛", "峰会"],
    online_words: &["线上", "在线", "虚拟", "网络会议", "视频会议"],
    in_person_words: &["现场", "线下", "总部", "会议室"],
    hybrid_words: &["混合", "线上线下相结合"],
    weekdays: &["星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日", "星期天", "周一", "周二", "周三", "周四", "周五", "周六", "周日", "第一天", "第二天", "第三天", "第四天", "第五天", "第", "天"],
    continuation_words: &[],
    stopwords: &[],
};
