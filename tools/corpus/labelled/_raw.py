"""Hand-built machine mail (bounces, newsletters, lists, notifications) and junk.

These are not written by a partner's mail client, so each is assembled here
header by header in the style of the software that sends it.
"""

from __future__ import annotations

import base64
import uuid
from datetime import timedelta

from _clients import (
    HQ,
    Part,
    b64_body,
    crlf,
    encoded_words,
    fmt_date,
    fold_words,
    hexs,
    ip,
    qp_body,
    received,
)
from _world import Case, T

ORG_FOOTER = "总部商机服务\ndor@ptg139.com"


def env(r, host, addr, when, return_path):
    return [f"Return-Path: <{return_path}>", f"Delivered-To: {HQ}", received(r, host, addr, when + timedelta(seconds=r.randint(1, 6)))]


def subject_words(s, cs="utf-8"):
    return fold_words("Subject", encoded_words(s, cs))


def raw_case(key, kind, raw_bytes, msgid, subject, sender, client_name, *, notes, exercises, charset, atts=(),
             thread_case_ref=None, malformed=False):
    return Case(key, kind, "raw", raw=(raw_bytes, msgid, list(atts), client_name, subject, sender), notes=notes,
                exercises=exercises, charset=charset, thread_case_ref=thread_case_ref, malformed=malformed)


def hq_original(subject, to_name, to_addr, when, msgid, body):
    """HQ's own outgoing message as our outbox writes it (UTF-8 base64)."""
    hs = ["Return-Path: <dor@ptg139.com>",
          "Received: from app1.ptg139.com (app1.ptg139.com [10.20.0.11])\r\n\tby mx1.ptg139.com (Postfix) with ESMTP id "
          f"{hexs_fixed(msgid)}\r\n\tfor <{to_addr}>; {fmt_date(when, cst=True)}",
          "From: " + " ".join(encoded_words("总部商机服务", "utf-8")) + f" <{HQ}>",
          "To: " + " ".join(encoded_words(to_name, "utf-8")) + f" <{to_addr}>",
          subject_words(subject),
          f"Date: {fmt_date(when)}",
          f"Message-ID: {msgid}",
          "MIME-Version: 1.0",
          'Content-Type: text/plain; charset="utf-8"',
          "Content-Transfer-Encoding: base64",
          "Auto-Submitted: auto-generated"]
    return hs, b64_body(crlf(body).encode("utf-8"))


def hexs_fixed(seed: str) -> str:
    import hashlib
    return hashlib.sha1(seed.encode()).hexdigest()[:12].upper()


# ------------------------------------------------------------------ DSN (Postfix)
def postfix_dsn(r):
    d = T(2026, 6, 16, 10, 2, 11)
    host, qid = "mail.ouyueqf.com", "6B1C220A3F"
    bnd = f"{qid}.{int(d.timestamp())}/{host}"
    orig_h, _ = hq_original("[DOR#SS-2026-000149] 商机申诉判定结果", "王芳", "wangfang@ouyueqf.com", d - timedelta(seconds=6),
                            "<verdict.SS-2026-000149@ptg139.com>", "")
    notification = (
        f"This is the mail system at host {host}.\r\n\r\nI'm sorry to have to inform you that your message could not\r\n"
        "be delivered to one or more recipients. It's attached below.\r\n\r\nFor further assistance, please send mail to "
        "postmaster.\r\n\r\nIf you do so, please include this problem report. You can\r\ndelete your own text from the attached "
        "returned message.\r\n\r\n                   The mail system\r\n\r\n<wangfang@ouyueqf.com>: host "
        f"{host}[private/dovecot-lmtp] said: 550 5.1.1\r\n    <wangfang@ouyueqf.com> User doesn't exist: wangfang@ouyueqf.com "
        "(in reply to\r\n    RCPT TO command)\r\n")
    status = (f"Reporting-MTA: dns; {host}\r\nX-Postfix-Queue-ID: {qid}\r\nX-Postfix-Sender: rfc822; dor@ptg139.com\r\n"
              f"Arrival-Date: {fmt_date(d - timedelta(seconds=1), cst=True)}\r\n\r\nFinal-Recipient: rfc822; wangfang@ouyueqf.com\r\n"
              "Original-Recipient: rfc822;wangfang@ouyueqf.com\r\nAction: failed\r\nStatus: 5.1.1\r\n"
              "Diagnostic-Code: x-unix; User doesn't exist: wangfang@ouyueqf.com\r\n")
    parts = [Part(["Content-Description: Notification", "Content-Type: text/plain; charset=us-ascii"], notification.encode()),
             Part(["Content-Description: Delivery report", "Content-Type: message/delivery-status"], status.encode()),
             Part(["Content-Description: Undelivered Message Headers", "Content-Type: text/rfc822-headers"],
                  ("\r\n".join(orig_h) + "\r\n").encode("ascii"))]
    msgid = f"<20260616020211.{qid}@{host}>"
    top = env(r, host, ip(r, "60.190"), d, "")
    top += [f"Received: by {host} (Postfix)\r\n\tid {qid}; {fmt_date(d, cst=True)}",
            f"Date: {fmt_date(d, cst=True)}", f"From: MAILER-DAEMON@{host} (Mail Delivery System)",
            "Subject: Undelivered Mail Returned to Sender", f"To: {HQ}", "Auto-Submitted: auto-replied", "MIME-Version: 1.0",
            f'Content-Type: multipart/report; report-type=delivery-status;\r\n\tboundary="{bnd}"',
            "Content-Transfer-Encoding: 8bit", f"Message-Id: {msgid}"]
    raw = Part(top, parts=parts, boundary=bnd, preamble=b"This is a MIME-encapsulated message.\r\n").render()
    return raw_case("U04", "auto", raw, msgid, "Undelivered Mail Returned to Sender", f"MAILER-DAEMON@{host}",
                    "Postfix DSN (failure)", charset="us-ascii 7bit",
                    exercises="Postfix DSN from MAILER-DAEMON: multipart/report with text/rfc822-headers",
                    notes="Postfix bounce from MAILER-DAEMON (empty Return-Path, Auto-Submitted: auto-replied, a comment in From); "
                          "multipart/report with notification, message/delivery-status and text/rfc822-headers of HQ's verdict "
                          "(case tag only inside the returned headers, so case_ref null); no attachments.")


# ------------------------------------------------------------------ NDR (Exchange)
def exchange_ndr(r):
    d = T(2026, 9, 21, 15, 31, 7)
    guid = str(uuid.UUID(int=r.getrandbits(128)))
    bnd = "_000_" + guid.replace("-", "") + "EXCH01xishanghuilocal_"
    alt_b = "_001_" + guid.replace("-", "") + "EXCH01xishanghuilocal_"
    orig_subject = "[DOR#HZ-2026-000044] 续费方案沟通"
    body = ("钱晨 您好：\n\n关于江阴天宏液压机械有限公司的续费，总部提供两个方案：\n方案一：续费一年，商机160条；\n"
            "方案二：续费一年，商机200条，赠送1个月服务期。\n请与客户沟通后回复。\n\n总部商机服务\ndor@ptg139.com\n"
            "案件标记：[DOR#HZ-2026-000044]（回复本邮件时请勿删除此行）\n")
    oh, ob = hq_original(orig_subject, "钱晨", "qianchen2@xishanghui.com", d - timedelta(seconds=4),
                         "<plan.HZ-2026-000044@ptg139.com>", body)
    original = ("\r\n".join(oh) + "\r\n\r\n").encode() + ob
    text = ("无法将邮件传递给以下收件人或组：\n\nqianchen2@xishanghui.com\n找不到该电子邮件地址。请检查收件人的电子邮件地址，然后尝试重新发送邮件。"
            "如果问题仍然存在，请联系技术支持人员。\n\n\n\n\n\n\n\n供管理员参考的诊断信息：\n\n生成服务器: EXCH01.xishanghui.local\n\n"
            "qianchen2@xishanghui.com\nRemote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by "
            "SMTP address lookup'\n")
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>"
            "<p><b><font color=\"#000066\" size=\"3\" face=\"Arial\">无法将邮件传递给以下收件人或组：</font></b></p>"
            "<p><a href=\"mailto:qianchen2@xishanghui.com\">qianchen2@xishanghui.com</a><br>找不到该电子邮件地址。</p>"
            "<p>生成服务器: EXCH01.xishanghui.local</p></body></html>")
    alt = Part([f'Content-Type: multipart/alternative;\r\n\tboundary="{alt_b}"'],
               parts=[Part(['Content-Type: text/plain; charset="utf-8"', "Content-Transfer-Encoding: base64"],
                              b64_body(crlf(text).encode("utf-8"))),
                         Part(['Content-Type: text/html; charset="utf-8"', "Content-Transfer-Encoding: base64"],
                              b64_body(html.encode("utf-8")))], boundary=alt_b)
    status = ("Reporting-MTA: dns;EXCH01.xishanghui.local\r\nReceived-From-MTA: dns;mx1.ptg139.com\r\n"
              f"Arrival-Date: {fmt_date(d - timedelta(seconds=3))}\r\n\r\nFinal-Recipient: rfc822;qianchen2@xishanghui.com\r\n"
              "Action: failed\r\nStatus: 5.1.10\r\nDiagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient "
              "not found by SMTP address lookup\r\n")
    parts = [alt, Part(["Content-Type: message/delivery-status"], status.encode()),
             Part(["Content-Type: message/rfc822"], original)]
    msgid = f"<{guid}@EXCH01.xishanghui.local>"
    subject = "无法送达: " + orig_subject
    top = env(r, "mail.xishanghui.com", ip(r, "60.138"), d, "")
    top += ["From: postmaster@xishanghui.com", f"To: {HQ}", f"Date: {fmt_date(d)}", subject_words(subject),
            "Thread-Topic: " + " ".join(encoded_words(orig_subject, "utf-8")),
            "Thread-Index: " + base64.b64encode(bytes(r.randrange(256) for _ in range(22))).decode(),
            f"Message-ID: {msgid}", "In-Reply-To: <plan.HZ-2026-000044@ptg139.com>",
            "References: <plan.HZ-2026-000044@ptg139.com>", "Content-Language: zh-CN", "X-MS-Has-Attach:",
            "X-MS-Exchange-Message-Is-Ndr:", "X-MS-Exchange-Organization-SCL: -1", "X-MS-TNEF-Correlator:",
            f'Content-Type: multipart/report; report-type=delivery-status;\r\n\tboundary="{bnd}"', "MIME-Version: 1.0"]
    raw = Part(top, parts=parts, boundary=bnd).render()
    return raw_case("U05", "auto", raw, msgid, subject, "postmaster@xishanghui.com", "Exchange NDR", charset="UTF-8 base64",
                    thread_case_ref="HZ-2026-000044",
                    exercises="Exchange NDR from postmaster: '无法送达:' + tag, returned HQ message (quota numbers inside)",
                    notes="Exchange non-delivery report from postmaster@ (no Auto-Submitted): multipart/report with a "
                          "text/html alternative, delivery-status and the complete returned HQ message as an unnamed "
                          "message/rfc822 (not an attachment); subject '无法送达: [DOR#HZ-2026-000044] …' (case_ref set) and "
                          "In-Reply-To to HQ; the returned plan names a client and quotas: no fields.")


# ------------------------------------------------------------------ Tencent bounce
def tencent_bounce(r):
    d = T(2026, 9, 17, 20, 12, 45)
    subject = "退信：[DOR#SS-2026-000214] 请补充材料：商机申诉"
    html = ("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=GB18030\"><div style=\"font-size:14px\">"
            "<div><b>很抱歉您发送的邮件被退回，以下是该邮件的相关信息：</b></div><div>被退回的邮件：[DOR#SS-2026-000214] 请补充材料：商机申诉</div>"
            "<div>时间：2026年9月17日（星期四） 晚上8:12</div><div>收件人：lihw@zytuoke.com</div>"
            "<div>退信原因：收件人邮箱地址不存在（lihw@zytuoke.com），请核对后重新发送。</div>"
            "<div>退信编号：" + hexs(r, 16, True) + "</div><div>此邮件为系统自动发出，请勿直接回复。</div></div>")
    msgid = f"<tencent_{hexs(r, 36, True)}@exmail.qq.com>"
    top = env(r, f"smtpbgsg{r.randint(100, 199)}.qq.com", ip(r, "54.254"), d, "")
    top += [f"X-QQ-mid: bizesmtp{r.randint(10, 99)}t{int(d.timestamp())}t{hexs(r, 6)}",
            'From: "PostMaster" <postmaster@zytuoke.com>', f"To: <{HQ}>", subject_words(subject, "gb18030"),
            "Mime-Version: 1.0", 'Content-Type: text/html;\r\n\tcharset="gb18030"', "Content-Transfer-Encoding: base64",
            f"Date: {fmt_date(d, pad_day=False)}", f"Message-ID: {msgid}", "X-QQ-MIME: TCMime 1.0 by Tencent",
            "X-Mailer: Tencent Exmail Bounce"]
    raw = Part(top, b64_body(html.encode("gb18030"))).render()
    return raw_case("U06", "auto", raw, msgid, subject, "postmaster@zytuoke.com", "Tencent Exmail bounce (approximated)",
                    charset="gb18030 base64",
                    exercises="bounce that is not multipart/report: sender postmaster, '退信：' + tag",
                    notes="Tencent Exmail-style bounce: a plain text/html (gb18030 base64), not multipart/report, no "
                          "Auto-Submitted; automatic because the sender is postmaster@ (and Return-Path is empty); the subject "
                          "carries the tag (case_ref set); approximated.")


# ------------------------------------------------------------------ newsletter
def newsletter(r):
    d = T(2026, 9, 8, 8, 30, 0)
    subject = "【机电商情】第36期：激光设备采购商机汇总、液压机行业趋势"
    rows = [("求购光纤激光切割机3000W", "湖南长沙", "JD-0908-113"), ("求购四柱液压机315吨", "山东济南", "JD-0908-127"),
            ("求购颚式破碎机PE600×900", "河南郑州", "JD-0908-131"), ("求购全自动捆扎机", "浙江瑞安", "JD-0908-142")]
    trs = "".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td></tr>" for a, b, c in rows)
    html = ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>机电商情周刊</title></head><body style=\"margin:0\">"
            "<table width=\"640\" align=\"center\" cellpadding=\"8\"><tr><td><h2>机电商情周刊 第36期</h2>"
            "<p>本期推荐：激光设备采购商机汇总、液压机行业趋势分析。合作商、厂家均可免费发布供求信息。</p>"
            "<table border=\"1\" cellspacing=\"0\" cellpadding=\"6\"><tr><th>商机</th><th>地区</th><th>信息编号</th></tr>" + trs +
            "</table><p>会员热线：400-820-6617</p><p style=\"font-size:12px;color:#999\">您收到此邮件是因为您订阅了机电商情周刊。"
            "<a href=\"https://edm.jdsqzk.com/unsub?u=ZG9yQHB0ZzEzOS5jb20\">退订</a></p></td></tr></table></body></html>")
    msgid = f"<20260908003000.{hexs(r, 10)}@edm.jdsqzk.com>"
    top = env(r, "mta12.edm.jdsqzk.com", ip(r, "106.75"), d, "bounce-ZG9yQHB0ZzEzOS5jb20@edm.jdsqzk.com")
    top += ["From: " + " ".join(encoded_words("机电商情周刊", "utf-8")) + " <news@edm.jdsqzk.com>", f"To: {HQ}",
            subject_words(subject), f"Date: {fmt_date(d)}", f"Message-ID: {msgid}", "MIME-Version: 1.0",
            "Precedence: bulk",
            "List-Unsubscribe: <https://edm.jdsqzk.com/unsub?u=ZG9yQHB0ZzEzOS5jb20>,\r\n <mailto:unsub@edm.jdsqzk.com?subject=unsub>",
            "List-Unsubscribe-Post: List-Unsubscribe=One-Click", "X-Mailer: EDM Pro 5.2",
            f"Feedback-ID: 36:{hexs(r, 8)}:newsletter:jdsqzk", 'Content-Type: text/html; charset="utf-8"',
            "Content-Transfer-Encoding: base64"]
    raw = Part(top, b64_body(html.encode("utf-8"))).render()
    return raw_case("U07", "auto", raw, msgid, subject, "news@edm.jdsqzk.com", "EDM newsletter", charset="UTF-8 base64",
                    exercises="Precedence: bulk newsletter (HTML only) full of 商机/company words",
                    notes="Industry newsletter: Precedence: bulk, List-Unsubscribe (+ One-Click), HTML only; it lists '采购商机' "
                          "with info numbers, places and models: automatic, no fields.")


# ------------------------------------------------------------------ mailing list
def mailing_list(r):
    d = T(2026, 8, 28, 17, 50, 36)
    subject = "[中原合作商] 本周各客户推送进度"
    body = ("各位同事：\n\n本周推送进度如下：\n宇鼎矿机：合同200条，已推送141条\n华锐起重：合同200条，已推送126条\n"
            "振兴筛分：合同150条，已推送112条\n\n请各负责人跟进客户的续费意向。\n\n张静\n" + "中原拓客 客服部\n"
            "_______________________________________________\n中原合作商 mailing list -- zy-partners@lists.zytuoke.com\n"
            "To unsubscribe send an email to zy-partners-leave@lists.zytuoke.com\n")
    inner_id = f"<tencent_{hexs(r, 36, True)}@exmail.qq.com>"
    hsh = base64.b32encode(bytes(r.randrange(256) for _ in range(20))).decode()
    top = env(r, "lists.zytuoke.com", ip(r, "123.57"), d, "zy-partners-bounces+dor=ptg139.com@lists.zytuoke.com")
    top += ["From: " + " ".join(encoded_words("张静", "utf-8")) + " <zhangjing@zytuoke.com>",
            "To: zy-partners@lists.zytuoke.com", subject_words(subject), f"Date: {fmt_date(d)}", f"Message-ID: {inner_id}",
            "MIME-Version: 1.0", 'Content-Type: text/plain; charset="utf-8"', "Content-Transfer-Encoding: base64",
            f"Message-ID-Hash: {hsh}", f"X-Message-ID-Hash: {hsh}", "X-MailFrom: zhangjing@zytuoke.com",
            "X-Mailman-Rule-Misses: dmarc-mitigation; no-senders; approved; emergency; loop; banned-address; member-moderation",
            "X-Mailman-Version: 3.3.9",
            "List-Id: " + " ".join(encoded_words("中原合作商交流", "utf-8")) + " <zy-partners.lists.zytuoke.com>",
            f"Archived-At: <https://lists.zytuoke.com/hyperkitty/list/zy-partners@lists.zytuoke.com/message/{hsh}/>",
            "List-Archive: <https://lists.zytuoke.com/hyperkitty/list/zy-partners@lists.zytuoke.com/>",
            "List-Help: <mailto:zy-partners-request@lists.zytuoke.com?subject=help>",
            "List-Owner: <mailto:zy-partners-owner@lists.zytuoke.com>", "List-Post: <mailto:zy-partners@lists.zytuoke.com>",
            "List-Subscribe: <mailto:zy-partners-join@lists.zytuoke.com>",
            "List-Unsubscribe: <mailto:zy-partners-leave@lists.zytuoke.com>"]
    raw = Part(top, b64_body(crlf(body).encode("utf-8"))).render()
    return raw_case("U08", "auto", raw, inner_id, subject, "zhangjing@zytuoke.com", "Mailman 3 list", charset="UTF-8 base64",
                    exercises="List-Id mailing-list copy (no Precedence) that reads like a summary",
                    notes="A partner-internal Mailman 3 list delivers a colleague's post to HQ (HQ is subscribed): List-Id, "
                          "List-Post, List-Unsubscribe, no Precedence, no Auto-Submitted; it lists quotas and pushed counts "
                          "for three clients but is list traffic: auto, no fields.")


# ------------------------------------------------------------------ noreply CRM
def noreply_crm(r):
    d = T(2026, 8, 27, 18, 0, 4)
    subject = "商机推送日报（2026-08-27）"
    rows = [("河南华锐起重设备有限公司", "2608270011", "2026-08-27 09:12"), ("郑州宇鼎矿山机械有限公司", "2608270023", "2026-08-27 10:40"),
            ("郑州宇鼎矿山机械有限公司", "2608270031", "2026-08-27 14:05"), ("新乡市振兴筛分机械有限公司", "2608270046", "2026-08-27 16:30")]
    trs = "".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td></tr>" for a, b, c in rows)
    html = ("<html><body><p>今日共推送商机 4 条：</p><table border=\"1\" cellspacing=\"0\" cellpadding=\"4\">"
            "<tr><th>客户</th><th>商机编号</th><th>推送时间</th></tr>" + trs +
            "</table><p>本邮件由拓客CRM系统自动发送，请勿直接回复。</p></body></html>")
    msgid = f"<{hexs(r, 32)}@crm.zytuoke.com>"
    top = env(r, "crm.zytuoke.com", ip(r, "121.43"), d, "no-reply@crm.zytuoke.com")
    top += [f"Date: {fmt_date(d)}", f"To: {HQ}", "From: " + " ".join(encoded_words("拓客CRM", "utf-8")) + " <no-reply@crm.zytuoke.com>",
            subject_words(subject), f"Message-ID: {msgid}", "X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)",
            "MIME-Version: 1.0", "Content-Type: text/html; charset=utf-8", "Content-Transfer-Encoding: quoted-printable"]
    raw = Part(top, qp_body(html.encode("utf-8"))).render()
    return raw_case("U09", "auto", raw, msgid, subject, "no-reply@crm.zytuoke.com", "CRM notification (PHPMailer)",
                    charset="UTF-8 QP",
                    exercises="noreply sender with lead ids and client names (no other auto header)",
                    notes="A partner CRM's daily push report from no-reply@ (PHPMailer, HTML QP, no Auto-Submitted/Precedence): "
                          "automatic by the sender alone; the lead ids and client names are not fields.")


# ------------------------------------------------------------------ ERP weekly report
def erp_report(r):
    d = T(2026, 10, 12, 8, 0, 1)
    subject = "【周报】恒锐激光 商机推送进度 62/100条"
    body = ("客户：苏州恒锐激光设备有限公司\n合作商：苏州吴中云帆网络科技有限公司\n合同商机：100条\n已推送：62条（62%）\n"
            "服务期：2026-01-01 至 2026-12-31\n本周新增：3条\n\n此邮件由云帆ERP系统自动发送，请勿回复。\n")
    msgid = f"<{hexs(r, 24)}@erp.yunfanwl.com>"
    top = env(r, "erp.yunfanwl.com", ip(r, "47.98"), d, "erp-report@yunfanwl.com")
    top += [f"Date: {fmt_date(d)}", f"To: {HQ}", "Cc: xujia@yunfanwl.com",
            "From: " + " ".join(encoded_words("云帆ERP", "gb18030")) + " <erp-report@yunfanwl.com>",
            subject_words(subject, "gb18030"), f"Message-ID: {msgid}", "Auto-Submitted: auto-generated (weekly-report)",
            "X-Mailer: YF-ERP 2.4", "MIME-Version: 1.0", 'Content-Type: text/plain; charset="gb18030"',
            "Content-Transfer-Encoding: base64"]
    raw = Part(top, b64_body(crlf(body).encode("gb18030"))).render()
    return raw_case("U10", "auto", raw, msgid, subject, "erp-report@yunfanwl.com", "partner ERP report",
                    charset="gb18030 base64",
                    exercises="Auto-Submitted with a comment; content looks exactly like a summary",
                    notes="A partner ERP's weekly report with 'Auto-Submitted: auto-generated (weekly-report)': it has partner, "
                          "client, quota, pushed count and period ('62/100条') like a summary, but it is automatic: no fields.")


# ------------------------------------------------------------------ junk
def spam_invoice(r):
    d = T(2026, 9, 14, 3, 12, 7)
    subject = "代 开 发 票 / 各 类 增 值 税 专 票 / 点 数 优 惠"
    body = ("贵公司负责人（经理/财务）您好：\n\n本公司可代开全国各地增值税专用发票、普通发票，点数优惠，可先验证后付款。\n"
            "联系人：李会计\n电话/微信：13417720596\nQQ：2968801345\n\n（如有打扰请见谅）\n")
    msgid = f"<20260914031207.{hexs(r, 10, True)}@fapiao-dk.top>"
    top = env(r, "unknown", ip(r, "185.212"), d, "lkj_9921@fapiao-dk.top")
    top[2] = top[2].replace("from unknown (unknown ", "from mail.fapiao-dk.top (unknown ")
    top += ["From: " + " ".join(encoded_words("李会计", "GB2312")) + " <lkj_9921@fapiao-dk.top>", f"To: {HQ}",
            subject_words(subject, "GB2312"), f"Date: {fmt_date(d)}", f"Message-ID: {msgid}", "MIME-Version: 1.0",
            'Content-Type: text/plain;\r\n\tcharset="gb2312"', "Content-Transfer-Encoding: base64", "X-Priority: 3",
            "X-MSMail-Priority: Normal", "X-Mailer: Microsoft Outlook Express 6.00.2900.5512",
            "X-MimeOLE: Produced By Microsoft MimeOLE V6.00.2900.5512"]
    raw = Part(top, b64_body(crlf(body).encode("gb18030"))).render()
    return raw_case("X03", "unknown", raw, msgid, subject, "lkj_9921@fapiao-dk.top", "Outlook Express (spam)",
                    charset="gb2312 base64",
                    exercises="junk from an unknown sender (invoice spam)",
                    notes="Invoice spam from an unknown domain (Outlook Express headers, gb2312 base64, spaced-out subject): "
                          "not automatic by any header, none of the requests: unknown (no auto reply to unknown senders).")


def phishing(r):
    d = T(2026, 10, 27, 22, 40, 18)
    subject = "【重要通知】您的邮箱容量已满，请立即升级"
    html = ("<html><body><div style=\"font-family:微软雅黑\"><p>尊敬的 dor@ptg139.com 用户：</p><p>您的邮箱容量已使用 99%，"
            "系统将在24小时内暂停收信。请点击下方链接验证账户并免费升级容量：</p>"
            "<p><a href=\"http://ptg139-mail.cn.login-verify.top/upgrade?u=dor\">立即升级</a></p>"
            "<p>ptg139邮箱管理中心</p></div></body></html>")
    msgid = f"<{hexs(r, 20)}@ptg139-mail.cn>"
    top = env(r, "vps-2291.hostkvm.net", ip(r, "45.147"), d, "service@ptg139-mail.cn")
    top += ["From: " + " ".join(encoded_words("ptg139邮箱管理中心", "utf-8")) + " <service@ptg139-mail.cn>", f"To: {HQ}",
            subject_words(subject), f"Date: {fmt_date(d)}", f"Message-ID: {msgid}", "MIME-Version: 1.0",
            'Content-Type: text/html; charset="utf-8"', "Content-Transfer-Encoding: base64"]
    raw = Part(top, b64_body(html.encode("utf-8"))).render()
    return raw_case("X04", "unknown", raw, msgid, subject, "service@ptg139-mail.cn", "phishing (bulk mailer)",
                    charset="UTF-8 base64",
                    exercises="phishing imitating the HQ mail admin (lookalike domain)",
                    notes="Phishing from a lookalike domain (ptg139-mail.cn) imitating the mail administrator; HTML only; "
                          "unknown sender, unknown kind.")
