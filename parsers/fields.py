"""The grammar of labelled fields, shared by HTML pages and text captures.

A page's header and its info-disclosure table speak in `label: value` pairs:
发布时间：2021-11-30 来源：宜兴, 【来源】新华社, 索引号：0001-2021-00012. One grammar
reads them all: a label is a known word that does not continue a word before it (资金来源
is no label), followed by a separator (：, :, 】 or a space); its value runs to the next
label. A value then stops at what the page glued after it: a date, a link word (举报,
打印), a separator bar or a wide gap.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .dates import NUMERIC_YMD

# label -> field key. Dates: `date` (the article's), `published_date`, `written_date`
# (an info-disclosure table's, which name them apart); gov_meta keys as in the devset.
LABELS: dict[str, str] = {
    # dates
    "发布时间": "date", "发表时间": "date", "发稿时间": "date", "更新时间": "date", "最后异动时间": "date", "最后异动日期": "date", "最后更新时间": "date", "最后更新": "date", "上传时间": "date",
    "录入时间": "date", "添加时间": "date", "创建时间": "date", "发布于": "date", "发表于": "date", "创建于": "date", "时间": "date", "日期": "date",
    "发表日期": "date", "刊发时间": "date", "出版日期": "date", "发稿日期": "date", "上版日期": "date", "张贴日期": "date", "刊登日期": "date", "发刊日期": "date", "发布": "date",
    "发布日期": "published_date", "公开日期": "published_date",
    # 生成日期 in a disclosure catalogue is when the document was made (GB/T 21063), not published
    "成文日期": "written_date", "生成日期": "written_date", "发文日期": "written_date", "印发日期": "written_date",
    "签署日期": "written_date",  # (a normative document's register: 签署日期 is the day it was signed, as 成文日期)
    "登记日期": "registered",  # (and the day the register took it, neither the page's nor the document's)
    # source
    "来源": "source", "稿源": "source", "报纸名称": "source", "当前报纸名称": "source", "文章来源": "source", "文章出处": "source", "信息来源": "source", "来源单位": "source", "资料来源": "source",
    "新闻来源": "source", "资讯来源": "source", "出处": "source", "稿件来源": "source", "内容来源": "source", "素材来源": "source", "消息来源": "source",
    "本文来源": "source", "来自": "source", "发稿单位": "source", "文件来源": "source", "供稿来源": "source",
    "转自": "source", "转自于": "source", "转载自": "source", "转载于": "source", "转载出处": "source", "转载来源": "source",  # (转自于：家庭医生: a reposted piece's origin)
    "摘自": "source", "本文来源于": "source", "本文主要来源": "source", "本文转自": "source", "本文转载自": "source",  # (摘自:银川新闻网 2007年8月18日, 本文来源于上饶新闻网[www.srxww.com]: a reprint's credit)
    "内容出处": "source",  # (内容出处: 《盘锦日报》 报纸: the paper an archive took the item from)
    "Data Source": "source",  # (a Taiwan ministry's bilingual template: Data Source: 國際及兩岸教育司)
    # people
    "作者": "author", "作者单位": "author", "文章作者": "author", "文章编辑": "editor", "记者": "author", "撰稿": "author", "撰稿人": "author", "通讯员": "author", "供稿": "author",
    "编辑": "editor", "责任编辑": "editor", "责编": "editor", "收集编辑": "editor", "审核": "editor", "校对": "editor",
    "摄影": "author", "楼主": "author", "专业号": "author", "发布人": "editor", "发布者": "editor", "录入": "editor",
    # a paper's review chain and its desk editors (一审：李琪 二审：黄娟 三审：丁兴威, 流程编辑：u070)
    "一审": "editor", "二审": "editor", "三审": "editor", "初审": "editor", "复审": "editor", "终审": "editor",
    "初审编辑": "editor", "流程编辑": "editor", "微信编辑": "editor", "值班编辑": "editor",
    "文字编辑": "editor", "新媒体编辑": "editor", "图片编辑": "editor", "视频编辑": "editor", "美术编辑": "editor", "网络编辑": "editor",  # (文字编辑:杜道兵 李梦竹 / 新媒体编辑:张阳 / 审核:…)
    # a media centre's masthead of its chiefs under the story (总编辑:杨彪 / 副总编辑:尹红梅 / 审核:…)
    "总编辑": "editor", "副总编辑": "editor", "监制": "editor", "总监制": "editor",
    # counters and widgets
    "浏览次数": "views", "点击数": "views", "点击量": "views", "阅读次数": "views", "阅读量": "views",
    "访问量": "views", "浏览量": "views", "浏览": "views", "阅读": "views", "点击": "views", "访问次数": "views",
    "浏览人数": "views", "阅读人数": "views", "访问人数": "views",  # (2024-03-26 浏览人数:, its number left to a script)
    "查看": "views", "查看次数": "views", "浏览数": "views", "阅读数": "views", "点击次数": "views",
    "文章字数": "views", "本文字数": "views", "字数": "views",  # (an e-paper's counter of the story's characters, read as its views are)
    "字号": "widget", "字体": "widget", "分享到": "widget", "分享": "widget",
    "文字大小": "widget", "字体大小": "widget", "背景色": "widget", "背景颜色": "widget",  # (…住建局文字大小:[ ]   背景色:, a reader's settings)
    # info-disclosure tables (信息公开)
    "索引号": "index_no", "信息索引": "index_no", "索取号": "index_no", "发布机构": "publisher", "发文机构": "publisher", "发文机关": "publisher", "发布单位": "publisher", "公布单位": "publisher", "发布课室": "publisher", "发布科室": "publisher", "发布机关": "publisher",
    "发文部门": "publisher", "发布部门": "publisher",  # (a policy library's card: 政策级别:省级 / 发文部门:江苏省商务厅 / 政策主题:…)
    "发文单位": "publisher", "信息提供单位": "publisher", "公开责任部门": "publisher", "所属机构": "publisher", "制发机关": "publisher", "制发单位": "publisher",
    "发文字号": "doc_no", "文号": "doc_no", "文件编号": "doc_no", "发布文号": "doc_no",
    "主题分类": "category", "政策主题": "category", "政策级别": "level", "信息分类": "category", "信息类别": "category", "分类": "category", "体裁分类": "genre", "组配分类": "genre", "文件类别": "genre",
    "有效性": "validity", "时效性": "validity", "效力状态": "validity", "是否有效": "validity", "文件状态": "validity",
    "生效时间": "effective", "生效日期": "effective", "施行日期": "effective",
    "失效时间": "expiry", "失效日期": "expiry", "废止时间": "expiry", "废止日期": "expiry",
    # an event's times, not the article's
    "开始时间": "event_time", "结束时间": "event_time", "截止时间": "event_time", "截止日期": "event_time",
    "报名时间": "event_time", "活动时间": "event_time", "会议时间": "event_time", "举办时间": "event_time",
    "开放时间": "event_time", "办理时间": "event_time", "受理时间": "event_time", "申报时间": "event_time",
    "名称": "title", "标题": "title", "帖子主题": "title", "文件名称": "title", "信息名称": "title", "内容概述": "summary", "内容概览": "summary", "概述": "summary", "摘要": "summary", "导读": "summary", "导语": "summary", "主题词": "subject", "关键词": "keywords", "关键字": "keywords", "标签": "keywords",
    "版次": "page", "版号": "page", "版名": "page",  # (版次:001 2025年02月05日: an e-paper story's page, by its issue's date)
    "唯一号": "record", "知识类型": "record",  # (唯一号: 061120020220004165, 知识类型: 析出资源: a paper archive's record of the item)
    "公开方式": "disclosure", "公开范围": "disclosure", "公开形式": "disclosure", "发布类别": "category",
}
BUTTON_KEYS = ("widget", "views")  # a toolbar's buttons and a counter: fields of no value to keep
DATE_KEYS = ("date", "published_date", "written_date")
NAME_KEYS = ("source", "publisher", "author", "editor")
GOV_KEYS = ("index_no", "publisher", "doc_no", "written_date", "published_date", "category", "validity", "title")
# Labels that only mean a field when a separator follows (a bare 时间 or 阅读 in a line is
# a word); the others may be followed by a space alone.
NEEDS_SEPARATOR = frozenset({"时间", "日期", "阅读", "浏览", "点击", "查看", "分享", "记者", "摄影", "名称", "标题", "分类", "录入", "出处", "编辑", "审核", "校对", "作者", "来自", "楼主",
                              "一审", "二审", "三审", "初审", "复审", "终审", "转自", "概述", "摘要", "字数", "监制"})  # (一审判决, 转自己: words)

HAN = "\u3400-\u4dbf\u4e00-\u9fff"
HAN_CHAR = re.compile(f"[{HAN}]")
# A label glued to the value before it (张桥镇发布者：) is read when it is this long and
# followed by a colon; shorter ones end words (资金来源).
MIN_GLUED_LABEL = 3
# A two-character label of a role the grammar does not know (编审:, 监制:) opening a name's value.
OTHER_LABEL = re.compile(f"^[{HAN}]{{2}}\\s*[:：]")
# What ends a value besides the next label: link words and widgets glued after it.
# (大字体 before 字体: a capture glues the button to the name, 现代快报大字体, and the whole button goes)
LINK_WORDS = ("大字体", "小字体", "放大", "缩小", "举报", "参与互动", "打印", "关闭", "收藏", "下载", "查看", "纠错", "我要纠错", "分享", "字号", "字体",
              "【", "[", "〖", "浏览", "阅读", "点击", "评论", "扫一扫", "扫码", "返回", "大 中 小", "大中小", "进入电子报", "手机看新闻",
              "我来说两句", "我要评论", "发表评论")  # (a comment link glued after a source: 广州日报 我来说两句)
# 故城县人民政府_故城要闻: a column's name glued on with an underscore, as page titles join site and column.
COLUMN_AFTER = re.compile(r"_[\u4e00-\u9fff]{2,8}(?=[】\])）]?\s*$)")
# 调度,项目,建设,工作: two-character words, four or more parted by commas: tags (工会,妇联,团委 names three bodies).
TAG_LIST = re.compile(r"[\u4e00-\u9fff]{2}(?:[,，][\u4e00-\u9fff]{2}){3,}")
# 保定日报相关新闻:, 经济日报延伸阅读: a box of related stories' label closing the value (综合相关新闻报道 holds the words).
RELATED_AFTER = re.compile(r"\s*(?:相关新闻|相关阅读|相关链接|延伸阅读)\s*[:：]?$")
# 武汉市商务局11月11日,市商务局…: the lead's day and comma run into a name.
LEAD_DAY_AFTER = re.compile(r"(?<=[\u4e00-\u9fff]{2})\d{1,2}月\d{1,2}日\s*(?:上午|下午|晚上|晚间)?[,，]")
# 次浏览, 人次: a counter's unit and word, its number left to a script, in a name's slot.
COUNTER_UNIT = re.compile(r"(?:人次|次|人)(?:浏览|阅读|点击)?")
# A-A+, A+A-: the font buttons a capture prints as letters, glued after a value (来源:A+A-: the slot empty).
FONT_STEPS = r"(?:A\s*[+\-－]\s*){2,3}"
FONT_STEPS_AFTER = re.compile(rf"\s*{FONT_STEPS}$")
# A document number's year in brackets of a link's kind (筑府通[2006]35号, 〔2006〕's ASCII stand-in): under its
# own label however the number ends (黔府办函[2019]101), under any other when 号 closes it (来源: over
# 长绿府议[2019]1号 is an empty slot over the number, which names no one whole).
YEAR_BRACKET = re.compile(r"[\[【〖]\s*(?:19|20)\d{2}\s*[\]】〗]")
YEAR_IN_NUMBER = re.compile(YEAR_BRACKET.pattern + r"\s*第?\s*\d{1,5}\s*号")
# The bars a page parts a label from its value, or one field from the next, with (来源丨…, 来源︱… with
# the presentation form's bar U+FE31): one set, so that every rule below knows the same ones.
BARS = "|｜丨︱〡"  # (〡, a Hangzhou numeral, set as a bar: 陇西县农村供水管理所〡)
VALUE_STOP = re.compile(rf"\s{{2,}}|[{BARS}│┃●◆■]|(?<=\S)\?{{3,}}$|\s(?=[^\s]{{1,8}}[:：])")  # (● 今日推荐: a box's bullet; 大栗港镇???作者:: the spaces a bad decode left as ?, three or more closing the value; not a name's rare characters lost to ?, 王??, ??市融媒体中心)
# 上饶新闻网[www.srxww.com]: the site's address in brackets after its name is no part of it.
BRACKETED_ADDRESS_END = re.compile(r"\s*[\[［(（]\s*(?:https?://)?(?:www\.)?[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/?\s*[\]］)）]$")
# 新浪科技 酷勤网收集: who collected or edited the copy, after a space, is not the source.
CREDIT_AFTER = re.compile(r"\s+\S*(?:收集|整理|转载|摘编|编译|供稿|编辑)$")
# 平度市卫生和计划生育局,版权与荣誉属于原作者: the site's note on rights, after a comma, is no part of the source.
RIGHTS_AFTER = re.compile(r"\s*[,，;；。]\s*(?:版权|著作权|转载|如有侵权|侵权).*$")
SELF_NAMES = ("本站", "本网")  # 本站编辑: the site's mark for a story it edited itself, one name (not 本站, then an editor)
SOURCE_BYLINE = re.compile(r"(?:特约|见习|首席)?(?:记者(?!站)|通讯员|作者|摄影|编辑)")  # (中国日报新疆记者站: a paper's station, its name)
# 浙江在线浙江在线: a name printed twice (a logo's text, then the name).
TWICE = re.compile(r"^(.{2,20}?)\s*\1$")
# A source names one body: what a space parts from it is a button (电影网 查看), a counter, a
# reporter (南方plus 陈伊纯) or the name again. A joiner at the space keeps the rest (南方都市报APP
# • 南都即时), and so do an edition (人民日报 海外版), a periodical's issue (政府公报 2025年 第25期)
# and a credit's /文 (校友工作办公室/文 宣传部/图: who wrote, then who shot), and the platform a paper's
# name is on (冰城+ 客户端: its app).
ONE_NAME = re.compile(r"(?<![•·/／])(?<![/／]文)[ \u3000]+(?![ \u3000•·/／])(?!\S*版$)(?!\d{4}年|第\s*\d+\s*期)(?!(?:客户端|APP|App|app)$)")
# 辛村镇(乡镇部门 > 辛村镇): the CMS's column path in brackets after the name, no part of it
BRACKETED_PATH = re.compile(r"\s*[(（][^()（）]*\s[>＞]\s[^()（）]*[)）]")
ATTACHMENT_LINE = re.compile(r"^附(?:\s*件\s*\d*\s*[:：]?|\s*[:：])")  # 附件：, 附 件：, 附件1：, 附：
ATTACHMENT_LABEL_CHARS = 4  # 附件： alone is a label; a named attachment is longer
# A download box's label alone (文件下载：, 相关附件：, 附件下载): the page's list of files
# follows it, empty on a page that has none.
DOWNLOAD_LABEL = re.compile(r"^(?:相关|下载)?(?:附件|文件)(?:下载|列表)?\s*[:：]?$")
# What a body that issues or signs a page ends its name with: an office (局, 委员会, 办公厅…), a
# court, a school, a company. 市人力资源社会保障局 市劳动就业服务管理中心: offices that issue a
# page together are its source together.
OFFICE_END = re.compile(r"(?:局|委员会|委|政府|办公室|办公厅|中心|公司|集团|协会|商会|联合会|指挥部|管委会|办事处|领导小组|法院"
                        r"|检察院|医院|学校|大学|小学|中学|幼儿园|银行|厅|处|所|站|部|院|社|会|队|办|室|署)$")
AFTER_DATE = re.compile(r"(?:\d{1,2}\s*日|\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)\s*(?:发布|发表)?$")  # (…18:42:41 发布来源：)
# 2020-03-12 10:03:14吴火招来源:三明日报: the line opening with the day and hour, the writer's name glued on, then a
# source's label (截至4月11日24:00 数据来源：…, 3月15日9:00 资格审核：… are a story's words).
AFTER_DATED_NAME = re.compile(r"^\s*(?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}日?\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?\s*[\u4e00-\u9fff]{2,4}$")
# 网易娱乐 有0人参与, 新华网 1234人评论: a comment counter glued after the value.
COUNTER_AFTER = re.compile(r"\s*有?\d+\s*(?:人|条)(?:参与|评论|跟帖|阅读|浏览|收藏).*$")
PINYIN_END = re.compile(r"[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*$")  # (bào: a syllable with its tone)
CUT_SHORT = re.compile(r"(?:\.\.\.|…)[\s】\]」』)）]*$")
BRACKET_PADDING = re.compile(r"[(（]\s+(?P<name>[^\s()（）]{2,30})\s+[)）]")
PAGE_ADDRESS = re.compile(r"^(?:https?://)?[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/[^\s/]\S*$")  # (中国政府网www.gov.cn/zhengce names one)
SPACING = re.compile(r"[ \u3000?]")  # (a label spaced out; ? where a wrong encoding lost the space)
WIDE_GAP = re.compile(rf"\s{{2,}}|[{BARS}│┃]")
# A text capture prints a logo before the name as its alt text: 来源： [64c77908a3] 中国日报网.
LEADING_PLACEHOLDER = re.compile(r"^(?:\[[^\[\]]{0,40}\]\s*)+")
CELL_BAR_BEFORE = re.compile(r"^\s*[|｜]\s*")  # 发布日期: | 2023-04-03 |: a table printed with bars, the value in the next cell
BRACKETS = (("(", ")"), ("（", "）"), ("《", "》"), ("“", "”"), ("‘", "’"), ("「", "」"))
NO_VALUE = frozenset({"无", "暂无", "未知", "不详", "none", "None", "null", "-", "--",  # (a name's slot that says it is empty)
                      "本文被", "本文",  # (来源: 本文被阅读次数: the slot empty, a counter's words after it)
                      "转载",  # (来源:转载: reposted from somewhere it does not name)
                      "小编"})  # (来源:小编: "the editor", a CMS's default that names no one)
OFFICE_THEN_WRITER = re.compile(r"^(?P<office>[\u4e00-\u9fff]{3,20})[:：](?P<writer>[\u4e00-\u9fff]{2,3})$")
NO_NAME = re.compile(r"^(?:暂无|无|未知|不详)(?:来源|作者|编辑|出处)$|^不详(?=\S)")  # 暂无来源: the slot names its own emptiness
# (不详北京儿童扁平疣医院 http://…: the slot's 不详, an advertiser's name glued after it)
BRACKET_PAIRS = BRACKETS + (("[", "]"), ("【", "】"), ("〖", "〗"), ("<", ">"))  # (and the ones a value may be set in)
VALUE_STRIP = " \t:：=,，;；.。、" + BARS + "()（）[]【】〖〗<>《》「」『』'\"“”•▪"  # (新华网 • 济宁：…: a ticker's bullet left at the end; 「本文来源:天眼新闻」: corner brackets round the field)
DASHES = "-—–_ "
PADDING = re.compile(r"^[-—–_]{2,}\s*|\s*[-—–_]{2,}$")


@dataclass(frozen=True)
class Field:
    label: str
    key: str
    value: str
    start: int  # where the label starts in the line


FIELDS_CACHE = 8192  # lines: a page's header lines are asked about several times, a crawl's pages share their furniture
MEDIA_NAME_END = re.compile(r"(?:融媒体中心|新闻中心|日报|晚报|报社|新闻网|电视台|广播电视台)$")  # (what a reporter's label may follow, glued)
SEPARATOR_HINT = re.compile(rf"[:：/／{BARS}】\]〗\s]|[布表建]于")  # what follows every label _pattern reads (发布于, 发表于, 创建于: their own)


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern:
    # 索 引 号, 文　　号: a table spaces a label's characters out to align its cells (標??題: with
    # spaces a wrong encoding turned into question marks).
    labels = "|".join(r"[ \u3000?]{0,4}".join(map(re.escape, label)) for label in sorted(LABELS, key=len, reverse=True))
    # [【〖]? label [】〗]? separator; the label must not continue a Han word before it.
    # A label ending in 于 (发布于, 创建于) says "on" itself: its value may follow it at once (创建于11-06 阅读603).
    return re.compile(rf"[【\[〖]?\s*({labels})\s*[】\]〗]?\s*([:：/／{BARS}]|(?<=[】\]〗])|\s+|(?<=于))")  # (来源丨兰溪市融媒体中心, 来源︱大河镇)


def read_fields(line: str) -> list[Field]:
    """Every `label: value` pair on a line, values cut at the next label and cleaned.

    >>> [(f.key, f.value) for f in read_fields("2021-01-21 09:05:59 来源:诸城新闻网")]
    [('source', '诸城新闻网')]
    """
    if not SEPARATOR_HINT.search(line):
        return []  # (no separator a label could take: most headlines and sentences, decided without the labels)
    return list(_read_fields(line))


@lru_cache(maxsize=FIELDS_CACHE)
def _read_fields(line: str) -> tuple[Field, ...]:
    """(Cached: the header's rules ask about the same lines several times a page.)"""
    found = []
    at = 0
    while (match := _pattern().search(line, at)) is not None:
        at = match.end()
        label, separator = _label(match.group(1)), match.group(2)
        if match.group(1) != label and _unevenly_spaced(match.group(1)):
            # 来源:西昌发布 时间:: a name's last word, then the next label (no 发布时间 spaced out): read on from that label
            at = match.start(1) + match.group(1).rindex(match.group(1).split()[-1])
            continue
        glued = match.start(1) > 0 and HAN_CHAR.match(line[match.start(1) - 1])
        if glued and (AFTER_DATE.search(line, 0, match.start(1)) or (found and separator in ":：") or (
                separator in ":：" and LABELS[label] == "source" and AFTER_DATED_NAME.match(line[: match.start(1)]))):
            glued = False  # 2019年10月08日来源：, 作者：谷慧文来源：: after a date, or a field, a label continues no word
        if glued and separator in ":：" and LABELS[label] in ("author", "editor") and MEDIA_NAME_END.search(line, 0, match.start(1)):
            glued = False  # 钟祥市融媒体中心记者:王琛: a media centre's or a paper's name, then its reporter's label
        if glued and (separator not in ":：" or (len(label) < MIN_GLUED_LABEL and not _dated(line, match.end(), label))):
            continue  # 资金来源：is a word, not a label; 张桥镇发布者：glues a value to a label
        if label in NEEDS_SEPARATOR and not separator.strip() and not match.group(0).rstrip().endswith(("】", "]", "〗")):
            continue
        if separator and separator in "/／" + BARS and (LABELS[label] not in NAME_KEYS or glued) and not (
                separator in "｜|" and not glued and _cell_start(line, match.start(1))):
            continue  # 来源/第一财经, 作者/张三, 来源｜南都周刊: a slash or a bar parts a name from its label, not a date
            # (but a table's row printed with bars, 发布机构 | 湖北省文化和旅游厅 | 发文日期 | 2025-07-14, parts each cell)
        found.append((match.start(), match.end(), label))
    fields = []
    for i, (start, end, label) in enumerate(found):
        stop = found[i + 1][0] if i + 1 < len(found) else len(line)
        fields.append(Field(label, LABELS[label], clean_value(line[end:stop], LABELS[label]), start))
    return tuple(fields)


def _unevenly_spaced(printed: str) -> bool:
    """A Han label a table spaces out has a space between each of its characters (索 引 号,
    文　　号), never between two of its words only."""
    parts = printed.split()
    return len(parts) > 1 and HAN_CHAR.match(printed) is not None and any(len(part) > 1 for part in parts)


def _cell_start(line: str, at: int) -> bool:
    """Whether `at` opens a cell of a table a capture printed with bars: the line's start, or
    right after a bar; a label in brackets too ([ 索引号 ] | 1150…/2025-00095 | [ 发文字号 ] | …)."""
    before = line[:at].rstrip().removesuffix("[").removesuffix("【").rstrip()
    return not before or before.endswith(("|", "｜"))


PLACE_END = re.compile(r"[\u4e00-\u9fff](?:省|市|县|区|镇|乡|街道)$")
CLOSING_BRACKETS = ")）]】"  # (a value in brackets, its closing one still on it here)


def _one_name(value: str) -> str:
    """The source's one name (see ONE_NAME), or the offices that issue the page together."""
    first, *rest = ONE_NAME.split(value)
    names = [first]
    for name in rest:
        if not ((OFFICE_END.search(names[-1]) or PLACE_END.search(names[-1])) and OFFICE_END.search(name.rstrip(CLOSING_BRACKETS))):
            break  # (郑集镇 组织部: a town and its department, one name as two offices are)
        names.append(name)
    return " ".join(names)


def _label(printed: str) -> str:
    """The label as LABELS spells it: 索 引 号 is 索引号, and a Latin label keeps one space
    between its words (Data  Source is Data Source)."""
    label = SPACING.sub("", printed)
    return label if label in LABELS else " ".join(printed.split())


def _dated(line: str, at: int, label: str) -> bool:
    """北京机关党建时间：2024-05-20: a short date label glued to the value before it is a
    label still when a date follows it."""
    return LABELS[label] in DATE_KEYS and bool(NUMERIC_YMD.match(line, at) or NUMERIC_YMD.match(line[at:].lstrip()))


def _strip_keeping_pairs(value: str) -> str:
    """The value without the punctuation around it, but a bracket that opens or closes a pair
    inside it stays ((转载)广州市…的通知: a title's own bracket, not one around the value)."""
    stripped = value.strip(VALUE_STRIP)
    if not stripped:
        return stripped
    at = value.index(stripped)
    for opening, closing in BRACKET_PAIRS:
        if stripped.count(closing) > stripped.count(opening) and value[:at].endswith(opening):
            stripped, at = opening + stripped, at - 1
        if stripped.count(opening) > stripped.count(closing) and value[at + len(stripped):].startswith(closing):
            stripped += closing
    if PINYIN_END.search(stripped) and value[at + len(stripped):].startswith((")", "）")):
        stripped += value[at + len(stripped)]  # 三峽日?qǐng)?bào): the bracket closing a mirror's pinyin gloss, its opening one lost
    return stripped


def clean_value(value: str, key: str) -> str:
    """The value without what was glued after it: a link word, a bar, a wide gap, and for
    anything but a date, a date."""
    value = LEADING_PLACEHOLDER.sub("", CELL_BAR_BEFORE.sub("", value).strip())
    if key in NAME_KEYS and BRACKET_PADDING.fullmatch(value):
        value = BRACKET_PADDING.fullmatch(value)["name"]  # 来源:( 湖南省商务公众信息网 ): a name a template set in padded brackets
    if key not in DATE_KEYS:
        if (date := NUMERIC_YMD.search(value)) and (date.start() > 0 or key in NAME_KEYS):
            value = value[: date.start()]  # (文章来源： empty, the date beside it: a date names no one)
        if key in NAME_KEYS and (lead := LEAD_DAY_AFTER.search(value)):
            value = value[: lead.start()]  # 武汉市商务局11月11日,市商务局组织召开…: the story's lead run into the name
        value = RELATED_AFTER.sub("", value)  # 保定日报相关新闻: a box of related stories' label glued after the name
        for word in LINK_WORDS:
            at = value.find(word)
            if at > 0 and (YEAR_IN_NUMBER.match(value, at) or (key == "doc_no" and YEAR_BRACKET.match(value, at))):
                continue  # 筑府通[2006]35号: the year a document's number prints in square brackets, no link
            if at > 0:
                value = value[: _word_start(value, at)]  # 现代快报 大字体: the button's whole word goes
            elif at == 0 and key not in BUTTON_KEYS:
                value = ""
        value = FONT_STEPS_AFTER.sub("", COUNTER_AFTER.sub("", value))
        if COUNTER_UNIT.fullmatch(value.strip()):
            value = ""  # 来源: 次浏览: the slot empty, a counter's unit and word after it
        if key == "source" and (column := COLUMN_AFTER.search(value)) and OFFICE_END.search(value[: column.start()]):
            value = value[: column.start()]  # 故城县人民政府_故城要闻: the office's name, then its column, as a <title> joins them
        if key == "source" and TAG_LIST.fullmatch(value.strip()):
            value = ""  # 来源:调度,项目,建设,工作: the story's tags in the source's slot, no name
        if key in NAME_KEYS and (">" in value or "＞" in value):
            value = BRACKETED_PATH.sub("", value)
        if key in NAME_KEYS and OTHER_LABEL.match(value):
            value = ""  # 来源: 编审:网管中心: the slot left empty, a label the grammar does not know after it
        value = VALUE_STOP.split(value.strip(), maxsplit=1)[0]
        value = CREDIT_AFTER.sub("", value)
        if key in NAME_KEYS and (named := BRACKETED_ADDRESS_END.sub("", value)).strip():
            value = named  # (来源:(www.gov.cn), the address alone, stays)
        if key in NAME_KEYS:
            value = RIGHTS_AFTER.sub("", value)
        if key == "source" and (byline := SOURCE_BYLINE.search(value)) and byline.start() > 0 and value[: byline.start()].strip() not in SELF_NAMES:
            # 河源乡情报记者 陈镔超: the paper, then its reporter; 浙江在线 浙江在线记者 何丽娜: the
            # paper, then its reporter's credit, the paper's name again
            value = value[: _word_start(value, byline.start())]
        if key == "source":
            value = TWICE.sub(r"\1", value.strip())
            value = _one_name(value.strip())
    else:
        value = WIDE_GAP.split(value.strip(), maxsplit=1)[0]
    ellipsis = CUT_SHORT.search(value) is not None
    value = _strip_keeping_pairs(value)
    if key == "source" and PAGE_ADDRESS.match(value):
        value = ""  # 来源:https://www.jingchucn.com/60580/: a page's address names no one (the site's alone, www.gov.cn, does)
    if key in NAME_KEYS and (value in NO_VALUE or NO_NAME.match(value) or value.isdigit()):
        value = ""  # 来源:无, 信息来源:暂无来源: the slot says it is empty (来源:|0: a counter's number left in it names no one)
    if key == "source" and (writer := OFFICE_THEN_WRITER.match(value)) and OFFICE_END.search(writer["office"]):
        value = writer["office"]  # 来源:泥窝潭乡党政办:梁樱: the office, then who wrote it
    if key in NAME_KEYS:
        value = value.rstrip(DASHES)  # 中国青年网-- 2014-04-09: the dashes joined it to the date
    if key == "source" and value.endswith("?") and MEDIA_NAME_END.search(value.rstrip("?")):
        value = value.rstrip("?")  # 天津日報?: a mirror's pinyin gloss, (bào), its letters lost to ?, after a name already whole
    if key not in DATE_KEYS and PADDING.search(value):
        value = PADDING.sub("", value)  # [发文机构] ----北京市农业农村局: dashes a table pads its cells with
    if ellipsis and key not in DATE_KEYS:
        value += "..."  # a value the page cut short says so
    for opening, closing in BRACKETS:
        if opening in value and closing not in value.split(opening)[-1] and value.count(closing) < value.count(opening):
            # 经济观察报(北京): the closing bracket the strip took belongs to it (紫金街道举办”三下乡“暨…活动:
            # marks printed the wrong way round are a pair still, none missing)
            value += closing
    return value


def _word_start(value: str, at: int) -> int:
    """Where the space-separated word holding position `at` starts, if a word stands before
    it; else `at` (a word glued to the value is cut where it begins)."""
    space = max(value.rfind(" ", 0, at), value.rfind("\u3000", 0, at))
    return space if space > 0 and value[:space].strip() else at


# 来源: 政府, 来源:网络: a source's value that names a kind of body, or the web, and no one.
NAMELESS_SOURCES = frozenset({"政府", "网络", "互联网", "网站", "本站", "本网"})


def fields_by_key(lines: list[str]) -> dict[str, str]:
    """The first non-empty value of each key over some lines."""
    out: dict[str, str] = {}
    for i, line in enumerate(lines):
        key = label_only(line)
        if key and i + 1 < len(lines) and not read_fields(lines[i + 1]) and not label_only(lines[i + 1]):
            out.setdefault(key, clean_value(lines[i + 1], key))  # a label cell, its value the next line
            continue
        found = read_fields(line)
        for field in found:
            if field.value:
                if field.key == "source" and out.get("source") in NAMELESS_SOURCES:
                    del out["source"]  # 本文来源: 政府 over (来源:新乐市政府网): the first names no one, the second does
                out.setdefault(field.key, field.value)
        if breaks_off(found) and i + 1 < len(lines):
            # 時間:2023-10-13 09:13:48 稿件來源: / 懷寧縣融媒體中心 編輯:鄧修祥: the value the line
            # broke off, opening the next line before its first label
            following = lines[i + 1]
            head = following[: next((f.start for f in read_fields(following)), len(following))]
            if head.strip() and (value := clean_value(head, found[-1].key)):
                out.setdefault(found[-1].key, value)
    return out


def breaks_off(found: list[Field]) -> bool:
    """Whether a line's fields end with a name's label whose value the next line opens with
    (時間:2023-10-13 09:13:48 稿件來源: / 懷寧縣融媒體中心 編輯:鄧修祥: a capture's wrapped row)."""
    return len(found) > 1 and not found[-1].value and found[-1].key in NAME_KEYS


def label_only(line: str) -> str | None:
    """The key of a line that is a label and nothing else (索引号：), as table cells are."""
    fields = read_fields(line.rstrip() + " ")
    if len(fields) == 1 and fields[0].start <= 1 and not fields[0].value:
        return fields[0].key
    return None


def is_download_label(text: str) -> bool:
    """文件下载：, 附件： alone on a line: a label over a page's files, no line of its story."""
    return DOWNLOAD_LABEL.match(text) is not None


def is_attachment_label(text: str) -> bool:
    """附件, 附件：, 附件1： alone on a line: the label over an attachment's names, or over the
    attachment printed in the page."""
    return len(text) <= ATTACHMENT_LABEL_CHARS and ATTACHMENT_LINE.match(text) is not None
