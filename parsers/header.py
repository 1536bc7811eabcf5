"""The header model: which line above a story is its headline, where the story starts.

The lines around a story get their roles from `roles` (breadcrumb, headline, subtitle,
metadata, dateline, byline, widget, photo note, chrome…). The headline is chosen among
`headline` lines only: a metadata line, a date, a byline or a widget can never be one,
whatever <title> says.
"""

from __future__ import annotations

import os
import re
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date

from . import dates, normalize
from .blocks import Block
from .columns import width as display_width
from .fields import BARS, DATE_KEYS, OFFICE_END, breaks_off, label_only, read_fields
from .roles import (  # noqa: F401 (re-exported: the roles are the header model's vocabulary)
    HOME_PAGE,
    DOC_KINDS, DOC_KIND_END,
    BREADCRUMB, BYLINE, CHROME, account_named, DATELINE, HEADER_ROLES, HEADING_RANK, HEADLINE, META, ORIGINAL_TITLE,
    PHOTO_NOTE, REPORTED, SECTION_ORDINAL, SENTENCE_MARK, STORY, SUBHEADING, SUBTITLE, WEEKDAY, WIDGET, is_bare_date, is_headline_like,
    ADDRESS_BEFORE_DATE, ADOPTION_CLOSE, ADOPTION_OPEN, WIRE_LEAD, LEAD_OPENING, WIRE_MARK_ALONE, CELL_KEYS, COMMAS, DOC_NUMBER, FULL_STOPS, HAN_CHAR, is_doc_number, HAN_RANGE, IMPRINT_LINE, LEAD_DAY, MAX_BROKEN_LEAD, MIN_HEADLINE, ORIGINAL_MARK, MORE_LINK, SCENE_CAPTION, WELCOME, PLACE_LABEL, issue_marked, SOURCE_LIKE, SOURCE_NAME_END, URL_LIKE, WORDLESS, is_dated_weekday, is_label_row, is_menu, is_section_name, is_site_name, line_role, undated, unlabelled_source,
)

# How far above the story a headline may stand: this many lines that are no header lines
# (widgets, metadata, bylines… not counted), and never further than MAX_HEADER_LINES.
HEADER_WINDOW = 12
STORY_LINES_TOLD = 12  # the story's lines a headline's words are looked for in
HAN_RUN = re.compile(f"[{HAN_RANGE}]{{2,}}")
MAX_HEADER_LINES = 40
MAX_BUTTON_CHARS = 12  # a linked line this short, alone, is a button or a badge
# Short lines without a sentence (a bold sub-heading) the story's start may pass over.
MAX_WEAK_GAP = 2
MAX_INLINE_BOX = 12  # linked lines of a box (推荐阅读, a stock widget) a story may hold
# A text capture wraps a fixed-width table cell: so many lines stopping mid-sentence at
# one width show it.
MIN_WRAPPED, MIN_WRAP_CHARS = 3, 12
WRAP_ENDS = ("。", "！", "？", "!", "?", "”", "；", ";", "：", ":", "）", ")")
# [listlanmul] (an icon's name), [关键字 ] (a search box as w3m draws it): before a headline; [东海城事] and a space:
# a forum board's tag, which Discuz! prints before every thread's title in square brackets (an editor's tag in 【】
# is the headline's own).
ICON_NAME = re.compile(r"^(?:\[(?:[A-Za-z0-9_.\-]{1,40}|[^\[\]]{0,20}\s)\]\s*|\[[\u4e00-\u9fff]{2,8}\]\s+(?=\S{4}))+")
SPACE_RUN = re.compile(r"\s+")
MIN_HEADLINE_ON_META = 10  # a column name (要闻, 上海要闻) is shorter
# (before a metadata line's date, 8: 兴山农民丰收节举办 2023年09月28日 来源:三峡日报; an office's name there is the source's slot)
MIN_HEADLINE_BEFORE_DATE = 8
DONE_BY = re.compile(r"(?:举|承|主|开|创|协|督|包|代)办$")  # (a verb ending in 办, no office's 县委办)
ORIGINAL_BADGE = re.compile(rf"\s*{ORIGINAL_MARK.pattern}$")  # (a short headline before it, on its metadata line)
MAX_NAME_LINE = 10  # a source's name on a line of its own (音乐周报) is short
MAX_OFFICE_LINE = 24  # an office's (芷江侗族自治县人民政府) less so
ISSUER_END = re.compile(r"(?:人民政府|政府|管委会|管理委员会|办事处|办公室|办公厅|局|厅)$")  # (not …推进会: a meeting's headline)
NAME_JOINER = re.compile(r"\s+[•·]\s+")  # 南方都市报APP • 南都即时: a platform and its channel
NAME_SLASH = re.compile(r"\s*[/／]\s*")  # 石榴云/尼勒克县融媒体中心: a platform and the local media centre on it
MIN_TWICE = 8  # a headline printed twice is longer than a column's name printed twice
SENTENCE_STOP = re.compile(r"[，。；、,;]")  # (a headline on a metadata line may hold a ！, not a comma: a byline's 作者…，译者…)
COLUMN_BEFORE = re.compile(r"^[\u4e00-\u9fff]{2,8}\s*(?:>|»|＞)\s*")  # the path's last step, printed with the headline
SITE_AFTER = re.compile(r"\s*[-－—–_|｜]\s*(?P<site>[^-－—–_|｜\s]{2,30})$")  # (– 陕西时代网: a WordPress title's en dash)
NEWS_SITE = re.compile(r"^[\u4e00-\u9fff]{1,4}网$")  # 华龙网, 荆楚网: a news site's short name
BRAND_END = re.compile(r"(?:官网|官方网站|开户|注册|平台|app|APP)$")  # -凯发app官网开户: a mirror's brand after the headline, as its <title> puts it
COLUMN_DASHED = re.compile(r"^(?P<column>[\u4e00-\u9fff]{2,8})\s*(?:——|--|—)\s*")
# 要闻我州16个村入选…: a column's name a capture ran into the headline, no space between: 要闻, or a
# column's kind (本地新闻, 国内新闻, 图片新闻…) or a city's or a county's (滁州市新闻) before 新闻 or 要闻. Not
# 全市新闻…, 我县新闻… (a headline's subject), nor the word 新闻 going on (…新闻办, …新闻出版, …新闻发布会); a
# bare name before 新闻 (海峡两岸新闻交流…, 复旦大学新闻学院…) is a headline's words too.
COLUMN_GLUED = re.compile(r"^(?:要闻|(?:本地|国内|国际|社会|今日|图片|视频|时政|综合|最新|热点|(?![全我本])[\u4e00-\u9fff]{1,4}[市县区州旗])(?:新闻|要闻))"
                          r"(?!发布|联播|中心|办|出版|工作|宣传|舆论|媒体|记者|奖|网|社|报|频道|节目|热线|发言|[\s“\"(（:：|｜丨])")
SITE_BEFORE = re.compile(r"^(?P<site>[^-－_|｜]{4,30}?)\s*[-－_|｜]\s*")  # a site's name, then a dash, a bar or _
# 青白江新闻: 区人大常委会…: a column's name (a place's news, its updates) and a colon, a space before the headline.
COLUMN_COLON = re.compile(r"^[\u4e00-\u9fff]{2,6}(?<!最新)(?<!两会)(?:新闻|要闻)\s*[:：]\s+(?=\S)")  # (疫情防控最新动态: …, 全国两会快讯: … open headlines)
TRUNCATED_SITE = re.compile(r"\s*[-－_|｜]\s*网$")  # …51.9亿元-网: a site's name cut to its last word
# -通知公告-新闻动态: a <title>'s path of columns after the headline, two at least, each named as a news or notices
# column is (one name after a dash may be the headline's own, or the site's: …的通告-世界简讯 stays as printed; phrases
# joined by dashes, 我为群众办实事-上门服务-暖心服务, are a headline's).
COLUMNS_AFTER = re.compile(r"(?:\s*[-－_]\s*[\u4e00-\u9fff]{0,6}(?:公告|通知|动态|新闻|要闻|资讯|公开|信息|政务|新闻中心)){2,}"
                           # (…_临空要闻_新闻中心_资阳市临空经济区管理委员会: the path, then the site's own name)
                           r"(?:\s*_\s*[\u4e00-\u9fff]{2,24}(?:政府|委员会|管委会|门户网站|网站))?$")  # (after an underscore: 建设阳光政府 after a dash is a phrase)
PHOTO_CREDIT_AFTER = re.compile(r"\s*[(（](?:图片来源|图片|图|摄影|照片)\s*[:：／/][^()（）]{2,20}[)）]$")  # (图片来源:临沂市台港澳办)
CREDIT_BULLETS = "●•▪◆■"  # the bullet a page sets before a credit line
SIGNING_OFFICE_END = re.compile(r"(?:委|政府|委员会|局|厅|办公室|办|部|中心|社)$")  # (who signs an article: 中共渠县县委, 渠县人民政府)
COMPANY_END = re.compile(r"(?:公司|集团|银行|支行|分行)$")  # (中国移动-桐乡分公司: a banner's sponsor)
DASHED = re.compile(r"^\s*[-－—]\s*\S.*\S\s*[-－—]\s*$")  # -楠西區地震防災教育…演練-: dashes set around a headline
# …面对两种性别的对抗，煎熬着……: a line left open leads into the headline (an 引题), however long.
KICKER_END = ("……", "…", "，", ",", "——")  # (开发区发展高质量高速度引关注——: a 引题 that leads into its headline)
# A headline's companion told in clauses: a comma or an enumeration comma outside quotes.
# (a report, 市政府召开安全生产、消防安全工作会议, may enumerate: only commas make its clauses then)
CLAUSE_SPLIT = re.compile(r"[，,、]")
QUOTED = re.compile(r"“[^“”]*”|\"[^\"]*\"|《[^《》]*》")
# A headline's own characters: words, digits, quotes and brackets (no icon's name, no bar, no bullet)
HEADLINE_CHARS_ONLY = re.compile(r"^[\u4e00-\u9fff0-9０-９.“”\"（）()\s]+$")
MIN_ONE_CLAUSE = 10  # a headline says who did what: shorter lines beside it are a column's or a place's name
LETTERHEAD_WORD = "文件"  # 某某县人民政府办公室文件: a red-letter document's heading, its issuer's
MIN_PARALLEL_PREFIX, MAX_PARALLEL_CAPTION = 6, 30  # 咸宁市政府考察团参观…: captions opening alike, short
VISIT_VERB = re.compile(r"参观|调研|走访|考察|视察|察看|慰问")  # the words they share tell of the visit
HOME_OR_PLACE = re.compile(rf"{HOME_PAGE}|位置")  # a site's path, as opposed to a line of steps (签到→开班仪式→…)
MIN_NOTICE_MATTER = 2  # 施工封道通告: a notice's short name says what it is about before its kind (通告 alone is the kind's line)
# 召开, 举行, 开工…: a line that reports what happened (the headline a slogan stands beside)
REPORT_VERB = re.compile(r"召开|举行|举办|开展|主持|出席|调研|考察|视察|签约|开工|开业|启动|成立|揭牌|落幕|闭幕|开幕|发布|完成|通过")
PUBLISHES_NOTICE = re.compile(r"发布(?:公告|通告|通知|公示)[!！]?$")  # 张家口市气象局发布公告!: a post's headline over the notice
# 助力…, 打造…, 推进…: a slogan's opening, a verb of purpose with no one doing it
PURPOSE_OPENING = re.compile(r"^(?:助力|打造|推动|推进|加快|奋力|全力|聚焦|凝聚|深化|坚持|持续|着力|构建|争当|勇当|奋进|筑牢|激发|赋能|擦亮|守护|共建|共享|共筑|携手"
                             # 决定…于1月14日召开 建议…: a meeting's resolutions, its 副题, no one resolving
                             r"|决定|审议|听取|传达学习|传达|安排部署|研究部署|认真贯彻落实|贯彻落实|深入贯彻|学习贯彻)")  # (not 建议…: a delegate's proposal is the headline itself; 认真贯彻落实…指示精神: an 引题)
# 欢迎访问…网站！: what follows the site's name in its welcome banner
WELCOME_TAIL = re.compile(r"(?:官方网站|门户网站|官网|网站)?[!！。.\s]*$")
MIN_SITE_NAME = 4  # a name shorter than this in a welcome banner is a word (欢迎您!)
CLAUSE_GOES_ON = ("，", ",", "、")  # a line that ends so has its sentence's next words on the next line
ANNOUNCES = ("如下:", "如下：")  # a sentence that ends so announces the list or table under it
MIN_NOTICE_NAME = 4  # 迁坟公告 (通知公告, 公示公告 are a column's name: GENERIC_NOTICE_WORDS)
# 最新通知公告, 重要通知: a column's name holds nothing but such words; a notice's title names its subject (交通封闭, 封道绕行)
GENERIC_NOTICE_WORDS = re.compile(r"最新|重要|政府|工作|通知|公告|公示|通告|启事|声明|信息|动态")
MIN_NOTICE_SUBJECT = 2
MAX_TITLE_GROUP = 3  # 引题, headline, 副题: more lines in a row are a list of titles
ISSUE_NUMBER = re.compile(r"^[(（]\d{4}年第\d{1,3}号[)）]$")  # (2025年第5号): a document's number in its year, under its title
MAX_VALIDITY_VALUE = 8  # 有效, 正在执行, 已废止: a document's state
MAX_KEYWORDS_VALUE = 20  # a 主题词 or 关键词 cell's value: a few words, not a headline
MAX_ROW_KEYWORDS_VALUE = 10  # (under a row of empty labels ending with 关键字:, fewer: its cells print nothing)
NOTICE_KIND_END = re.compile(r"(?:公告|通告|公示|通知|启事)$")  # (乡镇工作动态 names a column, no notice)
SENTENCE_END_MARK = re.compile(r"[。；;：:？?」]|[！!”]$")  # (a line with one ends a sentence, opens a list or quotes someone: no headline)
MAX_RUN_HEADLINE = 40  # characters: a headline's length (a longer line there is the lead's first sentence)
HEADER_LOOKBACK = 6  # lines above the run where a header's metadata line would stand
# …宣传月 / 暨“都来学雷锋…”志愿服务活动: a line opening with 暨 (and also) goes on from the line above
OPEN_TITLE_START = re.compile(r"^暨(?![南阳])")  # (暨阳街道…, 暨南大学…: a place's or a school's name opens a headline)
# 红安县…防控指挥部 / 2号令: an order's number and kind under its issuer, the rest of its title
ORDER_NUMBER = re.compile(r"^第?\s*[\d一二三四五六七八九十]{1,3}\s*号(?:令|命令|通告|公告)$")
# A clause's stop (no 、: a matter opened with 关于 may list what it names with it, 活龙村、革岭村 / 为…生态村的
# 公示; a run-on line in generic.py is one with too few of these for its length)
CLAUSE_STOP = re.compile(r"[，。；！？,;!?]")
HEADLINE_BAR = re.compile(f"[{BARS}]")
LABEL_MARK = re.compile(r"[:：]")
OPEN_TITLE_END = re.compile(r"(?:关于|关于发布|关于公布|印发|转发|下达|暨|获评|荣获|喜获|被评为|被授予|荣膺)$")  # a document's title goes on after these (…攻坚行动暨 / 第一批重点项目开工活动启动: no title ends with 暨; nor with a verb of an honour before the honour: 蓟州区下营镇获评 / 全国村庄清洁行动先进县)
# An official document's title is its issuers, 关于, the matter and the kind of document
# (山西省医疗保障局 山西省财政厅… / 关于做好…工作的通知): a title broken before 关于 is one still.
MATTER_LINE = re.compile(r"^关于.{2,}" + DOC_KIND_END.pattern)
KIND_LINE = re.compile(r"^(?!关于)[\u4e00-\u9fff]{0,10}" + DOC_KIND_END.pattern)  # 土地征收预公告: a document's kind (and its matter, short) under its issuer
ISSUED_TITLE = re.compile(r"关于|印发|转发")  # (…办公室关于做好…的通知: a title whole, its issuer and matter named)
# 安康市住房和城乡建设局: an office that names its own place (a province's, a city's, a county's…, opening its name or
# inside it); one that does not (高新技术产业开发区大队, under 聊城市公安局交通巡逻警察支队) is a unit of the issuer above it.
PLACE_OPENING = re.compile(r"^[\u4e00-\u9fff]{1,6}?(?:省|市|县|区|州|旗|盟)")
PLACE_INSIDE = re.compile(r"[\u4e00-\u9fff](?:省|市|县|州|旗|盟)")  # (国家税务总局鄱阳县税务局, 中国人民解放军鄱阳县人民武装部: a place inside; 开发区 is no place)
OFFICE_OPENING = re.compile(r"^[\u4e00-\u9fff]{2,16}?(?:人民政府|管理委员会|管委会|办公室|办公厅|指挥部|委员会|局|厅)")  # (…应急管理局… : its issuer opens it)
COLUMN_WORD_END = re.compile(r"(?:文件|法规|发布|动态)$")  # (政府文件, 政策法规, 文件发布: a column's name)
# …周边道路临时交通管制的通告: the end of a document's title; …至牙里段断交通告: a notice named by what it announces
OF_KIND_END = re.compile(r"的(?:" + "|".join(DOC_KINDS) + r")$|(?:断交|断路|封闭|封路|管制|施工|停水|停电|停气)(?:通告|公告)$")
MAX_TITLE_HEAD = 20  # characters of a title's first part broken off before its kind's line (民勤县2025年社火展演)
MAX_TITLE_LINES = 4  # a document's title broken over lines: its issuers, 关于 and the matter, the rest, its kind (山东省人民政府 / 关于… / … / …的通告)
SITE_NAME = re.compile(r"(?:门户网站|网站|政府网|人民政府|新闻网|文明网)$")
# A salutation ends so.
SALUTATION_END = ("：", ":")
DIGIT = re.compile(r"[0-9０-９〇一二三四五六七八九十]")
# 活动类型：, 地点：: a table's label cell, and how long the value under it may be.
LABEL_CELL = re.compile(r"^[\u4e00-\u9fff]{2,6}[:：]$")
MAX_CELL_VALUE = 30
# 四川新闻网内江7月23日讯(记者龙艳), 本报北京8月1日电: a story's lead opens so, and a
# template may print it as a paragraph of its own.
LEAD_DATELINE = re.compile(r"\d{1,2}日(?:讯|电)\s*(?:[(（][^()（）]{0,30}[)）])?$")
PAPER_WIRE = re.compile(r"^(?:本报|[\u4e00-\u9fff]{2,10}(?:日报|晚报|报|网|台))讯")  # 四川农村日报讯 邓榆千 特约通讯员 蒋兵 文/图
MAX_CREDIT_LINES = 3  # a wire mark, the reporters, the 报道组
# 第六章 附 则: a statute's chapter heading (its contents list them, a line each).
CHAPTER_HEADING = re.compile(r"^第[一二三四五六七八九十百]{1,4}[章节编][\u4e00-\u9fff\s]{1,16}$")
CONTENTS = re.compile(r"^目\s*录$")
# How many lines at the top of a dense run may be its header.
MAX_HEADER_IN_RUN = 6
CROSSHEAD_SPAN = 60  # lines of the story looked through for a crosshead like the one over its start
# An event's practical lines, one label each (时间：…, 讲座地点：…, 主讲人：…, ●参与方式：…,
# 主办单位：…, 温馨提示：…), after a bullet of any kind (●, 🏳️‍⚧️): where, when and how to take
# part, and who holds it, is what an event's story tells, above its first paragraph or under
# its last, not the page's metadata or furniture.
EVENT_LABEL = re.compile(r"^(?P<bullet>[^\w]*?)\s*(?P<label>[\u4e00-\u9fff]{0,4}?(?:时间|日期|地点|地址|场地)|[\u4e00-\u9fff]{2}单位|主讲人?|主持人?|嘉宾"
                         r"|(?:活动)?(?:内容|对象)|费用|票价|有效期|天气|参与方式|报名方式|咨询电话|联系电话|联系方式|温馨提示|温馨提醒|特别感谢)\s*(?:[:：]|$)")
EVENT_NOUN = re.compile(r"^(?:活动|比赛|讲座|报告|会议|开幕|展览|演出|培训|报名)?(?:时间|日期)$")
SPAN = re.compile(r"[~～至到]|\d[:：]\d{2}\s*[-—–]\s*\d|日\s*[-—–]")  # 09/26 ~ 10/01, 9:00-16:30, 5日-7日: an event lasts
MAX_EVENT_LINE = 60
COUPLET_PHRASE = re.compile(r"^[\u4e00-\u9fff“”]{4,8}$")  # one phrase of a two-phrase title
LEAD_REACH, MIN_LEAD = 6, 40
CIRCLED_FIRST, CIRCLED_LAST = "①", "⑳"  # photo captions numbered over the story
MIN_LISTED_TITLES = 3  # parts of a line listing an e-paper page's titles
LISTED_REACH = 6  # lines under it where the story's headline stands
SENTENCE_PART = re.compile(r"。|[:：；;，,]$")  # (广大市民和游客朋友们: / 随着…融化。: a story's words; 奉贤为何率先解封？ is a title)
WORD_VALUED = ("validity", "disclosure")  # cells whose value is a word: 有效, 正在执行; 主动公开, 政府网站
MAX_TITLE_TAIL = 4  # characters: a line this short under a title line is its end broken off (来瑞考察)
HAN_ONLY = re.compile(r"[\u4e00-\u9fff]+")
MIN_FOOTER_GAP = 3  # lines between a title group and a footer that prints one of its lines again (a banner)
SITE_WORD = re.compile(r"新闻网|门户|网站|政府网")  # (a headline printed again under the story names no site)
SHORT_TITLE = re.compile(r"[\u4e00-\u9fff]{2,3}")  # 送帆远: a photo story's title, under the path (see _short_title_under_path)
# 标题亦资街道开展…: a disclosure table's title cell, its label glued to its value, under the table's other fields
TITLE_CELL = re.compile(r"^(?:标\s*题|名\s*称)(?![\s:：])")
# A title line closed by a dash hands on to the line under it, and so does one closed by a verb of
# speaking (常青督导检查煤矿安全生产时指出 / 落实责任 强化管理 保障安全: what was said is the headline).
APPENDED_NAME = re.compile(r"[-－—–_|｜][^-－—–_|｜]{2,20}")  # -凯发平台, _新华网: a name after a headline, as <title> puts it
LEADS_IN = re.compile(r"(?:—|─|--)\s*$|(?:指出|强调|表示|要求)[:：]?\s*$")
CONTACT_FIELD = re.compile(r"^联\s*[络系]\s*(?:人|电\s*话|方\s*式)\s*[:：]")  # 聯 絡 人:…, 联系电话:…: a contact's labelled field  # where the story's first paragraph stands under its title group, and how long it is


@dataclass
class Header:
    """What the lines above a story say: which is the headline, which carry metadata."""

    title_at: int | None = None
    roles: dict[int, str] = field(default_factory=dict)
    story: str = ""  # the story's first lines, to tell a headline from other headline-like lines


def read_header(blocks: list[Block], body_start: int, titles: tuple[str, ...] = ()) -> Header:
    """The roles of the lines above `body_start`, and the headline among them.

    Walking up from the story, runs of headline lines are title groups (引题, headline,
    副题); header lines (metadata, dates, bylines, widgets…) are passed over; the walk
    stops at a breadcrumb, at navigation, or HEADER_WINDOW lines up. The group chosen is
    the one the page's <title> or title meta (`titles`, reading text) names, else the one
    standing on a metadata line or a dateline, else the nearest. Within it the headline
    is the line the titles name, else its most prominent heading, else its longest line
    (引题 and 副题 are the headline's shorter companions), the lower of two as long (an
    引题 stands above its headline, right over the metadata line).
    """
    header = Header()
    seen = 0
    lowest = max(-1, body_start - 1 - MAX_HEADER_LINES)
    i = body_start
    while i - 1 > lowest:
        if (over := _over_inline_box(blocks, i, lowest + 1)) is not None:
            i = over  # a box of links dropped into the story's first paragraphs: the header is above them
        i -= 1
        role = line_role(blocks[i])
        header.roles[i] = role
        if role in (STORY, HEADLINE):
            seen += 1
            if seen > HEADER_WINDOW:
                break
        if role == BREADCRUMB and i > 0 and (line_role(blocks[i - 1]) in (META, DATELINE) or (
                line_role(blocks[i - 1]) == HEADLINE and header.roles.get(i + 1) in (META, DATELINE))):
            continue  # 首页 > … printed under the headline's metadata line, or between it and the headline
        if role == BREADCRUMB and _only_header_under(header.roles, i, body_start) and i > 0 and line_role(blocks[i - 1]) == HEADLINE and not (
                is_site_name(blocks[i - 1].norm) or is_section_name(blocks[i - 1].norm) or SOURCE_NAME_END.search(blocks[i - 1].norm)):
            continue  # 曲沃:孙惠生主持召开… / 黄河新闻网 > 临汾频道 > 临汾新闻 >: the path between the headline and the story
        if role == BREADCRUMB or (role == STORY and _navigation(blocks, i)):
            break
    with_values(blocks, header.roles)
    welcomed = [name for block in blocks[lowest + 1 : body_start] if (name := welcomed_name(block.norm))]
    for i in sorted(header.roles):
        if header.roles[i] == HEADLINE and (in_source_slot(blocks, header.roles, i) or _issuer_slot(blocks, header.roles, i)):
            header.roles[i] = META  # 2022-05-18 17:04 / 音乐周报 / 记者：…: the source's slot, no headline
        elif header.roles[i] == HEADLINE and (is_site_name(blocks[i].norm) or _names_the_site(blocks[i].norm, welcomed)):
            header.roles[i] = CHROME  # 甘肃日报 over an e-paper's page, 北京青年报 as a banner: no headline
        elif header.roles[i] == CHROME and _headline_row_under_path(blocks, header.roles, i):
            header.roles[i] = HEADLINE  # 地方网 > … > 正文 / 战疫情 抓生产 村镇在行动 潼关县秦东镇 重点项目集中开工 / 来源:…: a headline in parts (a menu stands over the path)
        elif header.roles[i] == HEADLINE and _captions_over_story(blocks, header.roles, i):
            header.roles[i] = PHOTO_NOTE  # 会议现场 over the story: a photo's caption (两会现场 on the metadata line is a headline)
        elif header.roles[i] == HEADLINE and TITLE_CELL.match(blocks[i].norm) and META in (header.roles.get(i - 1), header.roles.get(i - 2)):
            header.roles[i] = META  # 索引号000014349/…主题分类 / … / 标题亦资街道开展…: the table's cell (the headline is printed under it)
        elif header.roles[i] == HEADLINE and _captions_numbered(blocks, i):
            header.roles[i] = PHOTO_NOTE  # ①不少奉贤居民趁周末到…游玩 / ②在德丰路199弄门口,…: the photos' captions over the story
        elif header.roles[i] == HEADLINE and _captions_in_parallel(blocks, i):
            header.roles[i] = PHOTO_NOTE  # 咸宁市政府考察团参观128奥特莱斯生态城 / 咸宁市政府考察团参观中伦纺织: a gallery's captions
        elif header.roles[i] == HEADLINE and lists_titles(blocks, i):
            header.roles[i] = CHROME  # 市疾控建议老年人 出院出舱人员 … 相信上海不久会恢复热闹: an e-paper page's titles on one line
        elif header.roles[i] == HEADLINE and CONTACT_FIELD.match(blocks[i].norm):
            header.roles[i] = META  # 發稿單位:… / 發稿日期:… / 聯 絡 人:李鎮成科長 / 聯絡電話:…: a press release's header, no headline
        elif header.roles[i] == HEADLINE and _office_line(blocks[i]) and not REPORT_VERB.search(blocks[i].norm) and (
                i + 1 == body_start or (i + 1 < body_start and is_bare_date(blocks[i + 1].norm) and header.roles.get(i - 1) == STORY)):
            header.roles[i] = STORY  # 银川市综合执法监督局 over 本报讯…, 梨树县人民政府 / 2022年4月2日 under a story: who wrote or signed it, no headline
        elif header.roles[i] == HEADLINE and opens_outline(blocks, i):
            header.roles[i] = STORY  # 一、征收土地目的 over its paragraph, 二、… further down: the story's first section, no headline
        elif header.roles[i] == HEADLINE and i > 0 and header.roles.get(i - 1, STORY) == STORY and blocks[i - 1].norm.endswith(CLAUSE_GOES_ON):
            header.roles[i] = STORY  # 据二连海关统计, 今年上半年, / 二连浩特边民互市贸易交易额达: the sentence a narrow column goes on with
        elif (header.roles[i] == STORY and blocks[i].list_item and header.roles.get(i + 1) in (META, DATELINE)
              and (blocks[i + 1].list_item or len(blocks[i].norm) >= MIN_HEADLINE_ON_META or _path_ends_with(blocks, header.roles, i))
              and is_headline_like(replace(blocks[i], list_item=False)) and not is_site_name(blocks[i].norm)):
            # - 连云港市开发区召开…会 / - 2022年02月10日来源:…: a header printed as a list (a short
            # bulleted line over a date is a share button's: • 推特标志 / 2024 年 3 月 1 日; the site's
            # name is the header's first field: • 哈尔滨市人民政府网站 / • 发布日期: 2017- 07- 21)
            header.roles[i] = HEADLINE
        elif (header.roles[i] == STORY and blocks[i].list_item and i + 1 == body_start and header.roles.get(i - 1) == BREADCRUMB
              and is_headline_like(replace(blocks[i], list_item=False)) and not is_site_name(blocks[i].norm) and not is_section_name(blocks[i].norm)):
            header.roles[i] = HEADLINE  # 首页 > 社区 > 正文 / • 城管进社区 市民心声听进去 / 泰安日报社·中华泰山网讯…: the one line between the path and the story, bulleted
    groups: list[list[int]] = []
    in_group = False
    for i in sorted(header.roles, reverse=True):
        role = header.roles[i]
        if role == HEADLINE:
            if not in_group:
                groups.append([])
            groups[-1].insert(0, i)
            in_group = True
        elif role != SUBTITLE:
            in_group = False
    if not groups and (named := _notice_named_like_a_column(blocks, header.roles)) is not None:
        groups.append([named])  # 交通封闭公告 over 发布日期:…, no other line a headline: the notice's title
    if not groups and (short := _short_title_under_path(blocks, header.roles)) is not None:
        groups.append([short])  # 您当前的位置 : … > 图片新闻 / 送帆远 / 稿源: 宁波晚报 2011-09-17…: a photo story's short title
    if len(groups) > 1:
        header.story = "".join(b.norm for b in blocks[body_start : body_start + STORY_LINES_TOLD])
    for group in [g for g in groups if _broken_lead(blocks, header.roles, g)]:
        groups.remove(group)
        for j in group:
            header.roles[j] = STORY  # 4月25号上午 / 首场乡村大舞台活动 / 在渭沱镇…举行: the lead's sentence broken over short lines
    best = max(groups, key=lambda g: _group_score(blocks, header, g, titles, groups), default=None)
    if best and (titled := _title_under_series_heading(blocks, header, groups, best)) is not None:
        best = titled  # 北京市公安局公安交通管理局通告 / 2014年第27号 / 关于…的通告: the notice's own title under its series' heading
    header.title_at = choose_headline(blocks, best, titles) if best else None
    if header.title_at is not None and (listed := _listed_above(blocks, header, best)) is not None:
        header.title_at = listed  # an e-paper's list of its page's titles names the headline, not its 副题
    reposted: list[int] = []
    if header.title_at is not None and (page_headline := _page_headline_above(blocks, header, groups, best, header.title_at)):
        reposted = best  # (the document's title and number: header lines over its text, no story)
        best, header.title_at = page_headline  # 黔东南州启动防汛Ⅳ级应急响应 / 字号: / …关于启动…的通知 / (2025年第5号): the page's, over the document's
    elif header.title_at is not None and (first := _printed_above(blocks, groups, best, header.title_at)):
        best, header.title_at = first  # the headline printed again over a document: the first is the page's
    elif (twice := _printed_twice(blocks, groups)) is not None:
        best, header.title_at = twice  # a document reposted under the page's header, its title again at its top
    if header.title_at is not None:
        for j in best:
            header.roles[j] = SUBTITLE
        header.roles[header.title_at] = HEADLINE
        for group in groups:
            if group is not best:
                for j in group:
                    header.roles[j] = SUBTITLE if group is reposted else STORY
    return header


def opens_outline(blocks: list[Block], at: int) -> bool:
    """Whether the line is the first numbered section's heading (一、…) of a story whose next
    section (二、…) stands within CROSSHEAD_SPAN lines under it."""
    if not (first := SECTION_ORDINAL.match(blocks[at].norm)) or first.group(1) != "一":
        return False
    return any((later := SECTION_ORDINAL.match(b.norm)) and later.group(1) == "二" for b in blocks[at + 1 : at + 1 + CROSSHEAD_SPAN])


def _path_ends_with(blocks: list[Block], roles: dict[int, str], at: int) -> bool:
    """Whether the page's path above the line ends with it (首页 > 四川新闻 > 欢庆羌年 over •
    欢庆羌年): the path's last step is the story's own title."""
    text = SPACE_RUN.sub("", blocks[at].norm)
    return any(roles.get(j) == BREADCRUMB and SPACE_RUN.sub("", blocks[j].norm).endswith(text) for j in range(at))


def _only_header_under(roles: dict[int, str], at: int, body_start: int) -> bool:
    """Whether only buttons and metadata stand between a line and the story (山西新闻网>>…>>运城环保
    / 时 间 / 分 享 / 评 论 over the story: the path still under its headline)."""
    return all(roles.get(j) in (WIDGET, META, DATELINE, CHROME) for j in range(at + 1, body_start))


def _notice_named_like_a_column(blocks: list[Block], roles: dict[int, str]) -> int | None:
    """A notice's title short enough to read as a column's name (交通封闭公告, like 通知公告),
    standing where a headline stands, on the metadata line (or the page's first line, right
    over the story: 封道绕行公告), when no line of the header can be a headline: the notice's
    title, not a menu's item."""
    return next((i for i in sorted(roles, reverse=True) if roles[i] == CHROME and (
                    roles.get(i + 1) in (META, DATELINE) or (i + 1 not in roles and all(roles.get(j) in (WIDGET, CHROME) for j in range(i))))
                 and len(blocks[i].norm) >= MIN_NOTICE_NAME and is_section_name(blocks[i].norm)
                 and NOTICE_KIND_END.search(blocks[i].norm) and len(GENERIC_NOTICE_WORDS.sub("", blocks[i].norm)) >= MIN_NOTICE_SUBJECT), None)


def _captions_numbered(blocks: list[Block], at: int) -> bool:
    """A photo's caption numbered with a circled digit, the line next to it the next or the last
    photo's (①…, ②…)."""
    first = blocks[at].norm[:1]
    if not CIRCLED_FIRST <= first <= CIRCLED_LAST:
        return False
    return ((at + 1 < len(blocks) and blocks[at + 1].norm[:1] == chr(ord(first) + 1))
            or (at > 0 and first != CIRCLED_FIRST and blocks[at - 1].norm[:1] == chr(ord(first) - 1)))


def _captions_in_parallel(blocks: list[Block], at: int) -> bool:
    """Whether the line and a headline line beside it open with the same words, who visited, and part after them
    at the place visited (代表小组走访调研湘潭立华牧业有限公司 / 代表小组走访调研中路铺皓月玻璃有限公司): a gallery's
    photos, one stop each, captioned alike; a headline and its 引题 or 副题 say different things."""
    line = blocks[at].norm
    for j in (at - 1, at + 1):
        if 0 <= j < len(blocks) and line_role(blocks[j]) == HEADLINE and max(len(line), len(blocks[j].norm)) <= MAX_PARALLEL_CAPTION:
            other = blocks[j].norm
            shared = os.path.commonprefix([line, other])
            if len(shared) >= MIN_PARALLEL_PREFIX and len(shared) < min(len(line), len(other)) and VISIT_VERB.search(shared):
                return True
    return False


def lists_titles(blocks: list[Block], at: int) -> bool:
    """An e-paper page's titles run on one line, a space apart: three or more parts, one of them
    printed whole on a line of its own within a few lines under it, the story's headline (… 坐不住
    相信上海不久会恢复热闹 / 第1版:一版要闻 2022-05-28 / 上午,记者在奉贤… / 相信上海不久会恢复热闹).
    A part that is a sentence, or a salutation, is no title: the line is then the story's own
    paragraphs run together (a summary a capture prints over them)."""
    pieces = SPACE_RUN.split(blocks[at].norm)
    parts = [p for p in pieces if len(p) >= MIN_TWICE and not SENTENCE_PART.search(p)]
    if len(pieces) < MIN_LISTED_TITLES or not parts or len(SENTENCE_STOP_MARK.findall(blocks[at].norm)) >= MIN_SENTENCES_RUN:
        return False  # (11月28日,记者从…了解到:…。…。(记者 赵漪湉/文 王旭/图) Ffq安康新闻网: sentences, a story run on one line)
    below = {SPACE_RUN.sub("", b.norm) for b in blocks[at + 1 : at + 1 + LISTED_REACH]}
    return any(p in below for p in parts)


def _short_title_under_path(blocks: list[Block], roles: dict[int, str]) -> int | None:
    """A title of two or three characters, too short for a headline elsewhere, standing where
    one stands: right under the page's path and right over its metadata line (送帆远, a photo
    story's), when no line of the header can be a headline."""
    return next((i for i in sorted(roles) if roles[i] == STORY and roles.get(i - 1) == BREADCRUMB and roles.get(i + 1) in (META, DATELINE)
                 and SHORT_TITLE.fullmatch(blocks[i].norm)), None)


def welcomed_name(text: str) -> str | None:
    """The site's name its welcome banner gives (欢迎访问甘肃尕海自然保护区: 甘肃尕海自然保护区)."""
    if not (found := WELCOME.match(text)):
        return None
    name = WELCOME_TAIL.sub("", text[found.end():].strip())
    return name if len(name) >= MIN_SITE_NAME else None


def _names_the_site(text: str, welcomed: list[str]) -> bool:
    """Whether the line is the site's name, or its end, as its welcome banner gives it
    (尕海自然保护区 under 欢迎访问甘肃尕海自然保护区): the site's banner, no headline."""
    return len(text) >= MIN_SITE_NAME and any(name.endswith(text) for name in welcomed)


def _navigation(blocks: list[Block], i: int) -> bool:
    """A linked line that ends the header: a linked headline of a list, a menu run
    together. Short links (企鹅号, 更多; 留言 / 论坛 / 网摘 / 手机点评) are buttons or badges
    under the headline, as a text capture, which prints no links, shows it; a menu of
    short links above the headline stands on no metadata line, and its lines are no headlines."""
    return blocks[i].link_density >= 0.5 and len(blocks[i].norm) > MAX_BUTTON_CHARS


def with_values(blocks: list[Block], roles: dict[int, str]) -> dict[int, str]:
    """The value line of a label cell (来源： then 新华网 on the next line, as HTML tables
    print them) is metadata too, not a headline; so is a cell of a label the grammar does
    not know (活动类型： then 展会活动) when its value is short and no sentence. A path's label
    alone (当前位置：) is no cell's: under it stands the path, or the headline when the path
    is pictures."""
    for i in sorted(roles):
        if i + 1 not in roles or roles[i + 1] not in (HEADLINE, STORY) or roles[i] in (BREADCRUMB, WIDGET, CHROME):
            continue  # (文字： is the font buttons' label, their buttons lost, 站内检索： a search box's: the headline may stand under it)
        if label_only(blocks[i + 1].norm):
            continue  # a label under a label: an empty cell's, not a value
        if roles[i + 1] == HEADLINE and ((len(blocks[i + 1].norm) > MAX_KEYWORDS_VALUE and label_only(blocks[i].norm) in ("subject", "keywords")) or (
                len(blocks[i + 1].norm) > MAX_ROW_KEYWORDS_VALUE and _ends_with_empty_keywords(blocks[i].norm))):
            continue  # 主题词 / 【以练筑防】马站乡打云村 开展…演练活动 (文号: 关键字: / 悬挂光荣牌 向最可爱的人致敬): the cell empty, the headline under the table
        if roles[i + 1] == HEADLINE and any(blocks[j].norm == blocks[i + 1].norm and roles.get(j) != META for j in range(max(0, i - HEADER_LOOKBACK), i)):
            continue  # 台组织“记者走基层岁末大行动” / 2014-12-01 作者: 来源: / the headline again: printed twice, no cell's value
            # (发布机构: / 市乡村振兴局 / 责任部门: / 市乡村振兴局: the same office in two cells is two values)
        if roles[i + 1] == HEADLINE and label_only(blocks[i].norm) in DATE_KEYS and not dates.find_dates(blocks[i + 1].norm, date.max):
            continue  # 成文日期: / 清洁河道 保护环境 / 发布日期: 2023-09-26: an empty date cell; a date's value holds a date
        if roles[i + 1] == HEADLINE and label_only(blocks[i].norm) == "doc_no" and not DIGIT.search(blocks[i + 1].norm):
            continue  # 文号 : / 说 明: an empty cell; a document's number holds its year and number (道县自然资源局〔2022〕5号)
        if roles[i + 1] == HEADLINE and label_only(blocks[i].norm) in WORD_VALUED and len(blocks[i + 1].norm) > MAX_VALIDITY_VALUE:
            continue  # 文件状态： / 广州市民政局…的通知, 公开方式: / 春节不停工 项目建设忙: an empty cell; its value is a word (有效, 主动公开)
        if roles[i] == META and (label_only(blocks[i].norm) not in (None, "summary") or is_label_row(found := read_fields(blocks[i].norm), blocks[i].norm)
                                 or breaks_off(found)):
            roles[i + 1] = META  # (not under 内容概述: a summary is text of its own, or the headline under an empty cell)
        elif (LABEL_CELL.match(blocks[i].norm) and not label_only(blocks[i].norm) and _in_table(blocks, roles, i)
              and len(blocks[i + 1].norm) <= MAX_CELL_VALUE and not SENTENCE_MARK.search(blocks[i + 1].norm)):
            roles[i] = roles[i + 1] = META
    return roles




def _ends_with_empty_keywords(text: str) -> bool:
    """Whether a row of labels ends with an empty 关键字: or 主题词: (文号: 关键字:)."""
    found = read_fields(text)
    return len(found) > 1 and found[-1].key in ("subject", "keywords") and not found[-1].value and not any(f.value for f in found)


def _in_table(blocks: list[Block], roles: dict[int, str], i: int) -> bool:
    """Whether an unknown label's line at i stands among a table's cells: metadata right above
    it, or another label under its value. Alone (本期发布： over an e-paper's headline) it is a
    widget's caption, and the line under it is no value."""
    return roles.get(i - 1) == META or (i + 2 < len(blocks) and (
        LABEL_CELL.match(blocks[i + 2].norm) is not None or label_only(blocks[i + 2].norm) is not None))


def in_source_slot(blocks: list[Block], roles: dict[int, str], i: int) -> bool:
    """Whether line i is a paper's or an office's name alone between the header's dateline
    and its byline (2022-05-18 17:04 / 音乐周报 / 记者：…): the source's slot, unlabelled."""
    return roles.get(i - 1) in (META, DATELINE) and roles.get(i + 1) in (META, BYLINE) and is_source_name(blocks[i])


def _issuer_slot(blocks: list[Block], roles: dict[int, str], i: int) -> bool:
    """Whether line i is an office's name alone between the headline and the metadata line
    (全县项目工作会议召开 / 芷江侗族自治县人民政府 / 发布时间:): who issued it, no second headline."""
    text = blocks[i].norm
    return (roles.get(i - 1) == HEADLINE and roles.get(i + 1) in (META, DATELINE) and not blocks[i].link_chars
            and len(text) <= MAX_OFFICE_LINE and SOURCE_LIKE.match(text) is not None and ISSUER_END.search(text) is not None)


def is_source_name(block: Block) -> bool:
    """A paper's or an office's name alone on a short line (音乐周报, 株洲晚报), or a paper's
    platform and its channel joined by a bullet (南方都市报APP • 南都即时) or a slash (石榴云/尼勒克县融媒体中心), not a link."""
    if block.link_chars:
        return False
    parts = NAME_JOINER.split(block.norm)
    slashed = len(parts) == 1 and len(parts := NAME_SLASH.split(block.norm)) == 2
    return len(parts) <= 2 and all(len(p) <= MAX_NAME_LINE and SOURCE_LIKE.match(p) for p in parts) and (
        SOURCE_NAME_END.search(parts[-1] if slashed else parts[0]) is not None)


def wrap_width(blocks: list[Block]) -> int | None:
    """The width at which a text capture broke the lines of a fixed-width table cell: the
    commonest width of lines that stop mid-sentence, when MIN_WRAPPED lines share it."""
    widths = Counter(display_width(b.text) for b in blocks if len(b.text) >= MIN_WRAP_CHARS and not b.text.endswith(WRAP_ENDS))
    if not widths:
        return None
    width, count = widths.most_common(1)[0]
    return width if count >= MIN_WRAPPED else None


def unwrapped_headline(blocks: list[Block], at: int) -> tuple[str, str] | None:
    """A headline the capture broke over two lines (text, reading text), or None: the line
    fills the capture's wrap width (or one column less: a wide character does not split)
    and the next one is short and no header line."""
    if at + 1 >= len(blocks):
        return None
    filled = display_width(blocks[at].text)
    # (the width a fixed-width cell was broken at, or else the capture's own: w3m -dump wraps at 80 columns)
    widths = (measure(blocks) for measure in (wrap_width, page_width))
    width = next((w for w in widths if w is not None and filled in (w, w - 1)), None)
    if width is None:
        return None
    nxt = blocks[at + 1]
    if line_role(nxt) not in (HEADLINE, STORY) or display_width(nxt.text) >= width - 1 or nxt.norm.endswith(SALUTATION_END):
        return None  # (…倡议书 / 全县广大人民群众:: the greeting under the headline, no rest of it)
    return blocks[at].text + nxt.text, blocks[at].norm + nxt.norm


def couplet_headline(blocks: list[Block], at: int) -> tuple[Block, int] | None:
    """A headline set as two matched short phrases on two lines of their own (一线办公 / 现场督查):
    one title, the phrases a space apart, and the lower line's index; or None. Neither phrase
    says who did what alone, and no other title line stands beside them."""
    for first in (at - 1, at):
        second = first + 1
        if first < 0 or second >= len(blocks):
            continue
        pair = (blocks[first], blocks[second])
        if all(COUPLET_PHRASE.fullmatch(b.norm) and not b.link_chars and line_role(b) == HEADLINE for b in pair) and (
                len(pair[0].norm) == len(pair[1].norm)) and not (first > 0 and line_role(blocks[first - 1]) == HEADLINE) and not (
                second + 1 < len(blocks) and line_role(blocks[second + 1]) == HEADLINE):
            return Block(f"{pair[0].text} {pair[1].text}", f"{pair[0].norm} {pair[1].norm}", pair[0].tag), second
    return None


def told_headline(blocks: list[Block], at: int) -> tuple[Block, int] | None:
    """A headline broken before its last few characters (北京温州商会 / 来瑞考察), whole, and the
    lower line's index; or None. The lower line is a headline's shortest (MAX_TITLE_TAIL characters)
    and names no office or source (县应急局 there is the source's slot), and the lead tells the two
    parts in that order, as one title would."""
    for first in (at - 1, at):
        second = first + 1
        if first < 0 or second >= len(blocks):
            continue
        upper, lower = blocks[first], blocks[second]
        if not (HAN_ONLY.fullmatch(lower.norm) and len(lower.norm) <= MAX_TITLE_TAIL and HAN_ONLY.fullmatch(upper.norm)
                and not (OFFICE_END.search(lower.norm) or SOURCE_NAME_END.search(lower.norm))  # (县应急局: the source's slot)
                and all(line_role(b) == HEADLINE and not b.link_chars for b in (upper, lower))):
            continue
        lead = _lead_after(blocks, second)
        if upper.norm in lead and lower.norm in lead[lead.index(upper.norm) + len(upper.norm) :]:
            return Block(upper.text + lower.text, upper.norm + lower.norm, upper.tag), second
    return None


def page_width(blocks: list[Block]) -> int | None:
    """The width a text capture was made at, when it wrapped its lines: the widest lines'
    width, shared by MIN_WRAPPED lines or more (a capture that wraps nothing has one long line
    a paragraph, of as many widths)."""
    widths = Counter(display_width(b.text) for b in blocks)
    if not widths:
        return None
    widest = max(widths)
    shared = sum(count for w, count in widths.items() if w >= widest - 1)
    return widest if shared >= MIN_WRAPPED else None


def open_headline(blocks: list[Block], at: int) -> tuple[Block, int] | None:
    """A document's title broken where it cannot end, joined with its other lines, and the
    last line's index; or None. After 关于, 印发 or 转发 the document's name must follow
    (…等部门关于印发 / 《…》的通知); a matter opened with 关于 goes on to the kind of document
    (关于济南槐荫工业园区等11家 / 工业园区更名的通知), and its issuers stand over it
    (山东省人民政府 / 关于…): up to MAX_TITLE_LINES lines, the most that make one title."""
    spans = [(first, last) for first in range(max(0, at - MAX_TITLE_LINES + 1), at + 1)
             for last in range(max(at, first + 1), min(len(blocks), first + MAX_TITLE_LINES))
             if all(j == at or line_role(blocks[j]) == HEADLINE or (j == last and ORDER_NUMBER.match(blocks[j].norm)) for j in range(first, last + 1))
             and (_one_title(blocks[first : last + 1]) or _issuer_over_kind(blocks, first, last)) and not _letterhead(blocks, first)]
    if not spans:
        return None
    first, last = max(spans, key=lambda span: span[1] - span[0])
    lines = blocks[first : last + 1]
    return Block("".join(b.text for b in lines), "".join(b.norm for b in lines), lines[0].tag), last


def _issuer_over_kind(blocks: list[Block], first: int, last: int) -> bool:
    """An issuer's line over its document's kind, the document's number under them (峨边彝族自治县人民政府 /
    土地征收预公告 / (峨征预公告〔2023〕2号)): one title; without the number the office's line may be the
    site's banner over a notice's own short title (民勤县人民政府 / 春季森林防火通告). The issuer's name may
    be broken where it cannot end, after 的 (石门县新型冠状病毒感染的 / 肺炎疫情防控指挥部 / 通 告)."""
    issuer = "".join(b.norm for b in blocks[first:last])
    return (last > first and last + 1 < len(blocks) and is_doc_number(blocks[last + 1].norm)
            and all(blocks[j].norm.endswith("的") for j in range(first, last - 1))
            and OFFICE_END.search(issuer) is not None and not SENTENCE_MARK.search(issuer)
            and KIND_LINE.match(SPACE_RUN.sub("", blocks[last].norm)) is not None)


def _letterhead(blocks: list[Block], first: int) -> bool:
    """Whether the line opening a title is one of a joint document's issuers printed a line
    each (安康市公安局交通警察支队 / 安康市住房和城乡建设局 / 关于…的通告): their letterhead, over
    the title, not its first words (issuers on one line open it: 山西省医疗保障局山西省财政厅… / 关于…;
    so does an issuer's unit under its name, 聊城市公安局交通巡逻警察支队 / 高新技术产业开发区大队 / 关于…)."""
    return first > 0 and all(_office_line(blocks[j]) for j in (first - 1, first)) and not _unit_under(blocks[first - 1], blocks[first])


def _unit_under(line: Block, nxt: Block) -> bool:
    """Whether the next line names a unit of the office the line names: an office that names
    no place of its own under one (交通巡逻警察支队 / 高新技术产业开发区大队), the issuer's name going on."""
    return _office_line(line) and _office_line(nxt) and PLACE_OPENING.match(nxt.norm) is None and PLACE_INSIDE.search(nxt.norm) is None


def issuers_over_matter(blocks: list[Block], lines: list[int]) -> bool:
    """安康市公安局交通警察支队 / 关于…的通告: the issuers' lines over a document's matter, one title."""
    return is_matter_line(blocks[lines[-1]].norm) and all(_office_line(blocks[j]) for j in lines[:-1])


def _office_line(block: Block) -> bool:
    """重庆市黔江区公安局 on a line of its own: an office's name, as a document's issuer heads it."""
    return (len(block.norm) <= MAX_OFFICE_LINE and OFFICE_END.search(block.norm) is not None
            and SOURCE_LIKE.match(block.norm) is not None and not block.link_chars)


def _one_title(lines: list[Block]) -> bool:
    if len(lines) == 2 and _open_before(lines[0], lines[1]):
        return True
    # (the kind of document may be spaced out on a line of its own: …全幅封闭交通的 / 通 告)
    kinds = [DOC_KIND_END.search(SPACE_RUN.sub("", b.norm)) is not None for b in lines]
    return kinds[-1] and not any(kinds[:-1]) and all(
        _open_before(line, nxt) or _matter_goes_on(line, nxt) or _kind_goes_on(line, nxt) or (_unit_under(line, nxt) and nxt is not lines[-1])
        for line, nxt in zip(lines, lines[1:]))


def _open_before(line: Block, nxt: Block) -> bool:
    """Whether a document's title goes on from the line to the next: after 关于 or 印发, or
    from its issuers to 关于 and the matter."""
    return bool(OPEN_TITLE_END.search(line.norm) or (OPEN_TITLE_START.match(nxt.norm) and _event_named(line)) or (
        OFFICE_END.search(line.norm) and not SENTENCE_MARK.search(line.norm) and (MATTER_LINE.match(nxt.norm) or ORDER_NUMBER.match(nxt.norm))))


def _event_named(line: Block) -> bool:
    """Whether a line names an event that 暨 may join a second to: no office's name (张家港市人民政府 / 暨…
    is a letterhead over its own line) and no label (上一篇：… is a link to another story)."""
    return not OFFICE_END.search(line.norm) and not LABEL_MARK.search(line.norm)


def _matter_goes_on(line: Block, nxt: Block) -> bool:
    """Whether the title goes on from its issuers to 关于 on the next line, or from a matter
    opened with 关于 that names no kind of document yet to the next line."""
    if line.norm.startswith("关于"):
        return not CLAUSE_STOP.search(line.norm) and not nxt.norm.startswith("关于")
    return not SENTENCE_MARK.search(line.norm) and OFFICE_END.search(line.norm) is not None and nxt.norm.startswith("关于")


def _kind_goes_on(line: Block, nxt: Block) -> bool:
    """Whether a title's first words, no sentence and no document, go on to the line ending with
    its kind (民勤县2025年社火展演 / 周边道路临时交通管制的通告); a title that names its matter with
    关于, 印发 or 转发, or opens with its issuer, stands alone, and a site's, an office's or a column's
    name over it is no part of it."""
    return (OF_KIND_END.search(nxt.norm) is not None and not ISSUED_TITLE.search(nxt.norm) and not OFFICE_OPENING.match(nxt.norm) and not KICKER.match(line.norm)
            and len(line.norm) <= MAX_TITLE_HEAD and not _names_a_place_of_its_own(line.norm)
            and not (SENTENCE_MARK.search(line.norm) or CLAUSE_STOP.search(line.norm) or LABEL_MARK.search(line.norm)
                     or HEADLINE_BAR.search(line.norm) or SPACE_RUN.search(line.norm.strip())))


def _names_a_place_of_its_own(text: str) -> bool:
    """A site's, an office's or a column's name (民勤县人民政府, 政策法规, 县政府办文件), or another
    story's report (某某县召开防汛工作会议): a line that stands alone over a document's title."""
    return bool(SITE_NAME.search(text) or OFFICE_END.search(text) or is_section_name(text) or COLUMN_WORD_END.search(text)
                or REPORT_VERB.search(text))


def _named(blocks: list[Block], j: int, titles: tuple[str, ...]) -> bool:
    """Whether <title> or a title meta names the line: all of it, or most of it (a line
    that is a small part of <title> is the site's name there, not the headline)."""
    text = undated(blocks[j].norm)
    return any(t and (text == t or (len(text) >= 6 and text in t and 2 * len(text) >= len(t))) for t in titles)


def headline_on_meta(block: Block, after_date: bool = False) -> Block | None:
    """The headline a text capture printed on its metadata line, before the line's first
    date or label (共论出版传媒业…论坛在沪召开 2023-08-19 来源：解放日报), or None; with `after_date`
    (a header where no line is a headline), also right after a dateline's day and hour on a line of
    no label (2020-10-09 15:10昭通市镇雄县拟退出贫困县公示)."""
    if line_role(block) not in (META, DATELINE):
        return None
    text = block.norm
    found = dates.find_dates(text, dates.date.max)
    fields = read_fields(text)
    # (cut at the first label or dated day: 4月15日至11月15日為禁牧期!… holds days without a year)
    cut = min([f.start for f in fields] + [d.start for d in found if d.has_year or d.has_time] + [len(text)]
              + [address.start() for address in (ADDRESS_BEFORE_DATE.search(text),) if address])  # (…启动http://www.sina.com.cn 2007年…)
    head = text[:cut].strip()
    if after_date and not head and not fields and found and found[0].start == 0 and found[0].has_year and found[0].has_time:
        head = text[found[0].end :].strip()  # 2020-10-09 15:10昭通市镇雄县拟退出贫困县公示: the headline after the dateline's day and hour
        if any(d.start >= found[0].end for d in found[1:]):
            return None
    closing = ""
    if head.endswith(("(", "（")) and (close := BRACKET_CLOSE.search(text, cut)) and not BRACKET_OPEN.search(text, cut, close.start()):
        opened = len(text[:cut].rstrip()) - 1
        head, closing = head[:-1].rstrip(), text[opened : close.end()]
        # (…意见的公示(截止日期:2019年6月6日): a field in brackets closing the title is the title's; the rules read the title before it)
    # (采收白芍 ©原创 2023-09-06 08:35: the badge the story's own byline opens with; what stands
    # before it is the headline, however short, no column's name)
    badged = (bare := ORIGINAL_BADGE.sub("", head)) != head and bool(bare)
    head = bare
    if (len(HAN_CHAR.findall(head)) < (MIN_HEADLINE if badged else MIN_HEADLINE_BEFORE_DATE) or SENTENCE_STOP.search(head) or is_section_name(head) or URL_LIKE.search(head)
            or (len(HAN_CHAR.findall(head)) < MIN_HEADLINE_ON_META and not badged and is_source_name(Block(head, head, "line"))
                and not DONE_BY.search(head))  # (湖南省农业农村厅: the slot's office; …丰收节举办: what was held)
            or SITE_NAME.search(head) or is_site_name(head) or REPORTED.search(head) or SITE_SLOGAN.match(head)  # (湘潭市人民政府门户网站, 湖南日报·新湖南客户端: the site; ERIK ECKHOLM 报道: who)
            or _tags_then_source(head)
            or line_role(Block(head, head, "line")) != HEADLINE):
        return None
    head += closing
    at = block.text.find(head[:4])
    return Block(head, head, block.tag) if at < 0 else Block(block.text[at : at + len(head)].strip() or head, head, block.tag)


# 第一武汉网:武汉城市圈商贸资讯专业平台: a site's name and its slogan, which a metadata line may open with.
SITE_SLOGAN = re.compile(r"^[\u4e00-\u9fff]{2,12}(?:网|网站|在线)\s*[:：|｜]\s*(?![\u4e00-\u9fff]*(?:打造|建设|建成|搭建|构建|推出|上线|成为|推进|实现|启动|开通))"
                         r"[\u4e00-\u9fff]{2,24}(?:平台|门户|网站|窗口)$")  # (国家电网：全力打造…示范窗口 reports: no slogan)
BRACKET_CLOSE = re.compile(r"[)）]")
BRACKET_OPEN = re.compile(r"[(（]")
BOX_DRAWING_END = re.compile(r"\s*[\u2500-\u257f]{3,}\s*$")
READING_NOW = re.compile(r"^(?:您)?(?:正在阅读|当前阅读)\s*[:：]\s*")  # 正在阅读：“药娘”是个怎样的群体？…
PRINT_BUTTON_END = re.compile(r"\s+(?:友善列印|列印本页|打印本页|列印|打印)$")  # …机会与挑战 友善列印
SHARE_BAR_END = re.compile(r"\s+分享(?:到)?[:：]?(?:\s+[\u4e00-\u9fffA-Za-z]{0,4}(?:微博|微信|空间|QQ|朋友圈|豆瓣|人人网?))+$")  # … 分享 人民微博 新浪微博 腾讯微博
COPY_LINK_END = re.compile(r"\s*[【\[](?:复制链接|复制本帖链接|复制本页链接|复制网址)[】\]]$")  # …湖北兴建葛店开发区 [复制链接]: a forum thread's button
TENDER_NUMBER = re.compile(r"^(?:招标|采购|项目|标段|交易|合同)(?:项目)?编号\s*[:：]\s*[A-Za-z0-9]")
# …资格预审公告(代招标公告)[文件获取中]: a notice's state as a trading platform badges it, not its title
STATUS_BADGE = re.compile(r"\s*[\[【](?:[^\[\]【】]{2,6}中|已[^\[\]【】]{1,4}|[^\[\]【】]{0,4}(?:截止|结束|过期|失效))[\]】]$")
# …继续执行的通知财税〔2013〕81号: a document's title, then its number on the same line.
DOC_NUMBER_END = r"\s*[\u4e00-\u9fff]{1,8}\s*[〔\[［]\s*(?:19|20)\d{2}\s*[〕\]］]\s*第?\s*\d{1,5}\s*号$"
NUMBERED_TITLE = re.compile(f"^(?P<title>.*(?:{'|'.join(DOC_KINDS)}))" + DOC_NUMBER_END)
# (a lookbehind takes one width: the two-character kinds, then 函)
NUMBER_AFTER_TITLE = re.compile("|".join(f"(?<={'|'.join(k for k in DOC_KINDS if len(k) == n)})" + DOC_NUMBER_END
                                         for n in sorted({len(k) for k in DOC_KINDS})))


MAX_TAG_CHARS = 4
MIN_TAGS = 2
OUTLET_END = re.compile(r"(?:网|报|台|频道|客户端|融媒体中心)$")
MIN_SENTENCES_RUN = 2  # sentences closed by 。 that make a line the story's, not a list of titles
SENTENCE_STOP_MARK = re.compile("。")
MIN_MEASURES = 3
MIN_SAYING_PART = 5
PLACE_NAME_ONLY = re.compile(r"[\u4e00-\u9fff]{1,6}(?:省|市|州|县|区|镇|乡|街道|村|社区)")
KICKER = re.compile(r"^(?:温馨提示|紧急扩散|紧急通知|重要提醒|重要通知|速看|扩散|提醒|注意|关注|转发|最新)[!！]*$")  # a tag over a notice's title
MEASURE = re.compile(r"[\u4e00-\u9fff]{2,5}")
STAR_BEFORE = re.compile(r"^[*＊]\s*")
BRAND_AFTER = re.compile(r"_[A-Z][A-Za-z]{2,}[\u4e00-\u9fff]{0,8}$")
SUBJECT_LABEL = re.compile(r"^(?:帖子)?主题\s*[:：]\s*")
# 衡東縣…防護網 ?: a character a mirror could not encode, left as a lone question mark after a space
# (a question of its own ends on its word: …还是不还?, …吗 ?).
UNENCODED_END = re.compile(r"(?<![吗呢么吧嘛])\s+\?+$")
ASKS = re.compile(r"怎么|怎样|如何|为何|为什么|什么|谁|哪里|哪些|哪儿|哪个|哪家|几时|多少|何时|是否|能否|可否")  # 医保卡丢了怎么办 ?: its own question
UNENCODED_BEFORE = re.compile(r"^\?{2,}\s*")  # (a question opens with a word, never with marks)
STRING_QUOTED = re.compile(r"^\s*'(?P<title>\s*[^'\s][^']*)'\s*$")  # '賽事期間部分道路實行交通管制': a template's string quotes


def _tags_then_source(head: str) -> bool:
    """交通 長治 山西新聞網長治頻道: a story's tags, a word or two each, then the outlet's name; a
    headline's words run longer."""
    *tags, last = head.split() or [""]
    return (len(tags) >= MIN_TAGS and all(len(tag) <= MAX_TAG_CHARS for tag in tags) and OUTLET_END.search(last) is not None
            and is_source_name(Block(last, last, "line")))  # (好消息 城区新添五座充电站: a lead-in and a headline ending in 站)


def bare_headline(title: Block | None) -> Block | None:
    """The headline block without what a template prints around it: a table's border a
    capture drew after it (━━━━), 正在阅读： before it, a print button after it (友善列印) or a share bar
    (分享 人民微博 新浪微博),
    a notice's state badged after it ([文件获取中], [已结束]), a forum's [复制链接] after it,
    a box's 更多>> after it, a date after it in brackets, a document's number after its kind (…的通知 财税〔2013〕81号), an icon's alt
    text before it ([listlanmul] 经管学院…, in a text capture), a star before it (*國清週…), a forum thread's 主题: before
    it, a string's quotes around
    it ('賽事期間…'), a lone ? where a mirror lost a character (…防護網 ?), a run of them before it (????关于…)."""
    if title is None:
        return None
    text, norm = title.text, title.norm
    for glued in (BOX_DRAWING_END, READING_NOW, PRINT_BUTTON_END, SHARE_BAR_END, COPY_LINK_END, MORE_LINK, STATUS_BADGE):  # (what a template or a capture put on its line)
        if glued.search(norm) and glued.sub("", norm):
            text, norm = _cut_printed(glued, text), glued.sub("", norm)
    if (subject := SUBJECT_LABEL.match(norm)) and len(norm) - subject.end() >= MIN_HEADLINE:
        text, norm = _cut_printed(SUBJECT_LABEL, text.lstrip()), norm[subject.end() :]  # 主题: 正在公示!…: a forum thread's label
    if (brand := BRAND_AFTER.search(norm)) and brand.start() >= MIN_HEADLINE:
        text, norm = _cut_printed(BRAND_AFTER, text), norm[: brand.start()]  # …集中开工_SOLARZOOM光储亿家: the site's brand after it
    if (star := STAR_BEFORE.match(norm)) and len(norm) > star.end():
        text, norm = STAR_BEFORE.sub("", text.lstrip(), count=1), norm[star.end() :]  # *國清週大型…: a template's mark, not a word of it
    if norm.startswith("["):  # (an alt text is an image's name: [人民网] before a headline is printed)
        text, norm = ICON_NAME.sub("", text), ICON_NAME.sub("", norm)
    text, norm = undated(text), undated(norm)
    if (site := SITE_BEFORE.match(norm)) and is_site_name(site["site"]) and len(norm) > site.end():
        text, norm = text[site.end() :], norm[site.end() :]  # 凤凰县政府门户网站-凤凰县图书馆…: a <title> printed as a line
    if (site := SITE_AFTER.search(norm)) and (is_site_name(site["site"]) or SITE_NAME.search(site["site"]) or BRAND_END.search(site["site"]) or (
            NEWS_SITE.match(site["site"]) and len(norm[: site.start()]) >= MIN_HEADLINE_ON_META)) and len(norm[: site.start()]) >= MIN_HEADLINE:
        # (a news site's short name, …308件-华龙网, after a headline's words, not a channel's: 第1眼TV-华龙网)
        text, norm = _cut_printed(SITE_AFTER, text), norm[: site.start()]  # …宣传活动-昆都仑区人民政府: the <title>, its site's name after it
    if (column := COLUMN_DASHED.match(norm)) and is_section_name(column["column"]) and len(norm) - column.end() >= MIN_HEADLINE_ON_META:
        text, norm = _cut_printed(COLUMN_DASHED, text), norm[column.end() :]  # 工作动态——旗委常委…调研: its column's name, then a dash
    if (column := COLUMN_GLUED.match(norm)) and len(norm) - column.end() >= MIN_HEADLINE_ON_META:
        text, norm = _cut_printed(COLUMN_GLUED, text), norm[column.end() :]  # 要闻我州16个村入选…: its column's name run into it
    if (column := COLUMN_COLON.match(norm)) and len(norm) - column.end() >= MIN_HEADLINE_ON_META:
        text, norm = _cut_printed(COLUMN_COLON, text), norm[column.end() :]  # 青白江新闻: 区人大常委会…: its column's name and a colon
    # (…总投资51.9亿元-网: a site's name cut to its last word; 停水公告-通知公告-新闻动态: the <title>, its column's path
    # after it; …到临沂市调研(图片来源:临沂市台港澳办): its photo's credit; each after a headline's length)
    for after, shortest in ((TRUNCATED_SITE, MIN_HEADLINE_ON_META), (COLUMNS_AFTER, MIN_HEADLINE), (PHOTO_CREDIT_AFTER, MIN_HEADLINE_ON_META)):
        if (found := after.search(norm)) and found.start() >= shortest:
            text, norm = _cut_printed(after, text), norm[: found.start()]
    if (path := COLUMN_BEFORE.match(norm)) and len(norm) - path.end() >= MIN_HEADLINE_ON_META:
        text, norm = _cut_printed(COLUMN_BEFORE, text), norm[path.end() :]  # 乡村生态 > 文水县…举办…: its column's name before it
    if DASHED.match(norm):
        text, norm = text.strip(" -－—"), norm.strip(" -－—")  # -楠西區地震防災教育…演練-: dashes set around it
    if quoted := STRING_QUOTED.match(norm):
        text, norm = text.strip().strip("'"), quoted["title"]  # '賽事期間…交通管制': a string's quotes around it
    if UNENCODED_BEFORE.match(norm) and UNENCODED_BEFORE.sub("", norm):
        text, norm = UNENCODED_BEFORE.sub("", text.lstrip()), UNENCODED_BEFORE.sub("", norm)  # ????关于…的通知: characters lost before it
    if UNENCODED_END.search(norm) and UNENCODED_END.sub("", norm) and not ASKS.search(norm):
        text, norm = UNENCODED_END.sub("", text), UNENCODED_END.sub("", norm)  # …防護網 ?: a character lost in the mirror's encoding
    if numbered := NUMBERED_TITLE.match(norm):
        text, norm = _cut_printed(NUMBER_AFTER_TITLE, text), numbered.group("title")  # …继续执行的通知 财税〔2013〕81号: its number
    if norm == title.norm or not norm:
        return title
    return Block(text, norm, title.tag, title.link_chars, title.list_item)


def _cut_printed(pattern: re.Pattern, text: str) -> str:
    """The printed line without what `pattern` finds in its Simplified reading: a mirror
    prints 財稅〔2013〕81號 and 列印本頁, which the patterns know as 财税〔2013〕81号 and 列印本页."""
    simple = normalize.to_simplified(text)
    if len(simple) != len(text):
        return pattern.sub("", text)
    kept, last = [], 0
    for found in pattern.finditer(simple):
        kept.append(text[last : found.start()])
        last = found.end()
    return "".join(kept) + text[last:]


def is_matter_line(text: str) -> bool:
    """关于…的通告 (spaces aside): a document's title, its matter after 关于, closed by its kind."""
    return MATTER_LINE.match(SPACE_RUN.sub("", text)) is not None


def _titled_kind(text: str) -> str | None:
    """The kind a document's title opening with 关于 closes with (关于…交通管制的通告: 通告), spaces aside; or None."""
    text = SPACE_RUN.sub("", text)
    kind = DOC_KIND_END.search(text)
    return kind.group() if kind is not None and text.startswith("关于") else None


def _title_under_series_heading(blocks: list[Block], header: Header, groups: list[list[int]], best: list[int]) -> list[int] | None:
    """An issuer's heading for its series of notices (its name and their kind, 北京市公安局公安交通管理局通告)
    on the notice's number in the series (2014年第27号) stands over the notice's own title, 关于…的通告: the
    number ties the heading to every notice of the series, the title to this one."""
    text = SPACE_RUN.sub("", "".join(blocks[j].norm for j in best))
    kind = DOC_KIND_END.search(text)
    number = best[-1] + 1
    if (kind is None or text.startswith("关于") or OFFICE_END.search(text[: kind.start()]) is None
            or header.roles.get(number) != META or not is_doc_number(blocks[number].norm)):
        return None
    below = min((g for g in groups if g[0] > number), key=lambda g: g[0], default=None)
    if below is None or any(header.roles.get(j) not in (META, PHOTO_NOTE, WIDGET) for j in range(number + 1, below[0])):
        return None
    return below if _titled_kind("".join(blocks[j].norm for j in below)) == kind.group() else None


def _broken_lead(blocks: list[Block], roles: dict[int, str], group: list[int]) -> bool:
    """Whether a title group is the story's first sentence broken over short lines, as a
    WeChat post sets it: its first line is only the day it happened (4月25号上午), which
    opens a sentence and never heads one, and the story goes on right under it."""
    return len(group) > 1 and LEAD_DAY.match(blocks[group[0]].norm) is not None and roles.get(group[-1] + 1, STORY) == STORY


def _group_score(blocks, header: Header, group: list[int], titles, groups) -> tuple:
    below = group[-1] + 1
    while below in header.roles and header.roles[below] in (SUBTITLE, BYLINE, WIDGET, PHOTO_NOTE, CHROME):
        if is_menu(blocks[below].norm):
            break  # a site's name over its menus stands on no metadata line: the headline is under the menus
        below += 1
    on_meta = {META: 2, DATELINE: 2, ORIGINAL_TITLE: 1}.get(header.roles.get(below), 0)
    if header.roles.get(below) == DATELINE and issue_marked(blocks, below):
        on_meta = 0  # 甘肃日报 / 2021年07月14日 / 第05版:综合: the e-paper's masthead over its issue's date
    named = any(_named(blocks, j, titles) for j in group)
    worded = not all(is_section_name(blocks[j].norm) for j in group)  # (專題文章 as a heading: the column's name)
    heading = max(HEADING_RANK.get(blocks[j].tag, 0) for j in group)
    echoed = any(_told_by_story(blocks[j].norm, story) for j in group) if (story := header.story) else True
    return (named, worded, on_meta, echoed, heading, -groups.index(group))


def _told_by_story(line: str, story: str) -> bool:
    """Whether the story tells something the line says: a headline shares words with the
    story under it (two characters in a row); a site's slogan, a counter or a
    reader's note over the header shares none."""
    return any(run[k : k + 2] in story for run in HAN_RUN.findall(line) for k in range(len(run) - 1))


def _listed_above(blocks: list[Block], header: Header, group: list[int]) -> int | None:
    """The one line of a title group that the header prints above it too, as an e-paper's
    list of its page's stories does (小区门口留下“石疙瘩” among the page's titles, then over
    小区门口这堆石头刮了不少车): the story's headline, not its longer 副题."""
    above = {SPACE_RUN.sub("", blocks[k].norm) for k in header.roles if k < group[0]}
    listed = [j for j in group if len(blocks[j].norm) >= MIN_TWICE and SPACE_RUN.sub("", blocks[j].norm) in above]
    return listed[0] if len(listed) == 1 and len(group) > 1 else None


def _page_headline_above(blocks: list[Block], header: Header, groups: list[list[int]], best: list[int], at: int) -> tuple[list[int], int] | None:
    """The page's own headline over a document it reposts: the chosen line is the document's
    title, its number under it (射府公〔2024〕14號, (2025年第5号)) or opening with 关于, and another
    headline stands above it with only buttons, metadata or a photo's note between (黔东南州启动防汛Ⅳ级应急响应 /
    字号: / 黔东南防汛抗旱指挥部关于启动…的通知 / (2025年第5号)), or the account that posted it (注意绕行!南昌这些道路将交通管制 /
    江西发布 / 关注 / 南昌市公安局交通管理局 / 关于…的通告); not an issuer's letterhead (…办公室文件)."""
    below = best[-1] + 1
    if not DOC_KIND_END.search(blocks[at].norm) or not (
            (below < len(blocks) and is_doc_number(blocks[below].norm)) or any(ISSUE_NUMBER.match(blocks[j].norm) for j in best)
            or is_matter_line(blocks[at].norm)):
        return None
    upper = groups[groups.index(best) + 1] if groups.index(best) + 1 < len(groups) else None
    if upper is None:
        return None
    accounts = {j for j in upper[1:] if is_source_name(blocks[j])}  # (注意绕行!… / 江西发布 / 关注: the account that posted it, under it)
    top = max(j for j in upper if j not in accounts)
    if not all(header.roles.get(j) in (WIDGET, META, DATELINE, PHOTO_NOTE) or j in accounts for j in range(top + 1, best[0])) or top + 1 == best[0]:
        return None
    line = blocks[top].norm
    letterhead = line.endswith(LETTERHEAD_WORD) or _office_line(blocks[top])  # (某某县人民政府办公室文件: the issuer's letterhead)
    return (upper, top) if len(line) >= MIN_ONE_CLAUSE and not DOC_KIND_END.search(line) and not letterhead else None


def _printed_above(blocks: list[Block], groups: list[list[int]], best: list[int], at: int) -> tuple[list[int], int] | None:
    """The same headline in a group above the chosen one: a notice reposted whole prints its
    title again at its top, under the page's header (时间：… 来源：…). Not in a list of titles
    above it: an e-paper's page prints its stories' headlines over the one it shows."""
    text = SPACE_RUN.sub("", blocks[at].norm)
    for group in groups[groups.index(best) + 1 :]:  # (groups run upward)
        same = [j for j in _title_lines(group) if SPACE_RUN.sub("", blocks[j].norm) == text]
        if same:
            return group, same[0]
    return None


def _printed_twice(blocks: list[Block], groups: list[list[int]]) -> tuple[list[int], int] | None:
    """The upper copy of a line that a lower group prints again, alone or broken over two of
    its lines (标题 / 发布时间：… / 市纪委…组 / 2019年10月28日 / 标题: a notice or an article
    reposted whole under the page's header), but not in a list of titles (an e-paper's page)."""
    lower = groups[0] if groups else []
    printed = {SPACE_RUN.sub("", blocks[j].norm) for j in lower}
    printed |= {SPACE_RUN.sub("", blocks[j].norm + blocks[j + 1].norm) for j in lower if j + 1 in lower}
    for group in groups[1:]:
        same = [j for j in _title_lines(group) if SPACE_RUN.sub("", blocks[j].norm) in printed and len(blocks[j].norm) >= MIN_TWICE]
        if same:
            return group, same[0]
    return None


def _title_lines(group: list[int]) -> list[int]:
    """The lines of a group that may be a headline: all of a title group's; of a longer run
    of headline-like lines (an e-paper's list of its page's stories, or prompts and menus
    over the headline), only the last, right over the header's other lines."""
    return group if len(group) <= MAX_TITLE_GROUP else group[-1:]


def choose_headline(blocks: list[Block], group: list[int], titles: tuple[str, ...]) -> int | None:
    named = [j for j in group if _named(blocks, j, titles)]
    if named:
        return max(named, key=lambda j: (len(blocks[j].norm), j))  # (printed twice, the lower: right over its story)
    twice = {j for j in group if j + 1 in group and SPACE_RUN.sub("", blocks[j].norm) == SPACE_RUN.sub("", blocks[j + 1].norm)}
    if twice and group[-1] - 1 not in twice and (others := [j for j in group if j not in twice and j - 1 not in twice]) and _on_meta(blocks, group[-1]):
        group = others  # 广州市社会保障（市民）卡宣传栏 twice in a row over the headline on its dateline: a banner's alt text and name
        # (printed twice right on the metadata line, it is the headline: 安徽农垦集团 / 砀山果园场:… / 砀山果园场:… / 发布日期:…)
    if len(group) > MAX_TITLE_GROUP and _on_meta(blocks, group[-1]):
        return group[-1]  # other stories' titles, a line each, over the page's own on its metadata line
    if len(group) == 2 and _issuer_before(blocks[group[0]].norm, blocks[group[1]].norm):
        return group[0]  # 关于…的通告 / 兴义市人民政府关于…的通告: the page's headline, then the document's title with its issuer
    if len(group) == 2 and _short_name_over_title(blocks[group[0]].norm, blocks[group[1]].norm):
        return group[0]  # 施工封道通告 / 关于院桥镇…交通管制的通告: the post's short name for the notice, over the notice's own title
    if len(group) == 2 and _other_document_above(blocks[group[0]].norm, blocks[group[1]].norm):
        return group[1]  # 廊坊市消防安全委员会办公室关于…的通告 / 关于新开大街…的通知: another notice's title, then the page's over its text
    if len(group) > 1 and issuers_over_matter(blocks, group):
        return group[-1]  # 安康市公安局交通警察支队 / 安康市住房和城乡建设局 / 关于…的通告: the issuers' letterhead over the title, however long
    if len(group) == 2 and (shorter := _name_appended(blocks, group)) is not None:
        return shorter  # 双龙镇:…“主动仗” -凯发平台 / 双龙镇:…“主动仗”: the <title>, a site's name after the headline, then the headline
    if len(group) == 2 and _reposted_document(blocks, group):
        return group[0]  # 最新!涉及遂寧這些土地→ / 射洪市人民政府徵收土地預公告 / 射府公〔2024〕14號: the post's headline over the document
    banners = [j for j in group if (SITE_WORD.search(blocks[j].norm) or _office_line(blocks[j]))
               and any(b.norm == blocks[j].norm for b in blocks[group[-1] + 1 + MIN_FOOTER_GAP :])]
    if banners and len(banners) < len(group):
        group = [j for j in group if j not in banners]  # 辽阳新闻网官方新闻门户-权威媒体 辽阳门户 over 开展和谐邻里…, printed again in the footer: the site's banner
        # (陕西省发展和改革委员会 over 省发展改革委国防处在…宣讲…, and again at the foot: the office whose site it is)
    named_only = [j for j in group if _names_company(blocks[j].norm)]
    if named_only and len(named_only) < len(group):
        group = [j for j in group if j not in named_only]  # 中国移动-桐乡分公司 over 政府广场稻花香: a sponsor's name, no headline
    leading_in = [j for j in group if j + 1 in group and LEADS_IN.search(blocks[j].norm)]
    if leading_in:
        group = [j for j in group if j not in leading_in]  # 惠杰合作社与村民携手奔小康—— / 打造四季飘香“百果园”: an 引题 that leads into the headline under it
    lead = "" if _on_meta(blocks, group[-1]) else _lead_after(blocks, group[-1])  # (over the metadata line, the lower is the headline: an 引题 stands above it)
    best = max(group, key=lambda j: (HEADING_RANK.get(blocks[j].tag, 0), len(blocks[j].norm), SPACE_RUN.sub("", blocks[j].norm) in lead,
                                     REPORT_VERB.search(blocks[j].norm) is not None, group.index(j)))  # (as long: the one that reports, 縣長出席…豐年祭 over 期許…永留傳)
    if len(group) == 3 and (agenda := _meeting_over_agenda(blocks, group, best)) is not None:
        return agenda  # 市委常委会召开扩大会议 / 传达学习…精神 安排部署…工作 / 王忠林主持并讲话…: the meeting, then its 副题s
    if (below := best + 1) in group and _report_beside_slogan(blocks[below], blocks[best]) and len(blocks[below].norm) >= MIN_ONE_CLAUSE:
        return below  # 认真贯彻落实…指示精神 / 丁福浩主持召开…交办会议 / 强调:…: the 引题 of purpose over the meeting it reports
    if len(group) == 2 and PUBLISHES_NOTICE.search(blocks[group[0]].norm) and NOTICE_KIND_END.search(blocks[group[1]].norm):
        return group[0]  # 张家口市气象局发布公告! / 张家口市人工影响天气作业公告: the post's headline over the notice it publishes
    other = group[1 - group.index(best)] if len(group) == 2 else None
    if other is not None and other < best and couplet(blocks[other].norm) and REPORT_VERB.search(blocks[best].norm):
        return other  # 严防森林火灾 共建绿色家园 over 仙游县举办…宣传活动: the main title, then its 副题 telling what happened
    if other is not None and other < best and _measures_listed(blocks[best].norm) and len(blocks[other].norm) >= MIN_ONE_CLAUSE and not (
            SPACE_RUN.search(blocks[other].norm.strip()) or couplet(blocks[other].norm)):
        return other  # 香河重点项目建设全面提速 / 领导分包 逐一调度 倒排时间: the headline, then a 副题 listing how, in three words or more
    said = [j for j in group if len(blocks[j].norm) >= MIN_ONE_CLAUSE]  # (a menu's or a column's short names say nothing)
    if len(said) == 2 and best in said and (companion := said[1 - said.index(best)]) in (best - 1, best + 1) and _beats_longer(blocks[companion], blocks[best]):
        return companion  # 60岁10元套餐、90岁免单 over 梅林社区邻里食堂开业: the 引题 says more, in clauses (so does a
        # 副题 under a menu's items: 报社信箱 / 今 日 上 虞 / 冯顺桥看望上虞代表团代表 / 与代表亲切交谈,畅谈…)
    return best


def _captions_over_story(blocks: list[Block], roles: dict[int, str], i: int) -> bool:
    """会议现场 right over the story, or over who speaks in it and the story (会议现场 / 张哲君讲话 / …讯…): the
    photos' captions (两会现场 on the metadata line is a headline)."""
    if not SCENE_CAPTION.match(blocks[i].norm):
        return False
    if roles.get(i + 1, STORY) == STORY:
        return True
    return roles.get(i + 1) == HEADLINE and SCENE_CAPTION.match(blocks[i + 1].norm) is not None and roles.get(i + 2, STORY) == STORY


def _headline_row_under_path(blocks: list[Block], roles: dict[int, str], i: int) -> bool:
    """地方网 > … > 正文 / 战疫情 抓生产 村镇在行动 潼关县秦东镇 重点项目集中开工 / 来源:…: a row of short names
    between the path and the metadata line reads as the headline in parts."""
    return roles.get(i - 1) == BREADCRUMB and roles.get(i + 1) in (META, DATELINE) and is_menu(blocks[i].norm) and _headline_in_parts(blocks[i].norm)


def _headline_in_parts(text: str) -> bool:
    """战疫情 抓生产 村镇在行动 潼关县秦东镇 重点项目集中开工: a row with a part of five characters or more
    that says something, and that is no column's names nor places alone (城关镇 青山镇 石桥镇…: a menu)."""
    parts = text.split()
    return (max(len(p) for p in parts) >= MIN_SAYING_PART and not any(is_section_name(p) for p in parts)
            and not all(PLACE_NAME_ONLY.fullmatch(p) for p in parts))


def _measures_listed(text: str) -> bool:
    """领导分包 逐一调度 倒排时间: three short phrases or more a space apart, no clause among them."""
    parts = text.split()
    return len(parts) >= MIN_MEASURES and all(MEASURE.fullmatch(p) for p in parts)


def _lead_after(blocks: list[Block], at: int) -> str:
    """The story's first paragraph under a title group (the first sentence-long line within
    LEAD_REACH lines), its spaces out. Of two titles as long right over the story, the lower may
    be a 副题: the lead tells the headline's words again (全市一月份重点项目集中开工 /
    惠进才下达开工令杨广亭讲话 / 本报讯…全市一月份重点项目集中开工活动举行)."""
    for b in blocks[at + 1 : at + 1 + LEAD_REACH]:
        if len(b.norm) >= MIN_LEAD and SENTENCE_MARK.search(b.norm):
            return SPACE_RUN.sub("", b.norm)
    return ""


def couplet(text: str) -> bool:
    """Whether a line is a title in two matched phrases a space apart (严防森林火灾 共建绿色家园,
    相约最美安定 感受乡村变化): the way a main title is set, over a 副题 that reports."""
    parts = text.split()
    return len(parts) == 2 and all(COUPLET_PHRASE.match(p) for p in parts) and abs(len(parts[0]) - len(parts[1])) <= 1


def _reposted_document(blocks: list[Block], group: list[int]) -> bool:
    """Whether the lower of two title lines is a document's own title, its number right under
    it (射洪市人民政府徵收土地預公告 / 射府公〔2024〕14號): a post reposting the document, whose
    headline is the upper line."""
    upper, lower = group
    after = lower + 1
    return (after < len(blocks) and is_doc_number(blocks[after].norm) and DOC_KIND_END.search(blocks[lower].norm) is not None
            and not DOC_KIND_END.search(blocks[upper].norm) and not OFFICE_END.search(blocks[upper].norm))


def _short_name_over_title(upper: str, lower: str) -> bool:
    """Whether the upper line names the notice under it shortly, in its own words and of the same kind
    (2024敕勒川草原半程马拉松交通管制通告 / 关于2024敕勒川…实行交通管制的通告): a post's headline over the
    document it reposts. Not the issuer's heading for a series of notices (…交通管理局通告 / 关于…的通告)."""
    upper, lower = SPACE_RUN.sub("", upper), SPACE_RUN.sub("", lower)
    kind = _titled_kind(lower)
    if kind is None or upper.startswith("关于") or not upper.endswith(kind):
        return False
    matter = upper[: -len(kind)]
    shared = any(matter[i : i + 2] in lower for i in range(len(matter) - 1))  # (重要通告, 紧急通告: no name, a label)
    return len(matter) >= MIN_NOTICE_MATTER and len(upper) < len(lower) and OFFICE_END.search(matter) is None and shared


def _other_document_above(upper: str, lower: str) -> bool:
    """Whether two document titles, each holding 关于 and closed by its kind, name different
    matters (what follows 关于): the upper is another document's (a link a page prints over its own title)."""
    matters = [t[t.find("关于") + 2 :] if "关于" in t else None for t in (upper, lower)]
    return (None not in matters and all(DOC_KIND_END.search(t) for t in (upper, lower))
            and matters[0] not in matters[1] and matters[1] not in matters[0])


def _issuer_before(title: str, longer: str) -> bool:
    """Whether the longer line is the title with an office's name put before it."""
    title, longer = SPACE_RUN.sub("", title), SPACE_RUN.sub("", longer)
    return len(longer) > len(title) and longer.endswith(title) and OFFICE_END.search(longer[: -len(title)]) is not None


def _name_appended(blocks: list[Block], group: list[int]) -> int | None:
    """Of two title lines, the one the other prints with a name after a dash or a bar (a page's
    <title>: its headline, then its site's or its platform's name), or None."""
    upper, lower = (SPACE_RUN.sub("", blocks[j].norm) for j in group)
    for line, longer in ((group[0], lower), (group[1], upper)):
        title = SPACE_RUN.sub("", blocks[line].norm)
        if len(longer) > len(title) >= MIN_HEADLINE and longer.startswith(title) and APPENDED_NAME.fullmatch(longer[len(title) :]):
            return line
    return None


def _beats_longer(line: Block, longer: Block) -> bool:
    """Whether the shorter line of two is the headline beside a longer 引题 or 副题: printed
    alike, long enough to say who did what (新浪新闻国际 or a paper's column beside a headline
    is no headline), and either one clause beside clauses or a report beside a slogan."""
    return (HEADING_RANK.get(line.tag, 0) == HEADING_RANK.get(longer.tag, 0) and len(line.norm) >= MIN_ONE_CLAUSE
            and (_one_clause_beside(line, longer) or _report_beside_slogan(line, longer)))


def _meeting_over_agenda(blocks: list[Block], group: list[int], longest: int) -> int | None:
    """Of three title lines whose longest tells a meeting's agenda (传达学习…, 安排部署…, 决定…,
    with no one doing it), the line reporting that it was held right above it: the headline,
    the agenda and the line of who chaired it its 副题s."""
    above = longest - 1
    if above not in group or not _report_beside_slogan(blocks[above], blocks[longest]) or len(blocks[above].norm) < MIN_ONE_CLAUSE:
        return None
    return above


def _report_beside_slogan(line: Block, longer: Block) -> bool:
    """Whether the line reports what happened beside a slogan, opening with a verb of purpose
    and no one doing it (助力全州“十五五”开好局起好步 under 黔西南州政协党组会议召开)."""
    return (PURPOSE_OPENING.match(longer.norm) is not None and PURPOSE_OPENING.match(line.norm) is None
            and REPORT_VERB.search(line.norm) is not None)


def _one_clause_beside(line: Block, longer: Block) -> bool:
    """Whether the line is one clause of words beside a companion told in clauses
    (工程总投资4.71亿元,两岸新建堤防总长度约16.53公里 under 木兰溪防洪工程…基本完成): the
    headline says one thing, its companions say more; a report listing its matters with 、 is
    told in one clause (市政府召开安全生产、消防安全工作会议)."""
    told = QUOTED.sub("", longer.norm)
    in_clauses = COMMAS.search(told) is not None or (CLAUSE_SPLIT.search(told) is not None and REPORT_VERB.search(told) is None)
    return in_clauses and CLAUSE_SPLIT.search(line.norm) is None and HEADLINE_CHARS_ONLY.match(line.norm) is not None


def _names_company(text: str) -> bool:
    """Whether the line is a company's name and nothing else (a banner's sponsor), or names
    and nothing else, a space apart, each closed as an office's or a site's is (浙江省唯一招商引资服务网站
    长三角地区招商投资项目交流中心: the site's banner and its slogan; ●中共渠县县委 渠县人民政府 under
    a headline: who signs the article, set with a bullet)."""
    if text.startswith(tuple(CREDIT_BULLETS)):
        parts = text.lstrip(CREDIT_BULLETS).split()  # (●迎新春文艺晚会 送温暖进敬老院: events, no offices)
        return len(parts) >= 2 and all(SOURCE_LIKE.match(p) is not None and SIGNING_OFFICE_END.search(p) is not None for p in parts)
    if " " in text and len(parts := text.split()) >= 2:
        return all(SOURCE_LIKE.match(p) is not None and OFFICE_END.search(p) is not None and REPORT_VERB.search(p) is None for p in parts)
    return SOURCE_LIKE.match(text) is not None and COMPANY_END.search(text) is not None and REPORT_VERB.search(text) is None  # (…考察对接华厦集团 reports)


def _on_meta(blocks: list[Block], at: int) -> bool:
    return at + 1 < len(blocks) and line_role(blocks[at + 1]) in (META, DATELINE)


def header_end(blocks: list[Block], start: int, end: int) -> int:
    """Past the header the dense run swallowed: a headline that weighs like a sentence
    (it ends in ！) with its metadata line under it. The header model reads upward from
    here."""
    last_meta = None
    counted = 0
    for i in range(start, end):
        role = line_role(blocks[i])
        if role not in (CHROME, WIDGET):  # (a table's borders and a font widget take no place)
            counted += 1
            if counted > MAX_HEADER_IN_RUN:
                break
        if role in (META, DATELINE, ORIGINAL_TITLE):
            last_meta = i
        elif role not in HEADER_ROLES | {HEADLINE, SUBTITLE, BREADCRUMB}:  # (a long breadcrumb may open the run)
            break
    if last_meta is None and start + 1 < end and line_role(blocks[start]) == HEADLINE and line_role(blocks[start + 1]) == STORY and (
            SENTENCE_END_MARK.search(blocks[start].norm) is None and len(blocks[start].norm) <= MAX_RUN_HEADLINE) and not any(
            line_role(b) in (META, DATELINE) for b in blocks[max(0, start - HEADER_LOOKBACK) : start]):
        # “联动协同,聚力攻坚”—区投资局赴…: a headline whose commas weigh like a sentence's, right over
        # the story, with no metadata line above (under one, such a line is a 副题 or a summary)
        return start + 1
    return start if last_meta is None else last_meta + 1


def _crosshead(block: Block, title: str | None) -> bool:
    """A short line that heads the story's first part, or a deck over it (not the headline
    printed again)."""
    return line_role(block) == HEADLINE and SPACE_RUN.sub("", block.norm) != title


def _box_lines(blocks: list[Block], i: int, floor: int) -> int:
    """How many lines right above `i` make a box of links: linked lines, under at most one
    short unlinked heading (推荐阅读, 相关公司股票走势)."""
    j = i
    while j > floor and i - j < MAX_INLINE_BOX and blocks[j - 1].link_density >= 0.5:
        j -= 1
    if j < i and j > floor and line_role(blocks[j - 1]) == HEADLINE and not blocks[j - 1].link_chars:
        j -= 1
    return i - j


def _over_inline_box(blocks: list[Block], i: int, floor: int) -> int | None:
    """Where the walk up goes on past a box of links inside the story: the line above
    the box is story text with a sentence in it (a box under the header has the header
    above it)."""
    lines = _box_lines(blocks, i, floor)
    if not lines or not any(b.link_density >= 0.5 for b in blocks[i - lines : i]):
        return None
    above = i - lines - 1
    if above < floor or line_role(blocks[above]) != STORY or not SENTENCE_MARK.search(blocks[above].norm):
        return None
    return above + 1


def inline_boxes(blocks: list[Block], start: int, stop: int) -> set[int]:
    """The lines of the link boxes `story_start` passed over between `start` and `stop`."""
    found: set[int] = set()
    i = stop
    while i > start:
        lines = _box_lines(blocks, i, start)
        if lines and _over_inline_box(blocks, i, start) is not None:
            found.update(range(i - lines, i))
            i -= lines
        else:
            i -= 1
    return found


def _title_part(line: Block, title: str | None) -> bool:
    """Whether the line is the headline's first or last part, the headline joining it to another
    (省…时指出 全面高质量展示好 over 省…时指出 / 全面高质量展示好): its own line in the header."""
    text = SPACE_RUN.sub("", line.norm)
    return bool(title) and len(text) >= MIN_TWICE and len(text) < len(title) and (title.startswith(text) or title.endswith(text)) and line_role(line) == HEADLINE


def story_start(blocks: list[Block], title_at: int | None, dense_start: int) -> int:
    """Where the story starts: the dense run's start, moved up over story lines the
    density missed (a short first paragraph, the first items of a numbered story, with
    up to MAX_WEAK_GAP short lines such as a bold sub-heading between them) as far as the
    header, then down over header lines the run swallowed (metadata, bylines, photo notes,
    原标题 lines): none of those starts a story."""
    start = dense_start
    floor = title_at + 1 if title_at is not None else 0
    title = SPACE_RUN.sub("", blocks[title_at].norm) if title_at is not None else None
    i, weak = start, 0
    while i > floor:
        above = blocks[i - 1]
        if (over := _over_inline_box(blocks, i, floor)) is not None:
            i, weak = over, 0  # 推荐阅读 and its links, dropped into the story: the story goes on above them
            continue
        if above.link_density >= 0.5 or (role := line_role(above)) in HEADER_ROLES or (role == BREADCRUMB and HOME_OR_PLACE.search(above.norm)) or (
                SPACE_RUN.sub("", above.norm) == title or _title_part(above, title)):
            # (a path never opens a story, though a headline glued to its end gives it a comma: …乡村新风尚 叶县洪庄杨镇:聚力整治优环境,党群同心促提升)
            if weak == 1 and line_role(above) in (META, DATELINE) and _crosshead(blocks[i], title) and not is_source_name(blocks[i]) and not breaks_off(read_fields(above.norm)) and (
                    label_only(above.norm) is None):  # (發佈單位 / 遊憩服務課: a label cell over its value, no crosshead)
                start = i  # 学前教育幼儿资助政策 between the metadata and the story: its first crosshead (鄱阳发布 there is the source's slot)
            break
        if SENTENCE_MARK.search(above.norm) or SUBHEADING.match(above.norm) or (weak == 0 and (above.norm.endswith(SALUTATION_END) or WIRE_MARK_ALONE.match(above.norm))):
            start, weak = i - 1, 0  # (各科研单位：, right above the story, opens a notice; 德州新闻网讯 on its own line, the lead)
        elif CHAPTER_HEADING.match(above.norm) or CONTENTS.match(above.norm):
            pass  # a statute's contents, 目录 and a chapter a line, between its adoption note and its first article
        else:
            weak += 1
            if weak > MAX_WEAK_GAP:
                break
        i -= 1
    while start < len(blocks) and (line_role(blocks[start]) in HEADER_ROLES or _subtitle_over_meta(blocks, title_at, start) or _title_part(blocks[start], title)):
        start += 1
    start = _opening_credit(blocks, start, floor)  # 四川新闻网内江7月23日讯(记者龙艳) on a line of its own: the lead's opening words
    if start > floor and TENDER_NUMBER.match(blocks[start - 1].norm):
        start -= 1  # 招标编号：HBSJ-202007TL-027001001 over 1.招标条件: a procurement notice's first line
    start = _first_crosshead(blocks, start, floor, title)
    start = _broken_lead_above(blocks, start, floor)
    start = _adoption_note_above(blocks, start, floor)
    return _event_lines_above(blocks, start, floor)


def _adoption_note_above(blocks: list[Block], start: int, floor: int) -> int:
    """The story's start moved up over the document's adoption note right above it, whole or
    broken over two lines ((2016年12月10日…人民代表大会 / 第一次会议通过)): the text's first line."""
    if start - 1 >= floor and ADOPTION_OPEN.match(blocks[start - 1].norm) and blocks[start - 1].norm[-1] in ")）":
        return start - 1
    if start - 2 >= floor and ADOPTION_CLOSE.match(blocks[start - 1].norm) and ADOPTION_OPEN.match(blocks[start - 2].norm):
        return start - 2
    return start


def _broken_lead_above(blocks: list[Block], start: int, floor: int) -> int:
    """The story's start moved up over its first sentence broken over short lines (4月25号上午 /
    首场乡村大舞台活动 / 在渭沱镇…举行), which the header model leaves to the story."""
    for top in range(start - 1, max(floor, start - 1 - MAX_BROKEN_LEAD) - 1, -1):
        if line_role(blocks[top]) != HEADLINE:
            return start
        if LEAD_DAY.match(blocks[top].norm) and top < start - 1:
            return top
    return start


def _subtitle_over_meta(blocks: list[Block], title_at: int | None, at: int) -> bool:
    """Whether the line is the headline's 副题, right under it and over the metadata line
    (江東新區進入珠江禁漁期 / 為期4個月,禁止所有捕撈作業 / 2020-03-05 11:07:58 來源:…): its
    comma weighs as a sentence's would, but no story starts above its own header."""
    return (title_at is not None and at == title_at + 1 and at + 1 < len(blocks)
            and line_role(blocks[at]) == HEADLINE and (line_role(blocks[at + 1]) in (META, DATELINE) or _subtitle_over_lead(blocks, at)))


def _subtitle_over_lead(blocks: list[Block], at: int) -> bool:
    """Whether a headline's companion right under it, told in clauses (冯顺桥看望上虞代表团代表 /
    与代表亲切交谈,畅谈绍兴及上虞的发展前景 / 本报讯…), stands over the story's lead, which opens
    with the paper's wire mark: no sentence closes it, so it is the 副题, not the story's first
    paragraph (5月10日上午,我县召开… over a line without the mark is the lead, broken)."""
    return (COMMAS.search(blocks[at].norm) is not None and FULL_STOPS.search(blocks[at].norm) is None
            and (WIRE_LEAD.match(blocks[at + 1].norm) is not None or LEAD_OPENING.match(blocks[at + 1].norm) is not None)
            and line_role(blocks[at + 1]) == STORY)


def _opening_credit(blocks: list[Block], start: int, floor: int) -> int:
    """The story's start moved up over its opening credit, printed on lines of its own right
    above it (up to MAX_CREDIT_LINES, all bylines), when it opens with a lead's dateline or a
    paper's wire mark (本报富阳7月6日电 / 记者 戴睿云 / 报道组 裘霞萍 赵国青, 四川农村日报讯 邓榆千
    特约通讯员 蒋兵 文/图): the paper's words opening its story. A paper's name with its reporters
    and no wire mark (大众网记者 张芳 菏泽报道) is the header's byline, as most readers take it."""
    top = start
    for j in range(start - 1, max(floor, start - MAX_CREDIT_LINES) - 1, -1):
        if line_role(blocks[j]) != BYLINE:
            break
        if LEAD_DATELINE.search(blocks[j].norm) or PAPER_WIRE.match(blocks[j].norm):
            top = j
    return top


def _first_crosshead(blocks: list[Block], start: int, floor: int, title: str | None) -> int:
    """The story's start moved up over its first crosshead: a headline-like line right above
    it, of the paragraphs' own tag, when the story goes on to print others like it (许昌晨报's
    six crossheads, the first over the first paragraph; a deck or a box's label is one line
    of its own kind)."""
    if start >= len(blocks):
        return start  # (every line under the headline was header: no story, no crosshead)
    i = start
    while i > floor and i - start > -MAX_WEAK_GAP and blocks[i - 1].tag == blocks[start].tag and _crosshead(blocks[i - 1], title) and not (
            i >= 2 and label_only(blocks[i - 2].norm) in CELL_KEYS) and not ISSUE_NUMBER.match(blocks[i - 1].norm) and not (
            i - 1 == floor and NOTICE_KIND_END.search(blocks[i - 1].norm)):
        i -= 1  # (来源: / 吴忠日报: a label cell's value, no crosshead; nor a document's number under its title, (2025年第5号),
        # nor the notice's own title right under the post's headline, …作业公告)
    if i == start:
        return start
    later = any(blocks[j].tag == blocks[start].tag and _crosshead(blocks[j], title) and line_role(blocks[j - 1]) == STORY
                for j in range(start + 1, min(len(blocks), start + CROSSHEAD_SPAN)))
    return i if later else start


def event_bullet(text: str) -> str | None:
    """The bullet ('' for none) of an event's practical line, or None for any other line. A
    time named by something else than the event (展览时间, 市集时间) counts when it spans (~, 至,
    9:00-16:30); a metadata date (发布时间, 公告日期：2023-09-20) does not."""
    match = EVENT_LABEL.match(text)
    if match is None or len(read_fields(text)) > 1:
        return None
    label = match["label"]
    if label.endswith(("时间", "日期")) and not EVENT_NOUN.match(label) and not SPAN.search(text, match.end()):
        return None
    return match["bullet"].strip()


def _event_lines_above(blocks: list[Block], start: int, floor: int) -> int:
    """The story's start moved up over an event's practical lines right above it (时间：… /
    地点：… / 主讲人：…), when they say where: a lone 时间：… line is the page's dateline."""
    i = start
    while i > floor and len(blocks[i - 1].norm) <= MAX_EVENT_LINE and event_bullet(blocks[i - 1].norm) is not None:
        i -= 1
    return i if any(PLACE_LABEL.search(blocks[j].norm) for j in range(i, start)) else start
