"""Each line near a story gets a role: the classifier of the header model (`header`).

A page prints some of these around its story: a breadcrumb, a site clock or login links,
an 引题, the headline, a 副题, a metadata line (发布时间：… 来源：…), a bare dateline, a
byline (本报记者 …), widgets (字号 大 中 小, 打印, 分享到), a photo note. HTML pages and
text captures print the same lines, so one classifier reads both, from the line's own
text (and, for HTML, its tag and link density) through the label grammar of `fields`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import dates
from .blocks import IMAGE_EXTENSIONS, Block
from .fields import BARS, BUTTON_KEYS, DATE_KEYS, FONT_STEPS, Field, GOV_KEYS, LABELS, LEADING_PLACEHOLDER, NEEDS_SEPARATOR, OFFICE_END, TWICE, read_fields

BREADCRUMB = "breadcrumb"
HEADLINE = "headline"      # a line that could be a headline (or an 引题 / 副题)
SUBTITLE = "subtitle"
META = "meta"              # labelled fields: 发布时间：… 来源：…
DATELINE = "dateline"      # a date and little else
BYLINE = "byline"
WIDGET = "widget"
PHOTO_NOTE = "photo_note"
ORIGINAL_TITLE = "original_title"  # （原标题：…）
CHROME = "chrome"          # site clock, login, search, language switch
STORY = "story"
# Roles that may stand between a headline and its story.
HEADER_ROLES = frozenset({SUBTITLE, META, DATELINE, BYLINE, WIDGET, PHOTO_NOTE, ORIGINAL_TITLE, CHROME})

MIN_HEADLINE, MAX_HEADLINE = 4, 100  # (notices' titles run long: 关于印发《…》的通知)
# A headline of three clauses or more is short (…无缘决赛，“变性”选手拿奥运金牌，哈利夫难获网友共情):
# a longer line of them is a sentence (11月22日,在紫阳县向阳镇的田间地头…,整地的、起垄的…)
MAX_CLAUSED_HEADLINE = 40
COMMAS = re.compile(r"[，,]")
LATIN_WORD = re.compile(r"[A-Za-z]+")
QUOTED_PARTS = re.compile(r"“[^“”]*”|《[^《》]*》|「[^「」]*」")
WHOLE_QUOTE = re.compile(r"^[“「][^“”「」]*[”」]$")
ROLE_CACHE = 4096  # lines whose role is remembered (a page asks about a few dozen, often twice)
MAX_META_LINE = 160
MAX_LABEL_ROW = 60
# Labels that stand alone in a table cell, their value in the next cell (来源： | 新华网).
CELL_KEYS = frozenset({"date", "published_date", "written_date", "source", "author", "editor", "publisher", "index_no", "doc_no"})
# A disclosure table's labels, which a cell may print alone without a separator (内容概述, 索引号).
TABLE_LABEL_CELLS = frozenset(label for label, key in LABELS.items() if label not in NEEDS_SEPARATOR and key in (
    *GOV_KEYS, "summary", "subject", "genre", "effective", "expiry", "disclosure")) | {"来源"}  # (来源 / 无锡日报: a cell over its value)
MAX_LABEL_CELL = 8
SCRIPTED_KEYS = frozenset({"keywords", "views"})
BREADCRUMB_START = ("当前位置", "您现在的位置", "现在的位置", "您当前的位置", "您当前位置", "您的位置", "现在位置", "所在位置", "当前的位置", "您目前处于", "您所在的位置", "位置:", "位置：", "首页>", "首页 >", "首页»", "首页 »", "首页→", "首页 →")
BREADCRUMB_SEPARATORS = re.compile(r"\s*(?:>|»|→|＞|›|>>)\s*")
# A site clock prints the weekday; a login bar or a search box its own words.
WEEKDAY = re.compile(r"星期[一二三四五六日天]|周[一二三四五六日]|礼拜[一二三四五六日天]")
CHROME_WORDS = ("登录", "注册", "退出", "搜索", "无障碍浏览", "无障碍阅读", "无障碍", "适老化模式", "适老化", "适老模式", "关怀版", "设为首页", "加入收藏", "繁体", "简体", "繁體", "长者模式",
                "English", "网站导航", "欢迎访问", "欢迎您", "今天是", "移动版", "手机版", "电脑版", "触屏版", "智能问答", "天气",
                "返回首页", "投稿邮箱",  # (投稿邮箱 返回首页 加入收藏关于我们: a site's top bar)
                "检索", "支持IPv6", "支持IPV6", "辅助浏览",  # (站内检索:, 网站支持IPv6 无障碍辅助浏览 长者模式)
                "新媒体矩阵",  # (a site's link to its accounts)
                "导航",  # (内容导航:, 导航: a navigation box's heading)
                "气温", "空气品质指标", "空气质量指数", "AQI")  # (今日气温 / 24 ~ 27 / AQI / 空气品质指标: the weather box)
LINK_CHUNK = re.compile(r"评论|报料|纠错|打印|分享|收藏|投稿")  # a link's words after a dateline's source
MAX_BAR_WORD = 4  # 天气, 时政: a bar's word before the site's name on a dateline
MIN_TOP_BAR_BUTTONS, MAX_TOP_BAR = 3, 160
# 关于我们 网站声明: the site's own links, two or more and nothing else (关于我们村的变化 is a headline)
SITE_LINKS = re.compile(r"^(?:(?:关于我们|关于本站|网站声明|版权声明|隐私声明|法律声明|联系我们|网站地图|网站帮助)[\s|｜丨·/]*){2,}$")
CHROME_LAST_CHARS = frozenset(w[-1] for w in CHROME_WORDS)  # 繁体 登录 注册 closing a line: the site's top bar
# √js3777登录入口: a link to a login, a spam mirror's as much as a portal's (…官网入口, …网页版入口)
ENTRY_LINK = re.compile(r"(?:登录|登陆|注册|官网|网页版|手机版)入口$")
MAX_ENTRY_LINK = 12  # characters: a link, not a headline about one (我市开通企业开办“一网通办”平台登录入口)
OPENS_ENTRY = re.compile(r"开通|上线|启用|推出|新增")
# 大豫讲坛网 学习正当时 焦点图: a banner, then the heading of the slideshow box under it
SLIDESHOW_END = re.compile(r"\s(?:焦点图|焦点图片|幻灯图片|幻灯片)$")
# 招商项目 |2012-11-05: a column's name and the page's date, set apart by a bar
COLUMN_THEN_DATE = re.compile(rf"^[\u4e00-\u9fff]{{2,8}}\s*[{BARS}]\s*(?:19|20)\d\d[-/.年]\d{{1,2}}[-/.月]\d{{1,2}}日?(?:\s+\d{{1,2}}:\d\d(?::\d\d)?)?$")
# A widget's words that no source's name holds (a dateline's slot that holds one is a button's).
BUTTON_WORDS = ("字号", "字体", "大 中 小", "大中小", "小中大", "打印", "关闭", "分享到", "分享", "收藏", "扫一扫", "纠错")
WIDGET_WORDS = ("关闭目录", "展开目录",  # (the buttons that fold a page's table of contents, before 关闭 goes; 目录 alone heads a statute's)
                "打印正文", "字号", "字体", "文字", "返回首页", "大 中 小", "大中小", "小中大", "打印", "关闭", "分享到", "分享", "收藏", "扫一扫", "纠错",
                "默认", "视力保护色", "护眼", "朗读", "听全文", "小 中 大", "T|T", "【", "】", "[", "]", "：", ":",
                "本页", "窗口", "此页", "文章", "微信", "微博", "QQ", "空间", "复制链接", "转发", "返回顶部", "返回",
                "评论", "邮件", "我要评论", "发表评论", "放大", "缩小", "变大", "变小",
                "点击右上角", "选择", "在浏览器中打开", "浏览器打开",  # (WeChat's open-in-browser overlay)
                "网页功能", "列印内容", "友善列印", "列印", "网页", "注音", "另开新视窗", "开新视窗", "开启新视窗",  # (a Taiwan government page's toolbar)
                "小字型", "中字型", "大字型",  # (a Taiwan paper's font buttons, a line each in a capture)
                "语音播报", "语音阅读",  # (a read-aloud button)
                "点击查看", "高清原图", "查看原图", "查看大图",  # (a photo viewer's prompt)
                "新浪", "腾讯", "网易", "搜狐", "人人网", "百度贴吧", "开心网", "豆瓣", "朋友", "好友", "一键", "我要",  # (a share bar's places)
                "取消",  # (我要收藏 / 取消收藏: a button and its undo)
                "详细", "详情",  # (【详细】: a photo story's read-more link)
                "Facebook", "Twitter", "Sina", "Weibo", "WhatsApp", "LINE", "Line", "WeChat", "Plurk", "Email", "Print")
# A toolbar's buttons, whole words: three of them with a few other characters (寄信给编辑) make one.
TOOLBAR_WORDS = ("字号", "字体", "打印", "关闭", "分享", "收藏", "扫一扫", "纠错", "转发", "复制链接", "评论", "邮件", "返回", "朗读",
                 "打赏", "只看楼主", "看楼主", "设置", "回复", "举报")  # (a forum thread's buttons too)
TOOLBAR_LEFTOVER = 6
LETTER_SPACED = re.compile(r"^[\u4e00-\u9fff](?: [\u4e00-\u9fff]){1,3}$")  # 分 享, 评 论, 时 间: a word set out a space a character
SPACED_BUTTONS = frozenset(WIDGET_WORDS + TOOLBAR_WORDS)
# 7月6日电, 12月8日讯: a lead's dateline, a wire's or a paper's (either script)
# (2016年12月10日武汉市武昌区第十五届人民代表大会第一次会议通过): a document's adoption note, the
# text's first line (a capture may break it after the body's name: … 人民代表大会 / 第一次会议通过))
ADOPTION_OPEN = re.compile(r"^[(（]\s*(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日[^()（）]*(?:会议|大会|常务委员会|常委会)[^()（）]*(?:[)）])?$")
ADOPTION_CLOSE = re.compile(r"^[^()（）]{0,30}(?:通过|批准|修订|修正)[)）]$")
LEAD_DAY = re.compile(r"^(?:\d{1,2}月)?\d{1,2}[日号](?:上午|下午|中午|晚上|晚间|傍晚|早上|凌晨|晚)?$")  # 4月25号上午: a sentence's first words
MAX_BROKEN_LEAD = 4  # short lines a lead's first sentence is broken over
WIRE_DAY = r"\d{1,2}月\d{1,2}日"  # 9月4日: the day a wire mark names
ARROWS_DOWN = "↓⬇👇"
PLACE_NAME = r"[\u4e00-\u9fff]{1,5}(?:省|市|州|县|区)"  # 四川省, 象山县: a place by its level
LEAD_DATELINE_MARK = WIRE_DAY + r"(?:电|讯|電|訊)"
# (摄影 and 图文 only as credits: 美摄影师展现城市变幻之美 and 图文直播 are headlines and menus.)
BYLINE_WORDS = re.compile(r"记者(?!会|招待会|节)|通讯员|实习生|本报讯|本网讯|本台讯|讯\s*[(（]|特约\s*(?:记者|通讯员|撰稿|评论员|摄影|作者)|撰稿|摄影\s*[:：/／]|摄影记者|编者按"
                          r"|^\s*文\s*[/／:：]|^\s*图\s*[/／:：]|供图|图\s*文\s*[:：/／]|^\s*报道组(?:\s|[:：])"
                          r"|^\s*(?:文字|图片|摄影|视频)?报道\s*[:：/／]"  # (文字报道:邹正言)
                          rf"|^本报[\u4e00-\u9fff]{{0,8}}{LEAD_DATELINE_MARK}$")  # (本报富阳7月6日电: the lead's dateline on a line of its own)
# 湛江日报社编辑记者到我市开发区采风, 央媒记者走进…: reporters who go or do something, a headline's
# subject; a credit names them and stops (记者 张三 摄, (记者:李四)).
REPORTERS_GO = re.compile(r"(?:记者|通讯员)(?:们|团|采访团|采风团|联谊会|协会|代表团)?(?:一行)?(?:到|赴|走进|走基层|下基层|走一线|蹲点|深入|来到|走访|探访|调研|参观|采风|聚焦|集中采访"
                          r"|来[\u4e00-\u9fff]{1,4}(?:采访|调研|考察|参观|采风|走访))")  # (记者来睢采访: come to a place to report)
CREDIT_MARKS = re.compile(r"[:：/／()（）]|摄$|报道$")
# 图文:通山县南林桥双创(扶贫)产业园加快施工: a photo story's headline after its kind, not a
# credit (图文:张三 names who made it)
PHOTO_STORY_TITLE = re.compile(r"^(?:图文|组图|图片新闻)\s*[:：|｜]\s*(?!.*(?:记者|通讯员))\S{8,}$")  # (图文：融媒体记者张晓明: a credit)
# 山东商报·速豹新闻网 田原: a paper's or a site's name and its reporters' names after it, no
# credit word between: who wrote the story (a line of names after a name is no headline)
MEDIA_CREDIT = re.compile(r"^(?:[\u4e00-\u9fff]{1,12}·[\u4e00-\u9fff·]{2,12}|[\u4e00-\u9fff]{1,12}(?:日报|晚报|早报|商报|都市报|新闻网|客户端|融媒体中心|电视台))"
                          r"\s+[\u4e00-\u9fff]{2,3}(?:[\s、]+[\u4e00-\u9fff]{2,3}){0,3}$")  # (not 织密防护网 保民生: a bare 网 or 报 names no paper)
# ▲台南市警永康分局指出…（圖／記者林悅翻攝）: a caption marked with ▲, or closed by its photo credit,
# or a sentence and who took or gave the photo after it (…命喪火窟。 （消防局提供） 中央社記者…).
CAPTION_LINE = re.compile(r"^[▲△▼]|[(（]\s*(?:图|圖|照片|摄影|攝影)\s*[/／:：][^()（）]{1,30}[)）]$"
                          r"|[(（](?:左起|右起|从左至右|从左到右|前排|后排)[^()（）]{0,8}[)）]|[(（][左右中][一二三四五六七八九]?[)）](?![直级高])"  # 娄勤俭(左起第5位)出席…: who is where in the photo (省市(中)直有关部门: 中央's units; 高(中)级职称, 小学（中）高年级: a grade, no place in a photo)
                          r"|[。！？!?]\s*(?:[\u4e00-\u9fff·]{1,12}[发發])?[(（][^()（）]{1,20}(?:提供|摄|攝)[)）]"  # …命喪火窟。（消防局提供）: who gave the photo (…召开。新华网发(刘艳群 摄): the agency that sent it, then who took it)
                          r"|[(（][^()（）]{1,20}[/／]\s*(?:摄|攝)\s*[)）]$"  # 城郊巫高村(细雨宁化/摄 ): what the photo shows, then who took it
                          r"|^[\u4e00-\u9fff]{2,12}(?:现场|分会场|主会场)\s*[(（]\s*[\u4e00-\u9fff]{2,4}\s+(?:摄|攝)\s*[)）]$")  # 活动现场(周莹 摄): the scene, then its photographer (金秋稻田美如画(王强 摄) is a photo story's headline)
# 张玉刚深入藕团乡调研民族团结进步工作 黄强 摄: what the photo shows, then its photographer a space apart
# (asked after the credits: 记者 张三 摄 is a byline; a sentence with its photographer is a photo story's text)
SPACED_PHOTO_CREDIT = re.compile(r"^[^。！？!?\s][^。！？!?]{6,}?\S\s+[\u4e00-\u9fff]{2,3}(?<!拍)\s*(?:摄|攝)$")  # (…在我县 开机拍摄: a film's shoot, a headline)
# 項目設備已進場。杜得天 攝, …(2月28日摄)。新华社记者 杨文斌 摄, …会堂。草原云·内蒙古新闻网记者 王晓博摄 (a
# platform's name before its paper's): one sentence telling what the photo
# shows, closed, then who took it, a stock photo's tag between (…处置现场。(资料图)丁则尼玛摄) (a photo story's text
# tells more than one sentence before its credit)
CLOSED_PHOTO_CREDIT = re.compile(r"^[^。！？!?\s][^。！？!?]{3,}[。！!]\s*(?:[(（](?:资料图片?|资料照片|供图|配图)[)）]\s*)?(?:[\u4e00-\u9fff]{0,8}(?:·[\u4e00-\u9fff]{2,10})?(?:记者|記者|通讯员|通訊員)\s*)?[\u4e00-\u9fff]{2,4}(?<!拍)\s*[/／]?\s*(?:摄|攝)$")
MAX_CAPTION = 150
PHOTO_NOTE_LINE = re.compile(
    rf"^[(（【\[]?\s*(?:资料图|图片(?!新闻)|图为|图：|图:|图\s*\d{{1,2}}\s*[:：]|照片|摄影|配图|题图|视频(?!\s*[{BARS}])|上图|下图|左图|右图|▲|△)"  # (视频 | …: a video's headline; 图1:… a photo's numbered caption; 【图片新闻】…: a column's tag on a headline)
    r"|^[(（][^()（）]{0,30}(?:图片|资料图|摄|供图|图源)[^()（）]{0,20}[)）]$"
    r"|^\d{1,2}月\d{1,2}日(?:拍摄|航拍)的"  # 8月17日拍摄的临猗黄河大桥建设现场: a news photo's caption
    r"|^[(（][^()（）]{2,40}正在[^()（）]{2,40}[)）]$"  # (我院技术人员正在对电子秤进行检查): what the photo shows, in brackets
    r"|^[(（]在[^()（）]{2,30}(?:调研|考察|参观|视察|检查|指导|慰问|走访)[)）]$"  # (在天水工业博物馆调研): where the photo was taken
    r"|^(?:网站|网页|页面|视频|手机|微信|资料)?截图$"  # 网站截图: a screenshot's label under it
    r"|^[(（]?(?:图文无关|圖文無關|图片与(?:本文|内容)无关)[)）]?$"  # 图文无关: the photo, the site says, has nothing to do with the text
)
ORIGINAL_TITLE_LINE = re.compile(r"^[(（【\[]?\s*原标?题\s*(?:[:：]|[】\]]\s*)")  # (原题:…, as a Traditional mirror prints it too; 【原标题】…)
PLACE_LABEL = re.compile(r"(?:地点|地址|场地)\s*[:：]")  # where an event is, or a scene
SUBTITLE_MARK = re.compile(r"^\s*(?:——|—|──|--|－－|副标题|副题)")
# 强调:以更大决心…, 指出为全力做大九江…: a deck telling what the meeting's speaker said, under the headline that
# reports the meeting: a 副题, never the headline.
REMARKS_DECK = re.compile(r"^(?:指出|强调|要求)(?![的了着过])")
URL_LIKE = re.compile(r"(?:https?://)?(?:[a-z0-9-]+\.)+(?:cn|com|net|org|gov|edu)(?:\.cn)?(?:/\S*)?", re.I)
MAX_SIGNATURE_CHARS = 30  # a line signing a notice (an office's name) is no longer
RELEASED_BY = re.compile(r"^(?P<office>[\u4e00-\u9fff（）()]{4,30}?)\s*发布$")  # 长春水务集团自来水有限公司发布
REPORTED = re.compile(r"报道$")  # ERIK ECKHOLM 报道: who reported it
NAMES_REPORTED = re.compile(r"^[\u4e00-\u9fff]{2,4}(?:\s+[\u4e00-\u9fff]{2,4}){0,3}\s+报道$")  # 李广寅 报道: the reporters' names, a space apart
# 《 人民日报海外版 》( 2022年10月10日   第 12 版): a paper's print edition cited, its date and page.
PRINT_CITATION = re.compile(r"《\s*(?P<paper>[^《》]{2,20}?)\s*》\s*[(（]\s*(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:第\s*)?[A-Z]?\d{1,3}\s*版\s*[)）]")  # (…日 03版)
CREDITED_END = ("报道", "摄", "摄影", "稿")  # (what a line of names crediting the story ends with; asked first, it is cheap)
# 雷哲侠摄, 彭远贺、何华文 摄影报道: who took the photos, under them or under the story.
NAMES_OVER_DATE = re.compile(r"^[\u4e00-\u9fff]{2,4}(?:\s+[\u4e00-\u9fff]{2,4}){0,3}\s*[(（][\d.\-/年月日\s]{6,16}[)）]$")  # 张吉山 尚凡国 (2002.01.01)
NAMES_PHOTOGRAPHED = re.compile(r"^[\u4e00-\u9fff]{2,3}(?:\s*[、,，]\s*[\u4e00-\u9fff]{2,3}|\s+[\u4e00-\u9fff]{2,3}){0,3}\s*(?:摄影报道|摄影|摄)$")
NAMES_SUPPLIED = re.compile(r"^[\u4e00-\u9fff]{2,4}(?:\s*[、,，]\s*[\u4e00-\u9fff]{2,4}|\s+[\u4e00-\u9fff]{2,4}){0,3}\s*供\s*稿$")  # 饶贵秋 供 稿: who sent it in
PHONE_NUMBER = re.compile(r"(?<!\d)0\d{2,3}-\d{7,8}(?!\d)")  # 0351-4281494: a telephone number
PHONE_LABEL = re.compile(rf"[\u4e00-\u9fff]\s*[:：]\s*{PHONE_NUMBER.pattern}")  # 新闻：0351-…, 电话：0551-…
LOCAL_PHONE = re.compile(r"(?:热线|电话)\s*[:：]\s*\d{7,8}(?!\d)")  # 本报热线:87339716: a local number under its label
TIME_ONLY = re.compile(r"\d{1,2}[:：]\d{2}(?:[:：]\d{2})?")
# 2023-02-06 HKT 19:39: a time zone between the date and the time is part of them.
TIME_ZONE = re.compile(r"(?<![A-Za-z])(?:HKT|CST|GMT|UTC|BJT|JST|KST)(?:\s*[+-]\s*\d{1,2}(?::?\d{2})?)?(?![A-Za-z])|北京时间|台北时间")
LEFTOVER = re.compile(r"[\s\-–—/.:：,，|｜丨()（）【】\[\]年月日时分秒号版第期星期]")
HAN_RANGE = "\u3400-\u4dbf\u4e00-\u9fff"
# A text capture prints an image as its alt text in brackets: [logo], [20210720143732003200].
IMAGE_PLACEHOLDER = re.compile(r"^(?:\[[^\[\]]{0,60}\]\s*)+$")
# Share prompts: 用微信扫码二维码, 分享至好友和朋友圈.
SHARE_PROMPT = re.compile(r"扫码|二维码|扫一扫|扫一下|分享至|朋友圈|分享到|分享功能进行分享|使用.{0,8}分享功能|手机看|手机阅读|按赞|点赞关注")  # (即时+好看！按赞加入ETtoday新闻云; 请使用浏览器分享功能进行分享)
MAX_SHARE_PROMPT = 24
SHARE_BAR = re.compile(r"^(?:分享到|分享至|分享)")
# 点击查看政策解读：【音频解读】关于《…》的解读: a link's prompt to click, however long what it names.
CLICK_PROMPT = re.compile(r"^请?(?:点击|轻触|轻点)(?:查看|进入|阅读|下载|这里|此处|了解|收听|观看|可?返回)")  # (轻触这里: a phone page's)
# What a player or the page says to the device: 为了更好的体验,请使用竖屏浏览, 未能播放Youtube视频,
# 语音合成中,请耐心等待...
# 文章后点击更新提醒 (a phone page's: scan it, then press for updates), 点击关注, 点击订阅: a prompt to follow.
DEVICE_PROMPT = re.compile(r"请使用[横竖]屏|未能播放|无法播放|^(?:您的浏览器)?不支持\s*Flash(?:播放器|插件)?[!！。]?$|^请(?:安装|升级)\s*Flash|语音合成中|请耐心等待|加载中[.…]*$|(?:进入|退出)播报模式|点击(?:更新提醒|订阅|关注)$"
                           r"|^您?(?:访问|点击)的链接即将离开"  # (…即将离开“北京市农业农村局”网站是否继续?: an outbound link's prompt)
                           r"|^(?:[^,，]{0,8}(?:手机|读报|看新闻)[^,，]{0,8}[,，])?(?:下载|打开)(?:[\u4e00-\u9fff]{0,6}(?:客户端|APP|App|app)|掌上[\u4e00-\u9fff]{1,6})$")  # (手机读报看新闻,下载掌上达州: the paper's app, 掌上…, its name; not 群众办事不用跑,打开掌上政务)
# 签到天数: 6 天 [LV.2]偶尔看看I, TA的每日心情, 普通会员: a forum poster's card beside the post
# 本帖最后由 新闻主编 于 2010-12-28 21:25 编辑: a forum's note of a post's last edit, its time an edit's, no post's and no headline.
EDIT_NOTE = re.compile(r"^本帖最后由\s*\S.{0,20}?\s*于\s*.{6,24}?\s*编辑$")
FORUM_CARD = re.compile(r"签到天数|\[LV\.\d+\]|TA的每日心情|^(?:普通|高级|中级|初级|注册|正式)会员$")
# 新春快乐, 中秋节快乐, 恭贺新春, 新年好: a site's holiday banner (a story's headline tells what happened).
SEASON_GREETING = re.compile(r"^(?:[\u4e00-\u9fff]{1,5}(?:快乐|吉祥|安康)|恭贺新[春禧年]|新年好|给您拜年了?)[!！]*$")
MAX_DEVICE_PROMPT = 40  # characters: a prompt is a short line, a story that names a player longer
# 提示:可直接点击图片,浏览下一张 更多图片: a photo viewer's prompt over its photos.
PHOTO_VIEWER = re.compile(r"点击图片.{0,8}(?:浏览|查看|下一张)|[浏查]看[上下]一张")
MAX_PHOTO_VIEWER = 40  # characters: the prompt and its 更多图片 link, no more
# 赞 373, 点赞 12, 收藏 5: a button and how many pressed it.
PAGER_BUTTON = re.compile(r"^(?:上一|下一)(?:图集|组图|张|页|条)$|^我?知道了$"  # 下一图集: a gallery's or a pager's button; 我知道了: a popup's
                          r"|^[+＋]?\s*(?:已)?关注$|^确定(?:要)?(?:不再|取消)关注(?:此人|TA|该用户|该账号)?吗?[?？]?$")  # 关注 / 确定不再关注此人吗: an account's follow button and its confirm
# 点击蓝字 关注我们, 提示:点击上方中国额济纳↑关注订阅本刊: an account's prompt over its post.
WECHAT_FOLLOW = re.compile(r"^(?:提示\s*[:：]\s*)?点击(?:上方)?蓝字\s*关注|^(?:提示\s*[:：]\s*)?点击(?:上方|标题下方?)\S{0,16}?[↑⬆]?\s*"
                           r"(?:关注|订阅)+(?:我们|本刊|本号|公众号)?[!！。]*$")
# 添加微信享受优惠, 加微信领取资料: a seller's call under its WeChat number, what adding it brings (a headline reports;
# 我县开通政务微信 names no adding).
ADD_WECHAT = re.compile(r"^(?:长按|扫码)?(?:添加|加)(?:客服|我们的?|小编)?微信(?:号|好友)?\s*[,，]?\s*(?:即可|就可)?(?:免费|享受?|领取?|获取|咨询|送)"  # (加微信就能交水费了: a service's news)
                        r"[\u4e00-\u9fff]{0,8}[!！。]*$")
# 嗨,好久不见!…求关注(点击下方名片关注我),别失联喔!: an account asking to be followed, its card to click.
FOLLOW_ASK = re.compile(r"点击(?:上方|下方|顶部|底部)(?:的)?(?:名片|蓝字|卡片|公众号名片|公众号)?关注(?:我们|我|本号|本公众号)|求关注")
MAX_FOLLOW_ASK = 60
COUNTER = re.compile(r"^(?:点?赞|喜欢|收藏|评论|留言|回复|分享|转发|推荐)\s*[:：]?\s*\d[\d,.]*\s*[万kK]?$")
# 大 小 打印: two font-size buttons, apart or beside other buttons (大小 alone may be a word).
FONT_SIZE_PAIRS = ("大小", "小大")
BUTTON_NAME = re.compile(r"^[\u4e00-\u9fff]{1,6}按钮$")  # 关闭按钮: a button's alt text, where its icon failed to show
# 微信图片_20211125154725.jpg: an image's file name a page prints where the image failed to show,
# spaces and all (做文明茶陵人   建文明茶陵城.jpg: a photo's name is its caption); no sentence's stop.
IMAGE_FILE = re.compile(rf"^\S(?:[^。，；！？]{{0,78}}\S)?\.{IMAGE_EXTENSIONS}$", re.I)
# 1/6W020180710359077615279: a gallery's counter and its photo's name (a TRS upload's W + digits).
GALLERY_COUNTER = re.compile(r"^\d{1,2}\s*/\s*\d{1,2}\s*W\d{12,}$")
# 国产精品午夜…_国产精品禁18…_…: a spam page's keywords run together with underscores.
KEYWORD_RUN = re.compile(r"^(?:[^_\s]{2,20}_){4,}[^_\s]{2,20}$")
# 成人α片免费视频在线观看,无码精品A∨在线观看中文,…: the same keywords parted by commas, told from a
# sentence by what they sell, in most of the parts (a spam mirror's <title> or keywords over a copied story)
DASH_KEYWORDS = re.compile(r"^(?:[^-\s]{2,30}-){2,}[^-\s]{2,30}$")
COMMA_KEYWORDS = re.compile(r"^(?:[^,，|｜。\s]{2,24}[,，|｜]){3,}[^,，|｜。\s]{2,24}$")  # (parted by bars too: 在线免费麻豆av|久久…|…)
KEYWORD_PARTING = re.compile(r"[,，|｜]")
MIN_SELLING_PARTS = 3
SPAM_WORDS = re.compile(r"在线观看|在线播放|免费观看|精品|无码|成人|久久|影院|[aA][vV∨]|国产|亚洲|欧美|日韩|中文字幕|高清|免费视频|午夜|狠狠|夜夜|日日|撸|毛片|黄色?片|一区二区")
# A^+大 A^+中 A^+小: font-size buttons as w3m prints their superscript signs.
FONT_BUTTONS = re.compile(r"^(?:A\^?[+-]?\s*[大中小]\s*){2,3}$"
                          r"|^字体(?:大小)?\s*[:：]?\s*(?:[【\[(（]\s*[大中小]\s*[】\])）]\s*){2,3}$")  # (字体大小:【大】 【中】 【小】)
MAX_SHARE_BAR = 80
MAX_PATH_PART = 8
# Column names end so (新闻中心, 工作动态, 通知公告); a headline this short rarely does.
SECTION_NAME = re.compile(r"(?:新闻|动态|中心|要闻|资讯|公告|通知|信息|首页|专题|栏目|频道|公开|快讯|简讯|政务|详情|正文|内容|列表|文章|概况|头条|聚焦|视点|热点|图片|视频|消息|服务)$")
MAX_SECTION_NAME = 8
MAX_MENU_LINE = 6  # a line this short that names a column is a menu item
# A form's text field (________) or button ([提交], Submit) in a text capture.
FORM_LEFTOVER = re.compile(r"_{4,}|\bSubmit\b|\[(?:提交|搜索|检索|确定|登录)\]")
# 电邮：news@nmgnews.com.cn, 传真：0471-6659744: the site's contact box.
CONTACT_CHROME = re.compile(r"[\w.-]+@[\w-]+\.[\w.]+|电邮\s*[:：]|传真\s*[:：]")
MAX_CONTACT_LINE = 40
ITEM_COLON = re.compile(r"[\u4e00-\u9fff][:：][\u4e00-\u9fff]")  # (no menu item says 山西省:晋疆情深)
MENU_GAP = re.compile(r"[\s|｜丨]+")
FIGURE_APART = re.compile(r"\d\s+(?:亿|万|千万|百万|元|个|项|人|吨|亩|公里|平方米|倍|%)")  # (no menu item opens with a unit)
MIN_MENU_ITEMS, MAX_MENU_ITEM = 4, 8
MIN_NAMED_MENU_ITEMS = 8  # a row this long may end with the site's name, however long
# 您的位置:武隆网 > 时政新闻 > 正文 | 2023-02-28 阅读量:: the path, a bar, the page's date
PATH_THEN_DATE = re.compile(rf"[{BARS}]\s*(?:19|20)\d\d[-/.年]\d{{1,2}}[-/.月]\d{{1,2}}")
# 驻马店广播电视台官方微信, 微信公众号: a channel's account, what a page's foot points to
ACCOUNT_LINE = re.compile(r"^(?P<name>.*?)(?:官方微信|官方微博|微信公众号|公众号|官方抖音|视频号)$")
MAX_ACCOUNT_NAME = 20
# (健康扶贫): a column's tag in round brackets, alone on its line
# (not a credit, （记者张三）, a wire's, （据新华社电）, nor a draft's state, （征求意见稿）, （试行）)
BRACKETED_TAG = re.compile(r"^[(（](?!据)[\u4e00-\u9fff]{2,8}(?<![稿行案])[)）]$")
# 东北网伊春6月29日电 6月28日傍晚,大…: a lead that opens with its dateline, however it was cut
LEAD_OPENING = re.compile(rf"^[\u4e00-\u9fff·]{{2,16}}?{LEAD_DATELINE_MARK}\s*(?:[(（][^()（）]{{0,30}}[)）])?\s*"
                          r"(?!(?:本报|本台)?(?:特约|见习|首席)?(?:记者|通讯员|实习生))[^\s()（）]")  # (新华社北京1月2日电 记者张三: a byline)
# 会议现场, 活动现场, 张伟讲话, 教师代表发言: a photo's caption, the scene or who speaks in it (a headline
# only where a headline stands, on the metadata line)
SCENE_CAPTION = re.compile(r"^[\u4e00-\u9fff]{2,4}现场$|^[\u4e00-\u9fff]{2,6}(?:讲话|发言|致辞)$|^[\u4e00-\u9fff]{1,5}[区县市镇乡旗](?:分会场|主会场)$")  # (卧龙区分会场: a place's venue; 央视春晚拉萨分会场 is a headline)
# ■自治区“两会”报道: a column's tag over its stories, marked with a square
COLUMN_TAG = re.compile(r"^[■□◆◇]\s*\S{2,14}(?:报道|专题|专栏|系列|特刊|聚焦|观察)$")
# 【奋进新征程 建功新时代 …全媒体采访活动】: a line wholly in 【】, a campaign's or a column's banner over the headline
# (a headline's tag opens it and the headline goes on after: 【唤醒春日】上海鼎植…落幕; a story's section heading in 【】
# is told in clauses: 【坚持规划先行，绘就美丽乡村新蓝图】).
BANNER_IN_BRACKETS = re.compile(r"^【[^【】，,、；;]{12,80}】$")  # (【相关文章】, a box's heading, is short)
# <image>data:image/…</image>, ![](…): an image's markup a capture printed for it, no Han word beside it.
IMAGE_MARKUP = re.compile(r"data:image/|<image>|!\[[^\]]*\]\(")
# Gov Information, News Center: a Chinese page's label in Latin words alone, a column's or a site's, no headline.
LATIN_LABEL = re.compile(r"^[A-Za-z]+(?: [A-Za-z]+){0,3}$")
MAX_LATIN_LABEL = 30
# CANGZHOUSHI ZHIYE JISHU JIAOYU ZHONGXIN: an office's name in capital pinyin under its Chinese one, its banner.
CAPITAL_NAME = re.compile(r"^[A-Z]{2,}(?: [A-Z]{2,}){1,9}$")
BARRED_MENU = re.compile(rf"^[\u4e00-\u9fff]{{2,6}}(?:\s*[{BARS}]\s*[\u4e00-\u9fff]{{2,6}}){{2,}}$")
# 国务院要闻 | 湖北要闻 |: a menu laid out as a table, two names a row set apart by bars
# (spaced: 微视频丨秋染大营房, 节日|…, a column's tag glued to a headline, is none)
BARRED_CELLS = re.compile(r"^[\u4e00-\u9fff]{2,6}(?:\s+[|｜]\s+[\u4e00-\u9fff]{2,6})+(?:\s+[|｜])?$")
# 河套融媒 浏览量, 阅读次数: a counter's label, its number left to a script
COUNTER_VERB = "(?:浏览|阅读|点击|访问)"  # what a page's counter of its readers is labelled with
COUNTER_LABEL_END = re.compile(rf"(?:^|\s){COUNTER_VERB}(?:次数|人数|量|数)\s*[:：]?$")  # (not 我市全民阅读量: a word)
MAX_COUNTER_LINE = 20
MAX_POST_LINE = 40  # a post's poster, date and counters (admin 2025-11-13 151人围观 ,发现249个评论)
# 阜阳日报      阅读: a bare counter's label, after a paper's or an office's name only (阅读 ends words)
BARE_COUNTER_END = re.compile(rf"\s{COUNTER_VERB}\s*[:：]?$")
# 新现在的位置:首页 >, 贵州文化网-黔东南频道 | 您的位置:首页 >: a path's label after a site's name or a stray character
PATH_LABEL_AFTER = re.compile(r"^[^。，,：:]{1,30}?(?:当前位置|现在的位置|您的位置|当前的位置|所在位置)\s*[:：]")
PATH_SEPARATOR = re.compile(r"\s*(?:>>?|»|＞＞?|›)\s*|\s+/\s+")  # (not →: 从“制造”→“智造” is a headline; udn / 社會 / 焦點事件: a slash set apart; 人民网>>新疆频道: a doubled sign)
DASH_APART = re.compile(r"\s+[—–－-]{1,2}\s+")  # 新闻速递 — 工作动态: a column under its section, a dash set apart
# A short line without a Han character is a control (T + -, A A A) or a counter (0).
HAN_CHAR = re.compile(f"[{HAN_RANGE}]")
MAX_CONTROL_LINE = 12
OL_NUMBER = re.compile(r"^\d{1,2}\.\s")  # how w3m numbers an <ol>'s items
MAX_DATED_BYLINE_WORDS = 14
MAX_CLOCK_WORDS = 8  # what a clock prints beside its date and weekday (北京时间, 今天是)
MAX_BARE_DATE = 30
SENTENCE_END = ("。", "；", ";", "，", ",", "：", ":")
# 本报讯, 本网讯, 今日竹山网消息, 汕尾日报讯: a paper's or a site's wire mark opening its lead.
WIRE_LEAD = re.compile(r"^(?:本报|本网|本台|[\u4e00-\u9fff]{2,10}(?:日报|晚报|报|网|台|客户端|在线))(?:" + WIRE_DAY + r")?(?:讯|消息)")  # (浙江在线02月26日讯)
WIRE_MARK_ALONE = re.compile(WIRE_LEAD.pattern + r"\s*[:：]?$")  # 德州新闻网讯 on a line of its own: the lead's first words
CLAUSE_MARK = re.compile(r"[。，,；;]")
HAN_FULL_STOP = re.compile(r"[\u4e00-\u9fff”’」]\.$")  # …工作部署会.: a sentence typed with a Latin stop
SENTENCE_MARK = re.compile(r"[，。；、！？,;!?]")
LISTED_FIELD = re.compile(r"\d{1,2}\.\s+(?=\[[^\[\]\s]{2,8}\])")
# [文件来源], [ 索引号 ] (spaced both sides), not a search box's [关键字      ] or [关键字 ] (w3m pads an input after its value)
BRACKETED_WORD = re.compile(r"\[(?:[^\[\]\s]{2,8}|[ \u3000][^\[\]\s]{2,8}[ \u3000]|[ \u3000](?:[\u4e00-\u9fff][ \u3000]){2,6})\]")  # ([ 索 引 号 ]: letter-spaced)
SECTION_ORDINAL = re.compile(r"^([一二三四五六七八九十]{1,3})、")  # 一、项目编号：: a document's numbered section
SUBHEADING = re.compile(r"^(?:\d{1,2}[.、．]|[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十\d]{1,3}[)）])\s*\S")
HEADING_RANK = {"h1": 3, "h2": 2, "h3": 1}
# Dates and sources printed without a label: 2021-01-21 09:05 诸城新闻网.
UNLABELLED_CHUNK = re.compile(r"[\s|｜丨]+")
# What the name of a paper, a site or an office ends with.
NEWS_SITE_END = re.compile(r"(?:网|报|台|客户端|融媒|在线)$")  # (a paper's or a site's name, not an office's)
SOURCE_NAME_END = re.compile(r"(?:报|网|台|社|刊|局|委|办|厅|部|署|中心|政府|新闻|在线|融媒|发布|之声|频道|杂志|客户端|APP|App|公众号|网站|站|本[站网]原创|[\u4e00-\u9fff]{2}\+|[\u4e00-\u9fff]{2}FM)$")  # (东莞+: a city's news app; 本站原创 2016年12月09日: the site's own story; 听堂FM: a station's)
SLOT_BAR = re.compile(rf"\s*[{BARS}]")  # a bar right after the date sets its slots apart
PERSON_NAME = re.compile(rf"[{HAN_RANGE}]{{2,4}}")  # a writer's name, after the office's
SOURCE_LIKE = re.compile(rf"^[{HAN_RANGE}A-Za-z·]{{2,20}}(?:[-－][{HAN_RANGE}A-Za-z·]{{2,20}})?\+?$")  # (华声在线-三湘都市报: a portal and its paper; 东莞+: an app)
# 环球网官方账号, 环球时报官方澎湃号: a paper's account on a platform names the paper.
MAX_ACCOUNT_LINE = 40
ACCOUNT_KIND = "(?:官方)?(?:澎湃号|头条号|企鹅号|网易号|百家号|大风号|搜狐号|账号|帐号)"
ACCOUNT_IN = re.compile(rf"^\S{{2,40}}?{ACCOUNT_KIND}(?=\s|$)")  # the line opens with the account
# 来自北京市: where the poster was, as platforms print the province of the poster's address.
PROVINCES = ("北京|天津|上海|重庆|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|四川|贵州|云南|陕西|"
             "甘肃|青海|台湾|内蒙古|广西|西藏|宁夏|新疆|香港|澳门")
# Jump to the beginning of content, Skip to main content, 跳到主要内容, 跳至搜寻: a link for
# screen readers over the page's top.
SKIP_LINK = re.compile(r"^(?:(?:skip|jump)\s+to\b|跳(?:到|至|过)(?:主要)?(?:内容|搜寻|搜索|导航|正文))", re.I)
# 正在阅读：… over the story: a bar a page keeps at its top while one scrolls, the headline again.
READING_BAR = re.compile(r"^(?:您)?(?:正在阅读|当前阅读)\s*[:：]")
# What a dateline's slot may hold that names no source: the poster's role (2018-07-21 18:00:05
# 管理员), a weekday's label whose day a capture lost (2015年7月13日 星期).
NO_SOURCE_WORDS = frozenset({"管理员", "超级管理员", "系统管理员", "网站管理员", "admin", "星期", "礼拜",
                             "新闻", "资讯", "动态", "要闻"})  # (2020-11-29新闻0: the column's bare word and its counter)
DIGITS = re.compile(r"\d+")  # (a counter's figures, 2020-11-08新闻26)
PORTAL_END = re.compile(r"(?:门户网站|门户网|网站)$")  # (湖南省科学技术厅门户网站: a site's own name)
# 欢迎访问镇沅县人民政府网 百度地图 126邮箱…, 欢迎您访问…官网! 今天是: a site's welcome banner.
WELCOME = re.compile(r"^(?:您好\s*[,，!！]?\s*)?欢迎(?:您)?(?:访问|光临|来到)(?=[^,，。]{2,20}(?:网|网站|门户|平台)[!！。]?$)|^欢迎(?:您)?(?:访问|光临)")  # (您好,欢迎来到甘肃农民网!)
# 大柴旦人民代表大会常务委员会欢迎您!…, 安溪县人民政府欢迎您: the banner, the site's name first (not 冬奥欢迎您！…, a headline)
WELCOMED_BY = re.compile(r"^[^，,。！!]{2,40}?(?:办|社|委|会|局|厅|部|中心|政府|网|站|馆|院|校)欢迎您(?:[!！,，]|$)")
# 村网通总站 肖尔布拉克新村 xiaoerbulake.nync.com 欢迎您!: the site's address, then its welcome, ending the line
ADDRESS_WELCOMES = re.compile(r"(?:[a-z0-9-]+\.)+(?:cn|com|net|org)\s*欢迎您[!！]?$", re.I)
# ".$fun_r['index']."": a template's code its page printed unfilled; …<a href="http://…">…</a>: a link's markup
# printed as text (a page that escaped its own HTML, or a redirect note decoded wrongly).
TEMPLATE_CODE = re.compile(r"\.\$|\$\w+\[|<\?php|\{\{\s*\w|\ba\s+href\s*=\s*[\"']|/a>")  # (its < may be lost to ?)
# 打开网易新闻 查看更多图片: an app's prompt under a story's pictures.
APP_PROMPT = re.compile(r"^打开\S{2,12}\s*(?:查看|阅读|观看)")
# 综合,政务,工作: a catalogue's categories joined by commas, as a program joins a list.
CATEGORY_LIST = re.compile(r"^[\u4e00-\u9fff]{2}(?:,[\u4e00-\u9fff]{2}){2,}$")  # (学党史,悟思想,办实事 is a slogan)
# 收录于专题:幸福园岭, 收录于合集 #…: the collection a WeChat-style post is filed in, not its headline.
COLLECTION_LABEL = re.compile(r"^收录于\s*(?:专题|合集|话题)")
HTTP_ERROR = re.compile(r"^(?:HTTP\s*)?(?:40[0-9]|50[0-9])\s+(?:Not Found|Forbidden|Bad Request|Unauthorized|Internal Server Error|Bad Gateway|Service Unavailable|Gateway Time-?out)$", re.I)
# 【现有新闻评论】, 【打印本页】, [关闭窗口] closing a dateline: its buttons, in brackets.
BRACKETED_WIDGET = re.compile(r"\s*[【\[][^【】\[\]]{0,10}(?:评论|打印|关闭|收藏|字号|纠错)[^【】\[\]]{0,6}[】\]]\s*$"
                              r"|\s*(?:我要)?评论\s*[(（]\s*\d+\s*条?\s*[)）]\s*$")  # (…我要评论(0条): the comment button and its count)
ANONYMOUS_END = re.compile(r"\s*佚名$")  # 锡林郭勒盟农牧业局佚名: the office, then its CMS's word for no author
# 中央社 澎湖县28日电, 新华社北京8月1日电 after a header's date: a wire story's dateline.
WIRE_DATELINE = re.compile(rf"\s*(?P<agency>[{HAN_RANGE}]{{2,8}}?(?:社|网|台))\s*[{HAN_RANGE}]{{0,12}}?(?:\d{{1,2}}月)?\d{{1,2}}日电")
PROVINCE = rf"(?:{PROVINCES})(?:省|市|自治区|壮族自治区|回族自治区|维吾尔自治区|特别行政区)?"
# 发表于四川, IP属地：四川, 来自北京市 closing a dateline: where the poster was (a platform's IP
# location), no date (发表于 is a date label) and no source.
POSTER_PLACE_AFTER = re.compile(rf"\s(?:发表于|发布于|来自|IP属地\s*[:：]?)\s*{PROVINCE}$")
IMAGE_LABEL = re.compile(r"^(?=\S*[_-])\S*(?:[_-](?:logo|LOGO|Logo)[_-]|[_-]\d{2,4}[x×]\d{2,4}$)\S*$")
MAX_IMAGE_LABEL = 80
PLACE_DAY = re.compile(rf"^(?:中国|{PROVINCE}|{PLACE_NAME})\s*·\s*[\u4e00-\u9fff]{{2,6}}\s+(?:(?:19|20)\d{{2}}年)?\d{{1,2}}月\d{{1,2}}日$")
POSTER_PLACE_LINE = re.compile(rf"^(?:来自|IP属地)\s*[:：]?\s*{PROVINCE}$")  # 来自:湖北 on a line of its own, under a post's time
# 楼主回复, 只看楼主, 只看该作者, 倒序看帖: a forum thread's buttons.
FORUM_BUTTON = re.compile(r"^(?:\d\.\s*)?(?:楼主回复|只看楼主|只看该作者|倒序看帖|正序看帖|回复楼主|楼主)$")
ACCOUNT = re.compile(f"{ACCOUNT_KIND}$")
FONT_STEPS_BEFORE = re.compile(rf"^{FONT_STEPS}|^(?:字体大小|字体|字号)\s*[:：]\s*(?=\S)")  # (字体大小: 发布日期: …: a font widget's label, its buttons lost)
# 河北网(www.he-bei.cn): a site's name with its address in brackets, one name, as the labelled slot reads it.
ADDRESS_AFTER = re.compile(r"[(（](?:https?://)?(?:[a-z0-9-]+\.)+[a-z]{2,}/?[)）]", re.I)
TRAILING_WIDGET = re.compile(r"(?:分享到|分享|打印|收藏|评论|字号)+[:：]?$")
# …中国竞彩网分享到 [sina] [tengxun]: the share buttons' icons, as a text capture names them.
ICONS_AFTER = re.compile(r"(?:\s*\[[A-Za-z0-9_.\-]{1,40}\])+\s*$")
# 右江日报 2017-05-19 08:55 大字: the font buttons after the date (大字 中字 小字).
FONT_BUTTONS_AFTER = re.compile(r"(?:\s+[大中小]字){1,3}\s*$")

# 首页 / 武汉动态, 首页 | 新闻报道 | 焦点新闻, 首页 · 新闻中心 · 通知公告: a path that starts
# at the home page, whatever sign separates its steps.
PATH_SIGNS = (">", "»", "＞")  # a path's steps: 首页 > …, or its rest, > 县政府部门信息公开目录
# 网站首页 阅读 详情: the home page and the columns to the story, a word each, apart.
HOME_PAGE = r"(?:网站首页|首页|主页|本站首页)"
HOME_ROW = re.compile(rf"^{HOME_PAGE}(?:\s+[{HAN_RANGE}]{{1,4}}){{1,6}}$"
                      # 首页 海丰 海丰梅陇又查封多家场所: the path's steps a space apart, ending with the story's title
                      rf"|^{HOME_PAGE}(?:\s+[{HAN_RANGE}]{{1,4}}){{1,3}}\s+\S{{5,40}}$"
                      # 首页魅力乡镇 • 正文: the home page, a column and the page's own step, 正文, set apart by bullets
                      rf"|^{HOME_PAGE}[{HAN_RANGE}]{{0,8}}\s*[•·]\s*(?:[{HAN_RANGE}]{{1,8}}\s*[•·]\s*)*正文$")
HOME_PATH = re.compile(rf"^{HOME_PAGE}\s*[/|｜丨·•>»＞›→\\-]")
MAX_HOME_PATH_PART = 12
# …门户网站 门户 城事资讯 东源乡 查看内容: a Discuz! portal's path, its steps a space apart, to the
# article's page it always names 查看内容 (after the site's name, as the capture printed its <title>)
PORTAL_PATH = re.compile(r"(?:^|\s)门户(?:\s+\S{1,12}){0,4}\s+查看内容$")
# 文件已废止, 有效: the validity stamp a disclosure page shows by its headline.
VALIDITY_STAMP = re.compile(r"^(?:该?文件)?(?:已|现已)?(?:废止|失效|过期|作废|有效|现行有效)$")
# 道人社通〔2018〕19号, 川卫函〔2025〕46号: a document number on a line of its own.
# (〔2022〕第5号, 2013年 第10号: a notice's number, its office's short name left to the page's header)
BRACKETS_AROUND = re.compile(r"^[(（]\s*|\s*[)）]$")  # (峨征预公告〔2023〕2号): the number in brackets under its title
DOC_NUMBER = re.compile(r"^(?:[\u4e00-\u9fff]{0,12}\s*[〔\[［(（【]\s*(?:19|20)\d{2}\s*[〕\]］)）】]|(?:19|20)\d{2}\s*年)\s*第?\s*\d{1,5}\s*号$"  # (海关总署公告2024年第10号 is a title)
                        r"|^第\s*[一二三四五六七八九十百零〇两\d]{1,6}\s*号$")  # (第十八号 under …人民代表大会公告: the announcement's number)
# 县疫情防控指挥部第1号: a notice's number after its issuer's short name (in brackets under its title).
ISSUER_NUMBER = re.compile(r"^(?P<issuer>[\u4e00-\u9fff]{2,16}?)第\s*[一二三四五六七八九十百零〇两\d]{1,6}\s*号$")
# 关于开展…的通知 ( 2024-05-11): a list-style headline with its date in brackets after it, a space apart (glued to it,
# …的批复(2011-1-18), …的通告》(2022年9月16日), the date is the document's, part of its title as printed).
DATED_SUFFIX = re.compile(r"\s+[(（]\s*(?:19|20)\d{2}\s*[-./年]\s*\d{1,2}\s*[-./月]\s*\d{1,2}\s*日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*[)）]$"
                          # …在湖州举行2020/3/12: a template's date in figures glued to the headline's last word
                          r"|(?<=[\u4e00-\u9fff”」》])(?:19|20)\d{2}([-/.])\d{1,2}\1\d{1,2}$"
                          # 不负春光添新绿 2024年03月18日: an e-paper's headline and its issue's date, a space apart
                          # (… 2025年08月15日 吴春霖: and its writer; 连夜除雪保畅通 44,541 2024年01月17日: a counter before it)
                          # (东河清淤美化家园 www.zjol.com.cn 2004年10月15日 浙江在线新闻网站: the site's address before it, its name after it)
                          # (青島推出1750億元項目在香港招商 2009-07-12 11:32: and its time)
                          r"|(?:\s+\d{1,3}(?:,\d{3})+)?(?:\s+(?:https?://)?www\.[A-Za-z0-9.-]+)?\s+(?:19|20)\d{2}\s*[-./年]\s*\d{1,2}\s*[-./月]\s*\d{1,2}\s*日?"
                          r"(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?(?:\s+[\u4e00-\u9fff]{2,4}|\s+[\u4e00-\u9fff]{2,12}(?:网站|网|报|台|在线))?$")
# 30-10-2008 - 輕軌第一期…: a news list's date, then a dash, before the headline.
# (2019-07-16 村里資源回收「讚」…: a space alone, a headline's length after it, no source's name)
SPACED_DATE_PREFIX = r"^(?:19|20)\d{2}-[01]\d-[0-3]\d\s+(?=[^\s\d:：]\S{7,})"
DATED_PREFIX = re.compile(r"^(?:[0-3]?\d-[01]?\d-(?:19|20)\d{2}|(?:19|20)\d{2}-[01]?\d-[0-3]?\d)\s+[-–—]\s+|" + SPACED_DATE_PREFIX)
SPACED_DATED = re.compile(SPACED_DATE_PREFIX)
# A line with no word in it: a table's border as a text capture draws it, a rule.
WORDLESS = re.compile(rf"^[^{HAN_RANGE}A-Za-z0-9]*$")
# 飞卡阅读头条福州原创专题图解 H5 福建天下台海…: a capture's menu run together, so long and
# without a mark no headline is.
MIN_RUN_MENU = 60
MAX_SPACED_PHRASES, MIN_SPACED_PHRASE = 4, 8
SECTION_NAMES_IN = re.compile(r"新闻|动态|中心|要闻|公告|通知|专题|专栏|频道|公开|服务|互动")  # a menu's channels, run together
MIN_NAMES_IN_MENU = 3
HEADLINE_MARK = re.compile(r"[，,。、：:；;！!？?“”\"《》（）()【】「」—…|｜]")
TIMED_TEASER = re.compile(r"[\u4e00-\u9fff」”！？)）]\s+\d{1,2}:\d{2}$")
TRAILING_INPUT = re.compile(r"\s*\[[^\[\]]{0,20}\s\]$")  # [相关新闻 ]: w3m draws an input box so
MORE_LINK = re.compile(r"\s*(?:更多|查看更多|more|MORE|More)\s*(?:>>|>|»|＞＞|＞)$")  # 更多>>: a box's link glued after a line
# 2017-03-27 / 09:19:14 来源:信阳新闻网-信阳晚报: the date's time broken onto the next line, the fields after it
TIME_FIRST = re.compile(r"^[0-2]?\d[:：][0-5]\d(?:[:：][0-5]\d)?\s")
DIALOGUE = re.compile(r"^\s*[:：]\s*[“\"「『]")  # 记者：“…”: what the reporter asked
BOX_RUN = re.compile(r"[\u2500-\u257f]{10,}")  # a rule a text capture draws with ━
# An e-paper's buttons: to the next page, issue or story, back to the page. (3 and 4 are the
# arrows ◀ ▶ of the Webdings font a page prints them in: 3上一篇  下一篇4.)
EPAPER_BUTTON = re.compile(r"[<«‹]?\s*(?:(?:3\s?)?上一(?:版|期|篇)|下一(?:版|期|篇)(?:\s?4(?![\d月]))?|前一版|后一版|返回版面|版面导航|版面概览|标题导航|返回目录|展开通版|收缩通版|通版阅读(?:请点击)?[:：]?|【PDF版】|\[PDF版\])\s*[>»›]?")
EPAPER_NAV = re.compile(rf"^(?:{EPAPER_BUTTON.pattern}\s*)+$")
MAX_TOOLBAR = 60  # characters: the buttons, the issue's date and the font buttons on one line
# A paper's imprint (贵州日报报刊社 … 出版 国内统一刊号:CN52-0013 代号65-1) and an issue's serial
# number (A1:清徐*要闻总第2472期 >2013-02-06编印): an e-paper's page header.
# 主办单位:常州市精神文明建设指导委员会办公室: the site's imprint, over its footer (or its top)
# (网站主办单位:崇阳县人民政府 too; 主办:中共重庆市璧山区委 … 丨 运营维护:…; 指导 山西省文明办 / 主办 科学导报社: a space
# its separator when an office's or a paper's name follows)
IMPRINT_OFFICE = r"[\u4e00-\u9fff]{2,20}(?:办|社|委|局|厅|部|中心|政府|集团|公司)"  # the name of an office an imprint names
IMPRINT_LINE = re.compile(rf"^(?:网站)?(?:主办|承办|主管|协办|指导)(?:单位)?(?:\s*[:：]|\s+(?={IMPRINT_OFFICE}$))"
                          # 吕梁市市委宣传部主管 吕梁日报社主办: each office's name, then what it does for the paper
                          rf"|^{IMPRINT_OFFICE}(?:主管|主办)\s+{IMPRINT_OFFICE}(?:主办|承办|出版|出品)$")  # (…县委宣传部主管 …融媒体中心出品)
# 杭州网?千岛湖网 网络支持:杭州网络传媒有限公司: the sites' names, then who runs them, closing the line.
SUPPORT_CREDIT = re.compile(rf"(?:^|\s)(?:技术|网络|运营|运维)支持(?:单位)?\s*[:：]\s*{IMPRINT_OFFICE}$")
# Over the footer, the imprint is a line of 主办单位：… or one of two imprint labels or more (主办：… alone
# there may close an event's story).
IMPRINT_UNIT_LINE = re.compile(r"^(?:网站)?(?:主办|承办|主管|协办)单位\s*[:：]")
IMPRINT_LABEL = re.compile(r"(?:主办|承办|主管|协办|指导|建设|运营维护|运维)(?:单位)?\s*[:：]")
# LOCAL202110211502000126049956584: an identifier a template printed, no word in it
ID_STRING = re.compile(r"^(?=[^\d]*(?:\d[^\d]*){8})[A-Za-z0-9_\-]{16,}$")
IMPRINT = re.compile(r"国内统一(?:连续出版物)?刊?号|邮发代号|(?<![A-Za-z])CN\s?\d{2}\s?-\s?\d{4}"
                     r"|(?:新闻信息服务|新闻信息|视听节目)许可证\s*(?:编号)?\s*[:：]?\s*\d{6,}")  # (互联网新闻信息许可证:61120180013: the site's licence and its number)
ISSUE_SERIAL = re.compile(r"总第\s*\d+\s*期|本期共\s*\d+\s*版|当前第\s*\d+\s*版")  # (…本期共4版, 当前第1版 PDF)
# An e-paper prints its issue date in the page header: 2023年10月10日 星期二 第A03版.
ISSUE_MARK_LINES = 3
ISSUE_MARK = re.compile(r"第\s*[A-Za-z0-9一二三四五六七八九十]+\s*版|当前\s*[:：]?\s*[A-Za-z]?\d+\s*版|当前\s*[:：]\s*[A-Za-z]?\d+\s*(?=[(（](?:19|20)\d\d)|版面|电子报|数字报|第\s*\d+\s*期|(?:当前|本期|今日)报章")
# 当前报章2016年07月29日: the edition a paper's site shows, its issue's date labelled so
# 农村信息报 要闻 A01 2023-04-151 2023年04月15日 星期六: a line closed by a date and its weekday is
# an e-paper's page bar or a site's clock, whatever it prints before them (a headline names no weekday).
WEEKDAY_DATED_END = re.compile(r"(?:日|\d)\s*[(（]?(?:星期|礼拜)[一二三四五六日天][)）]?$")
ISSUE_LABELLED = re.compile(r"^(?:当前|本期|今日)报章\s*[:：]?\s*(?:19|20)\d\d\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$")

def is_keyword_run(text: str) -> bool:
    """A spam page's keywords run together, parted by _ or by commas or bars selling in most parts:
    its <title> or keywords over a copied story, which weighs nothing, commas and all."""
    if KEYWORD_RUN.match(text):
        return True
    if "_" in text and len(parts := text.split("_")) >= MIN_SELLING_PARTS and all(SPAM_WORDS.search(p) for p in parts):
        return True  # 日韩无码视频免费看_亚洲综合色一区二区三区_…: fewer parts, each selling
    if "-" in text and DASH_KEYWORDS.match(text):
        # 国产剧情AV麻豆…-成人精品视频一区二区三区…: two selling words a part at least (精品, 高清 alone are a government's words too:
        # 我市新增3家城市影院-精品放映-高清巨幕)
        return len(SPAM_WORDS.findall(text)) >= 2 * len(text.split("-"))
    parts = KEYWORD_PARTING.split(text) if COMMA_KEYWORDS.match(text) else []
    return sum(1 for part in parts if SPAM_WORDS.search(part)) * 2 > len(parts) > 0

def issue_marked(blocks, at: int) -> bool:
    """Whether a line stands by an e-paper's page mark (第05版, 版面, 电子报: on it or a few lines off),
    as its issue's date does."""
    return any(ISSUE_MARK.search(b.norm) for b in blocks[max(0, at - ISSUE_MARK_LINES) : at + ISSUE_MARK_LINES + 1])


# 《四平日报》(2025年2月14日) 05版: the paper's name, the issue's date and the page
ISSUE_LINE = re.compile(r"^《[^《》]{2,12}》\s*(?:[(（][^()（）]{4,16}[)）])?\s*(?:第\s*)?[A-Z]{0,2}\d{1,3}\s*版(?:\s*[:：].{0,10})?$")
CURRENT_PAGE = re.compile(r"当前\s*[:：]?\s*[A-Za-z]{0,2}\d{1,3}\s*版")  # 当前:4版: the e-paper page shown
EPAPER_PAGE = re.compile(r"^(?:第\s*[A-Za-z]{0,2}\d{1,3}\s*版|[A-Za-z]{0,2}\d{3,5}版|当前版)\s*[:：]")  # (第rb05版: a code in lower case too; a0003版:当街井巷, its letter before the number)  # 第A5版：华商·西安, 第RB01版: 日报01版, 当前版:03版
ISSUE_PAGE = re.compile(r"^第\s*\d{1,6}\s*期\s*[:：]?\s*第\s*[A-Za-z]{0,2}\d{1,3}\s*版")  # 第7870期:第03版 工运纵横: the issue's serial, then the page (with a labelled date, 本期出版日期:…, a metadata line)
EPAPER_MASTHEAD = re.compile(r"(?:^|\s)--\s*(?P<name>[^\s\-]{2,12})\s*--(?:\s|$)")
# 海南海口原创国际国内社会财经体育娱乐数据: a portal's channels run together, as a text capture
# prints a menu whose items are links; it may open with the site's place names.
CHANNEL_WORD = (r"(?:国际|国内|社会|财经|体育|娱乐|科技|教育|健康|旅游|汽车|房产|军事|文化|时政|评论|原创|图片|视频|数据"
                r"|本地|民生|法治|生活|时尚|游戏|读书|历史|直播|要闻|首页|股票|基金|理财|公益|女性|亲子|美食|星座)")
MIN_CHANNELS = 5
CHANNEL_RUN = re.compile(CHANNEL_WORD + f"{{{MIN_CHANNELS},}}$")
CHANNELS = re.compile(CHANNEL_WORD)
# (a name holds no 报 of its own, so the row splits one way only: a lazy name that could take
# 报 in would try every split of a line of 报s, time growing twofold a character)
PAPER_ROW = re.compile(r"(?:[\u4e00-\u62a4\u62a6-\u9fff]{1,5}报\s*){3,}"
                       r"|(?:《[^《》]{2,12}》\s*){3,}")  # (《西藏日报》 《西藏商报》 《西藏法制报》…: a press group's titles)
# 中华人民共和国人民政府陕西省人民政府铜川市人民政府: the governments' sites a portal links to, a row run together
GOVERNMENT_ROW = re.compile(r"(?:[\u4e00-\u9fff]{2,10}?(?:人民政府|政府网)\s*){2,}")
MAX_GOVERNMENT_ROW = 60
FULL_STOPS = re.compile(r"[。！？!?]")
WEB_ADDRESS = re.compile(r"https?://\S+")  # (any address, its query's ? too)
# 热度128票, 浏览40次, 共0条评论: a story's counters; 【我要评论】, 【进入吉安论坛: the comment box's links
COUNTER_ROW_PART = re.compile(r"(?:热度|浏览|阅读|点击|访问|人气|共)\s*[:：]?\s*\d+\s*(?:票|次|人次|人|条评论|条)")
# 发表评论 共有条评论: a comment box's label and its counter, the number left to a script; 本篇文章200字,读完约1分钟: a
# reading-time note a template prints over the story.
COMMENT_BOX = re.compile(r"^(?:(?:发表|我要|查看)评论\s*)?(?:共有?\s*\d*\s*条评论|已有\s*\d*\s*人参与)$")
# 151人围观, 249个评论, 1.2万次浏览: a counter right after a post's date, its number printed (…升旗仪式吸引12万人围观
# after a date is a headline's words).
COUNTED = re.compile(r"\d+(?:\.\d+)?\s*[万千]?\s*(?:人|次|个|条)\s*(?:围观|浏览|阅读|评论|点击)")
# …建设启动http://www.sina.com.cn 2007年06月29日 22:05: an old portal's template runs its address in between the headline and the date.
ADDRESS_BEFORE_DATE = re.compile(r"\s*https?://[A-Za-z0-9.-]+/?\s+(?=(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*\d{1,2}:\d{2})")  # (its hour too)
PRODUCED_BY = re.compile(r"^(?!.*由)[\u4e00-\u9fff·]{2,12}(?:日报|晚报|新媒体|融媒体|全媒体|融媒体中心|客户端|工作室|电视台|新闻网)\s*出品$")  # (…由市电视台出品: a sentence)
PHOTO_WORD = re.compile(r"图|片|照|摄|视频")  # 航拍图 来源:…: a photo's word before a 来源, no writer's name
# 2009年12月2日,全国政协外事委员会…,到我市…: a full date and a comma opening a line, its clauses (MIN_LEAD_COMMAS) a lead's
MIN_LEAD_COMMAS = 2
DATED_LEAD = re.compile(r"^(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*[,，]\s*\S")
MIN_MOJIBAKE_HAN, MOJIBAKE_SHARE = 4, 4  # Han characters read back, and at least a quarter of the line's
# 梅州日报25: a name, its counter's number glued after it.
COUNT_GLUED = re.compile(r"^(?P<name>.*\D)\d{1,7}$")
# 2024-11-01 12:01:13 黄石日报 10695次: the readers' count after the name, its unit 次 printed (a bare number is one too).
TIMES_READ = re.compile(r"^\d{1,9}\s*次$")
# 總共: 1頁, 共3页: a pager's count of the story's pages, its buttons lost (a story is never so short).
PAGE_COUNT = re.compile(r"^(?:总共|共)\s*[:：]?\s*\d+\s*页$")
READING_TIME = re.compile(r"^(?:本篇?文章?)?(?:共|约)?\s*\d+\s*字\s*[,，]?\s*(?:阅读|读完)(?:约|需要?|大约)?\s*\d+\s*分钟$")
LINKED_BRACKET = re.compile(r"[【\[][^【】\[\]]{0,12}(?:评论|论坛|打印|关闭|收藏|分享|推荐|返回)[^【】\[\]]{0,6}(?:[】\]]|$)")
BRACKET_CHARS = re.compile(r"[【】\[\]\s]")
SHARE_TARGET = re.compile(r"(?:分享至|分享到|转发至)\s*[A-Za-z+.\u4e00-\u9fff]{1,12}?(?=\s|$|[,，(（])")
MIN_SHARE_TARGETS = 2
KEYBOARD_HELP = re.compile(r"利用键盘|键盘\s*按住|(?:Ctrl|ALT|Alt)\s*(?:键\s*)?\+")
CLOCK_LABELS = ("今天是", "今天是:", "今天是：", "今天是 :")
EPAPER_RECORD_END = re.compile(r"content_\d+\.html.*/enpproperty")  # (its fields as a capture prints them, up to its end mark)
# The kinds of official document, whose name ends a document's title (…的通知, 征收土地公告).
DOC_KINDS = ("通知", "意见", "决定", "办法", "公告", "通告", "公示", "通报", "批复", "规定", "方案", "报告", "函", "请示", "细则", "规划", "纪要", "要点", "计划")
DOC_KIND_END = re.compile(f"(?:{'|'.join(DOC_KINDS)})$")
# 特此公告, 特此通知 (often without its 。): a notice's closing formula.
CLOSING_FORMULA = re.compile(r"^(?:特此(?:公告|通知|通告|函告|公示|说明|批复|报告|函复)|此复|现予(?:公告|公布))[。！!]?$")
# 征 收 土 地 公 告: a title set out a space a character, as an official document's heading is (a menu's
# items are words a space apart, none of one character).
SPACED_OUT = re.compile(r"\s*[\u4e00-\u9fff](?:\s{1,3}[\u4e00-\u9fff]){2,}\s*$")
WHITESPACE = re.compile(r"\s+")
SPACE_MARKS = " \u3000\t"  # (a title set out has one after its first character, or opens with its indent)
# 公示, 通 知: a notice titled with its kind alone (the two-character exception to MIN_HEADLINE).
# (开栏语, 卷首语: a column's opening note titled with its kind, as a notice is.)
NOTICE_TITLE = re.compile(r"^(?:公\s*示|通\s*知|公\s*告|通\s*告|启\s*事|声\s*明|通\s*报|说\s*明|开\s*栏\s*语|卷\s*首\s*语|开\s*篇\s*语)$")
# 2020-02-28 次浏览: a counter after a date, its number left to a script, is no source.
COUNTER_WORD = re.compile(r"浏览|阅读|点击|访问|人次|评论|人气|热度")  # (2014-04-02 10:39:45  人气:: a popularity counter, its number left to a script)
# | 所在地区: | 江西-上饶-鄱阳县 |: a table's row as a capture draws it, a label's cell closed by its bar, its value in the next
# (a label this grammar need not know; a column's name before a headline has no colon: 全国两会特别策划 | 从瑞金开始…).
LABEL_CELL_IN_ROW = re.compile(r"(?:^|\|)\s*[\u4e00-\u9fff]{2,6}[:：]\s*\|\s*(?P<value>[^|]*?)\s*(?:\||$)")
MAX_ROW_VALUE = 16
# 主题分类招生及录取工作: a disclosure table's label a text capture glued to its value.
GLUED_TABLE_LABEL = re.compile(r"^(?:索引号|主题分类|体裁分类|组配分类|信息分类|发布机构|发文机关|发文字号|成文日期|发布日期|生成日期|公开方式|公开范围|服务对象|有效性)")


# A site's footer, wherever on its line: the story ends above it.
# (Copyright as a word, not inside an address: zscopyright@126.com is a notice's contact line)
# (网站违法和不良信息举报电话:023-…: the hotline every news site's footer prints, its number after it — not
# 畅通违法和不良信息举报渠道, a story's words)
FOOTER = re.compile(r"版权所有|(?<![A-Za-z0-9@._-])Copyright|All ?Rights Reserved|©|ICP备|ICP证|网站标识码|公网安备"
                    r"|违法和不良信息举报(?:电话|邮箱|中心|专区)?\s*[:：]\s*[\d(（A-Za-z]"
                    r"|不良信息举报(?:电话|邮箱)\s*[:：]\s*[^\s:：]{0,12}?[\d(（]", re.IGNORECASE)  # (…:陕工网(029-87339475))
FOOTER_HINT_CHARS = "版©备证码举"
MAX_FOOTER_LINE = 120
PLAIN_BADGE, MAX_BADGE_GAP = "原创", 30  # 原创 2026-01-22 15:41 …: the badge without its ©, a date after it
ORIGINAL_MARK = re.compile(r"©\s*原创")  # ©原创 2026-03-04 16:38: a CMS's byline for its own stories, no copyright footer


def footer_hinted(text: str) -> bool:
    """Whether the line holds a character every footer mark does (版, ©, 备, 证, 码, 举, or Copyright's and
    Rights' ight in any case a page prints them): the cheap question, asked of every line, before FOOTER's."""
    return any(c in text for c in FOOTER_HINT_CHARS) or "ight" in text.lower()  # (CopyrIght, any case)


def footer_mark(text: str) -> re.Match | None:
    """The first of the footer's marks in the line (©原创, a CMS's byline badge, is none)."""
    found = FOOTER.search(text) if footer_hinted(text) else None
    return FOOTER.search(ORIGINAL_MARK.sub("", text)) if found is not None and "原创" in text else found


def without_badge(text: str) -> str:
    """The line without the ©原创 badge it opens with (a CMS's byline for its own stories)."""
    if text.startswith("©"):
        return ORIGINAL_MARK.sub("", text, count=1).strip()
    return text[len(PLAIN_BADGE):].strip() if text.startswith(PLAIN_BADGE) and dates.find_dates(text[:MAX_BADGE_GAP], dates.date.max) else text
# A site's copyright notice, in words: 未经本网书面特别授权，请勿转载, 任何单位不得转载.
COPYRIGHT_NOTICE = re.compile(r"未经.{0,16}(?:授权|许可|同意).{0,40}?(?:转载|复制|镜像|摘编)|(?:禁止|不得|请勿|严禁|谢绝)(?:转载|复制|镜像)")
# The site speaking of itself and of reposting, rights or liability: a disclaimer box's
# statements (凡本网注明“来源：XXX”的作品，均转载自其它媒体…), and asking for tips (向本网爆料，
# 请拨打热线电话…), and its rules for comments (…对留言系统使用者发布的文字…保有…权利, 请使用者在
# 发言前，务必先阅读留言板规则), to the reader's browser (您的IE浏览器版本太低,请升级…), of access to its archive (…已过查询时效。建议您加入…付费会员…) and of
# its pages' accessibility (…本网页符合万维网联盟（W3C）《无障碍网页内容指引》…), not a story's sentences.
SITE_NOTICE = re.compile(r"(?:本网|本站)(?!讯|记者|编辑|通讯员).{0,40}?(?:转载|版权|授权|法律责任|免责)|向本(?:网|站|报)(?:爆料|报料|投稿)"
                         r"|版权归\S{0,6}所有|转载\S{0,4}(?:仅为|目的在于)(?:传播|传递)更多信息"  # (本文版权归原作者所有,转载文章仅为传播更多信息之目的: a reposter's)
                         r"|(?:转载|版权|授权|法律责任|免责).{0,40}?(?:本网|本站)(?!讯|记者|编辑|通讯员)"
                         r"|留言(?:系统|服务)的?(?:使用者|用户)|(?:发言|留言)前.{0,6}(?:阅读|遵守).{0,8}(?:规则|规定|守则)"
                         r"|付费会员|已过查询时效|(?:订阅|登录|注册|开通会员)(?:后|即可)\S{0,4}(?:阅读|查看|浏览)(?:全文|更多)"
                         r"|(?:本站|本网|本单位|本平台|平台|对此)\S{0,6}(?:不承担|不负)\S{0,6}责任"  # (…工程舆情网 对此不承担任何保证责任: the site's, not a court's 依法不承担赔偿责任)
                         r"|无障碍网页|无障碍网站|网页内容指引|万维网联盟|WCAG|浏览器版本(?:太|过)低|(?:获得|达到)最佳(?:浏览|显示|访问)效果"  # (…使用大于1366*768分辨率/IE10.0…浏览器可以获得最佳浏览效果!)
                         r"|浏览器.{0,6}(?:不支援|不支持|未开启|未启用|关闭了?|禁用了?)\s*JavaScript"
                         rf"|{KEYBOARD_HELP.pattern}"  # (请利用键盘按住Ctrl + P开启列印功能: a Taiwan office's help for its buttons)
                         r"|^(?:免责声明|版权声明|特别声明)\s*[:：]")  # 免责声明:…均为转载稿…: the site's, under every story
MAX_NOTICE_LINE = 300
# 请关闭酷6加速器、ppstream加速器等程序,否则影响视频播放; 如您在观看新闻时出现声像不同步,请您刷新浏览器…: the
# video player's note to the viewer, over a story it shows (a story tells of players, not of this one's settings).
PLAYER_NOTE = re.compile(r"^(?:请|如您?|若您?|如果您?)(?![^。]*\d{1,2}[:：时]\d{2})[^。]{0,30}?(?:影响(?:视频)?播放|声像不同步|音画不同步|(?:观看|播放)[^。]{0,20}?(?:刷新|清空|清除)\S{0,6}(?:浏览器|缓存))")
# (not a notice's own words: 请广大用户在登录前清除浏览器缓存…, …将影响节目播放, 如何清除浏览器缓存？)
MAX_PLAYER_NOTE = 60
# 凡本报记者署名文字…, 本站所刊…, 版权声明：…, 未经本网授权…: a line in which the site speaks of its
# rights opens with its subject, or a note's label (国家版权局：未经许可不得转载新闻作品 is a headline, 近日，…未经著作权人许可擅自复制… a story)
SITE_SPEAKING = re.compile(r"^[(（【\[]?(?:凡|本网|本站|本报|本社|本刊|本文)(?!讯|记者|编辑|通讯员|\d{1,2}月)|^[(（【\[]?(?:版权|免责|特别|郑重)(?:声明|说明)"
                           r"|^[(（【\[]?未经(?:本网|本站|本报|本社|本刊)"
                           r"|^(?:注|备注|提示|温馨提示|特别提示)\s*[:：]\s*(?:未经|凡|本网|本站|本报|本文)"
                           r"|^您的(?:\S{0,4})浏览器"  # 注:未经许可不得转载: a note's label before it
                           r"|^[\u4e00-\u9fff]{2,20}(?:网站|门户网站)\s*(?:温馨|特别)?提示\s*[:：]")  # 临汾市人民政府门户网站提示:使用…浏览器…: the site, by name


def site_notice(text: str) -> re.Match | None:
    """Where the site's copyright notice or its statements about itself are in the line."""
    return COPYRIGHT_NOTICE.search(text) or SITE_NOTICE.search(text)


def is_home_path(text: str) -> bool:
    """首页 | 新闻报道 | 焦点新闻: a breadcrumb from the home page."""
    if not HOME_PATH.match(text):
        return False
    parts = [p for p in re.split(r"\s*[/|｜丨·•>»＞›→\\]\s*|\s+-\s+", text) if p.strip()]
    # (首页 · 杂志栏目· 解读· “道德模范”变性背后…: a path may end with the story's headline)
    steps = parts[:-1] if len(parts) >= 3 else parts
    return 2 <= len(parts) <= 8 and all(len(p.strip()) <= MAX_HOME_PATH_PART for p in steps)


# 北京青年报, 中国宁波网, 荔枝新闻客户端: a paper's or a site's name (what an app's <title> holds).
PAPER_NAME = re.compile(r"^[\u4e00-\u9fffA-Za-z]{2,10}(?:日报|晚报|早报|青年报|商报|时报|周报|快报|都市报|新闻网|客户端)"
                        r"(?:\s*(?:数字报纸?|电子版|电子报))?$"
                        r"|^[\u4e00-\u9fff]{2,10}报\s*(?:数字报纸?|电子版|电子报)$")  # (浙江日报 数字报纸, 农村信息报 数字报纸: an e-paper's masthead, whatever the paper is called)
# 广西壮族自治区人民政府门户网站, 岚皋县人民政府门户网站群, 北京市人民政府网: a government's portal by its name.
PORTAL_NAME = re.compile(r"^[\u4e00-\u9fff]{2,20}(?:人民政府|政府|政务服务|政务)(?:门户网站群?|门户网|网站|网)$"  # (湖北政务服务网)
                         r"|^[\u4e00-\u9fff]{2,16}门户网站?$"  # (安庆地区综合门户网站: any portal's banner)
                         r"|^[\u4e00-\u9fff]{2,8}(?:省|市|县|区|州|盟|旗)[\u4e00-\u9fff]{2,12}(?:服务|信息)(?:示范)?平台$")  # (安庆市中小企业公共服务示范平台: a place's platform)
SITE_JOINER = re.compile(r"\s*[·•]\s*")  # 湖南日报·新湖南客户端: a paper and its app
APP_NAME = re.compile(r"^[\u4e00-\u9fff]{2,5}(?:APP|App|app)$")  # 闽政通APP: an app's name as its banner (a headline names more)
# 声明:本文由昌吉州发展改革委供稿: who sent the story in, under it (its source, a credit: no line of the story).
CONTRIBUTED = re.compile(r"^(?:声明\s*[:：]\s*)?本(?:文|稿|信息)由\s*(?P<name>[\u4e00-\u9fff·]{2,20}?)\s*(?:供稿|提供)[。.]?$")
LEAD_TIME_FIRST = "近日连今"  # (the first characters LEAD_THEN_SENTENCE's openings have)
MAX_FORUM_LINE = 12
COLOUR_BUTTON = re.compile(r"^(?:(?:文字|字体|背景)颜色|文字尺寸|字体尺寸)\s*[:：]?$")
LEAD_THEN_SENTENCE = re.compile(r"^(?:近日|日前|近期|连日来|今年以来)[,，][^。]{6,}。\S")
EMPTY_LABEL = re.compile(r"^[\u4e00-\u9fff]{1,4}[:：]$")
POINTS_DOWN = re.compile(rf"(?<=[\u4e00-\u9fff”」)）])\s*[{ARROWS_DOWN}]{{2,}}$|^{WIRE_DAY}.{{6,}}[{ARROWS_DOWN}]$")  # (↓↓↓ alone says nothing)
MIN_POINTING_LEAD = 30  # (注意绕行!明起这些路段实行交通管制↓↓↓, 12月1日起,这些新规将正式施行↓: headlines point too, in fewer words)
NAME_PARTS = re.compile(r"[,，\s]+")
TITLE_PARTS = re.compile(r"\s*[-_|｜–]\s*")
MAX_NAME_PART = 14
MIN_REPEATED_PARTS = 6
TOPIC_NAME = re.compile(rf"^(?:(?:19|20)\d{{2}}年?[\u4e00-\u9fff]{{0,6}}|全国|{PLACE_NAME})两会(?:专题|特别报道|特刊)?$")  # (群众热议两会 reports)
# 修水论坛-修水网旗下论坛: a forum's name, its site's after a dash (a thread's <title> printed as a line names no story).
FORUM_NAME = re.compile(r"^[\u4e00-\u9fffA-Za-z0-9]{2,6}论坛\s*[-_|｜]\s*[\u4e00-\u9fffA-Za-z0-9]{2,12}论坛$")  # (我县举办…论坛 reports one)


def is_site_name(text: str) -> bool:
    """Whether the text is only a paper's, a news site's or a government portal's name: such
    a <title> names no headline, and such a heading (the portal's banner) is none."""
    if FORUM_NAME.match(text) or _names_twice(text):
        return True
    parts = SITE_JOINER.split(text)
    return len(parts) <= 2 and all(PAPER_NAME.match(p) is not None or PORTAL_NAME.match(p) is not None or APP_NAME.match(p) is not None
                                   for p in parts)


def _names_twice(text: str) -> bool:
    """湖南省常德市工商业联合会-常德工商联_常德工商联: a site's <title> of its names alone, its short
    name twice and its full name, which holds the short one's characters in order (a headline
    before a site's name is no full name of it)."""
    parts = [p.strip() for p in TITLE_PARTS.split(text)]
    if len(parts) < 3 or not all(0 < len(p) <= MAX_NAME_PART for p in parts):
        return False
    short = next((p for p in parts if parts.count(p) > 1), None)
    return short is not None and all(p == short or _abbreviates(short, p) for p in parts)


def _abbreviates(short: str, name: str) -> bool:
    """常德工商联 of 湖南省常德市工商业联合会: each character of the short name, in order, in the full one."""
    rest = iter(name)
    return len(short) < len(name) and all(c in rest for c in short)


def _names_repeated(text: str) -> bool:
    """Whether the line is a few names, comma-separated, over and over (a headline says a thing once)."""
    parts = [p for p in NAME_PARTS.split(text) if p]
    return len(parts) >= MIN_REPEATED_PARTS and len(set(parts)) * 2 <= len(parts)


def is_section_name(text: str) -> bool:
    """新闻中心, 工作动态, 正文: a column's name (what a <title> holds when it names only
    the column, and a menu item a text capture prints on a line of its own); 2019年天津两会: a
    special topic's, the sessions it covers and nothing they did."""
    return (len(text) <= MAX_SECTION_NAME and SECTION_NAME.search(text) is not None) or TOPIC_NAME.match(text) is not None


def _spaced_phrases(text: str) -> bool:
    """Whether a long line is a few long phrases a space apart: a headline in parts (…召开调度会 全力以赴保障项目顺利启动
    努力打造协同发展典范工程), not a menu run together (its names are short, or not spaced at all)."""
    parts = text.split()
    return (2 <= len(parts) <= MAX_SPACED_PHRASES and all(len(p) >= MIN_SPACED_PHRASE for p in parts)
            and not text.startswith(("首页", "网站首页")) and len(SECTION_NAMES_IN.findall(text)) < MIN_NAMES_IN_MENU)


def is_doc_number(text: str) -> bool:
    """道人社通〔2018〕19号 on a line of its own, or set in brackets: (峨征预公告〔2023〕2号), (2025年第5号),
    (县疫情防控指挥部第1号), its issuer's short name before it."""
    bare = BRACKETS_AROUND.sub("", text)
    return DOC_NUMBER.match(text) is not None or DOC_NUMBER.match(bare) is not None or (
        bare != text and (numbered := ISSUER_NUMBER.match(bare)) is not None and OFFICE_END.search(numbered["issuer"]) is not None)


def is_menu(text: str) -> bool:
    """信息公开 新闻发布 法律法规 货币政策 …: a row of short names, a menu as a text
    capture prints it (in HTML, link density says the same); three set apart by bars are
    one too (安庆概况 | 安庆论坛 | 跳蚤市场)."""
    if BARRED_MENU.match(text):
        return True
    if BARRED_CELLS.match(text) and any(is_section_name(p.strip()) for p in re.split(rf"[{BARS}]", text) if p.strip()):
        return True  # (大事记 | 县市动态: a column's name among them; 节日|… tags a headline, its part long)
    if text.count(" ") + text.count("|") < MIN_MENU_ITEMS - 1:
        return False  # (the common case, decided without a split)
    if FIGURE_APART.search(text):
        return False  # 去年签约104项 总额37.6 9 亿元: a figure and its unit a space apart, a headline's words
    tokens = MENU_GAP.split(text.strip())
    # (首页 志愿项目 志愿新闻 … 专题聚焦 河北省志愿服务基金会: a long row may hold one long item, the site's name)
    if SENTENCE_MARK.search(text) or len(tokens) < MIN_MENU_ITEMS or any(len(t) > MAX_MENU_ITEM for t in tokens[:-1]):
        return False
    if any(ITEM_COLON.search(t) for t in tokens):
        return False  # 对口援疆 情暖兵团·专访 | 山西省:晋疆情深 万里绘宏图: a place and what it did, a headline's words
    if BYLINE_WORDS.search(text):
        return False  # 四川农村日报讯 邓榆千 特约通讯员 蒋兵 文/图: the story's credit, names a space apart
    return len(tokens[-1]) <= MAX_MENU_ITEM or (len(tokens) >= MIN_NAMED_MENU_ITEMS and "：" not in text and ":" not in text and (
        OFFICE_END.search(tokens[-1]) is not None or is_site_name(tokens[-1])))


def _short_path(text: str) -> bool:
    """评论 > 海外观察: a column path of a few short names; set apart by a dash, when its last is a
    column's name (新闻速递 — 工作动态: a headline's dash joins clauses, not a column)."""
    parts = PATH_SEPARATOR.split(text)
    if 2 <= len(parts) <= 6 and all(0 < len(p) <= MAX_PATH_PART for p in parts):
        return True
    parts = DASH_APART.split(text)
    return 2 <= len(parts) <= 3 and all(0 < len(p) <= MAX_PATH_PART for p in parts) and is_section_name(parts[-1])


def _names_site(text: str) -> bool:
    """Whether the text is a site's or its office's name alone (beside the site's address)."""
    return is_site_name(text) or (SOURCE_LIKE.match(text) is not None and OFFICE_END.search(text) is not None)


def _dated_count(text: str) -> bool:
    """2020-11-08新闻26: the page's date, its column's name and a counter, glued; | 招商动态 |2018-12-16:
    the column's name and the date, a table's cells; admin 2025-11-13 151人围观 ,发现249个评论: a post's
    date among its counters, its poster's name before it."""
    found = dates.find_dates(text, dates.date.max)
    if not found or not found[0].has_year:
        return False
    rest = DIGITS.sub("", _date_free(text)).strip(" |｜")
    return ((found[0].start == 0 and len(rest) <= 2) or (len(found) == 1 and is_section_name(rest))
            or (len(found) == 1 and len(text) <= MAX_POST_LINE and COUNTED.match(text[found[0].end :].lstrip()) is not None
                and FULL_STOPS.search(text) is None))


def _date_free(text: str) -> str:
    """The line without its dates, times, weekdays, domains and punctuation."""
    for found in reversed(dates.find_dates(text, dates.date.max)):
        text = text[: found.start] + text[found.end :]
    text = URL_LIKE.sub("", TIME_ONLY.sub("", WEEKDAY.sub("", text)))
    return LEFTOVER.sub("", text)


def _words_in(text: str, words) -> int:
    return sum(1 for word in words if word in text)


def is_share_row(text: str) -> bool:
    """开新视窗,分享至facebook 开新视窗,分享至twitter …: share buttons, a target each, their
    alt texts run on one line (their commas weigh as a sentence's would)."""
    if text.count("分享") < MIN_SHARE_TARGETS:
        return False  # (most lines, decided at once)
    return len(SHARE_TARGET.findall(text)) >= MIN_SHARE_TARGETS and not HAN_CHAR.search(
        SHARE_TARGET.sub("", text).replace("开新视窗", "").replace("另开新视窗", ""))


def ends_with_buttons(text: str) -> bool:
    """Whether the line ends with MIN_TOP_BAR_BUTTONS of the top bar's buttons in a row (…繁体登录注册)."""
    found = 0
    text = text.rstrip()
    if not text or text[-1] not in CHROME_LAST_CHARS:
        return False  # (most lines, decided at their last character)
    while (word := next((w for w in CHROME_WORDS if text.endswith(w)), None)) is not None:
        text, found = text[: -len(word)].rstrip(" |｜丨/、·•"), found + 1
    return found >= MIN_TOP_BAR_BUTTONS


def _strip_words(text: str, words) -> str:
    for word in words:
        text = text.replace(word, "")
    return re.sub(r"[\s|｜丨/、·•]+", "", text)


def is_dated_weekday(text: str) -> bool:
    """A date with its weekday and little else (2023年10月10日 星期二): a site clock over the
    page, or the story's date when the header prints it under the headline."""
    return _clock_like(text) and bool(dates.find_dates(text, dates.date.max))


def _clock_like(text: str) -> bool:
    return bool(WEEKDAY.search(text)) and len(_date_free(text)) <= MAX_CLOCK_WORDS


def _labelled_row(text: str) -> bool:
    """Whether a line is a table's row as a capture draws it, a label's cell closed by its bar and
    a value in the next (| 所在地区: | 江西-上饶-鄱阳县 |): a value is a few words, no button (字号: | 大 | 中 | 小 |,
    分享到: | 微信 | 微博 |), no number alone and no headline (聚焦两会: | 从瑞金开始 一场跨越95年的民主接力)."""
    cell = LABEL_CELL_IN_ROW.search(text)
    value = cell["value"] if cell else ""
    return (2 <= len(value) <= MAX_ROW_VALUE and " " not in value and HAN_CHAR.search(value) is not None
            and bool(_strip_words(value, WIDGET_WORDS).strip()))


def _led_into_fields(text: str, first: Field, before: str) -> bool:
    """Whether what stands before the header's first field leads into it: the writer's name a space before the
    source (王洪涛 来源:大众新闻; not a photo's word, 航拍图 来源:…, a photo's credit) or the site's address
    (www.taihainet.com 来源: 台海网)."""
    if first.key == "source" and " " in text[: first.start + 1] and PERSON_NAME.fullmatch(before) and not PHOTO_WORD.search(before):
        return True
    return first.start > 2 and URL_LIKE.fullmatch(before) is not None


def _names_credited(text: str) -> bool:
    """李广寅 报道, 雷哲侠摄, 彭远贺、何华文 摄影报道, 饶贵秋 供 稿: names, then what they did for the story."""
    return NAMES_REPORTED.match(text) is not None or NAMES_PHOTOGRAPHED.match(text) is not None or NAMES_SUPPLIED.match(text) is not None


def line_role(block: Block) -> str:
    """The role a line plays when it stands near a headline, from its own text."""
    text = block.text
    if len(text) > 4 and (text[1] in SPACE_MARKS or text[0] in SPACE_MARKS) and SPACED_OUT.match(text) and (
            kind := DOC_KIND_END.search(word := WHITESPACE.sub("", text))) and (
            DOC_KIND_END.search(word[: kind.start()]) is None):  # (通 知 公 告: a column's name, kinds alone)
        return HEADLINE  # 征 收 土 地 公 告: a document's title set out, no column's name (its norm joins it: 征收土地公告)
    norm = (block.norm.lstrip("? ") or block.norm) if block.norm.startswith("??") else block.norm  # (????（责任编辑：李明）: a lost indent before it)
    role = _role(norm, block.tag, block.link_density >= 0.5, block.list_item)
    if role == HEADLINE and _mojibake(text):
        return CHROME  # 鎮ㄥ彲浠ュ幓杩欓噷鐪嬬湅~: 您可以去这里看看~ decoded wrongly, a redirect's note (asked of the line as printed)
    return role


@lru_cache(maxsize=ROLE_CACHE)
def _role(text: str, tag: str, linked: bool, listed: bool) -> str:
    """(Cached: the parser asks about the same lines several times.)"""
    if (text[:1] in "(（" and text[-1] not in ")）" and ADOPTION_OPEN.match(text)) or (text[-1:] in ")）" and ADOPTION_CLOSE.match(text)):
        return STORY  # (2016年12月10日…人民代表大会 / 第一次会议通过): a document's adoption note broken over two lines, no headline
    if EPAPER_RECORD_END.search(text):
        return CHROME  # 2021-12-03 市政府… 2 2 沧州晚报 content_42667.html 1 … /enpproperty-->: the e-paper CMS's hidden record
    if text.endswith(CLOCK_LABELS):
        return CHROME  # 陕西工人报官方网站 | 陕工网首页 今天是: the site's top bar, its clock's date left to a script
    if "分享" in text and is_share_row(text):
        return WIDGET  # 開新視窗,分享至facebook 開新視窗,分享至twitter (開新視窗)分享至噗浪: the share buttons' alt texts
    if "由" in text and CONTRIBUTED.match(text):
        return BYLINE
    if text[:1] in LEAD_TIME_FIRST and LEAD_THEN_SENTENCE.match(text) and not (CLOSED_PHOTO_CREDIT.match(text) or CAPTION_LINE.search(text)):
        return STORY  # 近日,…发布了…榜单。珲春市榜上有名!: the lead's sentences (…为老人义诊。（王强 摄）: a caption)
    if "评论" in text and (button := BRACKETED_WIDGET.search(text)) and button.start() > 0 and dates.find_dates(text[: button.start()], dates.date.max):
        return _role(text[: button.start()].rstrip(), tag, linked, listed)  # 2021-07-23 19:18:21…农牧业局佚名我要评论(0条): a dateline, its button after it
    if len(text) <= MAX_IMAGE_LABEL and " " not in text and IMAGE_LABEL.match(text):
        return CHROME  # 城市_fororder_地方频道-logo-城市-190x54: an image's name, its size or logo in it, where the image failed
    if "·" in text and PLACE_DAY.match(text):
        return DATELINE  # 中国·象山 11月25日: where and when the story was filed, no headline
    if len(text) <= MAX_FORUM_LINE and COLOUR_BUTTON.match(text):
        return WIDGET  # 背景颜色 / 文字尺寸 / 文字颜色: a page's toolbar of reading settings, a button a line
    if len(text) <= MAX_FORUM_LINE and (POSTER_PLACE_LINE.match(text) or FORUM_BUTTON.match(text)):
        return CHROME if POSTER_PLACE_LINE.match(text) else WIDGET  # (来自:湖北: where the poster was, no source; 楼主回复: a button)
    if len(text) >= MIN_POINTING_LEAD and text[-1] in ARROWS_DOWN and POINTS_DOWN.search(text):
        return STORY  # 1月3日…对…名单进行公示↓↓↓: the lead's sentence, pointing at the list under it (a headline points nowhere)
    if "," in text and _names_repeated(text):
        return CHROME  # 人民号首页,人民号缩略图,人民号logo 人民号首页,…: a logo's alt texts, printed for each copy of it
    if KEYBOARD_HELP.search(text):
        return WIDGET  # 请利用键盘按住Ctrl + P开启列印功能, IE6请利用键盘按住ALT键 + V → X →…: how to work the page's buttons
    if EDIT_NOTE.match(text):
        return CHROME  # 本帖最后由 新闻主编 于 2010-12-28 21:25 编辑: the forum's note of the last edit
    if len(text) <= MAX_CONTACT_LINE and FORUM_CARD.search(text):
        return CHROME  # 签到天数: 6 天 [LV.2]偶尔看看I, 普通会员 TA的每日心情 | 开心 2021-3-25 16:41: the poster's card (its mood's time no post's)
    if (ordinal := LISTED_FIELD.match(text)) and read_fields(text[ordinal.end() :]):
        text = text[ordinal.end() :]  # 10. [文件来源] 政府公报…: a numbered list of fields, as a capture prints an <ol>
    if text.startswith("[") and not IMAGE_PLACEHOLDER.match(text) and not (
            BRACKETED_WORD.match(text) and any(f.start == 0 for f in read_fields(text))):
        text = LEADING_PLACEHOLDER.sub("", text)  # [yule] 来源：搜狐娱乐: a logo's alt text, then the line ([发文机构] is a label)
    if bare := without_badge(text):
        text = bare  # ©原创   2022-10-28 14:40   钟祥市融媒体中心 记者 何志琛: the byline after the CMS's badge
    if text.endswith(" ]") and (bare := TRAILING_INPUT.sub("", text)):
        text = bare  # udn / 社会 / 焦点事件[相关新闻 ]: a search box a capture drew after the line
    if (bare := MORE_LINK.sub("", text)) != text and bare:
        text = bare  # 男人穿橡胶衣变女人… 更多>>: a box's link after a line ends no breadcrumb
    if LETTER_SPACED.match(text):
        word = text.replace(" ", "")
        if word in SPACED_BUTTONS:
            return WIDGET  # 分 享, 评 论: a button's name letter-spaced
        if LABELS.get(word) in CELL_KEYS:
            return META  # 时 间: a label's cell letter-spaced, its value a script's or the next line's
    if PRINT_CITATION.search(text):
        return META  # 江 浇 《 人民日报海外版 》( 2022年10月10日 第 12 版): where and when the paper printed it
    if WORDLESS.match(text) or (BOX_RUN.search(text) and len(BOX_RUN.sub("", text)) * 3 < len(text)):
        return CHROME  # (━━━━…ZJOL/1.22.95: a rule drawn across the page, whatever trails it)
    if EPAPER_NAV.match(text) or COMMENT_BOX.match(text) or READING_TIME.match(text) or PAGE_COUNT.match(text):
        return WIDGET  # <上一版, 下一篇>, 上一期 下一期: buttons to the next page, issue or story
    if len(text) <= MAX_TOOLBAR and COUNTER_ROW_PART.search(text) and not HAN_CHAR.search(
            BRACKET_CHARS.sub("", COUNTER_ROW_PART.sub("", LINKED_BRACKET.sub("", text)))):
        return WIDGET  # 热度128票 浏览40次 【共0条评论】【我要评论】【进入吉安论坛: the story's counters and its comment links
    if len(text) <= MAX_TOOLBAR and EPAPER_BUTTON.search(text) and not _strip_words(_date_free(EPAPER_BUTTON.sub(" ", CURRENT_PAGE.sub(" ", text))), WIDGET_WORDS).strip("<>«»‹›()（） "):
        return WIDGET  # 3上一篇 下一篇4 2011年6月15日 放大 缩小 默认: the toolbar, the issue's date in it (当前:4版(2019年12月18日) 上一版 下一版: the page shown too)
    if EPAPER_PAGE.match(text) or ISSUE_LINE.match(text) or (ISSUE_PAGE.match(text) and not read_fields(text)):
        return CHROME  # 第A5版：华商·西安: an e-paper's page name; 《四平日报》(2025年2月14日) 05版, 第7870期:第03版 工运纵横: its issue and page
    if ((channels := CHANNEL_RUN.search(text)) and len(channels[0]) * 3 >= len(text) * 2) or (
            text.startswith("首页") and len(CHANNELS.findall(text)) >= MIN_CHANNELS and not HEADLINE_MARK.search(text) and " " not in text):
        # 海南海口原创国际国内社会财经体育娱乐数据: a portal's channels, a menu run together; so from its first item,
        # the channels among the site's own names (首页莱西青岛国内视频金融房产教育时尚美食…民生媒体理论)
        return CHROME
    if is_keyword_run(text):
        return CHROME  # a spam page's keywords joined by _, its <title> as a capture prints it
    if PAPER_ROW.fullmatch(text):
        return CHROME  # 湖北日报楚天都市报农村新报三峡晚报楚天快报: a press group's papers, a menu run together
    if len(text) <= MAX_GOVERNMENT_ROW and GOVERNMENT_ROW.fullmatch(text):
        return CHROME  # 中华人民共和国人民政府陕西省人民政府铜川市人民政府: the governments' sites, a menu run together
    if len(text) > MAX_META_LINE:
        return STORY
    if (footer := footer_mark(text)) and len(text) <= MAX_FOOTER_LINE and not (
            read_fields(text) or dates.find_dates(text[: footer.start()], dates.date.max)):
        return CHROME  # Copyright © www.selectshandong.com. All Rights Reserved, 山东省人民政府 版权所有: the footer (采收白芍 ©原创 2023-09-06 08:35 作者:… is a metadata line)
    if SITE_SPEAKING.match(text) and (notice := site_notice(text)) and not (
            read_fields(text[: notice.start()]) or dates.find_dates(text[: notice.start()], dates.date.max)):
        return CHROME  # 凡本报记者署名文字…未经授权不得转载: the site's notice (not a metadata line it closes: …来源:活力玉泉 (本文版权所有,…禁止转载))
    if len(text) <= MAX_PLAYER_NOTE and PLAYER_NOTE.match(text):
        return CHROME
    if COLUMN_THEN_DATE.match(text):
        return META
    if (text.startswith(BREADCRUMB_START) or PATH_LABEL_AFTER.match(text)) and (any(f.value and f.key in DATE_KEYS + ("source",) for f in read_fields(text)) or (
            PATH_THEN_DATE.search(text))):
        return META  # 您当前的位置 :中华龙都网 >> 新闻中心 来源:新周口客户端 2018-10-20: the path, then the page's metadata
    if text.startswith(BREADCRUMB_START) or PATH_LABEL_AFTER.match(text) or (text.startswith(PATH_SIGNS) and len(text) < 40 and "。" not in text) or _short_path(text) or is_home_path(text) or HOME_ROW.match(text) or (
        len(text) < 80 and "。" not in text and len([p for p in BREADCRUMB_SEPARATORS.split(text)[1:] if p.strip()]) >= 2
    ) or (text.endswith(PATH_SIGNS) and len(text) < 40) or ("查看内容" in text and PORTAL_PATH.search(text)):
        return BREADCRUMB
    has_date = bool(dates.find_dates(text, dates.date.max))
    if has_date and (_clock_like(text) or ISSUE_LABELLED.match(text) or (WEEKDAY_DATED_END.search(text) and not read_fields(text))):
        return CHROME  # 2023年10月10日 星期二: a site clock (or an e-paper's issue date: 当前报章2016年07月29日)
    if ORIGINAL_TITLE_LINE.match(text):
        return ORIGINAL_TITLE
    if VALIDITY_STAMP.match(text):
        return WIDGET
    if is_doc_number(text) or (GLUED_TABLE_LABEL.match(text) and len(text) <= MAX_LABEL_ROW) or text in TABLE_LABEL_CELLS or (
            len(text) <= MAX_LABEL_ROW and _labelled_row(text)):
        return META  # (内容概述 alone: a disclosure table's label cell, its value empty or on the next line)
    fields = read_fields(text)
    if fields and SECTION_ORDINAL.match(text):
        return STORY  # 一、日期： / 一、项目编号：…: a document's numbered section, not the page's header
    if is_label_row(fields, text) or (fields and fields[0].start == 0 and BRACKETED_WORD.match(text)):
        return META  # 文 号 主题词: a table's row of labels; [废止日期] ----: a listed field, its value empty or not
    if len(fields) == 1 and fields[0].start == 0 and not fields[0].value and fields[0].key in SCRIPTED_KEYS and len(text) <= MAX_LABEL_CELL:
        # 关键词:, 点击: alone: the tags or the count a script fills in, none printed (no cell: the
        # next line is no value of it); a counter's label is the metadata line's last field
        return META if fields[0].key == "views" else WIDGET
    if len(fields) == 1 and fields[0].start <= 2 and not fields[0].value and (
            fields[0].key in CELL_KEYS or fields[0].label in TABLE_LABEL_CELLS) and len(text) <= MAX_LABEL_CELL:
        return META  # 来源： alone: a table cell whose value is the next line
    if len(text) <= MAX_COUNTER_LINE and (COUNTER_LABEL_END.search(text) or _named_before_counter(text)):
        return META  # 河套融媒 浏览量: the site's name and a counter's label, its number left to a script
    if len(fields) == 1 and not fields[0].value and fields[0].key in DATE_KEYS and fields[0].start > 0 and len(text) <= MAX_LABEL_ROW and (
            SOURCE_LIKE.match(text[: fields[0].start].strip())):
        return META  # 浙江在线衢州频道 时间: — a name, then the date's label, its value on the next line
    if fields and fields[0].start == 0 and fields[0].key == "author" and DIALOGUE.match(text[len(fields[0].label):]):
        return STORY  # 记者：“能告诉我们你的年龄吗？”: an interview's question, not a byline
    valued = [f for f in fields if f.value or f.key == "widget" or (has_date and f.key == "source")]  # (2023/2/3 来源:不详…: a dated slot, empty)
    before = text[: fields[0].start].strip() if valued else ""
    if valued and (fields[0].start <= 2 or len(valued) >= 2 or has_date or TIME_FIRST.match(text) or _led_into_fields(text, fields[0], before)) and "。" not in (
            _rights_cut(text) if fields[0].start <= 2 and fields[0].key == "source" else text):
        if any(f.key not in BUTTON_KEYS for f in valued):
            return META
        # 2026-01-08 15:34:22 字号: — the page's date before the buttons: a dateline
        # (2022-03-28 09:01 分宜县融媒体中心  阅读:373: a dateline naming its source, then a counter)
        return DATELINE if has_date and (len(_date_free(before)) <= 3 or _role(before, tag, linked, listed) == DATELINE) else WIDGET
    if dates.has_labelled_date(text):
        return META
    if IMPRINT.search(text) or ISSUE_SERIAL.search(text) or IMPRINT_LINE.match(text) or ID_STRING.match(text) or SUPPORT_CREDIT.search(text):
        return CHROME  # 国内统一刊号:CN52-0013, 总第2472期 (unlabelled): a paper's imprint, an issue's number; 网络支持:…公司
    if has_date and DATED_PREFIX.match(text) and _headline_like(undated(text), tag, linked, listed) and not (
            SPACED_DATED.match(text) and (unlabelled_source(text) or BYLINE_WORDS.search(undated(text)))):
        return HEADLINE  # 30-10-2008 - 輕軌第一期…: a headline with its date before it, as a news list prints it
    if has_date and (len(_date_free(text)) <= 3 or unlabelled_source(text) or _dated_byline(text) or _dated_count(text)):
        return DATELINE
    if len(text) <= MAX_ACCOUNT_LINE and account_named(text):
        return BYLINE  # 环球网官方账号 04月28日06:35: who posted it
    if IMAGE_PLACEHOLDER.match(text) or IMAGE_FILE.match(text) or GALLERY_COUNTER.match(text):
        return PHOTO_NOTE  # (微信图片_20211125154725.jpg: an image's file name where it failed to show)
    if len(text) <= 40 and (not (rest := _strip_words(text, WIDGET_WORDS)) or (rest in FONT_SIZE_PAIRS and rest != text)
                            or (len(_strip_words(rest, TOOLBAR_WORDS)) <= TOOLBAR_LEFTOVER and _words_in(text, TOOLBAR_WORDS) >= 3)):
        return WIDGET  # 打印转发寄信给编辑字号: three widget words and a few others make a toolbar
    if (len(text) <= MAX_SHARE_PROMPT and SHARE_PROMPT.search(text) and not SUBHEADING.match(text)) or (
            len(text) <= MAX_SHARE_BAR and SHARE_BAR.match(text)) or (len(text) <= MAX_CONTROL_LINE and not HAN_CHAR.search(text)):
        return WIDGET  # (1.先扫二维码，关注粤省事公众号: a numbered step tells how, it offers no button)
    if CLICK_PROMPT.match(text) or FONT_BUTTONS.match(text) or COUNTER.match(text) or BUTTON_NAME.match(text) or WECHAT_FOLLOW.match(text) or ADD_WECHAT.match(text) or PAGER_BUTTON.match(text) or (
            len(text) <= MAX_FOLLOW_ASK and FOLLOW_ASK.search(text)) or (
            len(text) <= MAX_PHOTO_VIEWER and PHOTO_VIEWER.search(text)) or (len(text) <= MAX_DEVICE_PROMPT and DEVICE_PROMPT.search(text)):
        return WIDGET
    if "http" in text and (address := ADDRESS_BEFORE_DATE.search(text)) and len(HAN_CHAR.findall(text[: address.start()])) >= MIN_HEADLINE and not FULL_STOPS.search(text):
        return META  # 國內首個環湖城市經濟圈建設啟動http://www.sina.com.cn 2007年06月29日 22:05 CCTV…: headline, portal, date, source
    if ("http" in text or "embed(" in text or "www." in text) and len(URL_LIKE.sub("", text)) < MIN_HEADLINE or (
            "embed(" in text or ("http" in text and not FULL_STOPS.search(WEB_ADDRESS.sub("", text)))):
        return CHROME  # an address or an embedded player's leftover (a sentence that names an address is the story's)
    if PRODUCED_BY.match(text):
        return BYLINE  # 德州日报新媒体出品: the media team that made the piece, its credit
    if len(text) <= MAX_CONTACT_LINE and CONTACT_CHROME.search(text):
        return CHROME  # (a line that is contact details is no headline)
    if ORIGINAL_MARK.fullmatch(text):
        return BYLINE  # ©原创 alone under the headline: the CMS's byline for its own stories
    if SEASON_GREETING.match(text):
        return CHROME  # 新春快乐 over the story: a holiday banner's words
    if FORM_LEFTOVER.search(text):
        return CHROME  # a search box or a login form as a text capture prints it
    if SKIP_LINK.match(text) or READING_BAR.match(text) or COLLECTION_LABEL.match(text) or CATEGORY_LIST.match(text) or (
            WELCOME.match(text) or ("欢迎您" in text and (WELCOMED_BY.match(text) or ADDRESS_WELCOMES.search(text))) or TEMPLATE_CODE.search(text) or (
                URL_LIKE.search(text) and _names_site(URL_LIKE.sub("", text).strip()))):
        return CHROME  # (铁岭市银州区人民政府 www.tlyz.gov.cn: the site's name and its address)
    if (len(text) <= MAX_ACCOUNT_NAME and (account := ACCOUNT_LINE.match(text)) and not SENTENCE_MARK.search(text) and (
            not account["name"] or SOURCE_NAME_END.search(account["name"]))) or COLUMN_TAG.match(text) or BANNER_IN_BRACKETS.match(text) or (
            len(text) <= MAX_LATIN_LABEL and LATIN_LABEL.match(text)) or CAPITAL_NAME.match(text) or (IMAGE_MARKUP.search(text) and not HAN_CHAR.search(text)) or (
            BRACKETED_TAG.match(text) and not PHOTO_NOTE_LINE.search(text) and not BYLINE_WORDS.search(text)):
        return CHROME  # a channel's account, a column's tag
    if LEAD_OPENING.match(text) or CLOSING_FORMULA.match(text):
        return STORY  # the lead's first words, its dateline before them; a notice's closing formula (特此通告), its last
    if APP_PROMPT.match(text):
        return WIDGET
    if HTTP_ERROR.match(text):
        return CHROME  # 404 Not Found: a frame or an include the server could not give
    if is_menu(text) or (len(text) <= MAX_MENU_LINE and is_section_name(text) and tag not in HEADING_RANK and not NOTICE_TITLE.match(text)) or (
            tag == "line" and len(text) >= MIN_RUN_MENU and not HEADLINE_MARK.search(text) and not _spaced_phrases(text)):
        return CHROME  # (a heading keeps its chance: a page may have nothing better)
    if (ENTRY_LINK.search(text) and len(text) <= MAX_ENTRY_LINK and tag not in HEADING_RANK and not OPENS_ENTRY.search(text)) or SLIDESHOW_END.search(text):
        return CHROME
    if SITE_LINKS.match(text) or (len(text) <= 30 and any(w in text for w in CHROME_WORDS) and len(_strip_words(text, CHROME_WORDS)) <= 6) or (
            len(text) <= MAX_TOP_BAR and ends_with_buttons(text)):
        return CHROME  # (武汉市数据开放平台智能问答繁体登录注册, …天气预报 空气质量… 设为首页 加入收藏 搜索: the site's top bar, ending with its buttons)
    if (PHOTO_NOTE_LINE.search(text) and len(text) <= 60) or (len(text) <= MAX_CAPTION and CAPTION_LINE.search(text)):
        return PHOTO_NOTE
    if len(text) <= 50 and (BYLINE_WORDS.search(QUOTED_PARTS.sub("", text)) or MEDIA_CREDIT.match(text) or (text.endswith(CREDITED_END) and _names_credited(text))
                            ) and "。" not in text and not PHOTO_STORY_TITLE.match(text) and not (
            REPORTERS_GO.search(text) and not CREDIT_MARKS.search(text)):
        return BYLINE  # (湛江日报社编辑记者到我市开发区采风: a headline whose reporters go somewhere names no one; nor
        # does one quoting a campaign's name: 台组织“记者走基层岁末大行动”)
    if len(text) <= MAX_SIGNATURE_CHARS + 2 and (released := RELEASED_BY.match(text)) and OFFICE_END.search(released["office"]) and SOURCE_LIKE.match(released["office"]):
        return BYLINE  # 长春水务集团自来水有限公司发布: who released what follows, over it (成都发布, a city's account, names no office)
    if len(text) <= MAX_CAPTION and (SPACED_PHOTO_CREDIT.match(text) or CLOSED_PHOTO_CREDIT.match(text)):
        return PHOTO_NOTE  # 张玉刚深入藕团乡调研民族团结进步工作 黄强 摄: what a photo shows, and who took it
    if (masthead := EPAPER_MASTHEAD.fullmatch(text.strip())) and SOURCE_NAME_END.search(masthead["name"]):
        return META  # 日期:[2017年08月03日] / -- 菏泽日报 -- / 版次:[A1]: an e-paper's header, its paper's name a line of its own
    if (SUBTITLE_MARK.match(text) or (REMARKS_DECK.match(text) and not FULL_STOPS.search(text))) and len(text) <= MAX_HEADLINE + 4:
        return SUBTITLE
    if TIMED_TEASER.search(text) and not has_date:
        return STORY  # 萬聖節「驚悚扮裝車」！嚇壞路上司機 00:30: a latest-news list's item and its time
    if PLACE_LABEL.match(text):
        return STORY  # 地点:运河路、秀水城南 under 时间:7日12时40分: a scene of the story, where it was
    if DATED_LEAD.match(text) and len(COMMAS.findall(text)) >= MIN_LEAD_COMMAS:
        return STORY  # 2009年12月2日,全国政协外事委员会…一行14人,到我市就“跨境: a sentence's day and its clauses, a lead or a caption
        # (2025年9月3日，纪念…大会隆重举行: a headline's day, one comma)
    if _headline_like(undated(text), tag, linked, listed) or NOTICE_TITLE.match(text):
        return HEADLINE
    return STORY


@lru_cache(maxsize=ROLE_CACHE)
def _mojibake(text: str) -> bool:
    """Whether the line is UTF-8 text a page decoded as GBK (鎮ㄥ彲浠ュ幓杩欓噷鐪嬬湅~): encoded back, its bytes read as
    UTF-8 give Chinese words, as a Chinese line's own bytes almost never do (a template's leftover, the page's own decoded right)."""
    try:
        raw = text.encode("gbk")
    except UnicodeEncodeError:
        return False
    read = raw.decode("utf-8", errors="replace")
    han = len(HAN_CHAR.findall(read))
    # (落實村級清潔工作…: a Traditional line's bytes give a few Han characters by chance, amid many broken sequences)
    return han >= MIN_MOJIBAKE_HAN and han * MOJIBAKE_SHARE >= len(HAN_CHAR.findall(text)) and read.count("\ufffd") * 2 <= han


def _name_each_side(text: str, found_dates, chunks: list[str]) -> bool:
    """Whether the line is a name, its dates, a name: nothing else before or after them."""
    before, after = text[: found_dates[0].start], text[found_dates[-1].end :]
    if not (before[-1:].isspace() and after[:1].isspace()):
        return False  # 会议于2023年10月10日召开: a sentence, not a dateline
    return before.strip(" ()（）【】[]:：,，-") == chunks[0] and after.strip(" ()（）【】[]:：,，-").endswith(chunks[1]) and all(
        SOURCE_LIKE.match(c) for c in chunks) and SOURCE_NAME_END.search(chunks[1]) is not None


def account_named(text: str) -> str | None:
    """The paper a line opening with its platform account names (环球网官方账号 04月28日06:35
    -> 环球网; 环球时报环球时报官方澎湃号, the logo's text and the name, -> 环球时报), or None."""
    if not (found := ACCOUNT_IN.search(text)):
        return None
    name = TWICE.sub(r"\1", ACCOUNT.sub("", found.group(0)).strip())
    return name if SOURCE_LIKE.match(name) else None


def is_label_row(fields, text: str) -> bool:
    """索取号 发布时间 发布机构 文件编号: a table's row of labels, its values on the next row."""
    if len(fields) < 2 or SENTENCE_MARK.search(text):
        return False
    if all(f.key in BUTTON_KEYS for f in fields):
        return False  # 【打印】 【字体: 】 浏览次数:: buttons and a counter, no table's labels
    empty = sum(1 for f in fields if not f.value)
    # (备注 after the last label reads as its value: a short word, no number, is a label too)
    return empty >= 2 and all(not f.value or (len(f.value) <= 4 and not any(c.isdigit() for c in f.value)) for f in fields)


def undated(text: str) -> str:
    """The headline without the date some templates print after it (in brackets, or a space
    apart) or before it (30-10-2008 - …)."""
    return DATED_PREFIX.sub("", DATED_SUFFIX.sub("", text)) if dates.DATE_HINT.search(text) else text


SIGNED_AT = re.compile(r"于[\u4e00-\u9fff]{1,4}")


def is_bare_date(text: str) -> bool:
    """二〇一八年四月十九日, 2023年10月10日: a date and nothing else (a notice's closing date;
    a comment's time comes with a name)."""
    return len(text) <= MAX_BARE_DATE and bool(dates.find_dates(text, dates.date.max)) and (
        len(rest := _date_free(text)) <= 1 or SIGNED_AT.fullmatch(rest.strip()) is not None)  # (2021年10月27日于济南: where it was signed)


def _dated_byline(text: str) -> bool:
    """李光斗 2015-07-03 11:31:09 0人参与评论, 金融經濟 19:05 2020/02/28 (the time before the
    date), ERIK ECKHOLM 报道 2012年08月02日: a dated line with a time or a reporter and a few
    words, no sentence."""
    found = dates.find_dates(text, dates.date.max)
    if NAMES_OVER_DATE.match(text):
        return any(d.has_year for d in found)  # 张吉山 尚凡国 (2002.01.01): the writers and the day, a paper's database prints
    return (any(d.has_year and (d.has_time or TIME_ONLY.search(text) or REPORTED.search(_date_free(text))) for d in found) and len(_date_free(text)) <= MAX_DATED_BYLINE_WORDS
            and not SENTENCE_MARK.search(text.replace(",", "").replace("、", "")))  # (钟知谕、袁维骏: names, no clauses)


def is_headline_like(block: Block) -> bool:
    return _headline_like(block.norm, block.tag, block.link_density >= 0.5, block.list_item)


RIGHTS_NOTE = re.compile(r"[,，;；。]\s*(?:版权归|版权所有|著作权归|如有侵权|侵权请|转载请注明)")  # (…,侵权案件数量同比下降: a story's words)


def _rights_cut(text: str) -> str:
    """The line without the note on rights closing it (来源:安庆公安交警微发布,版权归原作者所有,如有侵权请及时联系我们。:
    a metadata line, its full stop the note's)."""
    return text[: note.start()] if "权" in text and (note := RIGHTS_NOTE.search(text)) else text


def _headline_like(text: str, tag: str, linked: bool, listed: bool) -> bool:
    return (
        MIN_HEADLINE <= len(text) <= MAX_HEADLINE
        and (not linked or tag in HEADING_RANK)  # a blog's headline links to itself
        and text.count("。") <= 1
        and not text.endswith(SENTENCE_END + ("、",)) and not HAN_FULL_STOP.search(text)  # (…服务中心大楼、: a list the next line goes on with)
        and not (WIRE_LEAD.match(text) and (CLAUSE_MARK.search(text) or WIRE_MARK_ALONE.match(text)))  # (今日竹山网消息 7月23日,我县召开…: the lead, its wire mark first; 德州新闻网讯 alone over it)
        and not (tag not in HEADING_RANK and _lead_sentence(text))  # (a lead's sentence, not split in paragraphs)
        and not (PHONE_NUMBER.search(text) and (len(PHONE_NUMBER.findall(text)) > 1 or PHONE_LABEL.search(text)))  # 新闻：0351-4281494 广告：…: a paper's numbers
        and not LOCAL_PHONE.search(text)  # (…出版 刊号:(渝)2019526 本报热线:87339716: a paper's imprint)
        # (小区清洁安全谁保障? 0551-2620110为民解忧: one hotline, no label, is the headline's)
        and (not listed or tag == "li")  # an HTML template may put its headline in a list item; a
        and not (tag == "line" and OL_NUMBER.match(text))  # text capture's bulleted lines are menus,
    )                                    # and its numbered ones (1. 主頁 2. 治安 3. …) a list's items

def _lead_sentence(text: str) -> bool:
    """Whether a line is a sentence of three clauses or more, too long for a headline of
    them (commas inside 《》 or quotes are a title's or a quote's)."""
    # (a quote that is the whole line is a speaker's sentences opening the story: “各位代表,现在对…进行票决,…”)
    whole = WHOLE_QUOTE.match(text) is not None
    if whole and COMMAS.search(text) and (text[:-1].endswith("…") or (text[:-1].endswith("。") and (
            len(text) > MAX_CLAUSED_HEADLINE or len(COMMAS.findall(text)) >= 2))):
        return True  # “我们是宽城区司法局…的工作人员,本周是第八个宪法宣传周……”: a speaker's words broken off, the story's opening
        # (or closed by their full stop: “…深圳市报送项目265个,涉及投资金额5240.4亿元。”)
    own = QUOTED_PARTS.sub("", text) if not whole else text
    return len(LATIN_WORD.sub("", text)) > MAX_CLAUSED_HEADLINE and len(COMMAS.findall(own)) >= 2  # (an English headline's words are long)


def _named_before_counter(text: str) -> bool:
    """阜阳日报 阅读: a paper's name, then a bare counter's label (我市全民阅读 is a phrase)."""
    name = text[: counter.start()].strip() if (counter := BARE_COUNTER_END.search(text)) else ""
    return bool(name) and bool(SOURCE_LIKE.match(name)) and SOURCE_NAME_END.search(name) is not None


AT_BEFORE_DATE = re.compile(r"\s*@\s*(?=(?:19|20)\d\d[-/.年])")


def unlabelled_source(text: str) -> str | None:
    """A source printed in a dateline without a label: the name after the line's opening
    date (2021-01-21 09:05 诸城新闻网), or before its closing date when it names a paper, a
    site or an office (大众日报 2023年10月10日: a person's name there is the author's). The
    poster's place closing the line (来自北京市, 发表于四川) is neither."""
    text = BRACKETED_WIDGET.sub("", POSTER_PLACE_AFTER.sub("", FONT_BUTTONS_AFTER.sub("", ICONS_AFTER.sub("", text)))).rstrip()
    text = ANONYMOUS_END.sub("", text)
    text = FONT_STEPS_BEFORE.sub("", without_badge(text)).strip()  # A-A+2013年9月18日08:09…: the font buttons before the date (and ©原创, a CMS's badge)
    text = AT_BEFORE_DATE.sub(" ", text)  # 西西新闻 @2023-05-05: the site's name "at" its day, as a feed prints it
    if "http" in text and (address := ADDRESS_BEFORE_DATE.search(text)):
        text = text[address.end() :]  # 國內首個…啟動http://www.sina.com.cn 2007年06月29日 22:05 CCTV…: the headline and the portal's address
    if citation := PRINT_CITATION.search(text):
        return citation["paper"]  # 《 人民日报海外版 》( 2022年10月10日 第 12 版): the paper that printed it
    if (masthead := EPAPER_MASTHEAD.search(text)) and SOURCE_NAME_END.search(masthead["name"]) and (
            dates.find_dates(text, dates.date.max) or EPAPER_MASTHEAD.fullmatch(text)):
        return masthead["name"]  # 日期:[2016年11月03日] -- 华商报 -- 版次:[A5]: an e-paper's header names its paper (on its own line too)
    if len(text) <= MAX_COUNTER_LINE and (counter := COUNTER_LABEL_END.search(text) or BARE_COUNTER_END.search(text)):
        name = text[: counter.start()].strip()  # 河套融媒 浏览量: the site's name before its counter
        if name.startswith(PLAIN_BADGE):
            name = name[len(PLAIN_BADGE) :].strip()  # 原创 山西日报客户端 浏览量: the CMS's badge for its own stories, then the name
        return name if SOURCE_LIKE.match(name) and SOURCE_NAME_END.search(name) else None
    fields = read_fields(text)
    if len(fields) == 1 and fields[0].start == 0 and fields[0].key in ("date", "published_date") and fields[0].value:
        # 时间： 2008-04-24 09:29:37 雅安日报: the date's label, the date, then a paper's name (发布日期: … 东莞政法网)
        name = unlabelled_source(fields[0].value)
        return name if name and SOURCE_NAME_END.search(ADDRESS_AFTER.sub("", name)) else None
    if fields and fields[0].start > 0 and fields[0].key in DATE_KEYS and fields[0].value and not any(
            f.key == "source" and not f.value for f in fields):
        # 湖南省农业农村厅  时间: 2023-12-13 09:44: an office's name in the slot before the date's label
        # (九寨沟县人民检察院  发布时间:2019-07-01  来源:: the line's own source slot, printed empty, names none; the name is its author's)
        name = text[: fields[0].start].strip()
        return name if SOURCE_LIKE.match(name) and (SOURCE_NAME_END.search(name) or OFFICE_END.search(name) or PORTAL_END.search(name)) else None
    found_dates = dates.find_dates(text, dates.date.max)
    if fields and found_dates and not text[: found_dates[0].start].strip() and fields[0].key not in DATE_KEYS + ("source",) and (
            found_dates[0].end < fields[0].start):
        return unlabelled_source(text[: fields[0].start])  # 2019-03-20 09:38 人民网 编辑:王鹭: the name between the date and the first label
    if fields or not found_dates or not (found_dates[0].has_year or found_dates[0].has_time):
        return None  # (05-22 08:06 大冶市融媒体中心: a day and its time, the year left out, date a dateline too)
    if (wire := WIRE_DATELINE.match(text, found_dates[0].end)) and not text[: found_dates[0].start].strip():
        return wire["agency"]  # 2018-02-28 14:31中央社 澎湖县28日电: the agency whose wire it is
    opens = not URL_LIKE.sub("", text[: found_dates[0].start]).strip()
    closes = not DIGITS.sub("", TIME_ONLY.sub("", WEEKDAY.sub("", text[found_dates[-1].end :]))).strip()  # (封面新闻 2020-03-26 17:03 33252: a counter after it)
    rest = text
    for found in reversed(found_dates):
        rest = rest[: found.start] + " " + rest[found.end :]
    rest = URL_LIKE.sub(" ", TIME_ZONE.sub(" ", TIME_ONLY.sub(" ", WEEKDAY.sub(" ", rest))))
    chunks = [c for c in (c.strip("()（）【】[]:：,，-《》/") for c in UNLABELLED_CHUNK.split(rest) if not EMPTY_LABEL.match(c))
              if c and not c.isdigit() and not TIMES_READ.match(c)]  # (2013-03-12 发表:: a label left empty names no one)
    if (byline := next((i for i, c in enumerate(chunks) if i and BYLINE_WORDS.match(c)), None)) is not None:
        chunks = chunks[:byline]  # 2019-05-05 09:00 | 浙江新闻客户端 | 记者 王世琪: the source, then the byline
    if len(chunks) == 2 and not opens and not closes and _name_each_side(text, found_dates, chunks):
        chunks, opens = chunks[1:], True  # 青岛新闻网 2009-02-22 14:13:03 中新网: the site's name, the date, the source
    elif not (opens or closes):
        return None  # the date stands inside: a sentence that holds one
    if opens and len(chunks) > 1 and SLOT_BAR.match(text, found_dates[0].end) and SOURCE_NAME_END.search(chunks[0]):
        chunks = chunks[:1]  # 2020-07-27 16:50 |浙江新闻客户端 |…定海站 沈诗桥…: the first slot after the date
    if opens and len(chunks) > 1 and SOURCE_NAME_END.search(chunks[0]) and all(LINK_CHUNK.search(c) for c in chunks[1:]):
        chunks = chunks[:1]  # 2010-10-28 10:46:37 济南时报 现有新闻评论 新闻报料: the paper, then the page's links
    elif opens and len(chunks) == 2 and SOURCE_NAME_END.search(chunks[0]) and (PERSON_NAME.fullmatch(chunks[1]) or (
            NEWS_SITE_END.search(chunks[0]) and OFFICE_END.search(chunks[1]))):
        chunks = chunks[:1]  # 2022-03-14 14:56 二程镇人民政府 谭盛华: the office, then who wrote it (2023-03-31 15:27 娄底新闻网
        # 娄底市自然资源和规划局: the site that printed it, then the office whose document it is)
    elif opens and len(chunks) > 1 and SOURCE_NAME_END.search(chunks[-1]) and all(PERSON_NAME.fullmatch(c) for c in chunks[:-1]):
        chunks = chunks[-1:]  # 2021-09-05 沈华眉 王振党 龙港市融媒体中心: who wrote it, then the office
    elif closes and not opens and len(chunks) > 1 and SOURCE_NAME_END.search(chunks[-1]) and all(len(c) <= MAX_BAR_WORD for c in chunks[:-1]):
        chunks = chunks[-1:]  # 天气 时政 安徽财经网 2017-06-11: a bar's words, the site's name, the date
    if len(chunks) != 1:
        return None
    chunk = TRAILING_WIDGET.sub("", chunks[0])  # 中国竞彩网分享到: the share buttons after it
    if (counted := COUNT_GLUED.match(chunk)) and opens and SOURCE_NAME_END.search(counted["name"]):
        chunk = counted["name"]  # 2014-10-10 梅州日报25: the paper, then its readers' count glued on
    if COUNTER_WORD.search(chunk) or chunk in NO_SOURCE_WORDS:
        return None  # 2020-02-28 次浏览: a counter, its number left to a script; 管理员, 星期: who posted it, a weekday's stub
    if not opens and not SOURCE_NAME_END.search(chunk):
        return None
    if _name_like(chunk) and not any(w in chunk for w in BUTTON_WORDS + CHROME_WORDS) and not BYLINE_WORDS.search(chunk):
        at = text.find(chunk)
        address = ADDRESS_AFTER.match(text, at + len(chunk)) if at >= 0 else None
        return chunk + address.group() if address else chunk
    return None


def _name_like(chunk: str) -> bool:
    """A source's name, or a paper and its platform joined by a slash (青岛日报社/观海新闻)."""
    parts = chunk.split("/")
    return len(parts) <= 2 and all(SOURCE_LIKE.match(p) for p in parts)
