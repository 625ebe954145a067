"""Appeals (商机申诉): 36 messages."""

from __future__ import annotations

from _clients import OUTLOOK_BLANK, OUTLOOK_LINE, Mail, html_table, lines_html
from _world import (
    OCTET,
    Case,
    T,
    docx,
    fields,
    logo_att,
    rec_amr,
    rec_m4a,
    rec_mp3,
    rec_wav,
    shot_calllog_png,
    shot_jpg,
    shot_png,
    xlsx,
)

CASES = []


def case(fn):
    CASES.append(fn)
    return fn


def table_mail(before: str, rows: list[list[str]], after: str, *, outlook=False, sep=" "):
    """Text alternative with 'label value' rows; HTML with a real table (as QQ/Outlook write it)."""
    text = before + "\n" + "\n".join(sep.join(r) for r in rows) + "\n" + after
    tpl, blank = (OUTLOOK_LINE, OUTLOOK_BLANK) if outlook else ("<div>{}</div>", "<div><br></div>")
    html = lines_html(before, tpl, blank) + html_table(rows) + lines_html(after, tpl, blank)
    return text, html


HLC = "青岛海联创网络科技有限公司"
QCSL = "济南泉城商联信息技术有限公司"
SQ = "佛山禅城顺企网络科技有限公司"
OY = "温州瓯越企服网络科技有限公司"
QT = "杭州钱塘数联网络科技有限公司"
ZY = "郑州中原拓客网络科技有限公司"
GY = "东莞莞邑商务信息咨询有限公司"
QH = "台州椒江企航网络科技有限公司"
XSH = "无锡锡商汇网络科技有限公司"
XC = "长沙星城企服网络科技有限公司"
YF = "苏州吴中云帆网络科技有限公司"


@case
def A01(r):
    before = "总部您好：\n\n青岛海泰橡胶机械有限公司对下面这条商机有异议，申请不计入，请总部判定。\n"
    rows = [["项目", "内容"], ["合作商", HLC], ["付费客户", "青岛海泰橡胶机械有限公司"], ["商机编号", "SJ20260312-0047"],
            ["推送时间", "2026-03-12 09:20"], ["客户反馈时间", "2026-03-12 11:45"], ["申诉理由", "同行恶意骚扰"],
            ["情况说明", "需求者自称要采购XLB-1200×1200平板硫化机2台，客户回电后对方反复打听出厂价和配件供应商，最后承认自己也是做硫化机的。"]]
    after = "\n附件是客户的通话录音和微信聊天截图。\n\n王晓琳\n海联创 客服部\n电话：0532-85796213  手机：15866203471"
    text, html = table_mail(before, rows, after)
    m = Mail("王晓琳", "2871654093@qq.com", T(2026, 3, 12, 13, 48, 22), "商机申诉 海泰橡胶 SJ20260312-0047", text, html,
             atts=[rec_amr(r, "通话录音0312.amr", 180), shot_jpg(r, "微信聊天截图.jpg", ["price?", "XLB-1200", "ok"])])
    return Case("A01", "appeal", "qq", m,
                fields=fields(HLC, "青岛海泰橡胶机械有限公司", ["SJ20260312-0047"], T(2026, 3, 12, 9, 20), T(2026, 3, 12, 11, 45), 1),
                accept={"partner": ["海联创"], "client": ["海泰橡胶"]}, charset="gb18030 base64",
                exercises="QQ HTML table; code 1 (同行恶意骚扰); AMR as octet-stream + JPEG",
                notes="QQ Mail gb18030 base64, fields in an HTML table (text/plain alternative has 'label value' rows); "
                      "code 1 in the seed's words with both kinds of evidence (AMR declared application/octet-stream, JPEG); "
                      "model XLB-1200×1200, '2台' and the phone numbers are distractors.")


@case
def A02(r):
    before = "总部好：\n\n琴岛刀具这条询盘客户反馈加不上微信，申请不计入。\n"
    rows = [["代理商", HLC], ["客户名称", "青岛琴岛数控刀具有限公司"], ["询盘编号", "20563318"], ["推送日期", "2026/4/7 10:05"],
            ["异议时间", "2026/4/7 13:30"], ["原因", "需求者留的微信加不上"],
            ["说明", "需求者留的微信号 qd_tool_0407，客户搜索提示“用户不存在”，留的手机号发短信也没回。"]]
    after = "\n截图见附件。\n\n陈硕\n青岛海联创网络科技有限公司\n座机：0532-85796213"
    text, html = table_mail(before, rows, after)
    m = Mail("陈硕", "1564209837@qq.com", T(2026, 4, 7, 15, 2, 41), "琴岛刀具 询盘异议 20563318", text, html,
             atts=[shot_png(r, "加微信提示.png", ["qd_tool_0407", "User not found"])])
    return Case("A02", "appeal", "qq", m,
                fields=fields(HLC, "青岛琴岛数控刀具有限公司", ["20563318"], T(2026, 4, 7, 10, 5), T(2026, 4, 7, 13, 30), 2),
                accept={"client": ["琴岛刀具"]}, charset="gb18030 base64",
                exercises="QQ HTML table with synonyms 代理商/客户名称/询盘编号/推送日期/异议时间; 8-digit id vs 8-digit landline",
                notes="QQ Mail HTML table using the synonyms 代理商 / 客户名称 / 询盘编号 / 推送日期 / 异议时间; 8-digit lead id "
                      "20563318 next to the 8-digit landline 85796213 and WeChat id qd_tool_0407 (distractors); code 2 in words; "
                      "times '2026/4/7 10:05'.")


@case
def A03(r):
    text = ("总部老师好：\n\n力拓数控的一条线索有异议，申请不计入：\n\n合作商：" + QCSL + "\n付费客户：济南力拓数控机床有限公司\n"
            "线索编号：XP-2604-0188\n推送日期：4月9日 15:10\n异议时间：4月9日 17:40\n"
            "申诉原因：需求者留错电话，客户打过去是个人，说自己从没询过价\n"
            "情况说明：询盘内容是CK6150数控车床1台，客户打了三次，接电话的是一位老人，说家里没人做生意。\n\n刘燕\n泉城商联 客服")
    m = Mail("刘燕", "qcsl_liuyan@163.com", T(2026, 4, 9, 18, 5, 12), "线索申诉-力拓数控-XP-2604-0188", text)
    return Case("A03", "appeal", "163", m,
                fields=fields(QCSL, "济南力拓数控机床有限公司", ["XP-2604-0188"], T(2026, 4, 9, 15, 10), T(2026, 4, 9, 17, 40), 3),
                accept={"partner": ["泉城商联"], "client": ["力拓数控"]}, charset="GBK base64",
                exercises="163 labelled lines 线索编号/推送日期/异议时间; times without year",
                notes="163 webmail (Coremail, GBK base64); labelled lines with 线索编号 / 推送日期 / 异议时间; times '4月9日 15:10' "
                      "without a year (2026 from the Date header); code 3 (留错电话, the number reaches a private person); "
                      "'CK6150' and '1台' are distractors; no attachment.")


@case
def A04(r):
    text = ("总部好：\n\n【合作商】" + QCSL + "\n【客户名称】山东泉力液压机械有限公司\n【商机编号】SJ20260506-0031\n"
            "【推送时间】2026年5月6日 下午2点30分\n【反馈时间】2026年5月6日 下午4点半\n"
            "【申诉理由】行业不符：客户做液压机和液压站，需求者要找的是月嫂家政服务。\n\n麻烦总部尽快判定，谢谢！\n\n赵敏\n"
            "济南泉城商联信息技术有限公司\n0531-86915572")
    m = Mail("赵敏", "zhaomin_qc@126.com", T(2026, 5, 6, 17, 22, 8), "【商机申诉】泉力液压 SJ20260506-0031", text)
    return Case("A04", "appeal", "126", m,
                fields=fields(QCSL, "山东泉力液压机械有限公司", ["SJ20260506-0031"], T(2026, 5, 6, 14, 30), T(2026, 5, 6, 16, 30), 4),
                accept={"client": ["泉力液压"]}, charset="GBK base64",
                exercises="126 【标签】值 lines; 下午2点30分 / 下午4点半; code 4",
                notes="126 webmail (Coremail, GBK); fields as 【标签】值 lines; times '2026年5月6日 下午2点30分' and '下午4点半'; "
                      "code 4 (行业不符: housekeeping services asked of a hydraulic-press maker); no attachment.")


@case
def A05(r):
    text = ("总部您好：\n\n合作商：" + SQ + "\n付费客户：佛山镕盛五金机械有限公司\n商机编号：2605110037\n推送时间：20260511 1020\n"
            "客户反馈时间：20260511 1545\n申诉理由：需求者所需产品与客户经营产品不一致（客户做冲床和折弯机，需求者要的是注塑机）\n\n"
            "客户业务经理何㻞已电话核实，需求留言截图见附件。\n\n--\n梁喆 | 客服部\n" + SQ + "\n电话：0757-83318720  手机：13925961148")
    m = Mail("梁喆", "liangzhe@shunqiwl.cn", T(2026, 5, 11, 16, 30, 5), "商机申诉：镕盛五金 2605110037", text,
             atts=[shot_png(r, "需求留言截图.png", ["injection molding machine", "200T"])], opts={"text_cte": "8bit"})
    return Case("A05", "appeal", "foxmail", m,
                fields=fields(SQ, "佛山镕盛五金机械有限公司", ["2605110037"], T(2026, 5, 11, 10, 20), T(2026, 5, 11, 15, 45), 5),
                accept={"client": ["镕盛五金"]}, charset="gb2312 label, GB18030 8bit",
                exercises="Foxmail 8bit text declared gb2312 with 镕 喆 㻞; times '20260511 1020'; 10-digit id",
                notes="Foxmail 7.2 text/plain sent 8bit and declared gb2312 while it holds 镕 and 喆 (GBK) and 㻞 (four-byte GB18030); "
                      "the subject and the sender name carry 镕/喆 in =?gb2312?B? words; times written '20260511 1020'; "
                      "10-digit lead id; code 5 in the seed's words; PNG screenshot.")


@case
def A06(r):
    rows = [("字段", "内容"), ("合作商", SQ), ("付费客户", "佛山顺德科威激光设备有限公司"), ("商机编号", "2605180044"),
            ("推送时间", "2026年5月18日 16:05"), ("客户反馈时间", "2026年5月18日 19:40"),
            ("申诉理由", "需求者属于不良询价（同行冒充终端客户套价）"),
            ("情况说明", "需求者自称五金厂采购，要一台3015型光纤激光切割机。客户回电时对方答不出板材厚度和用途，反复问客户的激光器品牌和进货价，"
                     "事后查到对方是南海一家激光设备公司的销售。"),
            ("证据材料", "客户通话录音1段（见邮件附件）"), ("申诉人", "黄敏"), ("申诉日期", "2026年5月19日")]
    text = ("总部：\n\n附件是科威激光5月18日一条商机的《商机申诉书》和客户的通话录音，请查收。客户销售主管陈㻞说对方一开口就问进货价。\n\n"
            "--\n黄敏 | 客服部\n" + SQ + "\n电话：0757-83318720")
    m = Mail("黄敏", "huangmin@shunqiwl.cn", T(2026, 5, 19, 10, 12, 40), "《商机申诉书》科威激光 2605180044", text,
             atts=[docx("商机申诉书-科威激光-0518.docx", "商机申诉书", rows, creator="黄敏"), rec_wav(r, "客户通话录音.wav", 2.0)])
    return Case("A06", "appeal", "foxmail", m,
                fields=fields(SQ, "佛山顺德科威激光设备有限公司", ["2605180044"], T(2026, 5, 18, 16, 5), T(2026, 5, 18, 19, 40), 1),
                accept={"client": ["科威激光"]}, charset="gb2312 label, GB18030 base64",
                exercises=".docx 《商机申诉书》 form holds client/id/times; WAV recording; code 1 as 不良询价",
                notes="Foxmail declaring gb2312 with 㻞 in the body (base64 text, QP html); the client's full name, the lead id and "
                      "both times are only in the attached .docx form table; code 1 worded 不良询价; WAV recording declared audio/wav; "
                      "'3015' is a model number, not an id.")


@case
def A07(r):
    text = ("总部您好：\n\n瓯江泵业有一条商机申请不计入，信息如下：\n\nPartner / 合作商：" + OY + "\nClient / 付费客户：温州瓯江泵业有限公司\n"
            "Lead ID / 商机编号：SJ20260520-0013\nPush time / 推送时间：2026/5/20 9:05\nFeedback time / 反馈时间：2026/5/20 14:40\n"
            "Reason / 申诉理由：符合判定标准第2条\n情况说明：需求者留了微信号 wz_pump_lee，客户添加了三次均提示“对方账号异常”，"
            "留的手机号 13958862207 也一直关机。\n\n截图见附件。\n\n陈佳慧 | 客服主管\n" + OY + "\n电话：0577-88236617\n地址：温州市鹿城区车站大道577号1908室")
    lg = logo_att(r, "image001.png", "image001.png@01DCE8A2.5C3B7F10", "OUYUE")
    m = Mail("陈佳慧", "chenjiahui@ouyueqf.com", T(2026, 5, 20, 15, 36, 2), "商机申诉 瓯江泵业 SJ20260520-0013（第2条）", text,
             atts=[shot_png(r, "微信添加失败.png", ["wz_pump_lee", "account error"])], logo=lg)
    return Case("A07", "appeal", "outlook", m,
                fields=fields(OY, "温州瓯江泵业有限公司", ["SJ20260520-0013"], T(2026, 5, 20, 9, 5), T(2026, 5, 20, 14, 40), 2),
                accept={"client": ["瓯江泵业"]}, charset="gb2312 base64",
                exercises="Outlook bilingual labels; '第2条'; inline signature logo in multipart/related",
                notes="Outlook 16 zh-CN (gb2312 base64) with bilingual labels 'Lead ID / 商机编号' etc.; reason given only as "
                      "'判定标准第2条'; PNG screenshot plus the signature logo image001.png inline in multipart/related (an attachment, "
                      "inline, role by type); WeChat id and mobile number are distractors.")


@case
def A08(r):
    text = ("总部好：\n\n我们的客户瑞安市恒达包装机械有限公司反映，昨天下午3点推给他们的一条商机（编号SJ20260601-0058）留的是空号。"
            "客户昨天晚上7点10分打电话给我们，说按留的号码打了几次都提示“您拨打的号码是空号”，我们这边也试了，确实是空号。"
            "通话录音附后，请总部按留错电话处理。\n\n林峰\n" + OY + "\n0577-88236617")
    m = Mail("林峰", "linfeng@ouyueqf.com", T(2026, 6, 2, 9, 18, 44), "恒达包装商机异议（空号）", text,
             atts=[rec_mp3("通话录音.mp3", 90)])
    return Case("A08", "appeal", "outlook", m,
                fields=fields(OY, "瑞安市恒达包装机械有限公司", ["SJ20260601-0058"], T(2026, 6, 1, 15, 0), T(2026, 6, 1, 19, 10), 3),
                accept={"client": ["恒达包装"]}, charset="gb2312 base64",
                exercises="prose only; 昨天下午3点 / 昨天晚上7点10分 relative to Date; MP3",
                notes="Outlook, fields only in prose; both times relative ('昨天下午3点', '昨天晚上7点10分') resolved against the "
                      "Date header (2026-06-02); code 3 (空号 = 留错电话); MP3 recording declared audio/mpeg.")


@case
def A09(r):
    text = ("总部好，\n\n富春造纸的一条商机申请不计入（从表格里复制的）：\n\n合作商\t" + QT + "\n客户\t杭州富春造纸机械有限公司\n"
            "商机编号\tXP-2606-0102\n推送时间\t2026.6.2 10:40\n反馈时间\t2026.6.2 15:20\n申诉理由\t行业不符\n"
            "情况说明\t客户做造纸机械（圆网造纸机、碎浆机），需求者是一家物流公司，要找仓储货架和叉车租赁。\n\n谢谢！\n\n周逸\n" + QT)
    m = Mail("周逸", "zhouyi@qtshulian.com", T(2026, 6, 2, 16, 40, 18), "富春造纸 商机申诉 XP-2606-0102", text)
    return Case("A09", "appeal", "apple", m,
                fields=fields(QT, "杭州富春造纸机械有限公司", ["XP-2606-0102"], T(2026, 6, 2, 10, 40), T(2026, 6, 2, 15, 20), 4),
                accept={"client": ["富春造纸"]}, charset="UTF-8 QP",
                exercises="Apple Mail UTF-8 QP; tab-separated label/value; times '2026.6.2 10:40'",
                notes="Apple Mail (macOS), UTF-8 quoted-printable; fields as tab-separated 'label<TAB>value' lines copied from a "
                      "spreadsheet; times '2026.6.2 10:40'; code 4 (行业不符); no attachment.")


@case
def A10(r):
    text = ("总部好，今天上午10点半推给杭州萧山恒通链条有限公司的商机 SJ20260608-0025，中午12点客户打电话说对方是同行来套价的："
            "电话里问的全是客户的出厂价和交货期，还打听用的哪家的链板。录音和截图在附件。\n\n孙浩 | " + QT)
    m = Mail("孙浩", "sunhao@qtshulian.com", T(2026, 6, 8, 12, 26, 31), "恒通链条 同行套价 申请不计入", text,
             atts=[rec_m4a("通话录音.m4a", 60), shot_jpg(r, "IMG_4127.JPG", ["chain price?", "delivery?"], inline=True)])
    return Case("A10", "appeal", "iphone", m,
                fields=fields(QT, "杭州萧山恒通链条有限公司", ["SJ20260608-0025"], T(2026, 6, 8, 10, 30), T(2026, 6, 8, 12, 0), 1),
                accept={"client": ["恒通链条"]}, charset="UTF-8 QP",
                exercises="iPhone prose; 今天上午10点半 / 中午12点; M4A + inline JPEG",
                notes="iPhone Mail (UTF-8 QP; text, attachments, then a second text part with '发自我的iPhone'); prose with "
                      "'今天上午10点半' and '中午12点' (Date 2026-06-08); code 1 (同行来套价); M4A recording declared audio/x-m4a "
                      "and the photo IMG_4127.JPG with Content-Disposition inline (still an attachment, inline true).")


@case
def A11(r):
    text = ("总部好：\n\n合作商：" + ZY + "\n客户：郑州宇鼎矿山机械有限公司\n商机编号：２６０６１５０００８\n"
            "推送时间：２０２６－０６－１５　１０：２０\n客户反馈时间：２０２６－０６－１５　１３：０５\n"
            "申诉理由：所需产品与客户经营产品不一致（客户做颚式破碎机、圆锥破碎机，需求者要买激光切割机）\n\n录音和截图见附件。\n\n李宏伟\n"
            "中原拓客 客服部\n电话：0371-65983320")
    m = Mail("李宏伟", "lihongwei@zytuoke.com", T(2026, 6, 15, 14, 10, 3), "宇鼎矿机 商机申诉 2606150008", text,
             atts=[rec_amr(r, "录音_0615.amr", 120), shot_png(r, "需求详情截图.png", ["laser cutting", "1500W"], ctype=OCTET)])
    return Case("A11", "appeal", "wecom", m,
                fields=fields(ZY, "郑州宇鼎矿山机械有限公司", ["2606150008"], T(2026, 6, 15, 10, 20), T(2026, 6, 15, 13, 5), 5),
                accept={"partner": ["中原拓客"], "client": ["宇鼎矿机"]}, charset="UTF-8 base64",
                exercises="WeCom; full-width ： and full-width digits in values; octet-stream AMR and PNG",
                notes="WeCom / Exmail (UTF-8 base64); labels with full-width '：' and values in full-width digits "
                      "('２０２６－０６－１５　１０：２０', id '２６０６１５０００８', NFKC gives 2606150008); code 5; AMR and PNG "
                      "both declared application/octet-stream.")


@case
def A12(r):
    rows = [["商机申诉表", None], ["合作商", ZY], ["付费客户", "河南华锐起重设备有限公司"], ["商机编号", "2606180021"],
            ["推送时间", T(2026, 6, 18, 9, 50).replace(tzinfo=None)], ["反馈时间", T(2026, 6, 18, 15, 25).replace(tzinfo=None)],
            ["申诉理由", "微信加不上"],
            ["情况说明", "需求者留的微信号 hr_crane_88 搜索不到，留的手机号 15138826407 打过去一直无人接听。"],
            ["申诉人", "张静"]]
    text = "总部好，\n\n附件为华锐起重的商机申诉表（xlsx），微信搜索截图一并附上，请查收。\n\n张静\n中原拓客 客服部"
    m = Mail("张静", "zhangjing@zytuoke.com", T(2026, 6, 18, 17, 2, 55), "华锐起重商机申诉", text,
             atts=[xlsx("商机申诉表-华锐起重.xlsx", [("申诉表", rows)], ctype=OCTET, creator="张静", widths={"A": 14, "B": 60}),
                   shot_png(r, "微信搜索结果.png", ["hr_crane_88", "not found"], ctype=OCTET)])
    return Case("A12", "appeal", "wecom", m,
                fields=fields(ZY, "河南华锐起重设备有限公司", ["2606180021"], T(2026, 6, 18, 9, 50), T(2026, 6, 18, 15, 25), 2),
                accept={"partner": ["中原拓客"], "client": ["华锐起重"]}, charset="UTF-8 base64",
                exercises=".xlsx appeal form with real datetime cells (octet-stream); partner full name only in xlsx",
                notes="WeCom / Exmail; every field is in the attached .xlsx (declared application/octet-stream) with times as real "
                      "datetime cells; the body has only short names ('华锐起重', '中原拓客'); code 2; WeChat id and mobile are "
                      "distractors.")


@case
def A13(r):
    text = ("总部好，6月20日14:30推给东莞市精诚注塑机械有限公司的商机，编号SJ20260620-0009，客户当天16:05反馈：对方是同行，"
            "电话里一直打听客户的报价和模具供应商，属于同行恶意骚扰。录音在附件。\n\n何俊 " + GY + "\n13712698045")
    m = Mail("何俊", "hejun@guanyisw.com", T(2026, 6, 20, 16, 48, 9), "精诚注塑 商机申诉 同行骚扰", text,
             atts=[rec_amr(r, "通话录音0620.amr", 160, ctype="audio/AMR")], opts={"raw_headers": True})
    return Case("A13", "appeal", "android", m,
                fields=fields(GY, "东莞市精诚注塑机械有限公司", ["SJ20260620-0009"], T(2026, 6, 20, 14, 30), T(2026, 6, 20, 16, 5), 1),
                accept={"client": ["精诚注塑"]}, malformed=True, charset="GBK 8bit, raw 8-bit headers",
                exercises="phone app raw 8-bit GBK Subject/From/filename; '6月20日14:30' / '当天16:05'",
                notes="Phone mail app: Subject, From display name and the file name are raw 8-bit GBK bytes (no RFC 2047/2231: "
                      "malformed); text 8bit GBK; times '6月20日14:30' and '当天16:05'; code 1 with an AMR recording "
                      "declared 'audio/AMR' (content_type is the declared type lower-cased).")


@case
def A14(r):
    text = ("合作商：" + GY + "\n客户：东莞市万利达模具有限公司\n商机编号：SJ20260623-0004\n推送时间：6月23日 8:40\n"
            "反馈时间：6月23日 10:55\n理由：同行恶意询价，对方自己承认是做模具的\n\n客户当时没有录音，聊天记录也删了，截图暂时提供不了。\n\n邓丽")
    m = Mail("邓丽", "dengli@guanyisw.com", T(2026, 6, 23, 11, 20, 37), "万利达模具商机申诉", text, opts={"raw_headers": True})
    return Case("A14", "appeal", "android", m,
                fields=fields(GY, "东莞市万利达模具有限公司", ["SJ20260623-0004"], T(2026, 6, 23, 8, 40), T(2026, 6, 23, 10, 55), 1),
                accept={"client": ["万利达模具"]}, malformed=True, charset="GBK 8bit, raw 8-bit headers",
                exercises="code 1 without evidence -> missing evidence; raw 8-bit subject",
                notes="Phone mail app, single 8bit GBK text part and a raw 8-bit GBK Subject (malformed); code 1 (同行恶意询价) "
                      "with no recording or screenshot, so 'evidence' is missing; times '6月23日 8:40'.")


@case
def A15(r):
    text = ("总部：\n\n合作商:" + HLC + "\n付费客户:青岛海泰橡胶机械有限公司\n商机编号:SJ20260701-0066\n推送时间:7月1日下午4点\n"
            "客户反馈时间:7月1日晚上8点20分\n申诉理由:不良询价，对方要了报价单以后就不接电话了，客户怀疑是同行\n\n"
            "客户没有录音，也没截图，麻烦总部先看一下。\n\n王晓琳 海联创")
    m = Mail("王晓琳", "2871654093@qq.com", T(2026, 7, 2, 10, 5, 16), "海泰橡胶 申诉一条商机", text)
    return Case("A15", "appeal", "qq", m,
                fields=fields(HLC, "青岛海泰橡胶机械有限公司", ["SJ20260701-0066"], T(2026, 7, 1, 16, 0), T(2026, 7, 1, 20, 20), 1),
                accept={"partner": ["海联创"], "client": ["海泰橡胶"]}, charset="gb18030 base64",
                exercises="ASCII ':' labels; 下午4点 / 晚上8点20分; code 1 without evidence",
                notes="QQ Mail, labels with ASCII ':' and no space; times '7月1日下午4点' / '7月1日晚上8点20分' (Date is the "
                      "next day); code 1 (不良询价) without any attachment, so 'evidence' is missing.")


@case
def A16(r):
    text = ("总部老师好：\n\n合作商：" + QCSL + "\n付费客户：济南章丘鼎盛鼓风机有限公司\n商机编号：XP-2607-0012\n"
            "申诉理由：需求者留的微信号搜不到，加不上\n\n推送时间和客户反馈时间我们这边没有记录，客户也说不清，麻烦总部后台查一下。"
            "微信搜索截图见附件。\n\n刘燕\n泉城商联 客服")
    m = Mail("刘燕", "qcsl_liuyan@163.com", T(2026, 7, 3, 9, 40, 51), "鼎盛鼓风机 商机申诉 XP-2607-0012", text,
             atts=[shot_png(r, "微信搜索截图.png", ["dsfj_2026", "no result"])])
    return Case("A16", "appeal", "163", m,
                fields=fields(QCSL, "济南章丘鼎盛鼓风机有限公司", ["XP-2607-0012"], None, None, 2),
                accept={"partner": ["泉城商联"], "client": ["鼎盛鼓风机"]}, charset="GBK base64",
                exercises="missing pushed_at and objected_at",
                notes="163 webmail; the partner says it does not know the push or objection time, so pushed_at and objected_at "
                      "are missing; code 2 (微信号搜不到); PNG screenshot.")


@case
def A17(r):
    text = ("总部您好：\n\n浙江龙湾阀门制造有限公司对一条商机有意见：\n推送时间：2026/7/6 8:30\n反馈时间：2026/7/6 11:00\n"
            "商机编号：客户没有截图，暂时不知道\n客户的意见：这个需求者只要一台DN50的闸阀，量太小，客户不想跟进，希望不计入。\n\n"
            "请总部看看能不能处理。\n\n林峰\n" + OY)
    m = Mail("林峰", "linfeng@ouyueqf.com", T(2026, 7, 6, 14, 15, 27), "龙湾阀门 一条商机的意见", text)
    return Case("A17", "appeal", "outlook", m,
                fields=fields(OY, "浙江龙湾阀门制造有限公司", [], T(2026, 7, 6, 8, 30), T(2026, 7, 6, 11, 0), None),
                accept={"client": ["龙湾阀门"]}, charset="gb2312 base64",
                exercises="missing lead_ids and a reason matching no criterion (reason_code null)",
                notes="Outlook; the lead id is unknown and the client's reason (order too small) matches none of the five "
                      "criteria, so lead_ids and reason_code are missing; 'DN50' and '一台' are distractors.")


@case
def A18(r):
    text = ("总部好：\n\n下面是金鹰缝纫机发给我们的邮件，客户要求这条商机不计入，请总部判定。\n推送时间：7月8日 8:15（系统短信）\n"
            "客户反馈时间：7月8日 9:52（即下面这封邮件）\n\n蒋涛\n" + QH + "\n\n"
            "发件人： 金鹰缝纫机-采购部 王海\n发送时间： 2026-07-08 09:52\n收件人： 蒋涛\n主题： 关于今天这条商机的情况说明\n\n"
            "蒋经理：\n今天早上推过来的商机SJ20260708-0003，我们打过去，对方是个人，说想给自家裁缝店买一台二手家用缝纫机，"
            "不是企业，和我们的工业平缝机、包缝机不对口。麻烦申请不计入。\n台州路桥金鹰缝纫机有限公司 王海 0576-82418866")
    m = Mail("蒋涛", "jiangtao@qihangwl.com", T(2026, 7, 8, 10, 20, 14), "Fw: 关于今天这条商机的情况说明", text)
    return Case("A18", "appeal", "foxmail", m,
                fields=fields(QH, "台州路桥金鹰缝纫机有限公司", ["SJ20260708-0003"], T(2026, 7, 8, 8, 15), T(2026, 7, 8, 9, 52), 3),
                accept={"client": ["金鹰缝纫机"]}, charset="gb2312 label, GB18030 base64",
                exercises="Foxmail inline forward (Fw:) carrying the client's complaint; code 3 (个人/不对口)",
                notes="Foxmail 'Fw:' with the client's mail forwarded inline (发件人/发送时间/收件人/主题 block); the lead id and "
                      "the client's full name are inside the forwarded part; times stated by the partner; code 3 (个人, 不对口).")


@case
def A19(r):
    fwd_date = T(2026, 7, 14, 14, 2)
    wk = "一二三四五六日"[fwd_date.weekday()]
    text = ("总部好，转发客户的异议邮件，请按第4条处理。推送时间 7月14日 10:20，客户反馈时间 7月14日 14:02（即下面这封邮件）。\n\n"
            "刘洋\n" + XC + "\n\n---------- Forwarded message ---------\n发件人： 中湘工程机械 赵凯 <zhaokai@zx-machinery.com>\n"
            f"Date: 2026年7月14日周{wk} 14:02\nSubject: 商机异议 - 中湘机械\nTo: 刘洋 <xcqf.liuyang@gmail.com>\n\n"
            "刘经理好：\n7月14日上午推送的商机（编号 10467729），需求方是一家劳务公司，想找挖掘机司机和劳务输送，我们长沙中湘工程机械有限公司"
            "是做挖掘机整机的，行业完全不符，请申请不计入。\n需求方留的电话 0731-84562310 能打通，对方也承认要的是劳务。\n\n赵凯\n")
    m = Mail("刘洋", "xcqf.liuyang@gmail.com", T(2026, 7, 14, 15, 30, 6), "Fwd: 商机异议 - 中湘机械", text)
    return Case("A19", "appeal", "gmail", m,
                fields=fields(XC, "长沙中湘工程机械有限公司", ["10467729"], T(2026, 7, 14, 10, 20), T(2026, 7, 14, 14, 2), 4),
                accept={"client": ["中湘工程机械", "中湘机械"]}, charset="UTF-8 base64",
                exercises="Gmail '---------- Forwarded message ---------' block; 8-digit id vs 8-digit landline",
                notes="Gmail web (UTF-8 base64) forwarding the client's mail inline; code 4 ('第4条' plus the seed's own excavator / "
                      "labour example); 8-digit lead id 10467729 next to the landline 0731-84562310 (distractor).")


@case
def A20(r):
    import random

    from _clients import coremail
    inner_text = ("顾经理：\n昨天下午4点10分推送的商机，编号2607150093，我们今天上午9点打过去，对方说是做环保设备的同行，"
                  "想了解我们脉冲布袋除尘器的报价，属于同行恶意询价，申请不计入。对方微信聊天截图见附件。\n\n"
                  "无锡锡汇环保设备有限公司 销售部 周敏\n0510-85207731")
    inner_png = shot_png(r, "微信聊天截图.png", ["dust collector price?", "we also make it"])
    inner = Mail("周敏", "zhoumin@xihuihb.com", T(2026, 7, 16, 9, 30, 11), "关于商机2607150093的异议", inner_text,
                 atts=[inner_png], to=[("顾文杰", "guwenjie@xishanghui.com")], opts={"no_envelope": True})
    raw_inner, _, _ = coremail(random.Random("A20-inner"), inner)
    from _clients import Att
    fatt = Att("关于商机2607150093的异议.eml", raw_inner, "message/rfc822", "message/rfc822", inner=[inner_png])
    text = ("总部您好：\n\n客户的异议邮件和截图见附件（原邮件作为附件转发），请判定。\n\n顾文杰\n客服部 | " + XSH + "\n电话：0510-82739016")
    m = Mail("顾文杰", "guwenjie@xishanghui.com", T(2026, 7, 16, 11, 5, 33), "转发: 关于商机2607150093的异议", text,
             rfc822=(fatt, raw_inner))
    return Case("A20", "appeal", "outlook", m,
                fields=fields(XSH, "无锡锡汇环保设备有限公司", ["2607150093"], T(2026, 7, 15, 16, 10), T(2026, 7, 16, 9, 0), 1),
                accept={}, charset="gb2312 base64 + GBK (enclosed)",
                exercises="forward as attached message/rfc822 (fields and PNG inside); window exceeded",
                notes="Outlook forwarding the client's 163-style mail as an attached message/rfc822 (Content-Disposition attachment, "
                      "name '关于商机2607150093的异议.eml'); client, id, times, reason and the PNG evidence are inside the enclosed "
                      "message; '昨天下午4点10分' / '今天上午9点' resolve against the enclosed Date (2026-07-16), 16h50m, outside "
                      "the 8-hour window. The rfc822 part is listed (role other, size/sha256 of the enclosed bytes) followed by "
                      "its own PNG.")


@case
def A21(r):
    text = ("总部好，\n\n合作商: " + QT + "\n付费客户: 杭州富春造纸机械有限公司\n商机编号: XP-2607-0031\n"
            "推送时间: 2026年7月3日 上午9点15分\n反馈时间: 2026年7月3日 中午12点40分\n"
            "申诉理由: 同行恶意骚扰（对方是造纸机械厂的销售，朋友圈全是自家设备广告）\n\n录音和朋友圈截图在附件。\n\n周逸\n" + QT)
    m = Mail("周逸", "zhouyi@qtshulian.com", T(2026, 7, 3, 17, 45, 9), "富春造纸 XP-2607-0031 申诉（同行骚扰）", text,
             atts=[rec_m4a("客户与需求者通话录音-富春造纸-2026年7月3日-上午.m4a", 80),
                   shot_png(r, "需求者朋友圈截图.png", ["paper machine ad", "paper machine ad"])])
    return Case("A21", "appeal", "apple", m,
                fields=fields(QT, "杭州富春造纸机械有限公司", ["XP-2607-0031"], T(2026, 7, 3, 9, 15), T(2026, 7, 3, 12, 40), 1),
                accept={"client": ["富春造纸"]}, charset="UTF-8 QP",
                exercises="Apple Mail RFC 2231 filename*0*= continuations; 上午9点15分 / 中午12点40分",
                notes="Apple Mail: the long recording name is sent as RFC 2231 continuations (filename*0*=utf-8''…; filename*1*=…) "
                      "and as RFC 2047 words in name=; times '上午9点15分' / '中午12点40分'; code 1 with M4A and PNG.")


@case
def A22(r):
    text = ("总部好：\n\n合作商：" + QCSL + "\n客户：济南力拓数控机床有限公司\n推送：7月21日 9:40\n反馈：7月21日 11:25\n\n"
            "按判定标准第3条申请不计入：客户回电时对方说电话是帮朋友留的，本人是开饭店的，不需要机床。\n\n赵敏")
    m = Mail("赵敏", "zhaomin_qc@126.com", T(2026, 7, 21, 16, 2, 47), "申诉 SJ20260721-0017 力拓数控（第3条）", text)
    return Case("A22", "appeal", "126", m,
                fields=fields(QCSL, "济南力拓数控机床有限公司", ["SJ20260721-0017"], T(2026, 7, 21, 9, 40), T(2026, 7, 21, 11, 25), 3),
                accept={"client": ["力拓数控"]}, charset="GBK base64",
                exercises="lead id only in the subject; short labels 推送：/反馈：; '第3条'",
                notes="126 webmail; the lead id appears only in the subject; short labels '推送：' / '反馈：'; reason as "
                      "'判定标准第3条' with a wrong-contact story; no attachment.")


@case
def A23(r):
    text = ("总部好：\n\n合作商：" + HLC + "\n付费客户：青岛琴岛数控刀具有限公司\n商机编号：SJ20260722-0011、SJ20260722-0019"
            "（同一个需求者留了两次）\n推送时间：两条都是7月22日上午8点半推送\n客户反馈时间：7月22日 11点\n"
            "申诉理由：对方留的微信号根本加不上，电话也不接\n\n两张截图见附件。\n\n陈硕\n海联创")
    m = Mail("陈硕", "1564209837@qq.com", T(2026, 7, 22, 15, 20, 2), "琴岛刀具 两条商机申诉", text,
             atts=[shot_png(r, "截图1.png", ["qdj_tool", "not exist"]), shot_png(r, "截图2.png", ["call failed"])])
    return Case("A23", "appeal", "qq", m,
                fields=fields(HLC, "青岛琴岛数控刀具有限公司", ["SJ20260722-0011", "SJ20260722-0019"], T(2026, 7, 22, 8, 30),
                              T(2026, 7, 22, 11, 0), 2),
                accept={"partner": ["海联创"], "client": ["琴岛刀具"]}, charset="gb18030 base64",
                exercises="two lead ids joined by '、'; 上午8点半 / 11点",
                notes="QQ Mail; two lead ids for one requester joined by '、'; one push time for both ('上午8点半') and "
                      "'11点'; code 2; two PNG screenshots.")


@case
def A24(r):
    text = ("Hi 总部，\n\nPartner: " + ZY + "\nClient: 新乡市振兴筛分机械有限公司\nLead ID: 2607100046\n"
            "Push time: 2026-07-10 14:30\nFeedback time: 2026-07-10 17:45\nReason: 第4条 行业不符（需求者要找的是食品包装袋印刷）\n\n"
            "李宏伟\n中原拓客")
    m = Mail("李宏伟", "lihongwei@zytuoke.com", T(2026, 7, 10, 18, 20, 40), "振兴筛分 Lead 2607100046 appeal", text)
    return Case("A24", "appeal", "wecom", m,
                fields=fields(ZY, "新乡市振兴筛分机械有限公司", ["2607100046"], T(2026, 7, 10, 14, 30), T(2026, 7, 10, 17, 45), 4),
                accept={"partner": ["中原拓客"], "client": ["振兴筛分"]}, charset="UTF-8 base64",
                exercises="English labels (Partner/Client/Lead ID/Push time/Feedback time/Reason); English subject word 'appeal'",
                notes="WeCom / Exmail with English labels; reason '第4条 行业不符'; the word 商机申诉 does not appear at all; "
                      "no attachment.")


@case
def A25(r):
    text = ("总部您好：\n\n瓯江泵业对下面这条商机有异议（客户邮件附在下面），申请不计入：\n\n合作商：" + OY + "\n客户名称：温州瓯江泵业有限公司\n"
            "商机编号：SJ20260724-0020\n推送时间：2026-07-24 16:50\n异议时间：2026-07-25 09:30\n理由：需求者留的微信一直加不上\n\n"
            "客户推送当天已下班，第二天上午才处理，超过了8小时，请总部酌情。\n\n陈佳慧\n" + OY + "\n\n"
            "发件人: 瓯江泵业 张斌 <zhangbin@ojpump.com> \n发送时间: 2026年7月25日 9:30\n收件人: 陈佳慧 <chenjiahui@ouyueqf.com>\n"
            "主题: 昨天那条商机加不上微信\n\n陈经理，昨天下午推的那条商机，微信一直加不上，麻烦帮我们申请一下。\n张斌")
    m = Mail("陈佳慧", "chenjiahui@ouyueqf.com", T(2026, 7, 25, 10, 2, 18), "答复: 昨天那条商机加不上微信", text,
             atts=[shot_png(r, "微信截图.png", ["ojp_buyer", "blocked"])], cc=[("瓯江泵业 张斌", "zhangbin@ojpump.com")],
             in_reply_to="<000801dd1b2c$4e5f6a70$eb1a3f50$@ojpump.com>",
             references=["<000801dd1b2c$4e5f6a70$eb1a3f50$@ojpump.com>"])
    return Case("A25", "appeal", "outlook", m,
                fields=fields(OY, "温州瓯江泵业有限公司", ["SJ20260724-0020"], T(2026, 7, 24, 16, 50), T(2026, 7, 25, 9, 30), 2),
                accept={"client": ["瓯江泵业"]}, charset="gb2312 base64",
                exercises="'答复:' inside the partner's own thread with the client (In-Reply-To not @ptg139.com) -> by content",
                notes="Outlook '答复:' replying to the client's mail (In-Reply-To/References point at the client's domain, not "
                      "@ptg139.com), Cc the client: judged by content, an appeal; 16h40m (outside the window, the partner says so); "
                      "code 2; PNG.")


@case
def A26(r):
    text = ("总部：\n\n前天下午5点20分推给镕盛五金的商机（编号2608030015），客户前天晚上9点打电话反映：需求者要的是不锈钢厨具代加工，"
            "客户做的是冲压设备和折弯机，产品不一致，申请不计入。\n\n--\n梁喆 | 客服部\n" + SQ)
    m = Mail("梁喆", "liangzhe@shunqiwl.cn", T(2026, 8, 5, 9, 30, 12),
             "关于佛山镕盛五金机械有限公司前天推送的一条商机申请不计入的说明（产品不一致）", text,
             opts={"subject_split_bytes": True})
    return Case("A26", "appeal", "foxmail", m,
                fields=fields(SQ, "佛山镕盛五金机械有限公司", ["2608030015"], T(2026, 8, 3, 17, 20), T(2026, 8, 3, 21, 0), 5),
                accept={"client": ["镕盛五金"]}, malformed=True, charset="gb2312 label, GB18030 base64",
                exercises="multi-chunk RFC 2047 subject split inside multibyte characters; 前天 times",
                notes="Foxmail: the long subject is cut into =?gb2312?B? words at byte boundaries that split two-byte characters "
                      "(decode by joining the chunks' bytes before decoding: malformed); client full name only in the subject; "
                      "'前天下午5点20分' / '前天晚上9点' against Date 2026-08-05; code 5.")


@case
def A27(r):
    text = ("总部好，恒锐激光今天的一条商机申请不计入：\n商机编号：ＳＪ２０２６０８１１－００３３\n推送时间：今天下午3点\n"
            "客户反馈：今天下午5点40分\n原因：电话打过去是个人装修户，不是企业，不对口\n客户：苏州恒锐激光设备有限公司\n合作商：" + YF + " 许佳")
    m = Mail("许佳", "xujia@yunfanwl.com", T(2026, 8, 11, 20, 15, 44), "恒锐激光 商机申诉", text)
    return Case("A27", "appeal", "iphone", m,
                fields=fields(YF, "苏州恒锐激光设备有限公司", ["SJ20260811-0033"], T(2026, 8, 11, 15, 0), T(2026, 8, 11, 17, 40), 3),
                accept={"client": ["恒锐激光"]}, charset="UTF-8 QP",
                exercises="iPhone text-only; full-width letters/digits in the lead id; 今天下午",
                notes="iPhone Mail, single text/plain part (UTF-8 QP); lead id in full-width letters and digits "
                      "('ＳＪ２０２６０８１１－００３３', NFKC SJ20260811-0033); '今天下午3点' / '今天下午5点40分'; code 3 "
                      "(个人, 不对口).")


@case
def A28(r):
    rows = [("字段", "内容"), ("合作商", QCSL), ("付费客户", "山东泉力液压机械有限公司"), ("商机编号", "XP-2608-0140"),
            ("推送时间", "2026年8月18日 上午9点"), ("客户反馈时间", "2026年8月18日 上午10点45分"),
            ("申诉理由", "同行恶意骚扰（判定标准第1条）"),
            ("情况说明", "需求者自称要一台YQ32-315四柱液压机，电话里只问价格和油缸供应商，客户查到对方号码是同行业务员的。"),
            ("证据材料", "通话录音1段"), ("申诉人", "刘燕")]
    text = "总部老师好：\n\n附件为泉力液压的商机申诉书和客户的通话录音，请查收。\n\n刘燕\n泉城商联 客服"
    m = Mail("刘燕", "qcsl_liuyan@163.com", T(2026, 8, 18, 11, 50, 3), "泉力液压商机申诉书", text,
             atts=[docx("商机申诉书（泉力液压）.docx", "商机申诉书", rows, creator="刘燕"), rec_amr(r, "录音.amr", 200, ctype="audio/amr")])
    return Case("A28", "appeal", "163", m,
                fields=fields(QCSL, "山东泉力液压机械有限公司", ["XP-2608-0140"], T(2026, 8, 18, 9, 0), T(2026, 8, 18, 10, 45), 1),
                accept={"partner": ["泉城商联"], "client": ["泉力液压"]}, charset="GBK base64",
                exercises="163 with .docx form (times '上午9点' / '上午10点45分') and AMR audio/amr",
                notes="163 webmail; all fields in the attached .docx 《商机申诉书》 table (times '2026年8月18日 上午9点' / "
                      "'上午10点45分'); code 1 ('判定标准第1条'); AMR declared audio/amr; 'YQ32-315' is a model number.")


@case
def A29(r):
    text = ("总部好：\n\n合作商：" + ZY + "\n付费客户：河南华锐起重设备有限公司\n询盘编号：2608240007\n推送时间：8月24日早上8点半\n"
            "客户反馈时间：8月24日下午3点半\n申诉理由：需求者留错电话，打过去是一家洗车店\n\n通话记录截图见附件。\n\n张静\n中原拓客 客服部")
    m = Mail("张静", "zhangjing@zytuoke.com", T(2026, 8, 24, 17, 30, 26), "华锐起重 询盘申诉 2608240007", text,
             atts=[shot_calllog_png(r, "通话记录.png", "0371-6059 8812", ctype=OCTET)])
    return Case("A29", "appeal", "wecom", m,
                fields=fields(ZY, "河南华锐起重设备有限公司", ["2608240007"], T(2026, 8, 24, 8, 30), T(2026, 8, 24, 15, 30), 3),
                accept={"partner": ["中原拓客"], "client": ["华锐起重"]}, charset="UTF-8 base64",
                exercises="早上8点半 / 下午3点半 (7h, inside window); 询盘编号",
                notes="WeCom / Exmail; 询盘编号; times '8月24日早上8点半' and '下午3点半' (7 hours, inside the window); code 3; "
                      "call-log PNG declared application/octet-stream.")


@case
def A30(r):
    text = ("总部您好：\n\n合作商：" + XSH + "\n合作单位：江阴天宏液压机械有限公司\n商机编号：2608250031\n推送时间：2026-08-25 16:50\n"
            "反馈时间：2026-08-26 09:30\n申诉理由：需求者留的微信加不上（第2条）\n备注：客户反馈超过8小时，因推送时客户已下班，请总部酌情。\n\n"
            "顾文杰\n客服部 | " + XSH + "\n电话：0510-82739016")
    m = Mail("顾文杰", "guwenjie@xishanghui.com", T(2026, 8, 26, 10, 10, 50), "商机申诉 天宏液压 2608250031", text,
             atts=[shot_png(r, "添加好友失败.png", ["th_hyd", "failed"])])
    return Case("A30", "appeal", "outlook", m,
                fields=fields(XSH, "江阴天宏液压机械有限公司", ["2608250031"], T(2026, 8, 25, 16, 50), T(2026, 8, 26, 9, 30), 2),
                accept={"client": ["天宏液压"]}, charset="gb2312 base64",
                exercises="合作单位 label; objection outside the 8-hour window",
                notes="Outlook; the client labelled 合作单位; objection 16h40m after the push (outside the window, stated by the "
                      "partner); code 2 ('第2条' and words); PNG.")


@case
def A31(r):
    rows = [["合作商", XC, None, None, None], ["客户", "湖南湘能激光科技有限公司", None, None, None], [None] * 5,
            ["序号", "商机编号", "推送时间", "客户反馈时间", "申诉理由"],
            [1, "10572230", T(2026, 9, 8, 9, 12).replace(tzinfo=None), T(2026, 9, 8, 13, 40).replace(tzinfo=None), "同行恶意询价"],
            [2, "10572241", T(2026, 9, 8, 9, 12).replace(tzinfo=None), T(2026, 9, 8, 13, 40).replace(tzinfo=None), "同行恶意询价"]]
    text = ("总部好：\n\n附件是湘能激光两条商机的申诉表和录音。同一个号码9月8日上午连续留了两条询盘，系统同时推送；客户回电确认对方是同行"
            "（也是做激光焊接机的），属于同行恶意询价。\n\n彭丹\n" + XC)
    m = Mail("彭丹", "3307418256@qq.com", T(2026, 9, 8, 16, 25, 39), "湘能激光 两条商机申诉（同行）", text,
             atts=[xlsx("湘能激光-商机申诉表.xlsx", [("Sheet1", rows)], ctype=OCTET, creator="彭丹",
                        widths={"B": 14, "C": 18, "D": 18, "E": 16}),
                   rec_amr(r, "回访录音.amr", 140)])
    return Case("A31", "appeal", "qq", m,
                fields=fields(XC, "湖南湘能激光科技有限公司", ["10572230", "10572241"], T(2026, 9, 8, 9, 12), T(2026, 9, 8, 13, 40), 1),
                accept={"client": ["湘能激光"]}, charset="gb18030 base64",
                exercises=".xlsx with two leads (ids as text, datetime cells); AMR octet-stream",
                notes="QQ Mail; both leads, times and the client's full name are in the attached .xlsx (octet-stream), the ids "
                      "stored as text and times as datetime cells; code 1 (同行恶意询价) with an AMR recording.")


@case
def A32(r):
    text = ("总部好，今天下午2点推给精诚注塑（东莞市精诚注塑机械有限公司）的商机SJ20260915-0042，客户下午4点20分反馈是同行"
            "（东莞另一家注塑机厂的业务员）来套价，录音见附件。\n\n何俊\n" + GY)
    m = Mail("何俊", "hejun@guanyisw.com", T(2026, 9, 15, 19, 5, 20), "商机申诉-精诚注塑-同行", text,
             atts=[rec_wav(r, "客户录音0915.wav", 1.2, ctype="audio/x-wav")], opts={"raw_headers": True})
    return Case("A32", "appeal", "android", m,
                fields=fields(GY, "东莞市精诚注塑机械有限公司", ["SJ20260915-0042"], T(2026, 9, 15, 14, 0), T(2026, 9, 15, 16, 20), 1),
                accept={"client": ["精诚注塑"]}, malformed=True, charset="GBK 8bit, raw 8-bit headers",
                exercises="raw 8-bit GBK WAV file name; 今天下午2点 / 下午4点20分",
                notes="Phone mail app with raw 8-bit GBK Subject and WAV file name (malformed); times '今天下午2点' / "
                      "'下午4点20分'; code 1 with a WAV declared audio/x-wav.")


@case
def A33(r):
    body = ("孙经理：\n商机编号 SJ20260921-0050，需求者要买的是自行车链条和摩托车链条配件，我们杭州萧山恒通链条有限公司只做工业输送链和板式链，"
            "产品不一致，申请不计入。\n陆伟")
    quoted = "\n".join(("> " + line) if line else ">" for line in
                       ("发件人: 恒通链条 陆伟 <luwei@htchain.cn>\n主题: 商机问题\n日期: 2026年9月21日 GMT+8 下午5:50:12\n"
                        "收件人: 孙浩 <sunhao@qtshulian.com>\n\n" + body).split("\n"))
    text = ("总部好，转发客户邮件，请判定。推送时间9月21日下午4:15，客户反馈时间9月21日下午5:50。\n\n孙浩\n" + QT + "\n\n"
            "以下为转发的邮件：\n\n" + quoted)
    m = Mail("孙浩", "sunhao@qtshulian.com", T(2026, 9, 22, 10, 30, 2), "转发：商机问题", text)
    return Case("A33", "appeal", "apple", m,
                fields=fields(QT, "杭州萧山恒通链条有限公司", ["SJ20260921-0050"], T(2026, 9, 21, 16, 15), T(2026, 9, 21, 17, 50), 5),
                accept={"client": ["恒通链条"]}, charset="UTF-8 QP",
                exercises="Apple Mail '转发：' with '>'-quoted forwarded mail; 下午4:15",
                notes="Apple Mail '转发：' with the client's mail quoted with '> '; id and the client's full name only inside the "
                      "forwarded part; times '9月21日下午4:15' / '下午5:50' (Date the next day); code 5.")


@case
def A34(r):
    text = ("总部好：\n\n客户：济南章丘鼎盛鼓风机有限公司\n商机编号：XP-2610-0077\n10月13日上午10点05分推送，客户当天下午1点半反馈。\n"
            "申诉理由：需求者所需产品不符合客户行业（客户做罗茨鼓风机，需求者要的是家用空气净化器）。\n\n小周\n13589012274")
    m = Mail("小周", "zhou_xm2026@163.com", T(2026, 10, 13, 15, 40, 8), "鼎盛鼓风机商机申诉", text)
    return Case("A34", "appeal", "163", m,
                fields=fields(None, "济南章丘鼎盛鼓风机有限公司", ["XP-2610-0077"], T(2026, 10, 13, 10, 5), T(2026, 10, 13, 13, 30), 4),
                accept={"client": ["鼎盛鼓风机"]}, charset="GBK base64",
                exercises="partner not named anywhere -> missing partner; 当天下午1点半",
                notes="163 webmail from a personal address signed only '小周': the partner is never named, so 'partner' is missing; "
                      "times '10月13日上午10点05分' / '当天下午1点半'; code 4 in the seed's words.")


@case
def A35(r):
    text = ("总部好：\n\n合作商：" + YF + "\n付费客户：苏州新宇包装机械有限公司\n商机编号：10588014\n推送时间：2026-10-20 08:50\n"
            "客户反馈时间：2026-10-20 10:30\n申诉理由：第1条\n情况说明：需求者自称食品厂采购，客户回电后对方一直追问DZ-600真空包装机的"
            "电机品牌和进货价，后来承认是同行（昆山一家包装机厂）。\n\n通话录音见附件。\n\n许佳\n电话：0512-66127380")
    m = Mail("许佳", "xujia@yunfanwl.com", T(2026, 10, 20, 11, 15, 12), "新宇包装 商机申诉 10588014", text,
             atts=[rec_mp3("通话录音20261020.mp3", 120, ctype=OCTET, title="通话录音")])
    return Case("A35", "appeal", "wecom", m,
                fields=fields(YF, "苏州新宇包装机械有限公司", ["10588014"], T(2026, 10, 20, 8, 50), T(2026, 10, 20, 10, 30), 1),
                accept={"client": ["新宇包装"]}, charset="UTF-8 base64",
                exercises="reason only '第1条'; MP3 (ID3 tag) as octet-stream; 8-digit landline distractor",
                notes="WeCom / Exmail; reason given only as '第1条'; MP3 with an ID3v2 tag declared application/octet-stream; "
                      "8-digit lead id 10588014 vs the 8-digit landline 66127380; 'DZ-600' is a model.")


@case
def A36(r):
    import _payloads as P
    from _world import Att
    shots = [(f"截图{i}.png", P.png(P.call_log_screenshot(r, "0510-8531 6620"))) for i in (1, 2, 3)]
    zipped = Att("客户提供的通话记录截图（共3张）-锡汇环保-2026年11月4日.zip", P.zip_of(shots), "application/zip", "application/zip")
    text = ("总部好：\n\n合作商：" + XSH + "\n客户：无锡锡汇环保设备有限公司\n线索编号：2611040012\n推送日期：2026年11月4日 上午9:20\n"
            "反馈时间：2026年11月4日 上午11:05\n申诉原因：留错电话，号码属于一家快递网点\n\n客户的通话记录截图打包在附件里。\n\n-- \n钱晨\n" + XSH)
    m = Mail("钱晨", "qianchen@xishanghui.com", T(2026, 11, 4, 14, 30, 55), "锡汇环保 线索申诉 2611040012", text, atts=[zipped])
    return Case("A36", "appeal", "thunderbird", m,
                fields=fields(XSH, "无锡锡汇环保设备有限公司", ["2611040012"], T(2026, 11, 4, 9, 20), T(2026, 11, 4, 11, 5), 3),
                accept={"client": ["锡汇环保"]}, charset="UTF-8 8bit",
                exercises="Thunderbird UTF-8 8bit; RFC 2231 continuations for a .zip (role other); 上午9:20",
                notes="Thunderbird (UTF-8 8bit, format=flowed); the zip's long name in RFC 2231 continuations; a .zip is role "
                      "'other' (evidence_present false, which code 3 does not require); times '2026年11月4日 上午9:20'.")
