"""Which kind of mail this is, and why: auto → reply → weighted request kinds.

Automatic mail wins over thread markers (RFC 3834: never answer a machine);
thread markers (case tag, our Message-IDs, our footer token) win over content;
the three request kinds are a weighted vote over subject, body, attachment
names and forms, so a summary that mentions an appeal stays a summary.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from parsers.labels import label_field
from parsers.records import LEAD_HEAD, LEAD_SHAPES, PREFIX_ALTERNATION, REASONS, Kind, ParsedMail
from parsers.text import normalize

__all__ = ["SIGNALS", "Verdict", "case_tag", "classify"]

CASE_TAG = re.compile(rf"DOR\s*[#＃]\s*({PREFIX_ALTERNATION})\s*[-－]?\s*(\d{{4}})\s*[-－]?\s*(\d{{6}})", re.I)

_AUTO_SUBJECT = re.compile(
    r"^\s*(自动回复|自动答复|自动回覆|Automatic reply|Auto(matic)?[- ]?Reply|Autoreply|Out of (the )?Office|"
    r"休假|不在办公室|退信|系统退信|Undeliverable|Undelivered Mail|Delivery Status Notification|"
    r"Delivery Failure|Returned mail|Mail delivery failed|Failure Notice|投递失败|邮件退回|无法投递|未送达|"
    r"无法送达|邮件发送失败|投递状态通知|延迟投递|Delivery delayed|Mail System Error|Warning: could not send|"
    r"假期自动回复|休假中)", re.I)
_AUTO_SENDER = re.compile(r"^(mailer-daemon|postmaster|no-?reply|do-?not-?reply|donotreply|bounces?|"
                          r"auto-?reply|notification|notifications|system)([+.\-_].*)?@", re.I)

# kind → (pattern, weight); subject hits count triple, attachment names double.
SIGNALS: dict[Kind, tuple[tuple[str, int], ...]] = {
    Kind.APPEAL: (("商机申诉", 4), ("申诉书", 4), ("申诉", 3), ("不计入", 4), ("商机异议", 4), ("异议", 2),
                  ("判定", 1), ("恶意", 2), ("同行", 2), ("加不上", 2), ("留错", 2), ("行业不符", 3),
                  ("产品不一致", 3), ("不良询价", 3), ("不对口", 2), ("套价", 2), ("骚扰", 2), ("录音", 1),
                  ("appeal", 4), ("dispute", 3), ("not counted", 4)),
    Kind.ADJUSTMENT: (("商机调整", 4), ("推广调整", 4), ("调整反馈", 4), ("调整建议", 3), ("相应调整", 4),
                      ("调整", 2), ("关键词", 2), ("不做产品", 2), ("不精准", 1), ("精准", 1),
                      ("询盘反馈", 2), ("商机反馈", 2), ("新增", 1), ("删除", 1), ("目标人群", 1),
                      ("adjustment", 4), ("keyword", 2), ("re-target", 3), ("retarget", 3),
                      ("add keyword", 2), ("remove keyword", 2), ("new keyword", 2), ("feedback on", 2),
                      ("please adjust", 3), ("accurate", 1), ("关键字", 2), ("词库", 2)),
    Kind.SUMMARY: (("汇总反馈", 5), ("商机汇总", 5), ("汇总", 2), ("续费", 3), ("情况分析", 3), ("60%", 2),
                   ("70%", 2), ("服务期", 2), ("推送进度", 3), ("解决方案", 1), ("合同数量", 1),
                   ("summary", 4), ("renewal", 3), ("汇整", 3), ("续约", 2)),
}
# An appeal written as prose names its reason: a reason's cue words, or the words of a ruling itself.
_REASON_WORDS = re.compile("|".join(
    [re.escape(w) for r in REASONS.values() for w in r.cues] + ["对不上", "不符", "不计入", "判定标准"]))
_LEAD_ID = re.compile(rf"{LEAD_HEAD}-\d{{2,6}}|(?:编号|商机|询盘)\D{{0,6}}\d{{8,10}}")
_PUSHED = re.compile(r"推送|推给|推过来|推的")
# Labelled lines that only an appeal form carries (each counts like a keyword of weight 3), and a summary's.
APPEAL_LABELS = ("lead_ids", "pushed_at", "objected_at", "reason")
SUMMARY_LABELS = ("quota", "pushed_count", "period", "service_start", "service_end")
_FEEDBACK_SUBJECT = re.compile(r"(?:\d{1,2}|[五十])\s*[条宗笔则个单]\s*(?:商机|leads?)?\s*[的嘅]?\s*(?:反馈|回覆|回复|回馈)|"
                               r"\bfeedback on (?:the )?(?:last |latest )?(?:\d+|five|ten) leads\b", re.I)
_LEAD_ID_ANY = re.compile(rf"(?<![A-Za-z0-9])(?:{LEAD_SHAPES}|\d{{8,10}})(?![\dA-Za-z])")
_VERDICT = re.compile(r"不精准|精准|不准|准|有效|无效|不符|符合|唔啱|啱|有用|冇用|没用|\bOK\b|\bNG\b|\baccurate\b|\bgood\b|"
                      r"\boff[- ]target\b|\bvalid\b|\binvalid\b|√|×|✓|✗|○|◯|✕")
# Questions and paperwork: a mail about the process is not a request.
_NOT_A_REQUEST = re.compile(r"请教|怎么填|如何填|怎么写|请问.{0,10}(怎么|如何)|开票|发票|对账|付款|汇款|"
                            r"收据|报销|空白模板|模板|有结果了吗|结果出来了吗|进度如何|处理得怎么样|"
                            r"什么时候.{0,6}结果|处理进度|进度|咨询[:：]|想问一下|问一下|报名|培训|"
                            r"还没有?收到.{0,6}(结果|回复)|还没有?结果|怎么还没|变更|负责对接|调岗|离职|交接|"
                            r"商机下单表|下单表|新签(了|约)?.{0,4}客户|前期资料|关键词确认|安排上线|"
                            r"放假(通知|安排)|假期安排|节日快乐|值班|白名单|开通.{0,6}(账号|帐号|权限)|"
                            r"新增.{0,4}(客服|人员|联系人|同事)|拜访|面谈|当面沟通")
# A partner's complaint about HQ itself, said in the subject ('关于申诉处理时效的意见').
_COMPLAINT_SUBJECT = re.compile(r"^(?:意见反馈|意见和建议|反映问题)|判定(?:结果|理由).{0,10}(?:太|不够|进垃圾)|(处理|申诉|判定|回复|审核).{0,4}时效|(处理|申诉|判定|回复|审核|结果).{0,6}(超时|太慢|拖延|迟迟|一再)|对总部.{0,8}(意见|不满)|投诉总部|服务态度|"
                                r"乱码|给个说法|(一周|几天|多天|很久)多?(都)?没有?(结果|回复|判定)|"
                                r"(申诉|判定|处理).{0,4}(超过|超出).{0,12}(仍|还|尚)未")  # '申诉超过48小时仍未给判定结果'
# Marketing from outside: a pitch full of our vocabulary is still not a partner's request.
_PITCH = re.compile(r"如有兴趣|我们是一家|回复本邮件|获取方案|尊敬的.{0,4}负责人|退订|免费试用|限时|"
                    r"优惠活动|加微信了解|专注.{0,8}推广|服务过\d|专享价|年费\d|如不想再收到|获客系统|前\d+名|"
                    r"诚邀|早鸟|展位|参展|招商|如有意向|"
                    r"unsubscribe|free trial")


# The request kinds listed together ('申诉、调整、汇总', '申诉/调整/汇总邮件') speak of the process.
_KIND = r"(?:商机)?(?:申诉|调整|汇总)(?:反馈)?"
_KIND_LIST = re.compile(rf"{_KIND}(?:\s*[、,，/和及与]\s*{_KIND}){{2}}")
_CALENDAR = re.compile(r"^BEGIN:VCALENDAR\s*$", re.M)  # a text/calendar part, read into the body


@dataclass(frozen=True)
class Verdict:
    kind: Kind
    signals: tuple[str, ...]
    case_ref: str | None


def case_tag(text: str | None) -> str | None:
    """'SS-2026-000123' from a subject, whatever the client did to the brackets and width."""
    if not text:
        return None
    m = CASE_TAG.search(normalize(text))
    return f"{m.group(1).upper()}-{m.group(2)}-{m.group(3)}" if m else None


def classify(mail: ParsedMail, tree, context) -> Verdict:
    """The kind of one message, with the signals that decided it."""
    case_ref = case_tag(mail.subject)
    auto = _auto_signals(mail, tree)
    if auto:
        return Verdict(Kind.AUTO, tuple(auto), case_ref)
    thread = _thread_signals(mail, context, case_ref)
    if thread:
        return Verdict(Kind.REPLY, tuple(thread), case_ref)
    if any(a.content_type == "text/calendar" for a in mail.attachments) or _CALENDAR.search(mail.body_text):
        return Verdict(Kind.UNKNOWN, ("a calendar invitation, whatever its agenda says",), case_ref)
    kind, signals = _request(mail)
    return Verdict(kind, tuple(signals), case_ref)


def _header(mail: ParsedMail, name: str) -> str | None:
    return next((v for k, v in mail.auto_headers if k == name), None)


def _auto_signals(mail: ParsedMail, tree) -> list[str]:
    hits = []
    submitted = _header(mail, "auto-submitted")
    if submitted and re.sub(r"\(.*?\)", "", submitted).strip().lower() not in ("no", ""):
        hits.append(f"Auto-Submitted: {submitted}")
    precedence = (_header(mail, "precedence") or "").strip().lower()
    if precedence in ("bulk", "junk", "list", "auto_reply"):
        hits.append(f"Precedence: {precedence}")
    for name in ("x-autoreply", "x-autorespond", "list-id", "x-autogenerated", "x-failed-recipients"):
        if _header(mail, name):
            hits.append(f"{name} present")
    if getattr(tree, "content_type", "") == "multipart/report":
        hits.append("multipart/report (DSN)")
    if mail.sender and _AUTO_SENDER.match(mail.sender):
        hits.append(f"automatic sender {mail.sender}")
    if mail.subject and _AUTO_SUBJECT.match(normalize(mail.subject)):
        hits.append("automatic-reply subject")
    return hits


def _thread_signals(mail: ParsedMail, context, case_ref: str | None) -> list[str]:
    hits = []
    if case_ref:
        hits.append(f"case tag {case_ref} in subject")
    own = tuple(d.lower() for d in getattr(context, "own_domains", ()))
    known = getattr(context, "known_ids", frozenset())
    for ref in ([mail.in_reply_to] if mail.in_reply_to else []) + list(mail.references):
        domain = ref.strip("<>").rsplit("@", 1)[-1].lower()
        if ref in known or domain in own:
            hits.append(f"threads to {ref}")
            break
    if not hits:
        token = CASE_TAG.search(normalize(mail.body_text))
        if token:
            hits.append(f"case token {token.group(0)} in the quoted body")
    return hits


def _line_label(line: str) -> str | None:
    m = re.match(r"^\s*(?:[・◎●•·*-]\s*)?[【\[]?\s*([^:：】\]\t／/]{1,20}?)\s*(?:[】\]]|[:：／/]|\t|\u3000|[-—–－]{1,2}\s)", line)
    return label_field(m.group(1)) if m else None


def _request(mail: ParsedMail) -> tuple[Kind, list[str]]:
    subject = normalize(mail.subject or "")
    body = normalize(mail.body_text[:5000])
    names = normalize(" ".join(a.filename for a in mail.attachments))
    for fwd in mail.forwarded:
        subject += " " + normalize(fwd.subject or "")
        body += "\n" + normalize(fwd.body_text[:3000])
    body = _KIND_LIST.sub("", body)  # '商机申诉、调整、汇总的邮件': the process named, no request made
    lowered_subject, lowered_body = subject.lower(), body.lower()
    scores: dict[Kind, int] = {}
    signals = []
    for kind, table in SIGNALS.items():
        score = 0
        for word, weight in table:
            hit = 3 * weight * (word in lowered_subject) + 2 * weight * (word in names) \
                + weight * min(lowered_body.count(word), 3)
            if hit:
                signals.append(f"{kind}:{word}+{hit}")
            score += hit
        scores[kind] = score
    if scores[Kind.APPEAL] and _REASON_WORDS.search(body) and _LEAD_ID.search(body) and _PUSHED.search(body):
        # a pushed lead, its id and a criterion's words: the anatomy of an appeal written as prose
        scores[Kind.APPEAL] += 6
        signals.append("appeal:pushed lead + id + criterion words+6")
    if _FEEDBACK_SUBJECT.search(subject):  # '泽国水泵5条反馈': a batch's feedback by its subject
        scores[Kind.ADJUSTMENT] += 6
        signals.append("adjustment:N leads' feedback in the subject+6")
    verdicts = sum(1 for line in body.split("\n") if _LEAD_ID_ANY.search(line) and _VERDICT.search(line))
    if verdicts >= 3:  # a list of leads each with its verdict: per-lead feedback
        scores[Kind.ADJUSTMENT] += 8
        signals.append(f"adjustment:{verdicts} leads with a verdict each+8")
    summary_labels = {f for f in (_line_label(line) for line in body.split("\n")) if f in SUMMARY_LABELS}
    if len(summary_labels) >= 2:
        scores[Kind.SUMMARY] += 3 * len(summary_labels)
        signals.append(f"summary:labelled {', '.join(sorted(summary_labels))}+{3 * len(summary_labels)}")
    labelled = {f for f in (_line_label(line) for line in body.split("\n")) if f in APPEAL_LABELS}
    if len(labelled) >= 2:
        scores[Kind.APPEAL] += 3 * len(labelled)
        signals.append(f"appeal:labelled {', '.join(sorted(labelled))}+{3 * len(labelled)}")
    best = max(scores, key=lambda k: scores[k])
    in_subject = any(word in lowered_subject for table in SIGNALS.values() for word, _ in table) \
        or bool(_FEEDBACK_SUBJECT.search(subject))
    if _NOT_A_REQUEST.search(subject) or (_NOT_A_REQUEST.search(body[:400]) and not in_subject
                                          and len(labelled) < 2 and verdicts < 3):  # a verdict a lead: feedback
        return Kind.UNKNOWN, [*signals, "a question or paperwork, not a request"]
    if _COMPLAINT_SUBJECT.search(subject) and len(labelled) < 2:
        return Kind.UNKNOWN, [*signals, "a complaint about HQ, not a request"]
    if len(_PITCH.findall(body)) >= 2:
        return Kind.UNKNOWN, [*signals, "a sales pitch, not a partner's request"]
    if scores[best] < 6:
        return Kind.UNKNOWN, [*signals, "no request kind scored enough"]
    return best, signals
