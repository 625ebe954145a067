"""What mail that is not a request is about, for HQ's triage: a topic and the signal that decided it.

    question · onboarding · invoice · meeting · account · complaint · pitch · other

The first topic whose cues appear wins, in the order of TOPICS (a calendar invitation is a
meeting whatever its agenda says; an invoice request that asks a question is still an invoice).
Cues are matched in the normalised text (simplified script, half-width, lower case). What a mail is
(meeting … pitch) is looked for in subject and body before its tone (complaint, question), whose
subject wins over its body: a pitch promising fewer 投诉 is a pitch, '请教：…超时' a question.
"""

from __future__ import annotations

import re

from parsers.records import ParsedMail
from parsers.text import normalize

__all__ = ["TOPICS", "topic"]

TOPICS: tuple[tuple[str, re.Pattern[str]], ...] = tuple((name, re.compile(cues, re.I)) for name, cues in (
    ("meeting", r"begin:vcalendar|会议邀请|邀请您参加|视频会议|视像会议|腾讯会议|线上会议|会议时间|会议室|参会|总结会|座谈会|"
                r"研讨会|交流会|年会|拜访|面谈|当面沟通|"
                r"\binvitation:|\bmeeting\b|google meet|zoom\.us|teams meeting"),
    ("invoice", r"发票|开票|开具.{0,6}票|纳税人识别号|税号|增值税|收款收据|收据|对账单|服务费.{0,6}(付|支付|收款)|\binvoice|\bfapiao"),
    ("pitch", r"退订|如不想再收到|专享价|年费\d|免费试用|限时|优惠|获客系统|咨询电话|前\d+名|提升\d+%|"
              r"诚邀|早鸟|展位(?:预订|预定|火热|有限|价格|费)|(?:诚邀|欢迎|邀请您?)参展|参展(?:费|报名|商)|招商|\bverified (?:buyer|contacts?)|\bbuyer (?:database|contacts)|\bdear sir|"
              r"\bunsubscribe|\bfree trial|\bspecial offer"),
    ("onboarding", r"商机下单表|下单表|关键词列表|关键词确认|新签|新客户|前期资料|资料准备|安排上线|开通服务|"
                   r"\bonboarding|\bnew client"),
    ("account", r"账号|帐号|密码|登录|登陆|抄送(?:地址|给|我们)|手机号(?:码)?(?:换了|变更|改为)|(?:邮箱|联系方式)(?:变更|换了|更新)|后台.{0,4}(打不开|进不去)|白名单|离职|对接人变更|更名|名称变更|工商变更|(?:更改|变更|修改|更换)(?:接收)?邮箱|接收邮箱|抄送人|联系人.{0,6}(删除|变更|更换)|\bpassword|\blog ?in\b|\baccount locked"),
    ("complaint", r"投诉|意见|不满|质量(?:差|下降|太差|不行)|质疑|太慢|时效(太|过)?(慢|长|差)|超时|一直没有?(回复|处理)|没有?人(处理|回复|理)|很失望|"
                  r"乱码|响应速度|难以?向客户交代|没法(向客户)?解释|给个说法|很被动|没有任何.{0,4}结果|\bcomplain"),
    ("question", r"请教|请问|想问|咨询|如何|怎么|能否|是否可以|可不可以|[?？]|\bhow (do|to|can)\b|\bcan we\b"),
))


_TONE = ("complaint", "question")


def topic(mail: ParsedMail) -> tuple[str, str]:
    """(topic, signal) of a mail that is no request: the cue that decided it, or why it is other."""
    if any(a.content_type == "text/calendar" for a in mail.attachments) or "BEGIN:VCALENDAR" in mail.body_text:
        return "meeting", "a text/calendar part"
    subject = normalize(mail.subject or "")
    body = normalize(mail.new_text or mail.body_text)[:4000]
    places = (("subject", subject), ("body", body))
    for name, cues in TOPICS:  # what the mail is (a pitch promising fewer 投诉 is a pitch) …
        for where, text in places if name not in _TONE else ():
            if m := cues.search(text):
                return name, f"{name}: {m.group(0).strip()!r} in the {where}"
    for where, text in places:  # … then its tone, the subject's word first ('请教：…' over a body's 超时)
        for name, cues in TOPICS:
            if name in _TONE and (m := cues.search(text)):
                return name, f"{name}: {m.group(0).strip()!r} in the {where}"
    return "other", "no topic's cue words"
