"""Adjustments, summaries, replies, automatic mail and unrecognised mail."""

from __future__ import annotations

from datetime import date

import _raw
from _appeals import GY, HLC, OY, QCSL, QH, QT, SQ, XSH, YF, ZY, table_mail
from _clients import Mail
from _world import (
    OCTET,
    Case,
    T,
    docx,
    fields,
    hq_mail,
    logo_att,
    pdf,
    quote_android,
    quote_apple,
    quote_coremail,
    quote_foxmail,
    quote_outlook,
    quote_qq,
    rec_amr,
    shot_png,
    xlsx,
)
from mimekit import local

CASES = []


def case(fn):
    CASES.append(fn)
    return fn


def adj_extra(add=(), remove=(), excluded=(), audience=()):
    return {"keywords_add": list(add), "keywords_remove": list(remove), "excluded_products": list(excluded),
            "audience": list(audience)}


def trigger(quota, pushed, start: str, end: str, sent) -> str | None:
    s, e = date.fromisoformat(start), date.fromisoformat(end)
    lead = quota is not None and pushed is not None and pushed / quota >= 0.6
    time = (sent.date() - s).days / ((e - s).days + 1) >= 0.7
    return "both" if lead and time else "lead_60" if lead else "time_70" if time else None


def summary_extra(trig, renewal, *, quota, pushed, start, end, sent):
    if quota is not None:
        assert trigger(quota, pushed, start, end, sent) == trig, (trig, trigger(quota, pushed, start, end, sent))
    return {"trigger": trig, "renewal_intent": renewal}


# ================================================================ adjustments
@case
def D01(r):
    text = ("总部老师好：\n\n合作商：" + QCSL + "\n客户：济南力拓数控机床有限公司\n\n最近5条商机反馈：\n"
            "1. XP-2604-0133  精准  CK6150数控车床，已报价\n2. XP-2604-0151  不精准  要二手车床\n"
            "3. XP-2604-0188  不精准  个人询价（已单独申诉）\n4. XP-2604-0192  精准  VMC850加工中心，在谈\n"
            "5. XP-2604-0207  精准  数控车床3台，已约看厂\n\n调整建议：\n新增关键词：斜床身数控车床、立式加工中心\n"
            "删除关键词：二手机床、机床维修\n不做产品：二手机床、普通车床\n\n刘燕\n泉城商联 客服")
    m = Mail("刘燕", "qcsl_liuyan@163.com", T(2026, 4, 20, 10, 30, 41), "力拓数控 商机调整反馈（5条）", text)
    return Case("D01", "adjustment", "163", m,
                fields=fields(QCSL, "济南力拓数控机床有限公司",
                              ["XP-2604-0133", "XP-2604-0151", "XP-2604-0188", "XP-2604-0192", "XP-2604-0207"], lead_count=5),
                accept={"partner": ["泉城商联"], "client": ["力拓数控"]}, charset="GBK base64",
                extra=adj_extra(["斜床身数控车床", "立式加工中心"], ["二手机床", "机床维修"], ["二手机床", "普通车床"]),
                exercises="5 ids in numbered body lines; model numbers / '3台' distractors",
                notes="163 webmail (GBK); five XP- ids in numbered lines 'N. id 精准/不精准 comment'; 'CK6150', 'VMC850', '3台' are "
                      "distractors; keyword add/remove and excluded products as labelled lines.")


@case
def D02(r):
    before = "总部您好：\n\n海泰橡胶最近10条商机的客户反馈如下，请按建议调整推广。\n合作商：" + HLC + "\n客户：青岛海泰橡胶机械有限公司\n"
    ids = ["SJ20260402-0015", "SJ20260406-0032", "SJ20260409-0007", "SJ20260413-0041", "SJ20260416-0026",
           "SJ20260420-0003", "SJ20260423-0038", "SJ20260427-0019", "SJ20260430-0044", "SJ20260506-0012"]
    fb = [("精准", "平板硫化机，已报价"), ("不精准", "问橡胶密封圈成品"), ("精准", "密炼机，在谈"), ("精准", "硫化机2台"),
          ("不精准", "学校实验室小型设备"), ("精准", "开炼机"), ("不精准", "个人问橡胶地垫"), ("精准", "平板硫化机"),
          ("精准", "橡胶压延机，已约看厂"), ("不精准", "问橡胶制品加工")]
    rows = [["序号", "商机编号", "是否精准", "客户反馈"]] + [[str(i + 1), ids[i], fb[i][0], fb[i][1]] for i in range(10)]
    after = ("\n调整建议：\n1. 目标人群只要企业、工厂，个人和学校的询盘不要推；\n2. 新增关键词：平板硫化机、橡胶密炼机；\n"
             "3. 删除关键词：橡胶制品；\n4. 不做产品：橡胶制品加工。\n\n王晓琳\n海联创 客服部")
    text, html = table_mail(before, rows, after)
    m = Mail("王晓琳", "2871654093@qq.com", T(2026, 5, 12, 16, 20, 3), "海泰橡胶 10条商机汇总调整", text, html)
    return Case("D02", "adjustment", "qq", m,
                fields=fields(HLC, "青岛海泰橡胶机械有限公司", ids, lead_count=10),
                accept={"partner": ["海联创"], "client": ["海泰橡胶"]}, charset="gb18030 base64",
                extra=adj_extra(["平板硫化机", "橡胶密炼机"], ["橡胶制品"], ["橡胶制品加工"], ["企业", "工厂"]),
                exercises="10 ids in a QQ HTML table; audience proposal",
                notes="QQ Mail; ten ids in an HTML table (序号/商机编号/是否精准/客户反馈; the text alternative has space-separated "
                      "rows); the 序号 column and '2台' are distractors; audience 企业/工厂 (个人/学校 excluded).")


@case
def D03(r):
    import datetime as dt
    ids = ["SJ20260505-0021", "SJ20260507-0009", "SJ20260511-0030", "SJ20260513-0017", "SJ20260515-0042",
           "SJ20260519-0006", "SJ20260521-0028", "SJ20260526-0011", "SJ20260601-0035", "SJ20260605-0002"]
    prods = ["不锈钢离心泵", "家用增压泵", "化工流程泵", "磁力泵", "潜水排污泵", "自吸泵", "家用增压泵", "化工离心泵", "消防泵", "磁力驱动泵"]
    ok = ["是", "否", "是", "是", "否", "是", "否", "是", "否", "是"]
    days = [5, 7, 11, 13, 15, 19, 21, 26, 32, 36]
    rows = [["客户：温州瓯江泵业有限公司", None, None, None, None], ["序号", "商机编号", "推送日期", "需求产品", "是否精准"]]
    for i in range(10):
        rows.append([i + 1, ids[i], local(2026, 5, 1) + dt.timedelta(days=days[i] - 1), prods[i], ok[i]])
    text = ("总部您好：\n\n附件是温州瓯江泵业有限公司最近10条商机的反馈表。客户意见：家用增压泵和消防泵的询盘客户不做，化工泵方向很精准。\n\n"
            "调整建议：\n新增关键词：磁力驱动泵、自吸式化工泵\n删除关键词：家用增压泵\n不做产品：家用增压泵、消防泵\n"
            "目标人群：化工厂、水处理企业\n\n陈佳慧 | 客服主管\n" + OY + "\n电话：0577-88236617")
    m = Mail("陈佳慧", "chenjiahui@ouyueqf.com", T(2026, 6, 9, 9, 40, 27), "瓯江泵业 商机调整反馈（10条）", text,
             atts=[xlsx("瓯江泵业商机调整反馈表（10条）.xlsx", [("反馈表", rows)], creator="陈佳慧",
                        widths={"B": 18, "C": 12, "D": 14})])
    return Case("D03", "adjustment", "outlook", m,
                fields=fields(OY, "温州瓯江泵业有限公司", ids, lead_count=10),
                accept={"client": ["瓯江泵业"]}, charset="gb2312 base64",
                extra=adj_extra(["磁力驱动泵", "自吸式化工泵"], ["家用增压泵"], ["家用增压泵", "消防泵"], ["化工厂", "水处理企业"]),
                exercises="10 ids only in an .xlsx (declared xlsx type, date cells)",
                notes="Outlook; the ten ids are only in the attached .xlsx (declared with its real type; push dates as date "
                      "cells); proposals in the body; audience 化工厂/水处理企业.")


@case
def D04(r):
    text = ("总部您好：\n\n合作商：" + SQ + "\n客户：佛山顺德科威激光设备有限公司\n\n最近5条商机客户都跟进了，3条精准，2条不精准"
            "（一条要激光美容仪，一条要激光笔）。客户经理何喆确认后，关键词调整如下：\n\n+ 光纤激光切割机\n+ 激光焊接机\n- 激光设备（太泛）\n"
            "- 激光器\n\n不做产品：激光美容设备、激光笔、激光雕刻笔\n\n--\n黄敏 | 客服部\n" + SQ)
    m = Mail("黄敏", "huangmin@shunqiwl.cn", T(2026, 6, 16, 15, 0, 19), "科威激光 最近5条商机反馈及关键词调整", text,
             opts={"text_cte": "8bit"})
    return Case("D04", "adjustment", "foxmail", m,
                fields=fields(SQ, "佛山顺德科威激光设备有限公司", [], lead_count=5),
                accept={"client": ["科威激光"]}, charset="gb2312 label, GB18030 8bit",
                extra=adj_extra(["光纤激光切割机", "激光焊接机"], ["激光设备", "激光器"], ["激光美容设备", "激光笔", "激光雕刻笔"]),
                exercises="count only (5条), no ids; '+'/'-' keyword lines; 8bit gb2312 with 喆",
                notes="Foxmail 8bit text declared gb2312 (contains 喆); the count '5条' without any id; keyword proposals as '+' / "
                      "'-' lines; '3条'/'2条' are distractors.")


@case
def D05(r):
    text = ("总部好，\n\n杭州富春造纸机械有限公司这个月推的10条商机，客户反馈精准的6条，另外4条里有3条是问生活用纸复卷机的，1条是问二手设备的。"
            "客户只做文化纸和包装纸的造纸设备，建议：\n\n不做产品：生活用纸复卷机、二手造纸设备\n新增关键词：瓦楞纸板生产线、碎浆机\n"
            "目标人群：造纸厂、包装厂\n\n周逸\n" + QT)
    m = Mail("周逸", "zhouyi@qtshulian.com", T(2026, 7, 7, 11, 0, 45), "富春造纸 10条商机反馈", text)
    return Case("D05", "adjustment", "apple", m,
                fields=fields(QT, "杭州富春造纸机械有限公司", [], lead_count=10),
                accept={"client": ["富春造纸"]}, charset="UTF-8 QP",
                extra=adj_extra(["瓦楞纸板生产线", "碎浆机"], [], ["生活用纸复卷机", "二手造纸设备"], ["造纸厂", "包装厂"]),
                exercises="Apple Mail prose; count only (10条)",
                notes="Apple Mail (UTF-8 QP); prose with the count '10条' and no ids; 6/4/3/1 are distractors.")


@case
def D06(r):
    text = ("总部好：\n\n合作商：" + ZY + "\n客户：河南华锐起重设备有限公司\n\n客户最近反馈询盘里问小型电动葫芦、手拉葫芦的比较多，"
            "客户只做10吨、20吨的桥式和门式起重机。建议相应调整推广：\n删除关键词：电动葫芦、手拉葫芦\n新增关键词：桥式起重机、门式起重机、"
            "双梁行车\n\n张静\n中原拓客 客服部")
    m = Mail("张静", "zhangjing@zytuoke.com", T(2026, 7, 13, 10, 20, 4), "华锐起重 推广调整建议", text)
    return Case("D06", "adjustment", "wecom", m,
                fields=fields(ZY, "河南华锐起重设备有限公司", []),
                accept={"partner": ["中原拓客"], "client": ["华锐起重"]}, charset="UTF-8 base64",
                extra=adj_extra(["桥式起重机", "门式起重机", "双梁行车"], ["电动葫芦", "手拉葫芦"]),
                exercises="neither a count nor ids -> missing lead_ids; '10吨'/'20吨' distractors",
                notes="WeCom / Exmail; an adjustment ('相应调整推广') with keyword proposals but neither a count nor ids, so "
                      "'lead_ids' is missing; '10吨' and '20吨' are tonnages, not a count of 10.")


@case
def D07(r):
    text = ("总部好：\n\n客户：湖南湘能激光科技有限公司\n这5条：10560318、10560342、10561007、10561290、10561355\n"
            "精准3条，另外2条问的是激光打标机，客户不做。\n\n建议：新增关键词：手持激光焊接机；删除：激光打标机\n\n彭丹 13873126640")
    m = Mail("彭丹", "3307418256@qq.com", T(2026, 7, 28, 14, 0, 33), "湘能激光 5条商机反馈", text)
    return Case("D07", "adjustment", "qq", m,
                fields=fields(None, "湖南湘能激光科技有限公司", ["10560318", "10560342", "10561007", "10561290", "10561355"],
                              lead_count=5),
                accept={"client": ["湘能激光"]}, charset="gb18030 base64",
                extra=adj_extra(["手持激光焊接机"], ["激光打标机"]),
                exercises="partner never named -> missing partner; 8-digit ids vs 11-digit mobile",
                notes="QQ Mail from a personal QQ address signed only with a name and mobile: the partner is never named, so "
                      "'partner' is missing; five 8-digit ids joined by '、'; the 11-digit mobile is a distractor.")


@case
def D08(r):
    text = ("总部好，万利达模具（东莞市万利达模具有限公司）5条商机反馈：ＳＪ２０２６０７２０－００１２，ＳＪ２０２６０７２３－００３１，"
            "ＳＪ２０２６０７２７－０００８，ＳＪ２０２６０７３０－００２５，ＳＪ２０２６０８０３－００１９。精准2条，其余3条都是要塑料制品加工的。"
            "建议删除关键词：塑料模具加工、注塑加工；不做产品：注塑代加工。\n\n何俊\n" + GY)
    m = Mail("何俊", "hejun@guanyisw.com", T(2026, 8, 4, 9, 15, 50), "万利达模具 5条商机反馈", text)
    return Case("D08", "adjustment", "android", m,
                fields=fields(GY, "东莞市万利达模具有限公司",
                              ["SJ20260720-0012", "SJ20260723-0031", "SJ20260727-0008", "SJ20260730-0025", "SJ20260803-0019"],
                              lead_count=5),
                accept={"client": ["万利达模具"]}, charset="GBK 8bit (RFC 2047 headers)",
                extra=adj_extra([], ["塑料模具加工", "注塑加工"], ["注塑代加工"]),
                exercises="phone app 8bit GBK; five full-width ids separated by '，'",
                notes="Phone mail app (8bit GBK text, UTF-8 encoded-word headers); five ids in full-width letters/digits separated "
                      "by '，' (NFKC gives SJ2026…-…).")


@case
def D09(r):
    text = ("总部您好：\n\n转发客户对最近10条商机的反馈，请按客户意见相应调整推广。\n\n林峰\n" + OY + "\n\n"
            "-----原始邮件-----\n发件人: 恒达包装 吴建 [mailto:wujian@hdpack.cn] \n发送时间: 2026年8月12日 14:20\n"
            "收件人: 林峰 <linfeng@ouyueqf.com>\n主题: 近10条询盘的意见\n\n林经理：\n最近10条询盘（SJ20260715-0008 至 SJ20260810-0044），"
            "精准的只有4条，其余是问手动打包机和打包带的。我们瑞安市恒达包装机械有限公司只做全自动捆扎机和缠绕包装机，请把打包带、手动打包机"
            "从关键词里去掉，增加全自动捆扎机、托盘缠绕机。\n吴建")
    m = Mail("林峰", "linfeng@ouyueqf.com", T(2026, 8, 12, 16, 45, 10), "转发: 近10条询盘的意见", text)
    return Case("D09", "adjustment", "outlook", m,
                fields=fields(OY, "瑞安市恒达包装机械有限公司", ["SJ20260715-0008", "SJ20260810-0044"], lead_count=10),
                accept={"client": ["恒达包装"]}, charset="gb2312 base64",
                extra=adj_extra(["全自动捆扎机", "托盘缠绕机"], ["打包带", "手动打包机"]),
                exercises="Outlook '转发:' with '-----原始邮件-----'; count 10 and an id range (first/last)",
                notes="Outlook '转发:' of the client's mail ('-----原始邮件-----' block); the client names the 10 leads only as a "
                      "range 'SJ20260715-0008 至 SJ20260810-0044': lead_ids are the two ids written, lead_count the stated 10.")


@case
def D10(r):
    text = ("总部您好：\n\n合作商：" + XSH + "\n客户：无锡锡汇环保设备有限公司\n本批商机：十条（8月1日至8月19日推送）\n"
            "客户反馈：精准七条，不精准三条（两条问家用净水器，一条问环评咨询服务）。\n\n调整建议：\n1. 不做产品：家用净水器、环评咨询\n"
            "2. 目标人群：工厂、企业；不要个人和学校\n3. 客服话术：先问处理风量（m³/h）和粉尘种类，再推荐布袋除尘器或滤筒除尘器。\n\n"
            "顾文杰\n客服部 | " + XSH)
    m = Mail("顾文杰", "guwenjie@xishanghui.com", T(2026, 8, 20, 10, 0, 38), "锡汇环保 商机相应调整（十条）", text)
    return Case("D10", "adjustment", "outlook", m,
                fields=fields(XSH, "无锡锡汇环保设备有限公司", [], lead_count=10),
                accept={"client": ["锡汇环保"]}, charset="gb2312 base64",
                extra=adj_extra([], [], ["家用净水器", "环评咨询"], ["工厂", "企业"]),
                exercises="count as Chinese numeral 十条; talking points",
                notes="Outlook; the count written as a Chinese numeral ('十条', also 七条/三条 as distractors); dates '8月1日至8月19日' "
                      "are not ids; excluded products, audience and talking points.")


@case
def D11(r):
    ids = ["2608110019", "2608140027", "2608200008", "2608260033", "2609010005"]
    pdays = [local(2026, 8, 11), local(2026, 8, 14), local(2026, 8, 20), local(2026, 8, 26),
             local(2026, 9, 1)]
    rows = [["江阴天宏液压机械有限公司 商机反馈表（2026年9月第1批）", None, None, None],
            ["商机编号", "推送日期", "是否精准", "备注"]]
    notes_ = ["液压油缸，已报价", "问液压千斤顶，不做", "液压站，在谈", "液压油缸2支", "问二手液压机"]
    for i in range(5):
        rows.append([ids[i], pdays[i], "是" if i in (0, 2, 3) else "否", notes_[i]])
    text = ("总部好：\n\n附件是天宏液压第一批5条商机的反馈。建议新增关键词：液压油缸、液压站；删除：液压千斤顶。\n\n-- \n钱晨\n" + XSH)
    m = Mail("钱晨", "qianchen@xishanghui.com", T(2026, 9, 2, 15, 30, 21), "天宏液压 5条商机反馈表", text,
             atts=[xlsx("江阴天宏液压机械有限公司-商机反馈表-2026年9月第1批（5条）.xlsx", [("Sheet1", rows)], creator="钱晨",
                        widths={"A": 14, "B": 12, "D": 20})])
    return Case("D11", "adjustment", "thunderbird", m,
                fields=fields(XSH, "江阴天宏液压机械有限公司", ids, lead_count=5),
                accept={"client": ["天宏液压"]}, charset="UTF-8 8bit",
                extra=adj_extra(["液压油缸", "液压站"], ["液压千斤顶"]),
                exercises="Thunderbird RFC 2231 continuation file name; ids only in .xlsx",
                notes="Thunderbird (UTF-8 8bit); the .xlsx's long name in RFC 2231 filename*0*= continuations; the 10-digit ids "
                      "and the client's full name only in the spreadsheet (dates as date cells).")


@case
def D12(r):
    text = ("总部老师好：\n\n合作商：" + QH + "\n客户：浙江台州海鹏塑料机械有限公司\n最近5条商机反馈如下（从表格复制）：\n\n"
            "序号\t商机编号\t推送日期\t是否精准\t备注\n1\tSJ20260818-0021\t2026-08-18\t精准\t中空吹塑机，已报价\n"
            "2\tSJ20260820-0009\t2026-08-20\t不精准\t问塑料颗粒\n3\tSJ20260825-0014\t2026-08-25\t精准\tPE吹膜机\n"
            "4\tSJ20260829-0031\t2026-08-29\t精准\t吹塑机2台\n5\tSJ20260902-0006\t2026-09-02\t不精准\t问塑料颗粒\n\n"
            "建议：新增关键词：中空吹塑机、PE吹膜机；删除关键词：塑料颗粒。\n\n王丽娜\n企航网络")
    m = Mail("王丽娜", "qihang_wln@126.com", T(2026, 9, 9, 11, 10, 2), "海鹏塑机 商机调整（5条）", text)
    return Case("D12", "adjustment", "126", m,
                fields=fields(QH, "浙江台州海鹏塑料机械有限公司",
                              ["SJ20260818-0021", "SJ20260820-0009", "SJ20260825-0014", "SJ20260829-0031", "SJ20260902-0006"],
                              lead_count=5),
                accept={"partner": ["企航网络"], "client": ["海鹏塑机"]}, charset="GBK base64",
                extra=adj_extra(["中空吹塑机", "PE吹膜机"], ["塑料颗粒"]),
                exercises="tab-separated table pasted from Excel",
                notes="126 webmail; the feedback is a tab-separated table pasted from a spreadsheet (序号 and dates are "
                      "distractors).")


@case
def D13(r):
    ids = ["2609010012", "2609020031", "2609040007", "2609070026", "2609090015", "2609110040", "2609140003",
           "2609160022", "2609180019", "2609220008"]
    items = ["PE600×900颚式破碎机，已报价", "HP300圆锥破，在谈", "个人问小型粉碎机", "反击式破碎机", "PE400×600颚破2台",
             "问破碎锤配件", "移动破碎站", "制砂机", "学校问实验室粉碎机", "圆锥破碎机"]
    lines = "\n".join(f"{ids[i]}  {items[i]}" for i in range(10))
    text = ("总部好：\n\n合作商：" + ZY + "\n客户：郑州宇鼎矿山机械有限公司\n最近10条商机：\n" + lines + "\n\n"
            "建议：不做产品：破碎锤配件、实验室粉碎机；目标人群：矿山、砂石料场。\n\n李宏伟\n中原拓客 客服部")
    m = Mail("李宏伟", "lihongwei@zytuoke.com", T(2026, 9, 25, 9, 50, 48), "宇鼎矿机 10条商机反馈", text)
    return Case("D13", "adjustment", "wecom", m,
                fields=fields(ZY, "郑州宇鼎矿山机械有限公司", ids, lead_count=10),
                accept={"partner": ["中原拓客"], "client": ["宇鼎矿机"]}, charset="UTF-8 base64",
                extra=adj_extra([], [], ["破碎锤配件", "实验室粉碎机"], ["矿山", "砂石料场"]),
                exercises="10 ten-digit ids in lines next to model numbers (PE600×900, HP300)",
                notes="WeCom / Exmail; ten 10-digit ids each followed by a comment containing model numbers (PE600×900, HP300, "
                      "PE400×600) and '2台' - distractors.")


@case
def D14(r):
    text = ("恒锐激光最近5条商机，客户说有3条是问激光打标机的，客户只做切割，建议加不做产品：激光打标机、激光清洗机。\n"
            "合作商：" + YF + "；客户：苏州恒锐激光设备有限公司\n许佳")
    m = Mail("许佳", "xujia@yunfanwl.com", T(2026, 10, 9, 19, 20, 6), "恒锐激光 商机调整", text)
    return Case("D14", "adjustment", "iphone", m,
                fields=fields(YF, "苏州恒锐激光设备有限公司", [], lead_count=5),
                accept={"client": ["恒锐激光"]}, charset="UTF-8 QP",
                extra=adj_extra([], [], ["激光打标机", "激光清洗机"]),
                exercises="iPhone text only; count only",
                notes="iPhone Mail, one text/plain part; count '5条' only; partner and client on one line separated by '；'.")


@case
def D15(r):
    text = ("总部您好：\n\n合作商：" + QH + "\n客户：台州路桥金鹰缝纫机有限公司\n\n最近5条商机（SJ20261015-0006/SJ20261021-0013/"
            "SJ20261026-0002/SJ20261102-0030/SJ20261106-0017）客户反馈：3条精准，2条是家用缝纫机。\n调整建议：\n"
            "目标人群：服装厂、箱包厂、家纺厂，不要个人\n不做产品：家用缝纫机\n客服话术：先问车缝面料（薄料/厚料）和日产量，再推荐平车或包缝机。\n\n"
            "蒋涛\n" + QH + "\n电话：0576-88207315")
    lg = logo_att(r, "sig_logo.png", "_Foxmail.1@6A21C9D0-5E7B-4C1A-9B3E-21F0C8D7A6B4", "QIHANG")
    m = Mail("蒋涛", "jiangtao@qihangwl.com", T(2026, 11, 10, 10, 40, 15), "金鹰缝纫机 商机调整（5条）", text, logo=lg)
    return Case("D15", "adjustment", "foxmail", m,
                fields=fields(QH, "台州路桥金鹰缝纫机有限公司",
                              ["SJ20261015-0006", "SJ20261021-0013", "SJ20261026-0002", "SJ20261102-0030", "SJ20261106-0017"],
                              lead_count=5),
                accept={"client": ["金鹰缝纫机"]}, charset="gb2312 label, GB18030 base64",
                extra=adj_extra([], [], ["家用缝纫机"], ["服装厂", "箱包厂", "家纺厂"]),
                exercises="ids joined by '/'; Foxmail inline signature logo (multipart/related)",
                notes="Foxmail; five ids inside one parenthesis joined by '/'; the signature logo is an inline image in "
                      "multipart/related (an attachment, inline, no Content-Disposition); audience and talking points.")


# ================================================================ summaries
@case
def S01(r):
    sent = T(2026, 5, 26, 16, 10, 44)
    text = ("总部您好：\n\n瓯江泵业的商机推送已过合同数量的60%，汇总反馈如下：\n\n合作商：" + OY + "\n付费客户：温州瓯江泵业有限公司\n"
            "推送进度：92/150条（61.3%）\n服务期：2025.10.8 - 2026.10.7\n\n一、客户情况分析\n1. 已推送的92条中客户认为精准的约60条，已成交11台，"
            "主要是化工离心泵和磁力泵；\n2. 不精准的多是家用增压泵和消防泵，已在调整中。\n\n二、建议解决方案\n1. 剩余商机继续以化工、制药行业为主；\n"
            "2. 客户有续费意向，希望续费时合同增加到200条。\n\n陈佳慧 | 客服主管\n" + OY)
    m = Mail("陈佳慧", "chenjiahui@ouyueqf.com", sent, "商机汇总反馈-温州瓯江泵业有限公司（推送过60%）", text,
             msgid="<000001dcec1f$3a6b2c10$af417e30$@ouyueqf.com>")
    return Case("S01", "summary", "outlook", m,
                fields=fields(OY, "温州瓯江泵业有限公司", quota=150, pushed_count=92, start="2025-10-08", end="2026-10-07"),
                accept={"client": ["瓯江泵业"]}, charset="gb2312 base64",
                extra=summary_extra("lead_60", True, quota=150, pushed=92, start="2025-10-08", end="2026-10-07", sent=sent),
                exercises="'92/150条'; period '2025.10.8 - 2026.10.7'",
                notes="Outlook; pushed count and quota only as '推送进度：92/150条（61.3%）'; period '2025.10.8 - 2026.10.7'; "
                      "'约60条', '11台' and the renewal wish '200条' are distractors.")


@case
def S02(r):
    sent = T(2026, 6, 10, 14, 20, 9)
    text = ("总部老师好：\n\n合作商：" + QCSL + "\n付费客户：济南力拓数控机床有限公司\n力拓数控已推送118条，合同200条。\n"
            "服务期：自2025年9月20日起至2026年9月19日止\n\n服务期已经过了70%，推送才到59%。\n客户情况分析：数控车床询盘精准，加工中心询盘偏少；"
            "客户今年新上了五轴加工中心。\n建议解决方案：剩余82条适当向加工中心倾斜。续费意向待定，客户想先看下半年的效果。\n\n刘燕\n泉城商联 客服")
    m = Mail("刘燕", "qcsl_liuyan@163.com", sent, "力拓数控 服务期过70% 汇总反馈", text)
    return Case("S02", "summary", "163", m,
                fields=fields(QCSL, "济南力拓数控机床有限公司", quota=200, pushed_count=118, start="2025-09-20", end="2026-09-19"),
                accept={"partner": ["泉城商联"], "client": ["力拓数控"]}, charset="GBK base64",
                extra=summary_extra("time_70", None, quota=200, pushed=118, start="2025-09-20", end="2026-09-19", sent=sent),
                exercises="'已推送118条，合同200条'; '自…起至…止'; 70 % time trigger",
                notes="163 webmail; counts as '已推送118条，合同200条'; period '自2025年9月20日起至2026年9月19日止'; 70 % time "
                      "trigger (72 % elapsed, 59 % pushed); '剩余82条' is a distractor; renewal undecided.")


@case
def S03(r):
    sent = T(2026, 6, 24, 9, 30, 55)
    text = ("总部好：\n\n合作商：" + QCSL + "\n客户：山东泉力液压机械有限公司\n合同商机一百二十条，目前已推送七十五条，超过了百分之六十。\n"
            "服务期限：2025年11月1日—2026年10月31日\n\n客户情况：四柱液压机询盘多且精准，已成交五台；框架式液压机询盘少。\n"
            "建议：后续多推框架式液压机；客户有续费意向。\n\n赵敏\n泉城商联")
    m = Mail("赵敏", "zhaomin_qc@126.com", sent, "泉力液压 商机汇总反馈", text)
    return Case("S03", "summary", "126", m,
                fields=fields(QCSL, "山东泉力液压机械有限公司", quota=120, pushed_count=75, start="2025-11-01", end="2026-10-31"),
                accept={"partner": ["泉城商联"], "client": ["泉力液压"]}, charset="GBK base64",
                extra=summary_extra("lead_60", True, quota=120, pushed=75, start="2025-11-01", end="2026-10-31", sent=sent),
                exercises="Chinese numerals 一百二十条 / 七十五条; period with '—'",
                notes="126 webmail; quota and pushed count in Chinese numerals ('一百二十条', '七十五条'); period "
                      "'2025年11月1日—2026年10月31日'; '五台' and '百分之六十' are distractors.")


@case
def S04(r):
    sent = T(2026, 7, 1, 10, 0, 28)
    text = ("总部好：\n\n合作商：" + ZY + "\n付费客户：郑州宇鼎矿山机械有限公司\n合同数量：２００条\n已推送：１２２条\n"
            "服务期：２０２５／１０／８—２０２６／１０／７\n\n推送数量和服务期都已过线（61%/73%）。客户情况：颚破、圆锥破询盘精准，"
            "已成交７台。客户表示会续费，希望续费后增加制砂机方向。\n\n李宏伟\n中原拓客 客服部")
    m = Mail("李宏伟", "lihongwei@zytuoke.com", sent, "宇鼎矿机 商机汇总反馈（60%/70%）", text)
    return Case("S04", "summary", "wecom", m,
                fields=fields(ZY, "郑州宇鼎矿山机械有限公司", quota=200, pushed_count=122, start="2025-10-08", end="2026-10-07"),
                accept={"partner": ["中原拓客"], "client": ["宇鼎矿机"]}, charset="UTF-8 base64",
                extra=summary_extra("both", True, quota=200, pushed=122, start="2025-10-08", end="2026-10-07", sent=sent),
                exercises="full-width digits and '／' in counts and period; both triggers",
                notes="WeCom / Exmail; quota, count and period in full-width digits ('２００条', '２０２５／１０／８—２０２６／１０／７'); "
                      "both triggers reached (61 % pushed, 73 % elapsed); '７台' is a distractor.")


@case
def S05(r):
    sent = T(2026, 7, 15, 15, 0, 3)
    text = ("总部好，\n\n富春造纸（杭州富春造纸机械有限公司）的服务期是2025年11月1日到2026年10月31日，时间已经过了七成，合同是100条，"
            "到今天一共推了55条，推送偏慢。\n\n客户情况：碎浆机和圆网造纸机询盘精准，今年造纸行业整体不景气，客户采购意愿一般。\n"
            "建议：加大华南、西南地区的推广；续费的事客户说到期前再考虑。\n\n周逸\n" + QT)
    m = Mail("周逸", "zhouyi@qtshulian.com", sent, "富春造纸 服务期过七成 情况分析", text)
    return Case("S05", "summary", "apple", m,
                fields=fields(QT, "杭州富春造纸机械有限公司", quota=100, pushed_count=55, start="2025-11-01", end="2026-10-31"),
                accept={"client": ["富春造纸"]}, charset="UTF-8 QP",
                extra=summary_extra("time_70", None, quota=100, pushed=55, start="2025-11-01", end="2026-10-31", sent=sent),
                exercises="summary in prose ('情况分析', '合同是100条…推了55条')",
                notes="Apple Mail; everything in prose: period '2025年11月1日到2026年10月31日', '合同是100条', '推了55条'; "
                      "70 % time trigger ('过了七成'); renewal undecided.")


@case
def S06(r):
    sent = T(2026, 7, 20, 16, 30, 12)
    rows = [["商机汇总分析", None], ["合作商", ZY], ["客户", "新乡市振兴筛分机械有限公司"], ["合同商机数", 150], ["已推送", 96],
            ["服务开始", local(2025, 12, 1)], ["服务结束", local(2026, 11, 30)], ["精准率", "71%"],
            ["客户情况分析", "直线振动筛询盘精准，已成交4台；旋振筛询盘少"], ["建议解决方案", "增加旋振筛关键词；客户有续费意向"]]
    text = "总部好：\n\n振兴筛分推送已过60%，汇总分析表见附件。\n\n李宏伟\n中原拓客 客服部"
    m = Mail("李宏伟", "lihongwei@zytuoke.com", sent, "振兴筛分 商机汇总反馈", text,
             atts=[xlsx("振兴筛分商机汇总分析.xlsx", [("汇总", rows)], ctype=OCTET, creator="李宏伟", widths={"A": 14, "B": 50})])
    return Case("S06", "summary", "wecom", m,
                fields=fields(ZY, "新乡市振兴筛分机械有限公司", quota=150, pushed_count=96, start="2025-12-01", end="2026-11-30"),
                accept={"partner": ["中原拓客"], "client": ["振兴筛分"]}, charset="UTF-8 base64",
                extra=summary_extra("lead_60", True, quota=150, pushed=96, start="2025-12-01", end="2026-11-30", sent=sent),
                exercises="all summary fields in an .xlsx (numbers and date cells)",
                notes="WeCom / Exmail; quota, pushed count and the service period only in the attached .xlsx (numbers as numeric "
                      "cells, dates as date cells; declared application/octet-stream); '71%' and '4台' are distractors.")


@case
def S07(r):
    sent = T(2026, 8, 6, 10, 0, 36)
    text = ("总部您好：\n\n合作商：" + SQ + "\n付费客户：佛山镕盛五金机械有限公司\n合同商机：100条\n已推送：63条\n"
            "服务期：2025年12月1日至2026年11月30日\n\n客户情况分析：冲床、折弯机询盘精准，其中有2条商机之前单独提交了商机申诉，"
            "总部已判定1条不计入，客户对处理结果满意。\n建议解决方案：剩余商机多推数控折弯机；客户有续费意向，想续费时加上剪板机。\n\n"
            "--\n梁喆 | 客服部\n" + SQ)
    m = Mail("梁喆", "liangzhe@shunqiwl.cn", sent, "镕盛五金 商机汇总反馈（已推送60%）", text)
    return Case("S07", "summary", "foxmail", m,
                fields=fields(SQ, "佛山镕盛五金机械有限公司", quota=100, pushed_count=63, start="2025-12-01", end="2026-11-30"),
                accept={"client": ["镕盛五金"]}, charset="gb2312 label, GB18030 base64",
                extra=summary_extra("lead_60", True, quota=100, pushed=63, start="2025-12-01", end="2026-11-30", sent=sent),
                exercises="summary that mentions an earlier appeal in passing (still summary)",
                notes="Foxmail (gb2312 label, 镕 in the subject); a summary that mentions in passing that two leads were appealed "
                      "(商机申诉, 不计入): still a summary, no lead ids; '2条'/'1条' are distractors.")


@case
def S08(r):
    sent = T(2026, 8, 18, 11, 0, 50)
    text = ("总部您好：\n\n恒达包装（瑞安市恒达包装机械有限公司）已推送72条，已超过合同数量的60%。服务期：2026年1月1日至2026年12月31日。\n\n"
            "客户情况：全自动捆扎机询盘精准，缠绕机询盘偏少；客户续费意向还没有明确。\n建议：增加缠绕包装机的推广。\n\n林峰\n" + OY)
    m = Mail("林峰", "linfeng@ouyueqf.com", sent, "恒达包装 汇总反馈", text)
    return Case("S08", "summary", "outlook", m,
                fields=fields(OY, "瑞安市恒达包装机械有限公司", quota=None, pushed_count=72, start="2026-01-01", end="2026-12-31"),
                accept={"client": ["恒达包装"]}, charset="gb2312 base64",
                extra=summary_extra("lead_60", None, quota=None, pushed=72, start="2026-01-01", end="2026-12-31", sent=sent),
                exercises="quota not stated -> missing quota",
                notes="Outlook; the contract quota is never stated (only '已超过合同数量的60%'), so 'quota' is missing; the "
                      "60 % is not a quota.")


@case
def S09(r):
    sent = T(2026, 9, 3, 14, 0, 24)
    rows = [("项目", "内容"), ("合作商", YF), ("付费客户", "苏州新宇包装机械有限公司"), ("合同商机数量", "180条"), ("已推送商机", "110条"),
            ("服务期", "2026年1月10日至2027年1月9日"), ("触发条件", "推送数量超过60%"),
            ("客户情况分析", "真空包装机询盘精准，已成交8台；枕式包装机询盘较少。"), ("建议解决方案", "增加枕式包装机关键词。"), ("续费意向", "有")]
    text = "总部好：\n\n新宇包装的商机汇总反馈表见附件，请查收。\n\n许佳\n云帆网络"
    m = Mail("许佳", "xujia@yunfanwl.com", sent, "新宇包装 商机汇总反馈表", text,
             atts=[docx("商机汇总反馈表-新宇包装.docx", "商机汇总反馈表", rows, ctype=OCTET, creator="许佳")])
    return Case("S09", "summary", "wecom", m,
                fields=fields(YF, "苏州新宇包装机械有限公司", quota=180, pushed_count=110, start="2026-01-10", end="2027-01-09"),
                accept={"partner": ["云帆网络"], "client": ["新宇包装"]}, charset="UTF-8 base64",
                extra=summary_extra("lead_60", True, quota=180, pushed=110, start="2026-01-10", end="2027-01-09", sent=sent),
                exercises="summary fields only in a .docx (octet-stream)",
                notes="WeCom / Exmail; all fields only in the attached .docx form (declared application/octet-stream); the "
                      "service period ends in 2027; '8台' is a distractor.")


@case
def S10(r):
    sent = T(2026, 9, 14, 9, 20, 16)
    text = ("总部您好：\n\n钱晨上周五发的汇总反馈好像发错了邮箱，现转发给总部，请查收。\n\n顾文杰\n客服部 | " + XSH + "\n\n"
            "-----原始邮件-----\n发件人: 钱晨 <qianchen@xishanghui.com> \n发送时间: 2026年9月11日 17:30\n收件人: dor@ptg193.com\n"
            "主题: 天宏液压商机汇总反馈\n\n总部好：\n合作商：" + XSH + "\n付费客户：江阴天宏液压机械有限公司\n合同：160条，已推送：97条\n"
            "服务期：20260105-20270104\n客户情况：液压油缸询盘精准，已成交3台；液压站询盘少。\n建议：多推液压站；客户有续费意向。\n钱晨")
    m = Mail("顾文杰", "guwenjie@xishanghui.com", sent, "转发: 天宏液压商机汇总反馈", text)
    return Case("S10", "summary", "outlook", m,
                fields=fields(XSH, "江阴天宏液压机械有限公司", quota=160, pushed_count=97, start="2026-01-05", end="2027-01-04"),
                accept={"client": ["天宏液压"]}, charset="gb2312 base64",
                extra=summary_extra("lead_60", True, quota=160, pushed=97, start="2026-01-05", end="2027-01-04", sent=sent),
                exercises="forwarded summary (Outlook '-----原始邮件-----'); period '20260105-20270104'",
                notes="Outlook '转发:' of a colleague's summary that went to a mistyped address; all fields inside the forwarded "
                      "block; period written '20260105-20270104'; '3台' is a distractor.")


@case
def S11(r):
    sent = T(2026, 10, 15, 15, 10, 40)
    text = ("总部老师好：\n\n合作商：" + QH + "\n客户：浙江台州海鹏塑料机械有限公司\n合同商机150条，已推送84条。\n"
            "服务期：2025年12月20日至2026年12月19日（已过70%）\n\n客户情况：吹塑机询盘尚可，吹膜机询盘少；客户今年订单下滑，"
            "明确表示合同到期后不再续费。\n建议：剩余66条尽量保证质量，争取客户明年回头。\n\n王丽娜\n企航网络")
    m = Mail("王丽娜", "qihang_wln@126.com", sent, "海鹏塑机 汇总反馈（服务期已过70%）", text)
    return Case("S11", "summary", "126", m,
                fields=fields(QH, "浙江台州海鹏塑料机械有限公司", quota=150, pushed_count=84, start="2025-12-20", end="2026-12-19"),
                accept={"partner": ["企航网络"], "client": ["海鹏塑机"]}, charset="GBK base64",
                extra=summary_extra("time_70", False, quota=150, pushed=84, start="2025-12-20", end="2026-12-19", sent=sent),
                exercises="time trigger; renewal explicitly declined",
                notes="126 webmail; 70 % time trigger (82 % elapsed, 56 % pushed); the client explicitly will not renew "
                      "(renewal_intent false); '剩余66条' is a distractor.")


@case
def S12(r):
    sent = T(2026, 11, 5, 10, 40, 7)
    before = "总部您好：\n\n海泰橡胶的服务期快到了，商机汇总反馈如下：\n"
    rows = [["项目", "内容"], ["合作商", HLC], ["付费客户", "青岛海泰橡胶机械有限公司"], ["合同商机", "120条"], ["已推送", "96条（80%）"],
            ["服务期", "2025-12-01 ~ 2026-11-30"], ["客户情况分析", "平板硫化机询盘精准，已成交7台；密炼机询盘偏少"],
            ["建议解决方案", "客户有意续费，想把合同增加到150条，并增加密炼机关键词"]]
    after = "\n王晓琳\n海联创 客服部"
    text, html = table_mail(before, rows, after)
    m = Mail("王晓琳", "2871654093@qq.com", sent, "海泰橡胶 商机汇总反馈（续费）", text, html)
    return Case("S12", "summary", "qq", m,
                fields=fields(HLC, "青岛海泰橡胶机械有限公司", quota=120, pushed_count=96, start="2025-12-01", end="2026-11-30"),
                accept={"partner": ["海联创"], "client": ["海泰橡胶"]}, charset="gb18030 base64",
                extra=summary_extra("both", True, quota=120, pushed=96, start="2025-12-01", end="2026-11-30", sent=sent),
                exercises="QQ HTML table; period with '~'; both triggers",
                notes="QQ Mail; fields in an HTML table; period '2025-12-01 ~ 2026-11-30'; both triggers; the renewal wish "
                      "'150条' and '7台' are distractors.")


# ================================================================== replies
NULL = None


@case
def R01(r):
    hq = hq_mail("SS-2026-000123", "info", T(2026, 4, 9, 18, 40, 12), "刘燕", "qcsl_liuyan@163.com",
                 ["总部已收到您提交的商机申诉，登记信息如下：", "合作商：" + QCSL, "付费客户：济南力拓数控机床有限公司",
                  "商机编号：XP-2604-0188", "推送时间：2026-04-09 15:10；客户反馈时间：2026-04-09 17:40",
                  "", "为核实“留错电话”的情况，请补充客户回拨需求者的通话录音或通话记录截图。补充期间判定时限暂停计算。"])
    text = "总部好，补充客户回拨需求者的通话录音，请查收。\n\n刘燕\n\n" + quote_coremail(hq)
    m = Mail("刘燕", "qcsl_liuyan@163.com", T(2026, 4, 10, 10, 15, 33), "Re:" + hq.subject, text,
             atts=[rec_amr(r, "回拨录音.amr", 110, ctype="audio/amr")], in_reply_to=hq.msgid, references=[hq.msgid])
    return Case("R01", "reply", "163", m, charset="GBK base64",
                exercises="'Re:' + [DOR#SS-…] + In-Reply-To; adds evidence only; quoted HQ mail with fields",
                notes="163 webmail 'Re:[DOR#SS-2026-000123] …' with In-Reply-To/References <info.SS-2026-000123@ptg139.com>; "
                      "the reply adds an AMR recording only; the quoted HQ request ('在 … 写道：' + '>' lines) lists partner, "
                      "client, id and times, which are not new data: every field null.")


@case
def R02(r):
    hq = hq_mail("SS-2026-000174", "info", T(2026, 7, 2, 11, 0, 5), "王晓琳", "2871654093@qq.com",
                 ["您提交的商机申诉（海泰橡胶 SJ20260701-0066）属于判定标准第1条（同行恶意骚扰或不良询价），须提供截图或录音作为证据。",
                  "请在回复本邮件时附上客户的通话录音或聊天截图。"])
    text = "总部好，客户找到了当时的通话录音，补充在附件。\n\n王晓琳\n\n" + quote_qq(hq)
    m = Mail("王晓琳", "2871654093@qq.com", T(2026, 7, 2, 15, 30, 48), "回复：【DOR#SS-2026-000174】补充录音", text,
             atts=[rec_amr(r, "补充录音.amr", 130)])
    return Case("R02", "reply", "qq", m, charset="gb18030 base64",
                exercises="tag in full-width 【】 brackets; QQ reply without In-Reply-To/References",
                notes="QQ Mail reply with the case tag in full-width brackets '【DOR#SS-2026-000174】' and no In-Reply-To/References "
                      "(QQ style); the QQ '------------------ 原始邮件 ------------------' quote carries HQ's footer marker too; "
                      "adds an AMR (octet-stream) only.")


@case
def R03(r):
    hq = hq_mail("TZ-2026-000045", "done", T(2026, 6, 17, 10, 0, 40), "黄敏", "huangmin@shunqiwl.cn",
                 ["佛山顺德科威激光设备有限公司的推广已按您的建议调整完成：", "新增关键词：光纤激光切割机、激光焊接机",
                  "删除关键词：激光设备、激光器", "不做产品：激光美容设备、激光笔、激光雕刻笔"])
    text = "收到，谢谢总部。客户这周再观察一下新关键词的效果。\n\n--\n黄敏 | 客服部\n" + SQ + "\n\n" + quote_foxmail(hq)
    m = Mail("黄敏", "huangmin@shunqiwl.cn", T(2026, 6, 17, 14, 20, 2), "回复：(DOR#TZ-2026-000045) 推广调整已完成", text,
             in_reply_to=hq.msgid, references=[hq.msgid])
    return Case("R03", "reply", "foxmail", m, charset="gb2312 label, GB18030 base64",
                exercises="tag in parentheses (DOR#TZ-…); Foxmail quote; signature names the partner (not data)",
                notes="Foxmail '回复：(DOR#TZ-2026-000045) …' (tag in round brackets) with In-Reply-To <done.TZ-2026-000045@"
                      "ptg139.com>; a thank-you with the partner's signature: still no fields (a reply adds no case data "
                      "unless its new text supplies it).")


@case
def R04(r):
    hq = hq_mail("HZ-2026-000007", "plan", T(2026, 6, 2, 16, 0, 25), "陈佳慧", "chenjiahui@ouyueqf.com",
                 ["关于温州瓯江泵业有限公司的续费，总部提供两个方案：", "方案一：续费一年，商机150条；", "方案二：续费一年，商机200条，赠送1个月服务期。",
                  "请与客户沟通后回复。"])
    text = ("总部您好：\n\n方案已转给客户，客户倾向选择方案二（200条/年），合同这周内回传。\n\n陈佳慧\n\n" + quote_outlook(hq))
    m = Mail("陈佳慧", "chenjiahui@ouyueqf.com", T(2026, 6, 3, 11, 20, 51), "答复: DOR#HZ-2026-000007 续费方案沟通", text,
             in_reply_to=hq.msgid,
             references=["<000001dcec1f$3a6b2c10$af417e30$@ouyueqf.com>", "<ack.HZ-2026-000007@ptg139.com>", hq.msgid])
    return Case("R04", "reply", "outlook", m, charset="gb2312 base64",
                exercises="'答复:' + tag without brackets; References chain incl. partner's own id",
                notes="Outlook '答复: DOR#HZ-2026-000007 …' (tag without brackets); References hold the partner's summary "
                      "Message-ID and two HQ ids; '200条/年' in the new text is a renewal choice, not the contract quota: "
                      "fields null.")


@case
def R05(r):
    hq = hq_mail("SS-2026-000152", "info", T(2026, 6, 15, 16, 0, 31), "李宏伟", "lihongwei@zytuoke.com",
                 ["您提交的商机申诉（振兴筛分 2606150021）缺少推送时间和客户反馈时间，无法核对8小时时限。", "请回复补充这两个时间。"])
    text = ("总部好，补充：推送时间是6月15日上午9:40，客户反馈时间是6月15日下午1:05。\n\n李宏伟\n\n" + quote_qq(hq))
    m = Mail("李宏伟", "lihongwei@zytuoke.com", T(2026, 6, 16, 10, 0, 13),
             "回复：［ＤＯＲ＃ＳＳ－２０２６－０００１５２］请补充材料：商机申诉", text)
    return Case("R05", "reply", "wecom", m,
                fields=fields(pushed=T(2026, 6, 15, 9, 40), objected=T(2026, 6, 15, 13, 5)), charset="UTF-8 base64",
                exercises="tag in full-width letters/digits (NFKC); the reply supplies the two missing times",
                notes="WeCom / Exmail with the tag typed in full-width characters '［ＤＯＲ＃ＳＳ－２０２６－０００１５２］' (case_ref "
                      "after NFKC); no threading headers; the new text supplies the missing times, which are labelled "
                      "(pushed_at/objected_at); everything else null.")


@case
def R06(r):
    hq = hq_mail("SS-2026-000148", "info", T(2026, 6, 4, 17, 10, 2), "周逸", "zhouyi@qtshulian.com",
                 ["您提交的商机申诉（富春造纸 XP-2606-0102）已受理。", "如客户有与需求者的沟通截图，请一并提供。"])
    text = "补充：需求者留的微信号是 fc_paper88，客户加了三次都提示不存在，截图见附件。\n\n周逸\n\n" + quote_apple(hq)
    m = Mail("周逸", "zhouyi@qtshulian.com", T(2026, 6, 5, 14, 20, 37), "富春造纸那条申诉补充说明", text,
             atts=[shot_png(r, "微信截图.png", ["fc_paper88", "not exist"])], in_reply_to=hq.msgid, references=[hq.msgid])
    return Case("R06", "reply", "apple", m, charset="UTF-8 QP",
                exercises="no tag in the subject; thread only via In-Reply-To <info.SS-…@ptg139.com>",
                notes="Apple Mail with a rewritten subject (no tag, case_ref null): the thread is reachable only through "
                      "In-Reply-To/References <info.SS-2026-000148@ptg139.com>; adds a PNG; the WeChat id is not a field.")


@case
def R07(r):
    from _world import HQMail
    hq = HQMail(None, "商机申诉判定结果-龙湾阀门",
                "林峰 您好：\n\n关于龙湾阀门7月6日的商机意见，经核实不属于判定标准的五种情形（需求量小不在其中），该商机计入。\n\n"
                "总部商机服务 王老师", T(2026, 7, 7, 17, 45, 12), "林峰", "linfeng@ouyueqf.com",
                "<20260707174512.6C2A1F0B3D@ptg139.com>")
    text = "王老师好：\n\n收到判定结果，已和客户沟通，客户表示理解。\n\n林峰\n\n" + quote_outlook(hq, old=True)
    m = Mail("林峰", "linfeng@ouyueqf.com", T(2026, 7, 8, 9, 45, 3), "答复: 商机申诉判定结果-龙湾阀门", text,
             references=[hq.msgid])
    return Case("R07", "reply", "outlook", m, charset="gb2312 base64",
                exercises="References only, to an opaque @ptg139.com id (no case id anywhere); '-----原始邮件-----'",
                notes="Outlook '答复:' with only a References header pointing at an opaque HQ Message-ID "
                      "<20260707174512.6C2A1F0B3D@ptg139.com> (no case id: thread_case_ref absent) and an old-style "
                      "'-----原始邮件-----' quote of a manually written HQ mail without tag or footer.")


@case
def R08(r):
    hq = hq_mail("HZ-2026-000031", "ack", T(2026, 6, 24, 11, 5, 44), "赵敏", "zhaomin_qc@126.com",
                 ["总部已收到您提交的商机汇总反馈，登记信息如下：", "合作商：" + QCSL, "付费客户：山东泉力液压机械有限公司",
                  "合同商机：120条；已推送：75条", "服务期：2025-11-01 至 2026-10-31", "", "总部将在5个工作日内与您沟通续费方案。"])
    text = "收到，谢谢总部。续费方案出来请先发给我。\n\n赵敏\n\n" + quote_coremail(hq)
    m = Mail("赵敏", "zhaomin_qc@126.com", T(2026, 6, 25, 10, 30, 18), "Re: " + hq.subject, text,
             in_reply_to=hq.msgid, references=[hq.msgid])
    return Case("R08", "reply", "126", m, charset="GBK base64",
                exercises="reply quoting HQ's acknowledgement with all summary fields (must not leak)",
                notes="126 webmail 'Re: [DOR#HZ-2026-000031] 商机汇总反馈已受理'; the quoted HQ acknowledgement lists partner, "
                      "client, quota, pushed count and period: none of it is new data, every field null.")


@case
def R09(r):
    hq = hq_mail("SS-2026-000183", "ack", T(2026, 7, 22, 16, 0, 9), "陈硕", "1564209837@qq.com",
                 ["总部已收到您提交的商机申诉，登记信息如下：", "合作商：" + HLC, "付费客户：青岛琴岛数控刀具有限公司",
                  "商机编号：SJ20260722-0011、SJ20260722-0019", "推送时间：2026-07-22 08:30；客户反馈时间：2026-07-22 11:00",
                  "申诉理由：判定标准第2条", "", "总部将在工作日48小时内给出判定结果。"])
    text = "总部好，客户又补了一张聊天截图，见附件。\n\n陈硕\n\n" + quote_qq(hq)
    m = Mail("陈硕", "1564209837@qq.com", T(2026, 7, 23, 17, 10, 26), "关于琴岛刀具那两条申诉", text,
             atts=[shot_png(r, "补充截图.png", ["qdj_tool", "blocked"])])
    return Case("R09", "reply", "qq", m, charset="gb18030 base64", thread_case_ref="SS-2026-000183",
                thread_via="body footer",
                exercises="QQ reply with a new subject and no threading headers: only the quoted HQ footer marker",
                notes="QQ Mail with a new subject (no tag) and no In-Reply-To/References; the only thread marker is the footer "
                      "'案件标记：[DOR#SS-2026-000183]' in the quoted HQ acknowledgement (thread_via 'body footer'); the quoted "
                      "fields are not new data; adds a PNG.")


@case
def R10(r):
    hq = hq_mail("SS-2026-000166", "ack", T(2026, 6, 20, 17, 2, 0), "何俊", "hejun@guanyisw.com",
                 ["总部已收到您提交的商机申诉（精诚注塑 SJ20260620-0009），将在工作日48小时内给出判定结果。"])
    text = "好的，收到。客户问判定结果大概什么时候出？\n\n何俊\n\n" + quote_android(hq)
    m = Mail("何俊", "hejun@guanyisw.com", T(2026, 6, 21, 9, 10, 40), "回复：" + hq.subject, text,
             in_reply_to=hq.msgid, references=[hq.msgid], opts={"raw_headers": True})
    return Case("R10", "reply", "android", m, charset="GBK 8bit, raw 8-bit headers", malformed=True,
                exercises="raw 8-bit GBK subject carrying the tag; In-Reply-To",
                notes="Phone mail app: the Subject '回复：[DOR#SS-2026-000166] 商机申诉已受理' and the sender name are raw 8-bit "
                      "GBK (malformed); In-Reply-To <ack.SS-2026-000166@ptg139.com>; a question only, no fields.")


@case
def R11(r):
    hq = hq_mail("TZ-2026-000088", "info", T(2026, 9, 10, 9, 30, 0), "王丽娜", "qihang_wln@126.com",
                 ["您提交的商机调整（金鹰缝纫机）没有写明是哪5条商机，请补充商机编号。"])
    colleague = ("丽娜：编号我从系统里导出来了，见下面。\n蒋涛\n\n在 2026-09-10 10:12:40，\"王丽娜\" <qihang_wln@126.com> 写道：\n"
                 ">蒋涛，总部要这批的编号，你查一下。\n>\n>" + quote_coremail(hq).replace("\n", "\n>"))
    text = ("总部好，这批5条是：SJ20260901-0014、SJ20260903-0022、SJ20260905-0008、SJ20260908-0031、SJ20260909-0017。\n\n王丽娜\n\n"
            "在 2026-09-10 15:40:02，\"蒋涛\" <jiangtao@qihangwl.com> 写道：\n" + "\n".join(">" + ln for ln in colleague.split("\n")))
    m = Mail("王丽娜", "qihang_wln@126.com", T(2026, 9, 11, 16, 0, 12), "回复: 回复: 转发: " + hq.subject, text,
             in_reply_to="<2026091015400219823346@qihangwl.com>",
             references=[hq.msgid, "<5d1f0a2e.3c41.19e8c6e1d20.Coremail.qihang_wln@126.com>",
                         "<2026091015400219823346@qihangwl.com>"])
    return Case("R11", "reply", "126", m,
                fields=fields(lead_ids=["SJ20260901-0014", "SJ20260903-0022", "SJ20260905-0008", "SJ20260908-0031",
                                        "SJ20260909-0017"]), charset="GBK base64",
                exercises="'回复: 回复: 转发:' prefixes; In-Reply-To to the partner's colleague, References to HQ; reply supplies ids",
                notes="126 webmail '回复: 回复: 转发: [DOR#TZ-2026-000088] …' after an internal forward; In-Reply-To points at a "
                      "colleague's Foxmail id, References include <info.TZ-2026-000088@ptg139.com>; the new text supplies the "
                      "five ids HQ asked for (labelled lead_ids; lead_count stays null on a reply).")


@case
def R12(r):
    hq = hq_mail("HZ-2026-000036", "info", T(2026, 7, 2, 17, 20, 50), "张静", "zhangjing@zytuoke.com",
                 ["您提交的商机汇总反馈（华锐起重）缺少合同商机数量和服务期，请补充。"])
    rows = [["合同商机数", 200], ["服务开始", local(2025, 10, 20)], ["服务结束", local(2026, 10, 19)]]
    text = "总部好，按要求补充：合同商机200条，服务期2025年10月20日至2026年10月19日，详见附件。\n\n张静\n\n" + quote_qq(hq)
    m = Mail("张静", "zhangjing@zytuoke.com", T(2026, 7, 3, 10, 30, 2), "回复：【DOR#HZ-2026-000036】请补充：商机汇总反馈", text,
             atts=[xlsx("服务合同信息.xlsx", [("Sheet1", rows)], ctype=OCTET, creator="张静")])
    return Case("R12", "reply", "wecom", m,
                fields=fields(quota=200, start="2025-10-20", end="2026-10-19"), charset="UTF-8 base64",
                exercises="【DOR#HZ-…】 tag; reply supplies quota and service period (+ .xlsx)",
                notes="WeCom / Exmail '回复：【DOR#HZ-2026-000036】…' without threading headers; the new text (and the .xlsx, "
                      "octet-stream) supply quota and service period, which are labelled.")


# ============================================================ automatic mail
@case
def U01(r):
    text = ("您好，我于4月16日至4月20日休假，期间不能及时回复邮件。商机申诉、调整等事务请联系同事赵敏（zhaomin_qc@126.com）。\n\n"
            "刘燕\n" + QCSL)
    m = Mail("刘燕", "qcsl_liuyan@163.com", T(2026, 4, 16, 14, 5, 2), "自动回复：[DOR#SS-2026-000127] 商机申诉已受理", text,
             extra_headers=["Auto-Submitted: auto-replied"])
    return Case("U01", "auto", "163", m, charset="GBK base64",
                exercises="自动回复： + Auto-Submitted: auto-replied; tag in subject (case_ref set)",
                notes="163 webmail vacation reply: '自动回复：' and Auto-Submitted: auto-replied; the subject carries the tag "
                      "(case_ref set) but the mail is automatic; it names the partner and a colleague: no fields.")


@case
def U02(r):
    text = ("您好，我于7月17日至7月20日休年假，期间邮件不能及时回复。紧急事务请联系钱晨 13771520846。\n\n顾文杰\n" + XSH)
    m = Mail("顾文杰", "guwenjie@xishanghui.com", T(2026, 7, 16, 17, 40, 31), "自动答复: [DOR#SS-2026-000179] 商机申诉已受理", text,
             in_reply_to="<ack.SS-2026-000179@ptg139.com>",
             extra_headers=["X-Auto-Response-Suppress: All", "X-MS-Exchange-Inbox-Rules-Loop: guwenjie@xishanghui.com",
                            "X-MS-Exchange-Organization-AutoResponse: OOF"],
             opts={"host": ("mail.xishanghui.com", "60.138.190.20")})
    return Case("U02", "auto", "outlook", m, charset="gb2312 base64", mail_client="Exchange OOF (Outlook zh-CN)",
                exercises="Exchange OOF '自动答复:' + X-Auto-Response-Suppress, no Auto-Submitted; In-Reply-To to HQ",
                notes="Exchange out-of-office (zh-CN): '自动答复:' prefix, X-Auto-Response-Suppress: All and "
                      "X-MS-Exchange-Inbox-Rules-Loop, no Auto-Submitted header; In-Reply-To points at HQ's ack (a reply "
                      "signal) but automatic wins; approximated headers.")


@case
def U03(r):
    text = ("I am out of the office until Aug 17 with limited access to email.\n我8月13日至8月16日出差，邮件查看不及时，"
            "急事请打 13858731260。\n\n林峰\n" + OY)
    m = Mail("林峰", "linfeng@ouyueqf.com", T(2026, 8, 13, 9, 2, 11), "Automatic reply: [DOR#TZ-2026-000061] 推广调整已完成", text,
             in_reply_to="<done.TZ-2026-000061@ptg139.com>", references=["<done.TZ-2026-000061@ptg139.com>"],
             extra_headers=["Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All"])
    return Case("U03", "auto", "outlook", m, charset="gb2312 base64", mail_client="Exchange Online OOF (English UI)",
                exercises="'Automatic reply:' + Auto-Submitted: auto-generated",
                notes="Out-of-office with the English prefix 'Automatic reply:' and Auto-Submitted: auto-generated, "
                      "X-Auto-Response-Suppress: All; case tag in the subject (case_ref set); approximated headers.")


@case
def U04(r):
    return _raw.postfix_dsn(r)


@case
def U05(r):
    return _raw.exchange_ndr(r)


@case
def U06(r):
    return _raw.tencent_bounce(r)


@case
def U07(r):
    return _raw.newsletter(r)


@case
def U08(r):
    return _raw.mailing_list(r)


@case
def U09(r):
    return _raw.noreply_crm(r)


@case
def U10(r):
    return _raw.erp_report(r)


# =========================================================== unrecognised mail
@case
def X01(r):
    text = ("总部财务您好：\n\n我司8月份推广服务费已于9月2日转账，麻烦开具增值税专用发票，开票信息见附件PDF。\n"
            "名称：" + OY + "\n纳税人识别号：91330302MA2J4K7X5Q\n金额：26,400.00元（含瓯江泵业、恒达包装等4家客户）\n\n"
            "陈佳慧\n" + OY)
    m = Mail("陈佳慧", "chenjiahui@ouyueqf.com", T(2026, 9, 4, 10, 12, 40), "开票申请-瓯越企服8月服务费", text,
             atts=[pdf("开票信息-瓯越企服.pdf", ["Invoice information", "Tax ID: 91330302MA2J4K7X5Q",
                                           "Bank: ICBC Wenzhou Lucheng Branch", "Account: 1203 2011 0902 4417 336"])])
    return Case("X01", "unknown", "outlook", m, charset="gb2312 base64",
                exercises="invoice request with a PDF (role form); companies named but no fields",
                notes="Outlook; an invoice request from a known partner: none of the three requests (unknown); a PDF with "
                      "billing data (role form by type), a tax id and client short names: no fields.")


@case
def X02(r):
    blank = [["商机申诉表", None], ["合作商", None], ["付费客户", None], ["商机编号", None], ["推送时间", None], ["反馈时间", None],
             ["申诉理由", None], ["情况说明", None], ["申诉人", None]]
    text = ("总部好：\n\n请问商机申诉表里的“反馈时间”要精确到分钟吗？如果客户只记得大概是上午，可以只写日期吗？"
            "另外“申诉理由”是写判定标准的序号（第几条）还是写具体原因？空白表格附上，麻烦指导一下。\n\n陈硕\n海联创")
    m = Mail("陈硕", "1564209837@qq.com", T(2026, 3, 24, 11, 30, 5), "请教商机申诉表的填写", text,
             atts=[xlsx("商机申诉表（空白）.xlsx", [("申诉表", blank)], ctype=OCTET, creator="Administrator")])
    return Case("X02", "unknown", "qq", m, charset="gb18030 base64",
                exercises="question about the form with the blank .xlsx template attached",
                notes="QQ Mail; a partner asks how to fill in the appeal form and attaches the blank .xlsx template (labels, no "
                      "values; octet-stream, role form): not an appeal, unknown with no fields.")


@case
def X03(r):
    return _raw.spam_invoice(r)


@case
def X04(r):
    return _raw.phishing(r)


@case
def X05(r):
    rows = [["商机下单表", None], ["合作商", ZY], ["客户名称", "焦作市恒信减速机有限公司"], ["主营产品", "齿轮减速机、蜗轮蜗杆减速机、行星减速机"],
            ["不做产品", "减速机维修、二手设备"], ["目标人群", "矿山、冶金、起重设备厂"], ["合同商机数", 100],
            ["服务期", "2026年10月1日至2027年9月30日"], ["关键词", "齿轮减速机、蜗轮减速机、行星减速机、硬齿面减速机"]]
    text = ("总部好：\n\n新签客户恒信减速机的商机下单表见附件，关键词列表客户已签字确认，请安排开始推广。\n\n张静\n中原拓客 客服部")
    m = Mail("张静", "zhangjing@zytuoke.com", T(2026, 9, 28, 15, 45, 19), "新客户商机下单表-恒信减速机", text,
             atts=[xlsx("商机下单表-恒信减速机.xlsx", [("下单表", rows)], ctype=OCTET, creator="张静", widths={"A": 14, "B": 40})])
    return Case("X05", "unknown", "wecom", m, charset="UTF-8 base64",
                exercises="new-client order form (.xlsx with quota and period): not a summary",
                notes="WeCom / Exmail; onboarding of a new client with the 商机下单表 (.xlsx: quota 100, service period, keyword "
                      "list): none of the three requests, so unknown with no fields even though quota-like data is present.")


@case
def X06(r):
    text = ("总部好：\n\n请问11月4日提交的锡汇环保那条线索申诉（2611040012）有结果了吗？客户这两天一直在问。\n\n-- \n钱晨\n" + XSH)
    m = Mail("钱晨", "qianchen@xishanghui.com", T(2026, 11, 11, 9, 5, 44), "请问锡汇环保的申诉有结果了吗", text)
    return Case("X06", "unknown", "thunderbird", m, charset="UTF-8 8bit",
                exercises="status question about an earlier appeal, no tag, no threading headers",
                notes="Thunderbird (UTF-8 8bit); asks about an earlier appeal without tag or threading headers: not a new "
                      "request, unknown (triage); the lead id mentioned is not labelled.")


@case
def X07(r):
    text = ("各位总部老师好：\n\n我司国庆假期为10月1日至10月8日，期间客服值班电话 13806527194。9月27日（周日）、10月10日（周六）正常上班。\n\n"
            "孙浩\n" + QT)
    m = Mail("孙浩", "sunhao@qtshulian.com", T(2026, 9, 25, 18, 2, 30), "钱塘数联国庆放假安排", text)
    return Case("X07", "unknown", "iphone", m, charset="UTF-8 QP",
                exercises="holiday notice from a partner",
                notes="iPhone Mail; a holiday notice (dates and a phone number, make-up workdays): unknown.")


@case
def X08(r):
    text = ("总部老师好：\n\n我们新来了两位客服同事，想请总部发一份《商机的意义和流程》培训PPT和商机判定标准，谢谢！\n\n赵敏\n" + QCSL)
    m = Mail("赵敏", "zhaomin_qc@126.com", T(2026, 3, 18, 14, 40, 9), "新同事培训资料", text)
    return Case("X08", "unknown", "126", m, charset="GBK base64",
                exercises="training-material request mentioning 商机判定标准",
                notes="126 webmail; asks for training material (mentions 商机判定标准): unknown.")


@case
def X09(r):
    m = Mail("刘燕", "qcsl_liuyan@163.com", T(2026, 3, 5, 9, 1, 26), "测试", "测试邮件，请忽略。\n")
    return Case("X09", "unknown", "163", m, charset="GBK base64",
                exercises="a one-line test mail",
                notes="163 webmail test message ('测试'): unknown.")
