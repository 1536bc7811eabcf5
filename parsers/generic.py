"""The generic extractor: any Chinese news page no site template claims.

Headline from the CMS's ArticleTitle meta, a heading that <title> repeats, the line above
a labelled date, or <title> minus the site's suffix. Body by text density: the run of
blocks with the most story text, where a block earns weight for sentence text and loses
it for links, list items and short lines; the story stops at the usual end markers.
"""

from __future__ import annotations

import re
from itertools import pairwise

from . import dates, fields, header, normalize, roles
from .blocks import Block, Page
from .challenge import without_prompts
from .roles import (BREADCRUMB_SEPARATORS, CLOSING_FORMULA, BYLINE_WORDS, DOC_NUMBER, EPAPER_BUTTON, FOOTER, IMAGE_FILE, IMPRINT_LABEL, IMPRINT_LINE, IMPRINT_UNIT_LINE, ISSUE_LABELLED, ISSUE_MARK, ISSUE_MARK_LINES,
                    MAX_FOOTER_LINE, MAX_NOTICE_LINE, MAX_SIGNATURE_CHARS, SECTION_ORDINAL, footer_hinted, footer_mark, site_notice)
from .extract import STORY_END_MARKERS, Extract, story_end

NAME = "generic"

# --- Headline -------------------------------------------------------------------------
SOCIAL_TITLE_KEYS = ("og:title", "twitter:title")
HEADING_TAGS = ("h1", "h2", "h3")
# 标题_站名, 标题 | 站名, 标题-栏目-站名; a hyphen inside Latin words (COVID-19) is no separator.
TITLE_SEPARATORS = re.compile(r"\s*(?:_|\||｜|--|—+|–|\s-\s|(?<=[\u4e00-\u9fff）」》”])[-－](?=[\u4e00-\u9fffA-Za-z（「《“]))\s*")
MIN_TITLE, MAX_TITLE = 4, 80
SPACES = header.SPACE_RUN
# What a site's name ends with, when a <title> leaves it after the headline with a space.
SITE_NAME_END = re.compile(r"(?:办事处|政府|委员会|管委会|网|网站|门户|门户网站|日报|晚报|新闻|在线|集团|公司|中心|局|厅)$")

# --- Header ---------------------------------------------------------------------------
MAX_LISTED_TABLE, MIN_LISTED_ROWS = 8, 3  # a disclosure table printed as a list: three of its rows at least over the headline
ABOVE_TITLE_LINES = 3  # a metadata line may stand this close above the headline instead
SHORT_KICKER = 6  # 钦工镇 over the headline: a place's name for its 引题, no other story's title
MAX_TABLE_ABOVE = 16  # lines of a disclosure list right above the headline
TRAILER_LINES = 2  # metadata lines right under the story (来源：…) count with the header's
MAX_TRAILER_LINES = 8  # and so many more while they go on
LISTED_FIELD = re.compile(r"^[\u4e00-\u9fff]{2,6}\s*[:：]\s*\S{1,20}$")  # 市府分類: 宣導活動, a bulleted field
TRAILER_DATE_LINES = 8  # a labelled publish date may stand under the attachments
EXPLAINER_HEADING = "相关链接"  # a marker that may head a paper's box of background to the story
EXPLAINER_LINES = 3
MIN_EXPLAINER = 30
MAX_BOX_UNDER = 12  # lines of link boxes (相关链接：…) passed over on the way down to the story's 来源 line
MAX_HEADLINE_LINES = 3  # a headline broken over this many lines is joined when the page names it whole
# 图片新闻, 【图片新闻】: the title an e-paper gives a photo story, when it gives no other.
PHOTO_STORY_LABEL = re.compile(r"^[【\[]?\s*(?:图片新闻|图片报道)\s*[】\]]?$")
PHOTO_LABEL_REACH = 3  # lines over the story: the label, and the metadata under it (文章字数:111)
MIN_SUMMARY_LINE = 20  # a summary's line printed again under the header is a sentence, not a word
NUMBERED_CAPTION = re.compile(r"^(?:图\s*\d{1,2}\s*[:：]|\d{1,2}\s+(?=[\u4e00-\u9fff]))")  # 图1:…, or 1 三联公司工人在…: a page's photos' captions
MIN_CAPTIONS = 2
# …当地莲农在莲田里采摘莲蓬。新华网 王中庆 摄: a photo's caption, a sentence and its photographer's credit
CREDITED_CAPTION = re.compile(r"[。！]\s*(?:[\u4e00-\u9fff]{2,8}\s+)?(?:记者\s*)?[\u4e00-\u9fff·]{2,4}(?:[\s、]+[\u4e00-\u9fff·]{2,4}){0,2}\s*摄$")
MAX_CAPTION_CHARS = 100
RELEASE_HOUR = re.compile(r"^(?:香港|澳门)?时间\s*(?P<h>\d{1,2})\s*时\s*(?P<m>\d{1,2})\s*分$")  # 香港時間16時51分
HAN_WORD, HAN_NAME = re.compile(r"[\u4e00-\u9fff]+"), re.compile(r"[\u4e00-\u9fff]{2,3}")  # an office's name, a writer's
NAMED_OFFICE_END = re.compile(r"(?:中心|委员会|委|政府|办公室|局|办|管委会|办事处)$")
MIN_OFFICE_CHARS = 3  # 党政办 (网站 is a link's first word: 网站纠错)
SECTION_NUMBER = re.compile(r"^(?:(?P<n>\d{1,2})\s*[.、．](?!\d)|(?P<han>[一二三四五六七八九十])\s*、)\s*\S")  # 2.指标进度红黑榜, 二、… (not 3.06 亿元)
HAN_NUMERALS = "一二三四五六七八九十"
CITATION_REACH = 6  # lines under the story where a citation block (来源:… / 标题:… / 地址:…) stands
MAX_SECTION_LINE = 200
TITLE_LABEL_HINTS = tuple(label for label, key in fields.LABELS.items() if key == "title") + ("名 称", "标 题")  # (名 称: a label spaced out)
HEADER_LINES_ABOVE = 12  # where a disclosure table above the headline may print the document's name
HEADER_SPAN = 4  # without a headline, metadata lines count within this many blocks of the story
MIN_HEADLINE_IN_PATH = 8  # a crumb, a column's name, is shorter (陕西新闻, 本市要闻)

# Closing lines after the dense run (see closing_end).
MAX_CLOSING_LINES = 6
MAX_NOTICE_TAIL = 20  # lines from the story's end the density found down to a notice's signature
MAX_CLOSING_CHARS = 60
MAX_SECTION_HEADING = 12  # 七、联系方式: a section's heading, a few words
CLOSING_PUNCTUATION = ("。", "！", "!", "？", "?", "…")
# 贾安琪/编译, 王骁/文: who wrote, translated or photographed it, closing the story.
CLOSING_CREDIT = re.compile(r"^[\u4e00-\u9fff·]{2,12}\s*[/／]\s*(?:编译|编辑|整理|撰稿|摄影|摄|供图|文|图)$")
# 本文转载自亲友会PFLAG微信公众号: where the story was reposted from, on its last line
REPOST_CREDIT = re.compile(r"^(?:本文|此文|本稿)?(?:转载|转)自\S{2,30}$")
# …再作出处罚决定。(王骁缪仁义): a sentence's end, then the credit in brackets (a capture
# wrapped the sentence, so the credit shares a line with its last words)
CREDIT_AFTER_SENTENCE = re.compile(r"[。！？!?]\s*[（(][^()（）]{2,20}[)）]$")
# ■据北京晨报, 据《京华时报》, （据新华社电）: a reprint's credit, alone or after the last sentence; a portal's note
# of what it reposted, 本文由昆明信息港机器人小明转载自"昆明富民发布", the name in quotes.
REPRINT_CREDIT = re.compile(r"(?:^|(?<=[。！？!?”」\s]))[■□●◆▲\s]*[(（]?(?:本文(?:由[^，,。“”\"\s]{1,20}?)?)?(?:据|转载自|转载于|摘自|选自)\s*"
                            r"(?:《(?P<marked>[^《》]{2,12})》|[“\"](?P<quoted>[^“”\"]{2,12})[”\"]|(?P<plain>[\u4e00-\u9fffA-Za-z·]{2,12}?))"
                            r"\s*(?:报道|消息|电)?(?:\s+(?:作者|记者|文|图|通讯员)(?:\s+[\u4e00-\u9fff·]{2,4}){1,4})?\s*[)）]?$")  # ((选自 …英山频道 作者 王江 丁凤莲): its writers after it)
# Where a story came from, told under it in the site's words: its repost statement (转载声明:本文转载自「泰州交警」,搜索…即可关注),
# the credit it asks of whoever reposts it (转载请注明出处:陆良县融媒体中心; not a web address, 转载请注明出处:http://…), or the
# papers and platforms whose original it is (湛江日报、湛江云媒客户端原创, over 未经授权不得转载).
REPOST_STATEMENT = re.compile(r"^转载声明\s*[:：]\s*本文(?:转载|转)自\s*(?:微信)?(?:公众号)?\s*"
                              r"(?:[「“\"《](?P<quoted>[^」”\"》]{2,20})[」”\"》]|(?P<plain>[^，,。\s]{2,20}?))(?:[，,。\s]|$)")
CREDIT_ASKED = re.compile(r"^转载请注明(?:出处|来源)\s*[:：]\s*(?P<name>[^\s:：/]{2,20})$")
ORIGINALS = re.compile(r"^(?:本文|此文)?(?:系|为)?(?P<name>[\u4e00-\u9fff]{2,12}(?:、[\u4e00-\u9fff]{2,12}){0,2})\s*原创$")
UNNAMED = frozenset({"网络", "互联网", "网上", "网友", "本站", "本网", "本报", "本台", "本平台", "本公众号"})  # (转载自网络: no one named)
MIN_REPEATED_LINES, MIN_REPEATED_PARAGRAPH = 2, 20  # (a story printed again whole after itself: two lines at least, one a paragraph)
MAX_REPOST_LABEL = 6  # characters: 【本文转载自 is the longest
REPOST_LABEL = re.compile(r"^[【\[]?\s*(?:本文)?转(?:载)?自")  # 本文转自:, 转载自: a repost's credit
# 今年以来, 截至目前, 据统计: the opening words of a closing sentence a phone page breaks into short lines.
CLOSE_OPENING = re.compile(r"^(?:今年以来|年初以来|截至目前|截至\S{2,8}(?:底|末)|据统计|据了解|目前)[,，]?$")
MIN_BROKEN_CLOSE, MAX_BROKEN_CLOSE, MAX_BROKEN_PART = 3, 10, 24
# 年2月9日: a day whose year's figures a copy lost (自年2月10日 in its text too).
YEAR_LOST = re.compile(r"年\s*(?:1[0-2]|0?[1-9])\s*月\s*(?:3[01]|[12]\d|0?[1-9])\s*日")
# OO五年十二月十三日: a closing date in Chinese numerals whose year lost its first figures (二OO五), zeros typed as O.
CN_YEAR_CUT = re.compile(rf"[{dates.CN_DIGITS}○Ｏ0O０]{{2,3}}\s*年\s*{dates.CN_NUMBER}\s*月\s*{dates.CN_NUMBER}\s*日")
ISSUING_UNITS = ("发布单位", "公布单位", "发布课室", "发布科室")  # (a news item's, or the office section's that posted it: 發布課室:民政課;
# 发布机构, 发文机关 name a disclosed document's issuer)
# …打好坚实基础。(来源:石家庄高新发布), …实地考察。【来源:楚雄日报 作者:贺荟蓉】: the 来源 in
# brackets closing the story's last paragraph (any label `fields` reads as 来源: 文章来源, 稿件来源…)
CLOSING_SOURCE = re.compile(r"[(（【\[]\s*(?P<fields>[^()（）【】\[\]:：]{1,6}[:：][^()（）【】\[\]]{2,40})[)）】\]]\s*$"
                            # (…集中整治。 来源:通道融媒 编辑:redcloud: a one-line capture's fields after the last sentence;
                            # …项目做大。来源:青海日报 作者:王志远 |: glued to it, a table's bar after them)
                            # …优美 (袁灿) 来源:咸宁日报: or after the closing credit's bracket)
                            r"|(?:[。！？!?]|[)）]\s)\s*(?P<after>(?:来源|稿源|信息来源|文章来源)\s*[:：][^。！？|｜]{2,40}?)[\s|｜]*$")
# 南方日报见习记者杨可杨立轩, 通讯员 骆游 陈琦 交汇点记者 徐明泽, 通讯员杨叶、王雨婷 摄: the
# paper's reporters and correspondents credited on the story's last line, names and nothing else
# (before the first credit word only a paper's or a platform's name: 全市通讯员培训会召开 is a headline)
# (周口广电融媒体记者 杨宇, 岳阳广电全媒体记者 李亚麟: a station's; 全媒体记者 田茜), its opening bracket lost with the line above)
REPORTER_CREDIT = re.compile(r"^(?:[\u4e00-\u9fff·]{0,12}?(?:报|网|台|社|刊|站|中心|新闻|在线|客户端|融媒体|融媒|广电(?=全媒体|融媒体)|点))?(?:见习|特约|首席|全媒体)?(?:记者|通讯员)"
                             r"[\u4e00-\u9fff·、\s]{2,30}[)）]?$")
MAX_CREDIT_LINE = 40
# 運輸署署長李頌恩 (运输署署长李颂恩): a notice signed by its office's head, title and name, no date.
OFFICIAL_SIGNS = re.compile(r"^[\u4e00-\u9fff]{2,12}?(?:署长|局长|处长|厅长|主任|部长|司长|关长)[\u4e00-\u9fff·]{2,4}$")
# The headline, the page's date and time, then the story, run into one line by a capture.
MAX_LEAD_MARK = 16  # a lead's 讯 (青海新闻网·大美青海客户端讯) stands within its first characters
RUN_IN_STAMP = r"(?P<date>(?:19|20)\d\d-\d{1,2}-\d{1,2}\s+\d{1,2}:\d\d(?::\d\d)?)"  # 2022-08-02 09:34, as a dateline prints it
TIMESTAMP_RUN_IN = re.compile(rf"^{RUN_IN_STAMP}\s*(?P<rest>[\u4e00-\u9fff].{{20,}})$")
LABELLED_RUN_IN = re.compile(rf"^(?P<fields>.{{0,80}}?(?:发布时间|发布日期|时间|日期)\s*[:：]\s*{RUN_IN_STAMP})\s*(?P<rest>[\u4e00-\u9fff].{{20,}})$")
# 乐都:大棚花开早 春意满枝头 第2版:省内要闻 2025年02月24日 2月21日,…: an e-paper's headline, its
# page and issue's date, then the story, run into one line
EPAPER_RUN_IN = re.compile(r"^(?P<head>[^。！？，,；;]{4,60}?)\s+第\s*[A-Z]{0,2}\d{1,3}\s*版\s*[:：]\s*\S{2,10}\s+"
                           r"(?P<date>(?:19|20)\d\d年\d{1,2}月\d{1,2}日)\s+(?P<rest>\S.{40,})$")
# (a source's name may stand between the date and the story: …加速跑” 2024-09-03 19:25 福州新闻 【摘要】…;
# the date's label glued to the headline: …开展巡河工作发表时间:2023-06-09 15:39 6月8日下午,…)
MIN_GLUED_DATE_LABEL = 4  # (发表时间, 发布日期: a shorter one, 时间, ends words a headline may end with)
GLUED_DATE_LABELS = "|".join(sorted((label for label, key in fields.LABELS.items() if key in ("date", "published_date") and len(label) >= MIN_GLUED_DATE_LABEL),
                                    key=len, reverse=True))
HEADER_RUN_IN = re.compile(rf"^(?P<head>[^。！？，,；;]{{8,60}}?)(?:\s+|\s*(?:{GLUED_DATE_LABELS})\s*[:：]\s*){RUN_IN_STAMP}\s+"
                           rf"(?:(?P<source>[\u4e00-\u9fff]{{2,12}})\s+)?(?P<rest>\S.{{40,}})$")
LABELLED_DAY = re.compile(rf"(?:{GLUED_DATE_LABELS})\s*[:：]\s*(?:19|20)\d\d[-/年.]\d{{1,2}}[-/月.]\d{{1,2}}")
MIN_RUN_IN_STORY = 20
# 泉州市丰泽区人民政府关于发布森林禁火令的通告 根据《森林防火条例》…: a document's title, a space, then its text, one
# line (its issuer and 关于 name it a document's, no sentence's subject)
# (or its issuer a line above it: 玉田县人民政府 / 关于在高考期间禁止噪声干扰的通告 2023年高考在即,…)
DOCUMENT_HEAD = r"(?:[^\s，,。；;：:]{2,30})?关于[^\s，,。；;：:]{2,60}的"  # a document's title up to its kind: its issuer, 关于, the matter
# 内蒙古自治区推动重大项目建设跑出高质量发展“加速度” 内蒙古自治区于3月31日在…召开了…: a headline, a space, then a lead
# that opens with the headline's own first words, its subject (a mirror running the page's lines together).
SUBJECT_RUN_IN = re.compile(r"^(?P<head>[^\s，。,；;！!？?：:]{10,60})\s+(?P<rest>[^\s].{40,})$")
SUBJECT_CHARS = 4
# 【迎战强台风“摩羯” 海南文昌决定实施“五停一关”】9月4日讯,…: the headline in 【】 opening the lead, its dateline after it.
BRACKETED_TITLE_RUN_IN = re.compile(r"^【(?P<head>[^【】]{8,60})】\s*(?P<rest>\d{1,2}月\d{1,2}日(?:电|讯)\s*[,，]?\s*\S.{40,})$")
# 关于暂时取消东源乡赶集活动的通告各位父老乡亲、商户: 鉴于…: a document's title run into the greeting its text opens with.
SALUTED_DOCUMENT_RUN_IN = re.compile(rf"^(?P<head>{DOCUMENT_HEAD}(?:通告|通知|公告|公示|决定|倡议书|意见))"
                                     r"(?P<rest>(?:各位|各|全体|广大|尊敬的)[^\s，,。；;：:]{1,20}[:：]\s*\S.{40,})$")
DOCUMENT_RUN_IN = re.compile(rf"^(?P<head>{DOCUMENT_HEAD}(?:通告|通知|公告|公示|决定|批复|通报|意见))\s+(?P<rest>\S.{{40,}})$")
# (临沂日报), (中国宁波网), (据《陕西日报》): a paper's, a site's or a station's name alone in brackets
# (转自人民网, 原载光明日报: a reprint's verb before the name; 工作简报, 每日播报: a column's; 国家电网: a company)
BRACKETED_PAPER = re.compile(r"[(（]\s*(?:据|转自|摘自|原载|选自|来自|综合)?\s*《?(?P<name>[\u4e00-\u9fff·]{2,16}(?:日报|晚报|早报|时报|商报|周报|导报|都市报|(?<!电)网|电视台|新华社|在线|融媒体中心|客户端)|(?![请勿不])[\u4e00-\u9fff·]{3,12}(?<![通简情汇预公海喜捷电申举上填呈])报)》?\s*[)）]")  # (中国建设报, 农民报: a paper by any name; (请勿重复申报) none)
# …每个海内外温商都会尽自己一份力。(温州都市报): the same credit closing the story's last paragraph, after its stop.
CLOSING_PAPER = re.compile(r"(?<=[。！？!?”」])\s*" + BRACKETED_PAPER.pattern + r"$")
REPOSTED_FROM = re.compile(r"转载于|转载自|转自|来自")
# 公 告 因萍乡城市防洪工程…需要,为确保…: a notice's kind spaced out, its only heading, then its text, one line
SPACED_KIND_RUN_IN = re.compile(r"^(?P<head>公\s+告|通\s+告|通\s+知|公\s+示|启\s+事)\s+(?P<rest>(?!\S\s)\S.{40,})$")  # (公 示 期 间…: a line spaced out whole)
# 汝阳县文化馆开展…活动 发布日期:2020-01-09 1.08k次浏览 1月9日,县文联…: the headline, its labelled
# date (a day with or without its time), perhaps the page's counter, then the story
RUN_IN_COUNTER = (r"(?:[\d.]+[kKwW万]?\s*次(?:浏览|阅读|点击)|(?:浏览|阅读|点击)(?:次数|量)?\s*[:：]?\s*[\d.]+[kKwW万]?\s*次?"
                  r"|(?:浏览|阅读|点击)人数\s*[:：]?\s*\d+\s*人?)")  # (瀏覽人數: 17人)
# (a shorter label, 日期, 时间, after a space: …的危害(图文) 日期: 2018-04-02 马鞍山镇农机站  作者:邹宝成 为落实…)
SPACED_DATE_LABELS = "|".join(sorted((label for label, key in fields.LABELS.items() if key in ("date", "published_date")),
                                     key=len, reverse=True))
# (a posting period after the day it went up, 2025/07/11~2025/07/24, a bar before the counter)
RUN_IN_DAY = r"(?:19|20)\d\d[-/年]\d{1,2}[-/月]\d{1,2}日?"
LABELLED_HEADER_RUN_IN = re.compile(rf"^(?P<head>[^。！？，,；;]{{8,60}}?)(?:\s*(?:{GLUED_DATE_LABELS})|\s+(?:{SPACED_DATE_LABELS}))\s*[:：]\s*"
                                    rf"(?P<date>{RUN_IN_DAY}(?:\s*\d{{1,2}}:\d\d(?::\d\d)?)?)(?:\s*[~～至]\s*{RUN_IN_DAY})?\s+(?:[|｜]\s+)?"
                                    rf"(?:{RUN_IN_COUNTER}\s+)?(?:(?P<source>[\u4e00-\u9fff]{{2,12}})\s+)?(?P<rest>\S.{{40,}})$")
# - 商务之窗, 信息首发:: a site's name and the separator a <title> glues it on with, or a CMS's publishing mark
# and its colon, glued to a headline printed bare nearby (图解:, 一图读懂: say what the page is, and stay).
TWIN_AFFIX = re.compile(r"\s*[-－_|｜]\s*[^\s。！？，,—]{2,12}|(?:信息首发|首发|原创|独家|快讯)\s*[:：]\s*")
# 来源:, 作者: between a run-in headline and its date (not 创建于, a date's own label, which a headline's words may hold).
RUN_IN_NAME_KEYS = frozenset({"source", "author"})
LABEL_THEN_COLON = re.compile(r"\s*[【\[]?[^\s:：]{2,6}[】\]]?\s*[:：]")
TWIN_REACH = 4  # lines either side of the headline where its bare print stands
MAX_COLUMN_TITLE = 8  # (防灾宣导专区: a column's name over such a title, no headline beside it)
MIN_SENTENCE_TITLE = 20
BADGE_YEAR = re.compile(r"^(?:19|20)\d\d$")
BADGE_YEAR_CHARS = 4
MAX_WRITER_NAME = 4  # (a name after the headline's date: a writer's, or longer, a site's)
BADGE_DAY = re.compile(r"^(?P<month>\d{1,2})\s*[/.-]\s*(?P<day>\d{1,2})$")
BADGE_TIME = re.compile(r"^\d{1,2}:\d\d(?::\d\d)?$")
BUTTON_KEYS = ("widget", "views")
PIECE_CREDIT_END = re.compile(r"(?:摄|摄影|报道|供稿|讯)[)）]?$")  # (记者 计成军摄: the story's closing credit)
ISSUE_FOOT_LINES = 3  # an e-paper's page bar under the story stands this close
# 二○一四年一月, 2014年1月: a notice signed with the month it was made, no day
SIGNED_MONTH = re.compile(rf"(?:[一二][{dates.CN_DIGITS}○Ｏ0O０]{{3}}|(?:19|20)\d\d)\s*年\s*(?:{dates.CN_NUMBER}|[01]?\d)\s*月")
# 2020 4 13, 2022911: a signed notice's date whose 年, 月 and 日 the page drew as pictures, read under its signer only
DIGITS_DATE = re.compile(r"(?P<y>(?:19|20)\d\d)\s*(?P<m>1[0-2]|0?[1-9])\s*(?P<d>3[01]|[12]\d|0?[1-9])")
REPORTER_LABELS = ("记者", "通讯员", "摄影")  # (labels `fields` reads for a reporter, not 作者：, a metadata line's)
CONTACT_WORDS = r"联系人|联系电话|电话|咨询|地址|邮箱|传真|邮编|发言人|联络人|e-?mail|电子邮件|电子信箱"  # (联络人, E-Mail: a Taiwan office's words)
CONTACT = re.compile(CONTACT_WORDS + r"|\d{7,}", re.I)
CONTACT_WORD = re.compile(CONTACT_WORDS, re.I)  # (a number alone may be the footer's licence: 网络传播29060158)
ITEM_NUMBER = re.compile(r"^\d{1,2}\s*[.、．]\s*")  # 2.附件2：…: the second of a numbered list of them
# 公示期限:2024年2月29日至3月6日: how long a notice stands, among its closing lines.
NOTICE_PERIOD = re.compile(r"^(?:公示|公告|征求意见|异议|受理)(?:期限|期|时间|日期)\s*[:：]")
# 开封市鼓楼区人民政府 2023年5月23日 |: the signer and the date on one line (a table's cell after it).
SIGNED_DATED = re.compile(r"^(?P<signer>[\u4e00-\u9fff]{2,30}?)\s+(?P<date>\S.{4,16}?)\s*[|｜]?$")
# …警察大队2024年8月13日, …管理处 二〇二四年八月十三日: a signed date closing the signers' line.
SIGNED_DATE_END = re.compile(rf"\s*(?:(?:19|20)\d\d\s*年\s*[01]?\d\s*月\s*[0-3]?\d\s*日|[一二][{dates.CN_DIGITS}○Ｏ0O０]{{3}}年{dates.CN_NUMBER}月{dates.CN_NUMBER}日)$")
SIGNER_NAME = re.compile(r"^[\u4e00-\u9fff()（）]{2,}$")
# 咨询电话：…, 联系人：…: a notice's contact line.
# A bulleted item's name right over an event's practical lines (●厦门珠绣技艺传承工作室体验 /
# 时间：9:00-16:30) is part of them.
ITEM_HEAD = re.compile(r"^[●•◆■▲◇]")
# 停水信息可拨打968933按1号键查询: a line telling where to ask, a number to call.
INQUIRY_LINE = re.compile(r"(?:拨打|致电|来电|咨询|查询)\D{0,12}\d{5,}|\d{5,}\D{0,8}(?:查询|咨询)")
CONTACT_LINE = re.compile(r"^(?:咨询|联系|监督|举报|投诉|报名)\S{0,4}(?:电话|方式|人)")
MAX_SIGNATURE_LINES = 3  # an office, a second one or its 代章 line, then the date
MAX_LIST_ITEMS = 500  # of a list a story announces with 如下：
# 關鍵字： alone on its line, the tags under it: what follows the story, as 上一篇 does.
TAGS_LABEL = re.compile(r"(?:关键字|关键词|标签|Tags?)\s*[:：]?", re.I)
# 关于我们, 全部评论0: the heading of the site's box or of the comments, on a line of its own
SITE_BOX_HEADING = re.compile(r"关于我们|全部评论\s*\d*|网友评论|发表评论|我要评论")  # (not 联系我们: a notice's heading over its contacts too)
STORY_END_LINE = re.compile(f"{TAGS_LABEL.pattern}|{SITE_BOX_HEADING.pattern}", re.IGNORECASE)  # (the two asked at once)
MIN_OUTLINE_SECTIONS = 3
# A cover letter (现将《…》印发给你们，请认真组织实施。) sends a document: its words say so.
COVER_SENDS = re.compile(r"印发|转发|发给你们|现将|现予|请认真|请遵照|请结合")
BRACKETED_NOTE = re.compile(r"[（(][^（()）]{2,12}[)）]")  # （此件主动公开）
FIRST_NUMERALS = "1１一"  # what a list's first item opens with
SITE_ITSELF = re.compile(r"本网|本站")  # (版权归主办方所有 in a contest's rules is the story's: the site speaks of itself)
MAX_STATEMENT_HEADING = 30  # 国际在线版权与信息产品内容销售的声明: the heading over a site's numbered statement
MAX_COVER_NOTES, MAX_COVER_SIGNERS, MAX_COVER_SENTENCES, MAX_COVER_HEADINGS = 2, 4, 3, 4
OUTLINE_HEADING = re.compile(r"^\d{1,2}(?:\.\d{1,2}){0,3}\s*[\u4e00-\u9fff]{2,20}$")  # 1 总则, 1.1 编制目的: a plan's numbered headings
MIN_HIDDEN_COPY = 200  # characters of a line that runs a story's lines together
MIN_COPIED_LINE = 8
MAX_SECTION_GAP = 40  # lines between a story's numbered sections (a table, as a capture prints it, a cell a line)
CLOSING_STOP_WORDS = ("版权", "Copyright", "©", "备案", "ICP", "主办", "承办", "技术支持", "联系我们", "网站地图")

# --- Body by text density -----------------------------------------------------------------
SENTENCE_PUNCTUATION = re.compile(r"[，。；、！？,;]")
SHORT_LINE_PENALTY = 12
RUN_ON_CHARS = 150  # a line this long needs a full stop, or a comma every this many characters
FULL_STOP = re.compile(r"[。！？!?]")
COUNTER_ALONE = re.compile(rf"^{roles.COUNTER_VERB}(?:次数|人数|量|数)?\s*[:：]?\s*\d*$")  # 阅读 under a paper's name: its counter, a script's number lost
MIN_SUMMARY_SPAN, SUMMARY_LINES = 60, 8  # a copy of the story's opening run over more than one paragraph
PATH_STEP = re.compile(r"\s(?:>|»|＞|>>|›)\s")  # 首页 > 部门信息公开目录 > …: a path's steps, set apart
MIN_PATH_STEPS = 3
ADDRESS = re.compile(r"https?://[^\s\[\]]+")
WEB_ADDRESS = re.compile(r"(?:https?://)?(?:www\.)?[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+(?:/\S*)?")  # (www.prcfe.com)
PLACEHOLDER = re.compile(r"\[[^\[\]]{0,60}\]")
# Rarer footers, looked for only on a line holding one of FOOTER_HINTS (every line is asked):
# 技术支持电话:…, 推荐使用1024*768或以上分辨率, and an e-paper CMS's hidden record a capture
# prints (--> 2023-03-30 1 1 贵州日报 content_90053.html … /enpproperty-->).
EPAPER_RECORD = "enpproperty"  # (an e-paper CMS's hidden record of the story: its issue's date, its page, its file)
FOOTER_HINTS = ("技术支持", "分辨率", EPAPER_RECORD)
# 2025-07-07 1 1 澳门日报 content_421870.html 1 [3] 化地瑪…會議 /enpproperty: the title after the story's file (a record
# with a title before its page numbers, 2025-03-22 我市… 2 2 柳州晚报 content_342305.html 1 与市民…, holds the 副题 there)
# 2021-12-03 市政府发布征地启动公告 2 2 沧州晚报 content_42667.html 1 拟征收…: a title before the page numbers, the headline
# its page prints over the 副题 after the file (2024-02-21 清江镇 1 1 …: a place's name there is an 引题's, no headline);
# printed under the title after the file, it is that title's 副题 (2023-04-13 黎海平 陈宇平 万秀区组织… 1 1 梧州日报 … 1
# 载歌载舞共迎“壮族三月三”, its authors' names before it, the page printing 载歌载舞… over 万秀区组织…).
RECORDED_FIRST_TITLE = re.compile(r"\d{4}-\d{2}-\d{2}\s+(?P<title>[^\d\s].*?)\s+\d+\s+\d+\s+\S+\s+content_\d+\.html")
RECORD_UP_TO_TITLE = r"\d{4}-\d{2}-\d{2}\s+(?:.*?\s+)?\d+\s+\d+\s+\S+\s+content_\d+\.html\s+\d+(?:\s+\d)?\s+"  # (date … file, page)
RECORDED_TITLE = re.compile(RECORD_UP_TO_TITLE + r"(?P<title>\S.*?)\s*/enpproperty")
# 2024-01-05 京津冀… 1 1 沧州日报 content_114506.html 1 北京城市副: the record, its end cut off by the capture
MIN_RECORDED_SUBTITLE = 4
BODY_CRUMB = re.compile(r"^(?:正文|内容|详情|详细内容)(?=\S{%d})" % MIN_HEADLINE_IN_PATH)  # a path's last step, 正文, before the headline
# A list under the story, named on the line over it (…重点村名单, …如下:), a name a line
LIST_NAME = re.compile(r"(?:名单|名录|如下)\s*[:：]?$")
MAX_LIST_NAME, MAX_LISTED_ITEM, MIN_LISTED = 40, 40, 2
# 崇川文峰街道, 清江镇: a place's name alone before the record's page numbers is the 引题 over the title
PLACE_ONLY = re.compile(r"^[\u4e00-\u9fff]{1,10}(?:省|市|区|县|旗|镇|乡|街道|社区|村|园区|开发区|新区)$")
DATA_IMAGE = re.compile(r"^(?:<image>)?\s*data:image/")
REPRINT_TERMS = re.compile(r"转载(?:时)?(?:请|须|请务必|务必)注明")
BRACKET_BEFORE = re.compile(r"[(（【\[][^)）】\]]*$")
RECORD_CUT = re.compile(r"^(?:-->\s*)?" + RECORD_UP_TO_TITLE + r"[^/\s][^/]*$")
RARE_FOOTER = re.compile(r"技术支持(?:电话|单位)\s*[:：]|(?:推荐|建议)使用.{0,24}分辨率|" + EPAPER_RECORD)
CONTACT_FIELD = re.compile(r"(热线|电话|邮箱|信箱|地址|邮编|传真|QQ|E-?mail)\s*[:：]", re.IGNORECASE)
NOTICE_CONTACT = re.compile(r"^(?:联系人|咨询|联系电话|联系方式)")
MIN_CONTACT_FIELDS = 2
# 详情请关注本台播出的《黄梅新闻》: a station's pointer to its broadcast, the story's last line.
BROADCAST_POINTER = re.compile(r"^(?:更多)?详情请(?:关注|收看|收听|锁定)\S*?(?:本台|播出|节目|频道|《)")  # (…请关注“唐县发布”微信公众号: a promo)
# 西安发布…案例 7月1日,西安市发布…方... 【详细】: another story's title, its summary cut short, its link.
LINKED_TEASER = re.compile(r"^\S.{4,60}?\s+\S.{20,}?(?:\.{2,}|…+)\s*[【\[]\s*(?:详细|详情|全文|阅读全文|更多|查看全文)\s*[】\]]$")
SITE_ADDRESS = re.compile(r"https?://|(?<![@\w.])www\.[A-Za-z0-9-]+\.")  # (an e-mail's domain, …@mail.water.gov.tw, is a contact's)
POSTCODE_END = re.compile(r"[(（]\s*\d{6}\s*[)）]$|邮编\s*[:：]?\s*\d{6}$")
MIN_FOOTER_MARKS = 2  # two different marks (Copyright and All Rights Reserved), not one mark twice
MAX_CREDITED_NAME = 20  # a paper's or a site's name, as a lead's credit opens with it (LEAD_CREDIT reads as far)
TITLE_CELL = re.compile(r"^(?:信息名称|文件名称|名称|标题)\s+(?P<value>\S.{3,})$")  # a disclosure table's name cell, its value beside it
LOCAL_FILE_PATH = re.compile(r"^[A-Za-z]:\\(?:[^\\\n]+\\)+[^\\\n]*$")  # an editor's local file, a Windows path alone
# A line a capture ran a page into: its pieces are parted by a space after a sentence's end or
# before a bracket (…依法追究法律责任。 9月2日,…增收。 (责任编辑:常艳敏)).
MIN_RUN_TOGETHER = 150
# …能级提升。 (本报记者 刘朔池 摄) (本条新闻版权归滨海日报所有,转载请注明出处。): a shorter line parted too when a rights
# note in brackets closes it, a space before it.
RIGHTS_NOTE_END = re.compile(r" [(（][^()（）]*(?:版权|转载)[^()（）]*[)）]$")
RUN_TOGETHER_GAP = re.compile(r"(?<=[。！？!?）)]) (?=\S)| (?=[(（【])")
MIN_STORY_PIECE = 30
DATA_SERIES = re.compile(r"^(?:[\d.,:/\-]+\s*[|｜;；]\s*){4,}")  # numbers and dates parted by bars, four cells or more
MAX_POST_HEADER = 80
MIN_TEASER_SUMMARY = 20
MIN_TITLE_LIST, MAX_TITLE_LIST = 3, 12  # other stories' titles over a page's header, a line each
YEAR = re.compile(r"(?:19|20)\d{2}")
BREADCRUMB_MARK = re.compile(r"[>»→＞›]|位置|处于")  # what a breadcrumb line holds, before its role is asked
FIELDED_HEADER_SHARE = 2  # a headline on its dated fields: what stands above it weighs under half the run
# (映象网平顶山新闻热线:180 3758 5596 微信:…): the site asking for tips, under its story; other stories' leads follow
TIP_LINE = re.compile(r"^[(（]?[^。，,()（）]{0,16}(?:新闻|报料|爆料|投稿)热线\s*[:：]\s*\d[\d\s-]{6,}")
EDITOR_LABELS = ("编辑", "责编", "审核", "校对")
MAX_EDITOR_VALUE = 12  # characters: a name or two, (实习) after them
MAX_BLURB_LINES = 2  # paragraphs of a site's blurb over a header inside the dense run
HEADER_FIELD_KEYS = frozenset({"views", "source", "author", "editor"})
INNER_HEADER_SHARE = 4  # what the dense run holds above a header inside it weighs under a quarter of the run
MIN_REPEATED = 10  # a line this long found again at the story's end is a copy
# 1 金伟明 丽水市博物馆 副研究馆员, 序号 姓名 工作单位: a table's row as a text capture prints it.
TABLE_ROW = re.compile(r"^(?:\d{1,4}|序号)\s+[\u4e00-\u9fff]\S*\s+\S")
LINKED_OR_LISTED_FACTOR = 0.5
NO_SENTENCE_FACTOR = 0.3
CLOSING_MARKS = ("。", "！", "!")  # (a notice's last sentence, over its signer)
MIN_BODY_WEIGHT = 40
MIN_SHORT_LINES, MIN_SHORT_LINE_CHARS = 15, 200  # a story told a phrase a line (see short_line_story)


def _title_from_html_title(html_title: str) -> str | None:
    """头条新闻_某某区人民政府 -> 头条新闻: the first part that is long enough, without a
    site name left on its end after a space (… 东区办事处)."""
    parts = [p for p in TITLE_SEPARATORS.split(html_title) if len(p) >= MIN_TITLE]
    if not parts:
        return None
    head, _, tail = parts[0].rpartition(" ")
    return head.strip() if head.strip() and len(head.strip()) >= MIN_TITLE and SITE_NAME_END.search(tail) else parts[0]


def _block_titled(blocks: list[Block], title: str | None) -> int | None:
    return next((i for i, b in enumerate(blocks) if b.norm == title), None) if title else None


def _heading_in_title(blocks: list[Block], html_title: str) -> int | None:
    """The longest heading that <title> repeats (a site-name heading is shorter)."""
    found = [i for i, b in enumerate(blocks) if b.tag in HEADING_TAGS and len(b.norm) >= MIN_TITLE and b.norm in html_title]
    return max(found, key=lambda i: len(blocks[i].norm)) if found else None


def _meta_title(page: Page, html_title_first: str | None) -> tuple[int | None, Block | None]:
    """The CMS's ArticleTitle, trusted; og:/twitter:title only when the page agrees."""
    if title := page.meta.get("articletitle"):
        at = _block_titled(page.blocks, normalize.reading_text(title))
        return at, page.blocks[at] if at is not None else Block(title, normalize.reading_text(title), "meta")
    for key in SOCIAL_TITLE_KEYS:
        social = _title_from_html_title(page.meta.get(key, ""))
        if social and (at := _block_titled(page.blocks, normalize.reading_text(social))) is not None:
            return at, page.blocks[at]
        if social and normalize.reading_text(social) == html_title_first:
            return None, Block(social, html_title_first, "meta")
    return None, None


def _titles(page: Page) -> tuple[str, ...]:
    """What the page's <head> calls the article (reading text), most trusted first."""
    found = []
    if page.meta.get("articletitle"):
        found.append(normalize.reading_text(page.meta["articletitle"]))
    for key in SOCIAL_TITLE_KEYS:
        if part := _title_from_html_title(page.meta.get(key, "")):
            found.append(normalize.reading_text(part))
    if page.html_title:
        if first := _title_from_html_title(page.html_title):
            found.append(normalize.reading_text(first))
        found.append(normalize.reading_text(page.html_title))
    return tuple(t for t in dict.fromkeys(found) if t and not header.is_section_name(t) and not header.is_site_name(t))


def find_title(page: Page, body_start: int, body_end: int | None = None) -> tuple[int | None, Block | None]:
    """(index of the headline block or None, the headline block or a synthetic one).

    The header model's headline when the page's <title> or title meta names it; else the
    CMS's ArticleTitle; else a headline line above the story's end that <title> repeats
    (below it, a <title> that is the site's name names the notice's signer); else the header
    model's headline; else <title> minus the site's suffix, unless it is only a column name;
    else the document's name the disclosure table above the story prints (标题:…).
    """
    blocks = page.blocks
    titles = _titles(page) + _printed_titles(blocks, body_start - header.MAX_HEADER_LINES, body_start) + _recorded_titles(blocks)
    found = header.read_header(blocks, body_start, titles)
    at = found.title_at
    if at is not None and header._named(blocks, at, titles):
        return at, blocks[at]
    if title := page.meta.get("articletitle"):
        norm = normalize.reading_text(title)
        named = _block_titled(blocks, norm)
        return named, blocks[named] if named is not None else Block(title, norm, "meta")
    html_title = normalize.reading_text(page.html_title) if page.html_title else ""
    for named in (_heading_in_title(blocks, html_title) if html_title else None,
                  _block_titled(blocks, titles[0] if titles else None)):
        if named is not None and (body_end is None or named < body_end) and header.line_role(blocks[named]) == header.HEADLINE and (
                not header.is_site_name(blocks[named].norm)) and found.roles.get(named) != header.META and not (
                at is not None and named < at and header._on_meta(blocks, at)):
            # (not the portal's banner, which a <title> of its name repeats, nor a table cell's value
            # the header model read: 主题分类 / 招生及录取工作, which a <title> of the column repeats)
            return named, blocks[named]
    if at is not None:
        return at, blocks[at]
    first = _title_from_html_title(page.html_title) if page.html_title else None
    if first and not header.is_section_name(normalize.reading_text(first)):
        return None, Block(first, normalize.reading_text(first), "title")
    if printed := _printed_titles(blocks, body_start - HEADER_LINES_ABOVE, body_start):
        return None, Block(printed[0], normalize.reading_text(printed[0]), "title")  # 标题:… in the disclosure table, no headline line
    if (label := _photo_story_label(blocks, found.roles, body_start)) is not None:
        return label, blocks[label]
    return None, None


def _photo_story_label(blocks: list[Block], roles: dict[int, str], body_start: int) -> int | None:
    """图片新闻 on its own line right over a story the header names nothing else over: a
    paper's photo story, which the paper titles so (elsewhere it is a column's name, and a
    headline is found first)."""
    for i in range(body_start - 1, max(-1, body_start - PHOTO_LABEL_REACH - 1), -1):
        if PHOTO_STORY_LABEL.match(blocks[i].norm):
            return i
        if roles.get(i) not in (header.META, header.WIDGET):
            return None
    return None


def _broken_headline(blocks: list[Block], at: int, titles: tuple[str, ...]) -> tuple[Block, int] | None:
    """The headline joined with the lines next to it (two or three, one tag), and the last
    of them, when the page names them together: its title meta, <title> or the name its
    disclosure table prints (四川省…在成都举行 <br>现场发布…清单: one headline on two lines)."""
    wanted = {SPACES.sub("", t) for t in titles}
    for first in range(max(0, at - MAX_HEADLINE_LINES + 1), at + 1):
        for last in range(max(at, first + 1), min(len(blocks), first + MAX_HEADLINE_LINES)):
            span = blocks[first : last + 1]
            if any(b.tag != span[0].tag for b in span):
                break
            if SPACES.sub("", "".join(b.norm for b in span)) in wanted:
                return Block(" ".join(b.text for b in span), " ".join(b.norm for b in span), span[0].tag), last
    return None


def _whole_prints(blocks: list[Block], at: int) -> tuple[str, ...]:
    """The headline lines a few lines either side of the headline chosen, longer than it and
    holding its words: the headline printed again whole, which names it when the capture broke
    it over two lines (天津武清开发区: / 京津城际之间的璀璨明珠 / 来源:中国企业报 / 天津武清开发区:京津城际之间的璀璨明珠)."""
    return tuple(b.norm for b in blocks[max(0, at - TWIN_REACH) : at + TWIN_REACH + 1]
                 if len(b.norm) > len(blocks[at].norm) and SPACES.sub("", blocks[at].norm) in SPACES.sub("", b.norm)
                 and header.line_role(b) == header.HEADLINE)


def _printed_titles(blocks: list[Block], start: int, stop: int) -> tuple[str, ...]:
    """The document's name as the page's disclosure table prints it (信息名称：…, or its cell
    and the value beside it with no separator: 名称 关于报送“政府开放日”组织开展信息的通知)."""
    found = []
    for b in blocks[max(0, start) : stop]:
        text = fields.SPACING.sub("", b.norm) if "?" in b.norm else b.norm  # (標??題: its spacing lost)
        if any(label in text for label in TITLE_LABEL_HINTS):
            found += [f.value for f in fields.read_fields(b.norm) if f.key == "title" and f.value]
            if cell := TITLE_CELL.match(b.norm):
                found.append(cell["value"])
    return tuple(found)


def _recorded_titles(blocks: list[Block]) -> tuple[str, ...]:
    """The headline the e-paper CMS's hidden record names (2025-07-07 1 1 澳门日报 content_421870.html
    1 化地瑪師生參市署公開會議 /enpproperty-->), which a capture prints at the page's foot: it names
    the story's title as a title meta does, its 副题 and the page's other lines aside."""
    titles = []
    for b in blocks:
        if EPAPER_RECORD not in b.norm:
            continue
        found, first = RECORDED_TITLE.search(b.norm), RECORDED_FIRST_TITLE.search(b.norm)
        if first and not (found and _printed_over(blocks, found["title"], first["title"])) and not PLACE_ONLY.match(first["title"]) and (
                header.line_role(Block(first["title"], first["title"], "line")) == header.HEADLINE):
            titles.append(normalize.reading_text(first["title"]))
        elif found:
            titles.append(normalize.reading_text(found["title"]))
    return tuple(titles)


def _printed_over(blocks: list[Block], title: str, before: str) -> bool:
    """Whether the page prints the line `title` right over the one that ends what a record holds
    before its page numbers (its authors' names may open it): the title, then its 副题."""
    at = next((i for i, b in enumerate(blocks) if b.norm == title), None)
    under = next((i for i in range(at + 1, min(len(blocks), at + 3)) if blocks[i].norm), None) if at is not None else None
    return under is not None and len(blocks[under].norm) >= MIN_RECORDED_SUBTITLE and before.endswith(blocks[under].norm)


def block_weight(block: Block) -> float:
    """How much a block looks like story text: positive for sentences, negative for links."""
    if header.WORDLESS.match(block.norm):
        return -SHORT_LINE_PENALTY  # a rule drawn with ━━━ weighs nothing, however long
    if block.link_density > 0.5:
        return -len(block.norm)  # links weigh against the story (first: most of a page's blocks are links)
    if DATA_SERIES.match(block.norm):
        return -len(block.norm)  # 2025-09-13,11938| 2025-09-12,11930|…: a chart's data a script left, no text
    if "分享" in block.norm and roles.is_share_row(block.norm):
        return -len(block.norm)  # 开新视窗,分享至facebook 开新视窗,…: the share buttons' alt texts, commas and all
    if roles.is_keyword_run(block.norm):
        return -len(block.norm)  # a spam mirror's keywords, comma-parted as a sentence's clauses are
    if _is_footer(block.norm) or (
            len(block.norm) <= MAX_NOTICE_LINE and site_notice(block.norm)):
        return -len(block.norm)  # the site's footer and its notices (凡本网注明…, 未经…授权请勿转载) weigh as links do
    if len(block.norm) <= roles.MAX_TOP_BAR and roles.ends_with_buttons(block.norm):
        return -len(block.norm)  # …天气预报 空气质量… 设为首页 加入收藏 搜索: the site's top bar, links a capture prints without them
    if len(PATH_STEP.findall(block.norm)) >= MIN_PATH_STEPS and not FULL_STOP.search(block.norm):
        return -len(block.norm)  # 当前页面: 首页 > … > 黄市镇 > 通知公告: the page's path, links a capture prints without them
    own = (len(block.norm) - _address_chars(block.norm)) * (1 - block.link_density)
    if (len(block.norm) >= RUN_ON_CHARS and not FULL_STOP.search(block.norm)
            and len(header.CLAUSE_STOP.findall(block.norm)) * RUN_ON_CHARS < len(block.norm)):
        return -SHORT_LINE_PENALTY  # headlines run together without a comma or a full stop: a ticker,
        # or a sidebar as a text capture joins it (印尼单日新增…再创新高我国新增湖南湘西、甘肃张掖…)
    if not SENTENCE_PUNCTUATION.search(block.norm):
        if not block.link_chars and (block.cell or TABLE_ROW.match(block.norm)):
            return 0.0  # a table the story holds (a 公示's names) neither adds to it nor breaks it
        if header.is_menu(block.norm):
            return -len(block.norm)  # a text capture's menu: what link density tells in HTML
        own *= NO_SENTENCE_FACTOR
    if block.list_item or block.link_chars:
        own *= LINKED_OR_LISTED_FACTOR
    return own - SHORT_LINE_PENALTY


def captioned_pictures(blocks: list[Block]) -> set[int]:
    """The lines of a story's pictures: an image's file name with its caption under it, the
    same words (舞蹈《杯花声声迎客来》.jpg / 舞蹈《杯花声声迎客来》). A picture the story shows
    between its paragraphs is neither its text nor furniture: it weighs nothing, so a gallery
    of them ends no story that goes on under it, and it is left out of the text."""
    return {j for i in range(len(blocks) - 1)
            if IMAGE_FILE.match(blocks[i].norm) and blocks[i].norm.rsplit(".", 1)[0].strip() == blocks[i + 1].norm and not blocks[i + 1].link_chars
            for j in (i, i + 1)}


def notice_parted(blocks: list[Block]) -> list[Block]:
    """A capture that ran a page into one line (采收白芍 ©原创 2023-09-06 08:35 作者:… 凡本报记者署名文字…
    依法追究法律责任。 9月2日,…药农增收。 (责任编辑:…)) holds the site's notice among its header and its
    story: the notice would weigh the whole line down as the site's. Such a line is read as the
    pieces its spaces part (after a sentence's end, before a bracket, before the notice's
    sentence); a line that is all notice, or holds no sentence of story beside it, stays whole."""
    parted = []
    for block in blocks:
        pieces = _run_together_pieces(block) if (len(block.norm) >= MIN_RUN_TOGETHER or RIGHTS_NOTE_END.search(block.norm)) and " " in block.norm else None
        parted.extend(pieces or [block])
    return parted


def titles_parted(blocks: list[Block]) -> list[Block]:
    """A document's title a capture ran into its text's first line (关于在高考期间禁止噪声干扰的通告
    2023年高考在即,…), read as the two lines the page printed: the title then stands under its
    issuer's line as a title does, and the text opens with its own first sentence."""
    parted = []
    for block in blocks:
        if "关于" in block.norm and block.text == block.norm and (run := DOCUMENT_RUN_IN.match(block.norm)) and SENTENCE_PUNCTUATION.search(run["rest"]):
            parted += [Block(run["head"], run["head"], block.tag), Block(run["rest"], run["rest"], block.tag, 0, block.list_item, block.cell)]
        else:
            parted.append(block)
    return parted


def badge_dates_joined(blocks: list[Block]) -> list[Block]:
    """A date printed as a calendar badge, its year over its month and day (2011 / 12/30 /
    08:37), read as the one dateline it is: a year alone on a line dates nothing."""
    if not any(len(b.norm) == BADGE_YEAR_CHARS and b.norm.isdigit() for b in blocks):
        return blocks  # (most pages: no year alone on a line)
    joined: list[Block] = []
    i = 0
    while i < len(blocks):
        if (BADGE_YEAR.match(blocks[i].norm) and i + 1 < len(blocks) and (day := BADGE_DAY.match(blocks[i + 1].norm))
                and 1 <= int(day["month"]) <= 12 and 1 <= int(day["day"]) <= 31):
            text = f'{blocks[i].norm}-{int(day["month"]):02d}-{int(day["day"]):02d}'
            taken = 2
            if i + 2 < len(blocks) and BADGE_TIME.match(blocks[i + 2].norm):
                text, taken = f"{text} {blocks[i + 2].norm}", 3
            joined.append(Block(text, text, blocks[i].tag))
            i += taken
            continue
        joined.append(blocks[i])
        i += 1
    return joined


def _run_together_pieces(block: Block) -> list[Block] | None:
    notice = site_notice(block.norm)
    if notice is None or block.text != block.norm:
        return None
    cuts = [m.start() for m in RUN_TOGETHER_GAP.finditer(block.norm)]
    if (before := block.norm.rfind(" ", 0, notice.start())) > 0:
        cuts.append(before)  # the notice starts after the last space before it
    pieces = [p.strip() for p in _cut(block.norm, sorted(set(cuts))) if p.strip()]
    story = [p for p in pieces if not site_notice(p) and len(p) >= MIN_STORY_PIECE and FULL_STOP.search(p)]
    if len(pieces) < 2 or not story:
        return None
    return [Block(p, p, block.tag, 0, block.list_item, block.cell) for p in pieces]


def _cut(text: str, at: list[int]) -> list[str]:
    bounds = [0, *at, len(text)]
    return [text[a:b] for a, b in pairwise(bounds)]


def _address_chars(text: str) -> int:
    """Characters of web addresses in a line (a text capture prints an image's address): no story text."""
    return sum(len(m) for m in ADDRESS.findall(text)) if "://" in text else 0


def _no_text(block: Block) -> bool:
    """A line inside the story that holds no story text: an image's placeholder, address or
    file name as a text capture prints them ([2020052113], https://mmbiz.qpic.cn/…, …1707191804583.jpeg), a drawn rule."""
    text = block.norm
    if header.WORDLESS.match(text) or LOCAL_FILE_PATH.match(text) or IMAGE_FILE.match(text) or DATA_IMAGE.match(text):
        return True  # (C:\Users\…\FileStorage\Temp\b2fb268: an image the editor's machine kept, its path left;
        # mmexport2478…_1707191804583.jpeg: an image's file name, printed where the image failed to show; <image>data:image/…:
        # the stored text's placeholder for an image)
    if "[" not in text and "://" not in text:
        return False
    rest = PLACEHOLDER.sub("", ADDRESS.sub("", text))
    return not header.HAN_CHAR.search(rest) and len(rest.strip()) <= 3


def _headline_and_site(line: Block, title: Block | None) -> bool:
    """Whether a line inside the story is the headline, then the site's name or address
    (高新区组织…观摩重点项目建设 中国财经新闻网 www.prcfe.com): a photo's alt text, printed
    where the photo stands, no story text."""
    if title is None or len(title.norm) < header.MIN_HEADLINE or not line.norm.startswith(title.norm):
        return False
    after = line.norm[len(title.norm) :].strip()
    rest = WEB_ADDRESS.sub(" ", after).strip()
    return bool(after) and (not rest or header.is_site_name(rest))  # (an address alone, or a site's name with or without one)


def _repeats_story(line: Block, story: list[Block]) -> bool:
    """Whether the line is one of the story's lines again, its start cut short with …, or
    its sentences without the lead's dateline (a digest box over the story: 美国佛罗里达…,
    then 人民网芝加哥7月4日电美国佛罗里达…), its digest's label before it too (导读:近日,…)."""
    text = line.norm.rstrip(".…").rstrip()
    if (labelled := fields.read_fields(text)) and labelled[0].start == 0 and labelled[0].key == "summary" and labelled[0].value:
        text = text[text.index(labelled[0].value) :]  # 导读:近日,在绍兴滨海新区,…: the digest, the lead again
    if len(text) >= MIN_SUMMARY_SPAN and SPACES.sub("", "".join(b.norm for b in story[:SUMMARY_LINES])).startswith(SPACES.sub("", text)):
        return True  # (the story's first paragraphs run together and cut at 400 characters: a description field printed over it)
    return len(text) >= MIN_REPEATED and any(b.norm.startswith(text) or (
        text.endswith(CLOSING_PUNCTUATION) and b.norm.endswith(text)) for b in story)


def footer_at(blocks: list[Block], start: int) -> int:
    """The first line from `start` that is the site's footer (版权所有, Copyright, ICP备…), or the end."""
    at = next((i for i in range(start, len(blocks)) if _is_footer(blocks[i].norm)), len(blocks))
    while start < at - 1 < len(blocks) and (_site_imprint(blocks[at - 1].norm) or _site_contacts(blocks[at - 1].norm) or (
            _postcode_address(blocks[at - 1].norm) and start < at - 2 and _site_contacts(blocks[at - 2].norm))):
        at -= 1  # 主办单位:常州市精神文明建设指导委员会办公室 right over the footer: the site's imprint opens it (and its contacts)
    return at


def _site_imprint(text: str) -> bool:
    """主办单位:常州市…, 主办:北京市西城区人民政府办公室 承办:…: the site's imprint (one 主办: alone
    may be an event's credit closing its story)."""
    return IMPRINT_UNIT_LINE.match(text) is not None or (IMPRINT_LINE.match(text) is not None and len(IMPRINT_LABEL.findall(text)) >= 2)


def _site_contacts(text: str) -> bool:
    """服务热线:0536-3233110 邮箱:qzjrqzw@163.com 地址:… 邮编:262500: the site's contacts, a
    line of their labels and no sentence, a hotline or an address with its postcode (right over the
    footer, they open it; 联系人：王明 联系电话：… closes a notice)."""
    labels = {found.group(1) for found in CONTACT_FIELD.finditer(text)}
    if not labels or FULL_STOP.search(text) or NOTICE_CONTACT.match(text):
        return False
    # (农业科技报 www.nkb.com.cn 电话/传真:029-…: the site's address beside a contact; 地址:…展馆西路1号(712100): an
    # address with its postcode, as a footer prints the site's)
    return (len(labels) >= MIN_CONTACT_FIELDS and ("热线" in labels or {"地址", "邮编"} <= labels)) or SITE_ADDRESS.search(text) is not None


def _postcode_address(text: str) -> bool:
    """地址:…展馆西路1号(712100): an address closed by its postcode, the site's when its other contacts stand over it
    (under a notice's text, 邮寄地址:…(072350) is where to send the form)."""
    return "地址" in text and POSTCODE_END.search(text) is not None and not FULL_STOP.search(text)


def _is_footer(text: str) -> bool:
    hinted = footer_hinted(text)
    if len(text) > MAX_FOOTER_LINE:
        # (經營許可證編號:… Copyright 2005-2006 天水在線網站 All Rights Reserved 聯系電話:…: two of its marks, a long line)
        return hinted and len(text) <= MAX_NOTICE_LINE and FOOTER.search(text) is not None and len({mark.lower() for mark in FOOTER.findall(text)}) >= MIN_FOOTER_MARKS
    if hinted and FOOTER.search(text) is not None:
        return "原创" not in text or footer_mark(text) is not None  # (©原创, a CMS's byline badge, is no footer)
    if "转载" in text and (terms := REPRINT_TERMS.search(text)) and not BRACKET_BEFORE.search(text, 0, terms.start()):
        return True  # 《…》由河南新闻网-豫都网提供,转载请注明出处:http://…: the site's reprint terms (a story's
        # last paragraph may close with them in brackets, (转载请注明见道网…), and go on being the story)
    if "content_" in text and RECORD_CUT.search(text):
        return True  # 2024-01-05 … 1 1 沧州日报 content_114506.html 1 北京城市副: the e-paper's record, cut short by the capture
    return any(hint in text for hint in FOOTER_HINTS) and RARE_FOOTER.search(text) is not None


def next_post_at(blocks: list[Block], start: int, stop: int) -> int:
    """The first line after `start` that opens another post: who wrote it and when, as a
    forum reply or a reader's comment prints them (作者：wowkao111 时间：2017-03-24 20:35:54);
    the story ends above it. Or `stop`."""
    for i in range(start + 1, stop):
        text = blocks[i].norm
        if ("：" in text or ":" in text) and YEAR.search(text):
            keys = {f.key for f in fields.read_fields(text) if f.value}
            if "author" in keys and "date" in keys and len(text) <= MAX_POST_HEADER:
                return i
    return stop


def _header_inside(blocks: list[Block], weights: list[float], start: int, end: int) -> int | None:
    """Below a whole header inside the dense run (a breadcrumb, a headline, a dated metadata
    line), when what the run holds above it weighs little beside what follows (a menu's
    promotional blurbs a text capture prints before the page's header): where the story
    may start, or None."""
    total = sum(weights[start:end])
    above = 0.0
    listed = header.line_role(blocks[start]) == header.HEADLINE  # (the run may open with other stories' titles)
    for i in range(start + 1, end):
        above += weights[i - 1]
        if not (i >= 2 and YEAR.search(blocks[i].norm)):
            continue  # (cheap tests first)
        summary = _printed_again(blocks, start, i - 1, end)  # the story's lead printed over its headline, as a summary
        fielded = start < i - 1 <= start + MAX_BLURB_LINES and _dated_fields(blocks[i].norm) and all(
            header.line_role(b) == header.STORY for b in blocks[start : i - 1])
        if ((BREADCRUMB_MARK.search(blocks[i - 2].norm) or (listed and MIN_TITLE_LIST <= i - 1 - start <= MAX_TITLE_LIST) or summary or fielded)
                and header.line_role(blocks[i]) in (header.META, header.DATELINE) and header.line_role(blocks[i - 1]) == header.HEADLINE
                and (summary or fielded or header.line_role(blocks[i - 2]) == header.BREADCRUMB
                     or all(header.line_role(b) == header.HEADLINE for b in blocks[start : i - 1]))  # (or a list of other stories' titles)
                and any(d.has_year for d in dates.find_dates(blocks[i].norm, dates.date.max))):
            # (a headline on its dated fields, 时间:2019年03月01日 点击次数:4937, is a whole header even with no
            # path above it: what the run holds over it, under half the run, is the site's blurb)
            share = FIELDED_HEADER_SHARE if fielded and not summary else INNER_HEADER_SHARE
            return i + 1 if summary or above * share <= total else None
    return None


def _dated_fields(text: str) -> bool:
    """Whether a line is a page's labelled header fields: a date and another field (时间:… 点击次数:…)."""
    keys = {f.key for f in fields.read_fields(text)}
    return bool(keys & set(fields.DATE_KEYS)) and bool(keys & HEADER_FIELD_KEYS)


def _printed_again(blocks: list[Block], start: int, stop: int, end: int) -> bool:
    """Whether every line from `start` to `stop` is printed again below it, within the run:
    a summary of the story over its headline, which is the story's lead word for word (or
    its opening, after the credit the lead opens with: 近日,兰考县… over 全媒体记者鲁杰 通讯员李琨报道 近日,兰考县…)."""
    below = [b.norm for b in blocks[stop + 1 : end]]
    return start < stop and all(len(b.norm) >= MIN_SUMMARY_LINE and any(b.norm in line for line in below) for b in blocks[start:stop])


def captions_at(blocks: list[Block], start: int, end: int) -> int:
    """Where the story ends above the numbered captions of its photos printed after it
    (图1:区政协委员在…办公室。 图2:…), or the captions that end with their photographer's
    credit (…采摘莲蓬。新华网 王中庆 摄): photo furniture, two or more in a row, under a story of
    its own (a photo story told in such captions is its captions)."""
    at = end
    while at - 1 > start and (NUMBERED_CAPTION.match(blocks[at - 1].norm) or _credited_caption(blocks[at - 1])):
        at -= 1
    if end - at < MIN_CAPTIONS or all(_credited_caption(b) for b in blocks[start:at] if not NUMBERED_CAPTION.match(b.norm)):
        return end
    return at


def _credited_caption(block: Block) -> bool:
    return len(block.norm) <= MAX_CAPTION_CHARS and CREDITED_CAPTION.search(block.norm) is not None


def teasers_at(blocks: list[Block], start: int, end: int) -> int:
    """Where a run of other stories' teasers begins after the story (a headline, then its
    summary cut short with ...: 「抱孕婦得好孕」 老翁照做下場更糟 / 家住北市的70歲陳姓老翁…),
    two of them at least, or one on a line of its own closed by its link to the rest (… 【详细】);
    or `end`."""
    for i in range(start + 1, end - 3):
        if _teaser(blocks, i) and _teaser(blocks, i + 2):
            return i
    for i in range(start + 1, end):
        if blocks[i].norm.endswith(("】", "]")) and LINKED_TEASER.match(blocks[i].norm):
            return i  # 西安发布第二批乡村振兴十大案例 7月1日,西安市…方... 【详细】: a teaser on one line, its link to the rest
    return end


def source_line_at(blocks: list[Block], start: int, end: int) -> int:
    """Where a line that starts with 来源： stands inside the story's run, after its first
    paragraph (来源：温州晚报, 来源：都市快报 作者：… 编辑：…): the story ended above it, and
    what follows (原标题, the reporter, the site's copyright notes) is no story; or `end`.
    A notice's attachment may name its source before the signer and the date: that line
    is the notice's. A repost's credit (本文转自:九江日报) may stand over the story it credits: right over
    a lead's wire mark or its reporters' credit, with more of the run's text under it than over it, it ends nothing."""
    for i in range(start + 1, end):
        if _opening_source(blocks[i].norm) and header.line_role(blocks[i]) == header.META and not any(
                header.is_bare_date(b.norm) for b in blocks[i + 1 : min(end, i + 2 + MAX_SIGNATURE_LINES)]):
            if REPOST_LABEL.match(blocks[i].norm) and i + 1 < end and BYLINE_WORDS.search(blocks[i + 1].norm[:MAX_LEAD_MARK]) and (
                    _text_chars(blocks[i + 1 : end]) > _text_chars(blocks[start:i])):
                continue  # (修水讯(胡余定 余星)… under it: the story it credits opens there)
            return i
    return end


def _printed_again_at(body: list[Block]) -> int:
    """Where the story's own lines start again, to its end (县水务局: / 鉴于…原则同意… / 特此批复。 / 二OO五年四月二十九日 /
    鉴于…原则同意… / 特此批复。 / 二OO五年四月二十九日: a copy printing the text twice), or the body's length."""
    if len({b.norm for b in body}) == len(body):
        return len(body)  # (most stories: no line twice)
    seen: dict[str, int] = {}
    for k, b in enumerate(body):
        if len(b.norm) >= MIN_REPEATED and (j := seen.get(b.norm)) is not None:
            tail = [x.norm for x in body[k:]]
            if len(tail) >= MIN_REPEATED_LINES and tail == [x.norm for x in body[j : j + len(tail)]] and any(
                    len(t) >= MIN_REPEATED_PARAGRAPH and SENTENCE_PUNCTUATION.search(t) for t in tail):
                return k  # (a signer and a date printed again close a second notice: no paragraph of the story repeats)
        seen.setdefault(b.norm, k)
    return len(body)


def _text_chars(lines: list[Block]) -> int:
    return sum(len(b.norm) for b in lines)


def _opening_source(text: str) -> str | None:
    """The value of the 来源 label that opens the line (来源：温州晚报, [来源：新华网] …), or None."""
    found = fields.read_fields(text)
    return found[0].value if found and found[0].key == "source" and found[0].start <= 1 and found[0].value else None


def _teaser(blocks: list[Block], i: int) -> bool:
    summary = blocks[i + 1].norm
    return (len(summary) >= MIN_TEASER_SUMMARY and summary.endswith(("...", "…", "..")) and not FULL_STOP.search(summary[-4:])
            and (blocks[i].list_item or header.line_role(blocks[i]) == header.HEADLINE))


def densest_run(weights: list[float], start: int = 0) -> tuple[int, int, float]:
    """The contiguous run from `start` with the largest total weight (Kadane's algorithm)."""
    best = (start, start, 0.0)
    run_start, total = start, 0.0
    for i in range(start, len(weights)):
        if total <= 0:
            run_start, total = i, 0.0
        total += weights[i]
        if total > best[2]:
            best = (run_start, i + 1, total)
    return best


def _header_fields(blocks: list[Block]) -> dict[str, str]:
    """Labelled values on metadata lines, by key (see `fields`)."""
    return fields.fields_by_key([b.norm for b in blocks])


# A table of figures under a bulletin's last paragraph: its lines, and the row that totals it.
MAX_TABLE_LINES, MAX_CELL_CHARS = 200, 40
FIGURE_TEXT = r"[\d,.]+\s*(?:%|‰|例|人|个|家|元|万元|亿元|户|次|件|项)?"
FIGURE = re.compile(FIGURE_TEXT)
TOTAL_ROW = re.compile(rf"^(?:合计|总计|共计|总数|合\s+计|总\s+计)\s*[:：]?\s*(?P<value>(?:{FIGURE_TEXT}\s*)*)$")
# …如下：, …包括下列适合教育用途的一般规格 -: a paragraph that ends announcing a list.
ANNOUNCING_END = re.compile(r"(?:[：:]|(?<=[\u4e00-\u9fff])\s?[-－]|——)$")
# 详细名单如下(共6家):: an announcement that counts the items under it, a name a line.
ITEM_COUNT = re.compile(r"共\s*(?P<count>\d{1,2})\s*(?:家|个|项|名|处|条|所|座|户|件|人)")
MAX_COUNTED_ITEM = 40
MAX_FURNITURE_OVER_HEADER = 3  # lines of page furniture between a story and the header a capture printed under it
RELATED_BOX = re.compile(r"^(?:相关(?:新闻|阅读|文章|链接|报道|资讯)|推荐阅读|延伸阅读|猜你喜欢|热门推荐|阅读排行|排行榜)[:：]?$")  # a box of other stories' titles
CREDIT_LABEL = re.compile(r"来源\s*[:：]")  # 图文来源:汤晓逵: a credit, no headline
ITEM_STOP = re.compile(r"[。！？；]")
# 500MHz 中央处理器； … 网页排版工具；及 … 内置式调制解调器。: a bulleted item that is a clause of
# the announcing sentence ends so (a menu's items end with no mark).
LIST_CLAUSE_END = ("；", ";", "。", "，", ",", "、", "及", "和", "或")


def signed_end(blocks: list[Block], end: int, stop: int) -> int:
    """The story's end moved down to a notice's signer and date standing a few lines under it, past
    its last sections, contact lines and notes, which weigh too little for the density (…共三十天。 /
    二、公开征求意见方式 / 娄底市…官网(http://…)及微信公众号(…) / 三、公众意见反馈方式 / 1. 电子邮件:… / … /
    娄底市自然资源和规划局 / 2023年3月31日): a signed notice is read whole. Not past a link, a list's item
    or the footer."""
    for j in range(end + 1, min(stop, end + MAX_NOTICE_TAIL)):
        if _signed_on(blocks, j):
            between = blocks[end : j - 1]
            if all(b.link_density < 0.5 and not b.list_item and not _is_footer(b.norm)
                   and not any(w in b.norm for w in CLOSING_STOP_WORDS) for b in between):
                return j + 1
            return end
    return end


def figures_end(blocks: list[Block], end: int, stop: int) -> int:
    """The story's end moved down over a table of figures that closes it, as a bulletin
    prints one (区域 / 在院治疗确诊病例 / 浦东 5383 … / 合计 23777): lines or cells without a
    sentence or a link, which its total row (合计, 总计…) shows to be a table of the story's.
    Only under a paragraph's full stop: under a notice's signature, date or 此件公开发布, a
    table is an attachment printed after the document."""
    if not (0 < end and FULL_STOP.search(blocks[end - 1].norm[-1:])):
        return end
    i = end
    while i < stop and i - end < MAX_TABLE_LINES:
        text = blocks[i].norm
        if blocks[i].link_density >= 0.5 or SENTENCE_PUNCTUATION.search(text) or len(text) > MAX_CELL_CHARS:
            return end
        if total := TOTAL_ROW.match(text):
            i += 1
            if not total.group("value") and i < stop and FIGURE.fullmatch(blocks[i].norm):
                i += 1  # 合计 | 23777: the total's value in the next cell
            return i
        i += 1
    return end


def closing_end(blocks: list[Block], end: int, stop: int) -> int:
    """The story's end moved down over what closes it but weighs too little for the density:
    a list the story announces (…如下：), a short last sentence (预祝大会圆满成功！, 特此通告。,
    特此公告), a credit in brackets, and a notice's closing block — contact and attachment
    lines, one or two signers, the date, and an attachment printed after it. Contact and
    attachment lines are kept only when a closing line follows them (or, for a named
    attachment or a contact line right under the story, when nothing has closed it yet)."""
    if 0 < end < stop and blocks[end].norm.endswith(("：", ":")) and blocks[end].link_density < 0.5 and not fields.read_fields(blocks[end].norm):
        end += 1  # 取消见习基地名单如下：, too short to weigh: the list's announcement
        end = _list_end(blocks, end, stop) if end < stop else end
    elif 0 < end < stop and ANNOUNCING_END.search(blocks[end - 1].norm):
        end = _list_end(blocks, end, stop)
    new_end, dated_end, signed = end, False, False
    # 附件： alone as the story's last line (or after it): its names follow, a line each
    named_after_label = end > 0 and fields.is_attachment_label(blocks[end - 1].norm)
    numbered_attachments = False
    held = end  # contact and attachment lines, held until a closing line keeps them
    bullet, gap = None, 0  # the bullet of the event's lines kept so far ('' for none), and a line held among them
    i = end
    while i < stop and i < max(end, new_end, held) + MAX_CLOSING_LINES:  # (the window moves with each line kept or held)
        block = blocks[i]
        text = block.norm
        i += 1
        if dated_end and fields.is_attachment_label(text):
            return max(new_end, _inline_attachment_end(blocks, i, stop))  # 附件： after the date: the attachment printed
        if dated_end and fields.ATTACHMENT_LINE.match(text) and any(b.norm == text for b in blocks[max(0, end - MAX_CLOSING_LINES) : i - 1]):
            # 附:拟命名…名单 named above the signature, then again after the date over its list: the attachment printed
            return max(new_end, _inline_attachment_end(blocks, i, stop, named=True))
        named = ITEM_NUMBER.sub("", fields.LEADING_PLACEHOLDER.sub("", text))
        attachment = fields.ATTACHMENT_LINE.match(named)
        if attachment or named_after_label or (numbered_attachments and ITEM_NUMBER.match(text)):
            if block.link_density < 0.5 and len(text) > fields.ATTACHMENT_LABEL_CHARS and not dated_end:
                new_end = i  # 附件1：…管理办法 named in the text before any closing date: the document's line
            named_after_label = len(text) <= fields.ATTACHMENT_LABEL_CHARS  # 附件： alone: its names follow, a line each
            # 附件：1.知识竞答工作要求, then 2.… and 3.… on lines of their own: one list
            numbered_attachments = bool(ITEM_NUMBER.match(named[attachment.end():].lstrip() if attachment else text))
            held = i
            continue  # 附件：… links between the story and its signature
        if bullet and text.startswith(bullet) and len(text) <= header.MAX_EVENT_LINE and block.link_density < 0.5:
            new_end, gap = i, 0  # 🏳️‍⚧️ 主办单位：…: the event's list goes on under its bullet (主办 ends no story here)
            continue
        if bullet is not None and not gap and not _is_footer(text):
            held, gap = i, 1  # one line among the event's (更多详情请见…fb：…), kept if they go on under it
            continue
        credit = _closing_credit(block, right_under=i - 1 == max(end, new_end))
        # (□ 党政办: its box read as a bullet; an office over another is a list of them, a menu, no credit)
        office_credit = credit and _office_credit(text) and not (i < stop and _office_credit(blocks[i].norm))
        digits_dated = new_end == i - 1 and i >= 2 and (_digits_date(text) or YEAR_LOST.fullmatch(text) is not None) and _signer(blocks[i - 2].norm)
        # (遂宁市林业局 / 2020 4 13; …防控工作指挥部 / 年2月9日, its year's figures lost by a copy)
        if block.link_density >= 0.5 or (block.list_item and not office_credit) or any(w in text for w in CLOSING_STOP_WORDS) or (
                header.line_role(block) == header.WIDGET and not digits_dated) or (  # (您访问的链接即将离开…网站是否继续?: a prompt, however it ends)
                block_weight(block) < -SHORT_LINE_PENALTY and not (office_credit or digits_dated or (credit and _names_reporters(text)) or (
                    signed and header.is_bare_date(text)))):  # (2023年 1 月 31 日 under its signer: a date spaced out weighs as much as a link)
            break  # (a link, a list, the footer, or the site's notice: no closing line of the story's; its reporters' credit weighs as metadata)
        if dated_end and i - 1 == new_end and len(text) <= MAX_CLOSING_CHARS and INQUIRY_LINE.search(text) and not text.startswith("关于"):
            return i  # …公司 / 2018年4月4日 / 停水信息可拨打968933按1号键查询: where to ask, the notice's last line (关于开通…热线的通知: the next notice)
        closing = len(text) <= MAX_CLOSING_CHARS and (text.endswith(CLOSING_PUNCTUATION) or CLOSING_FORMULA.match(text) is not None
                                                      or BROADCAST_POINTER.match(text) is not None)
        signature = len(text) <= MAX_SIGNATURE_CHARS and not fields.read_fields(text) and (
            fields.OFFICE_END.search(text) is not None or OFFICIAL_SIGNS.match(text) is not None
            # whoever signs, a short line right above the notice's closing date is its signer
            or (not SENTENCE_PUNCTUATION.search(text) and _signs(blocks, i - 1, stop)))
        dated = header.is_bare_date(text) or SIGNED_MONTH.fullmatch(text) is not None or _signed_and_dated(text) or (
            digits_dated) or (new_end == i - 1 and CN_YEAR_CUT.fullmatch(text) is not None)
        if closing or signature or dated or credit:
            new_end = i
            dated_end = dated_end or dated
            signed = signed or signature
        elif len(text) <= MAX_CLOSING_CHARS and ((event := header.event_bullet(text)) is not None or (
                ITEM_HEAD.match(text) and i < stop and header.event_bullet(blocks[i].norm) is not None)):
            new_end, gap = i, 0  # ●时间：周日下午3:00 / ●地点：…: the event the story announces
            bullet = event or bullet
        elif header.CHAPTER_HEADING.match(text) or (len(text) <= MAX_CLOSING_CHARS and NOTICE_PERIOD.match(text)) or (
                len(text) <= MAX_SECTION_HEADING and header.SECTION_ORDINAL.match(text) and not SENTENCE_PUNCTUATION.search(text[2:])):
            held = i  # 第六章 附则, then 第五十条 本条例自…起施行。: the statute's last chapter; 公示期限:…: the notice's period;
            # 七、联系方式 over its contact lines, then 特此公告: the notice's last section
        elif len(text) <= MAX_CLOSING_CHARS and CONTACT.search(SPACES.sub("", text)):  # (邮 编：spaced out)
            if i - 1 == max(end, new_end) and CONTACT_LINE.match(text):
                new_end = i  # 咨询电话：020—83849173 right under the story: its last paragraph
            held = i
        else:
            break
    else:
        if held > new_end and held >= stop and all(CONTACT_WORD.search(SPACES.sub("", b.norm)) for b in blocks[new_end:held]) and (
                signed or any(_signer(b.norm) for b in blocks[max(0, new_end - MAX_CLOSING_LINES) : new_end])):
            return held  # 經濟部…管理處 / 發言人:… / 辦公室電話:… / E-Mail:…: a press release's signer, then its contacts, to the page's end
    return new_end


def broken_close_end(blocks: list[Block], start: int, end: int, stop: int) -> int:
    """The story's end moved down over its last sentence broken into short lines, as a phone page
    sets its closing figures (今年以来 / 于都县招商引资签约项目41个 / 签约总金额150.1亿元 / … / 签约金额66.85亿元), when
    the story's 来源 line stands right under them: short lines with no sentence's mark, no link, none the
    header's, the first of them a clause's opening (今年以来, 截至目前) that tells no headline. When the header
    names its own source, such lines over another 来源 are a box of their own (a data card), no story's."""
    if end >= stop or not CLOSE_OPENING.match(blocks[end].norm):
        return end  # (the common case: no closing clause's opening under the story)
    k = end
    while k < stop and k - end < MAX_BROKEN_CLOSE and len(blocks[k].norm) <= MAX_BROKEN_PART and not SENTENCE_PUNCTUATION.search(
            blocks[k].norm) and blocks[k].link_density < 0.5 and header.line_role(blocks[k]) in (header.HEADLINE, header.STORY):
        k += 1
    if k - end < MIN_BROKEN_CLOSE or k >= len(blocks) or any(
            header.unlabelled_source(b.norm) or any(f.key == "source" for f in fields.read_fields(b.norm))
            for b in blocks[max(0, start - HEADER_SPAN) : start]):
        return end  # (the header naming its source, a 来源 line under short lines closes a box of its own: a data card)
    return k if any(f.key == "source" for f in fields.read_fields(blocks[k].norm)) else end


def _digits_date(text: str) -> bool:
    """Whether a line is a date in digits alone, its 年, 月 and 日 lost (2020 4 13, 2022911): read
    one way only (2022911 is 2022-9-11, as 91 is no month)."""
    if " " in text:
        return DIGITS_DATE.fullmatch(text) is not None
    splits = [k for k in range(5, len(text)) if DIGITS_DATE.fullmatch(f"{text[:4]} {text[4:k]} {text[k:]}")]  # (glued: each month and day that make a date)
    return len(splits) == 1


def _signer(text: str) -> bool:
    """Whether a line is an office's name alone, as a notice's signer."""
    return len(text) <= MAX_SIGNATURE_CHARS and fields.OFFICE_END.search(text) is not None and not fields.read_fields(text)


def _signature_date(blocks: list[Block], at: int) -> bool:
    """Whether a bare date closes a notice, under its signer and its last sentence (…自觉节约用水。 /
    绍兴市区城市供水原水应急保障指挥部办公室 / 2025年10月27日): the day it was signed, no dateline of what follows,
    as a page printing the notice twice shows (its first copy's date over the second copy's headline)."""
    return at >= 2 and _signed_on(blocks, at) and blocks[at - 2].norm.endswith(CLOSING_MARKS)


def _signed_on(blocks: list[Block], at: int) -> bool:
    """Whether a bare date stands under a signer's line: a notice's closing."""
    return at >= 1 and header.is_bare_date(blocks[at].norm) and _signer(blocks[at - 1].norm)


def _signed_and_dated(text: str) -> bool:
    if (line := SIGNED_DATED.match(text)) and fields.OFFICE_END.search(line["signer"]) and header.is_bare_date(line["date"]):
        return True
    # 宿松县重点工程建设管理处 宿松县公安局交通管理警察大队2024年8月13日: offices side by side, the date run on
    return bool((dated := SIGNED_DATE_END.search(text)) and (signers := text[: dated.start()].split()) and len(signers) <= MAX_SIGNATURE_LINES
                and all(len(s) <= MAX_SIGNATURE_CHARS and SIGNER_NAME.match(s) and fields.OFFICE_END.search(s) for s in signers))


def _closing_credit(block: Block, right_under: bool) -> bool:
    """A credit that closes the story: in brackets (（转合肥市蜀山区政府网站信息）, （刘婧）, or
    after the last sentence's end on its line), a name and its part (贾安琪/编译), where it was
    reposted from (本文转载自…) or, right under the story, the paper's reporters (also in the
    lead's dateline printed there: 红网君山站10月11日讯(分站记者 王琼 戴丽萍))."""
    text = block.norm
    if len(text) > MAX_CLOSING_CHARS:
        return False
    return ((text.startswith(("（", "(")) and text.endswith(("）", ")")) and header.line_role(block) != header.PHOTO_NOTE)
            or any(p.search(text) for p in (CLOSING_CREDIT, REPOST_CREDIT, CREDIT_AFTER_SENTENCE))
            or (right_under and _office_credit(text))
            or (right_under and len(text) <= MAX_CREDIT_LINE and (REPORTER_CREDIT.match(text) is not None or (
                header.LEAD_DATELINE.search(text) is not None and BYLINE_WORDS.search(text) is not None))))


def _office_credit(text: str) -> bool:
    """Whether a line is the office that wrote the story, perhaps with its writer's name
    (□ 党政办, 县融媒体中心 尼玛, 农工党常州市委 屠 金): right under the story, its credit."""
    text = text.lstrip("□■ ").strip()
    if len(text) > MAX_CREDIT_LINE:
        return False
    parts = text.split()
    splits = [(text, "")] + ([(parts[0], "".join(parts[1:]))] if len(parts) > 1 else []) + (
        [(text[:-k], text[-k:]) for k in (2, 3) if NAMED_OFFICE_END.search(text[:-k])] if len(parts) == 1 else [])
    # (its writer's name after a space, or glued to an office's name that cannot run on into a word: 县融媒体中心尼玛, not 全市通讯员培训会召开)
    return any(len(office) >= MIN_OFFICE_CHARS and HAN_WORD.fullmatch(office) and fields.OFFICE_END.search(office)
               and not header.REPORT_VERB.search(office)  # (我市举办乡村振兴培训会: another story's headline)
               and (not name or HAN_NAME.fullmatch(name)) for office, name in splits)


def _run_in_header(lead: Block, title: Block | None, source: str | None, meta_lines: list[Block]) -> tuple[Block | None, Block, str | None, list[Block]]:
    """The header a capture ran into the story's first line, read apart: (headline, the lead
    without it, source, its dateline as lines). The page's date and time run into the lead
    (2015-12-28 18:33本网讯(通讯员 彭洪)12月27日,…) when the header dates nothing and the lead
    opens as a paper's does (本网讯, 记者…: 2024-01-01 08:00起，全市… is the story's own); or, on a page
    without a headline, the headline, its date and time, perhaps a source's name, then the story,
    all one line (查俊主持召开…交办会 2022-08-02 09:34 8月1日,市委…; …“加速跑” 2024-09-03 19:25 福州新闻 【摘要】…;
    an e-paper's: 乐都:大棚花开早 春意满枝头 第2版:省内要闻 2025年02月24日 2月21日,…; a notice's: 公 告 因萍乡…,为确保…;
    a lead opening with the headline's own subject: 内蒙古自治区推动…“加速度” 内蒙古自治区于3月31日…)."""
    if (run := LABELLED_RUN_IN.match(lead.norm)) and _opens_with_label(lead.norm) and not any(
            dates.find_dates(b.norm, dates.date.max) for b in meta_lines):
        # 信息来源:区人大 阅读次数: 发布时间:2025-06-20 14:10为密切…: the metadata line, its labelled date glued to the story
        labelled = Block(run["fields"], run["fields"], "line")
        return title, _lead_from(lead, run["rest"]), source or _header_fields([labelled]).get("source"), [labelled]
    if _opens_with_label(lead.norm) and not any(dates.find_dates(b.norm, dates.date.max) for b in meta_lines) and (
            fielded := _fields_run_in(lead.norm)) and LABELLED_DAY.search(fielded[0].norm) and len(fielded[1]) >= MIN_RUN_IN_STORY:
        # 发布时间:2012-07-10 浏览: 次 作者:朱修林 6-8月份是…,…: the metadata line, a publish date's label and its day
        # among its fields, run into the story (时间:… 地点:… opens an event's notice, its fields the story's)
        labelled, rest = fielded
        return title, _lead_from(lead, rest), source or _header_fields([labelled]).get("source"), [labelled]
    if (stamp := TIMESTAMP_RUN_IN.match(lead.norm)) and (BYLINE_WORDS.match(stamp["rest"]) or "讯" in stamp["rest"][:MAX_LEAD_MARK]) and not any(
            dates.find_dates(b.norm, dates.date.max) for b in meta_lines):
        return title, _lead_from(lead, stamp["rest"]), source, [Block(stamp["date"], stamp["date"], "line")]
    if title is None and (run := HEADER_RUN_IN.match(lead.norm) or LABELLED_HEADER_RUN_IN.match(lead.norm)) and _reads_as_headline(run["head"]):
        rest = run["rest"]
        if run["source"] and header.is_source_name(Block(run["source"], run["source"], "line")):
            source = source or run["source"]
        elif run["source"]:
            rest = f'{run["source"]} {rest}'  # (no source's name: the story's first words)
        run_meta = [Block(run["date"], run["date"], "line")]
        rest = _toolbars_trimmed(rest)
        if _opens_with_label(rest) and (fielded := _fields_run_in(rest)) is not None:
            labelled, rest = fielded  # …态势 2012-09-04 14:39 來源:德州新聞網 編輯:柴晶晶 0 ??? 近日,…: its labelled fields, then the story
            source = source or _header_fields([labelled]).get("source")
            run_meta.append(labelled)
        head = _without_column(run["head"])
        if (labelled := fields.read_fields(head)) and labelled[0].start >= header.MIN_HEADLINE_ON_META and labelled[0].key in RUN_IN_NAME_KEYS and (
                LABEL_THEN_COLON.match(head, labelled[0].start)):
            # 工业园区处赴曲靖市…调研工作 来源:工业园区处 发布时间:…: a labelled field between the headline and its date
            run_meta.append(Block(head[labelled[0].start :], head[labelled[0].start :], "line"))
            source = source or _header_fields(run_meta[-1:]).get("source")
            head = head[: labelled[0].start].strip()
        return Block(head, head, lead.tag), _lead_from(lead, rest), source, run_meta
    if title is None and (run := DOCUMENT_RUN_IN.match(lead.norm)) and _reads_as_headline(run["head"]):
        return _read_apart(run, lead, source)
    if title is None and (run := BRACKETED_TITLE_RUN_IN.match(lead.norm)) and _reads_as_headline(run["head"]) and not header.is_source_name(Block(run["head"], run["head"], "line")):
        # (【泉州晚报记者 张三…】, 【永春县融媒体中心】 before the dateline credit the story: no headline)
        return _read_apart(run, lead, source)
    if title is None and (run := SALUTED_DOCUMENT_RUN_IN.match(lead.norm)):
        return _read_apart(run, lead, source)
    if title is None and (run := SPACED_KIND_RUN_IN.match(lead.norm)):
        return _read_apart(run, lead, source)
    if title is None and (run := EPAPER_RUN_IN.match(lead.norm)) and _reads_as_headline(run["head"]):
        return _read_apart(run, lead, source, [Block(run["date"], run["date"], "line")])
    if title is None and (run := SUBJECT_RUN_IN.match(lead.norm)) and run["rest"][:SUBJECT_CHARS] == run["head"][:SUBJECT_CHARS] and (
            FULL_STOP.search(run["rest"])) and _reads_as_headline(run["head"]):
        return _read_apart(run, lead, source)
    return title, lead, source, []


def _reads_as_headline(head: str) -> bool:
    """Whether the words a capture ran before the story read as a headline on a line of their own."""
    return header.line_role(Block(head, head, "line")) == header.HEADLINE


def _read_apart(run: re.Match, lead: Block, source: str | None, meta: list[Block] | None = None) -> tuple[Block, Block, str | None, list[Block]]:
    """The headline a run-in pattern found, the lead without it, the source, and the metadata lines it held."""
    return Block(run["head"], run["head"], lead.tag), _lead_from(lead, run["rest"]), source, meta or []


def _without_column(head: str) -> str:
    """A run-in headline without the column's name a capture ran before it (最新公告 公告第2波…)."""
    column, _, rest = head.partition(" ")
    return rest.strip() if rest and header.is_section_name(column) and _reads_as_headline(rest) else head


def _toolbars_trimmed(text: str) -> str:
    """A one-line capture's story without the buttons run in around it: before its first
    sentence (我要评论0 扫描到手持设备 字号:) when one of them is a widget's, and after its
    last words, back to the story's closing credit (…春茶。记者 计成军摄 微笑 流汗 … 复制网址 打印 收藏 分享到: 0)."""
    pieces = text.split(" ")
    first = next((k for k, piece in enumerate(pieces) if SENTENCE_PUNCTUATION.search(piece)), None)
    if first and any(header.line_role(Block(p, p, "line")) == header.WIDGET for p in pieces[:first]) and all(
            f.key in BUTTON_KEYS for f in fields.read_fields(" ".join(pieces[:first]))):
        pieces = pieces[first:]  # (來源:德州新聞網 編輯:柴晶晶 0 ???: labelled fields, read as the header's)
    end = len(pieces)
    while end > 1 and not FULL_STOP.search(pieces[end - 1]) and not PIECE_CREDIT_END.search(pieces[end - 1]) and header.line_role(
            Block(tail := " ".join(pieces[end - 1:]), tail, "line")) in (header.WIDGET, header.CHROME):
        end -= 1
    if end < len(pieces) and header.line_role(Block(pieces[-1], pieces[-1], "line")) != header.WIDGET:
        end = len(pieces)  # (no button closes it: the story's own last words)
    return " ".join(pieces[:end])


def _fields_run_in(text: str) -> tuple[Block, str] | None:
    """The labelled fields a line opens with, up to the first of its space-parted pieces that
    holds a sentence's mark (the story's first words), and the rest; or None."""
    pieces = text.split(" ")
    first = next((k for k, piece in enumerate(pieces) if SENTENCE_PUNCTUATION.search(piece)), None)
    if first is None or first == 0:
        return None  # (no sentence, or no field before the first one)
    labelled = " ".join(pieces[:first])
    return Block(labelled, labelled, "line"), " ".join(pieces[first:])


def _lead_from(line: Block, rest: str) -> Block:
    """The line from where `rest` (its reading text) starts, as printed."""
    printed = line.text
    return Block(printed[printed.find(rest[:8]):] if rest[:8] in printed else rest, rest, line.tag)


def _opens_with_label(text: str) -> bool:
    """Whether a line opens with a label (上版日期：…, 编辑:滕云 发布时间:2022-03-30), as a
    metadata line under a story does; a list's 标题 时间：… does not."""
    found = fields.read_fields(text)
    return bool(found) and found[0].start == 0


def _staff_credit(block: Block) -> bool:
    """A credit that names only the story's reporters ((通讯员 陈慧), 通讯员 骆游 陈琦 交汇点记者
    徐明泽): the story's last line, as the paper prints it, not a metadata line under it."""
    labelled = fields.read_fields(block.norm.strip("()（）"))
    return bool(labelled) and _closing_credit(block, right_under=True) and all(f.label in REPORTER_LABELS for f in labelled)


def _names_reporters(text: str) -> bool:
    """Whether a credit's labels, if any, are its reporters' (记者, 通讯员), not an editor's or a
    metadata line's (作者：…, 编辑：…)."""
    return all(f.label in REPORTER_LABELS for f in fields.read_fields(text.strip("()（）")))


def _name_under_dateline(blocks: list[Block], roles: dict[int, str], title_at: int | None) -> str | None:
    """A paper's or an office's name alone on a line between the header's dateline and its
    byline (2022-05-18 17:04 / 音乐周报 / 记者：…), between the headline and its dateline
    (headline / 株洲晚报 / 06-23 09:56), or under the dateline right over the story (headline /
    2021-10-11 16:33 阅读 / 鄱阳发布 / story; a labelled one too: 发布日期:2024-05-15 15:47 / 上游新闻; under
    the header's other fields too: • 2024-05-29 11:01:23 / • 作者: / • 中部新闻网): the source's slot, without a label."""
    for i in sorted(roles):
        if i > 0 and fields.label_only(blocks[i - 1].norm) in fields.GOV_KEYS:
            continue  # 发布机构 / 十堰市司法局: a disclosure table's label cell, its value under it (an issuer, not a 来源;
            # a header's empty 作者: over 中部新闻网 is a slot left empty, the site's name under it)
        if header.in_source_slot(blocks, roles, i) or (header.is_source_name(blocks[i]) and title_at is not None and (
                (i == title_at + 1 and (roles.get(i + 1) == header.DATELINE or (i + 1 < len(blocks) and COUNTER_ALONE.match(blocks[i + 1].norm))))
                or (i >= title_at + 2 and i + 1 not in roles and all(roles.get(j) in (header.META, header.DATELINE) for j in range(title_at + 1, i))
                    and any(roles.get(j) == header.DATELINE or dates.find_dates(blocks[j].norm, dates.date.max) for j in range(title_at + 1, i))))):
            return blocks[i].norm
    return None


def _cited_title(blocks: list[Block], end: int) -> Block | None:
    """The headline a page's citation block under the story names (标题:吕巷镇召开… / 地址:http://…),
    its title labelled, the page's address right under it: what to cite the page by."""
    for j in range(end, min(len(blocks) - 1, end + CITATION_REACH)):
        found = fields.read_fields(blocks[j].norm)
        if len(found) == 1 and found[0].start == 0 and found[0].key == "title" and found[0].value and ADDRESS.search(blocks[j + 1].norm):
            value = found[0].value
            return Block(value, normalize.reading_text(value), "title")
    return None


def _headline_under_story(blocks: list[Block], start: int, end: int) -> int | None:
    """The headline a capture printed right under its story, on its metadata line (市区多条道路
    升级改造 / 发布时间:…), its 引题 over it or not (科学规划 合理布局 拓展提升 / 王琳玉对开发区
    拓区工作提出要求 / 作者:… 时间:2015-11-18), a few lines of furniture between or not; not a photo's
    caption (会议现场 / 记者:…)."""
    if end > 0 and blocks[end - 1].norm.endswith(header.ANNOUNCES):
        return None  # (…日程公告如下: / 桐城市…一览表 / 时 间 |: the table the story announces, its title and its first cell)
    if any(roles.POINTS_DOWN.search(b.norm) for b in blocks[start:end]):
        return None  # (…名单进行公示↓↓↓ / … / 福鼎市首批“最美茶园”名单 / 来源:…: what the story points at, no header)
    at = end
    while at < len(blocks) and at - end < MAX_FURNITURE_OVER_HEADER and header.line_role(blocks[at]) in (header.CHROME, header.WIDGET):
        if RELATED_BOX.search(blocks[at].norm):
            return None  # (相关新闻 / 县农业农村局开展…检查 / 2026-11-20 来源:…: other stories under a box's heading)
        at += 1  # (…大会。 / - / 即时新闻 / 东莞召开…大会 / 来源:…: a rule and a column's name between)
    for size in (1, 2):
        group = list(range(at, at + size))
        if at + size < len(blocks) and all(header.line_role(blocks[j]) == header.HEADLINE and not CREDIT_LABEL.search(blocks[j].norm) for j in group) and (
                header.line_role(blocks[at + size]) in (header.META, header.DATELINE)) and not (
                header.SCENE_CAPTION.match(blocks[at + size - 1].norm) and not _dates_or_names(blocks[at + size])):
            return header.choose_headline(blocks, group, ())
    return None


def _disclosure_row(block: Block) -> bool:
    """Whether the line is a disclosure table's row, its label (发布时间:, 标题:, 发文字号:) opening it and its value
    closing it (- 发布日期:2025-04-02 关于…的通知 is a list of documents' item), as a table printed as a list prints it."""
    found = fields.read_fields(block.norm)
    return (len(found) == 1 and found[0].start == 0 and found[0].key in fields.GOV_KEYS + fields.DATE_KEYS
            and (not found[0].value or block.norm.rstrip().endswith(found[0].value)))


def _dated(block: Block) -> bool:
    """Whether a header line gives a day (记者 耿悦 / 通讯员 赵泽皓 报道 under the headline give none)."""
    return any(d.has_year or d.has_time for d in dates.find_dates(block.norm, dates.date.max))


def _credits_lead(title: Block, lead: Block) -> bool:
    """Whether the headline line is only the name the lead's credit opens with (第1眼TV-华龙网 over
    第1眼TV-华龙网讯(通讯员 陈沂)…): the site or paper that sent the story, not its headline."""
    name = title.norm
    return len(name) <= MAX_CREDITED_NAME and lead.norm.startswith(name) and lead.norm[len(name) : len(name) + 1] in ("讯", "电", "訊", "電")


def _dates_or_names(line: Block) -> bool:
    """Whether a metadata line dates the page or names its source (发布时间:…, 时间:2015-11-18):
    one a headline stands on (记者:姜丹丹 under 会议现场 credits a photo)."""
    role = header.line_role(line)
    return role == header.DATELINE or (role == header.META and any(
        f.key in fields.DATE_KEYS + ("source",) and f.value for f in fields.read_fields(line.norm)))


def _release_foot(blocks: list[Block], start: int, stop: int) -> Block | None:
    """A press release's foot, its day (on its own line or at the story's last line's end)
    over the hour it was released (2015年8月25日(星期二) / 香港時間16時51分, as Hong Kong's
    government prints it): its publish date and time, as a labelled line reads them."""
    for j in range(max(start, 1), stop):
        if (hour := RELEASE_HOUR.match(blocks[j].norm)) and (
                found := [d for d in dates.find_dates(blocks[j - 1].norm, dates.date.max) if d.has_year]):
            day = found[-1].value
            stamp = f"发布时间:{day:%Y-%m-%d} {int(hour['h']):02d}:{int(hour['m']):02d}"
            return Block(stamp, stamp, "line")
    return None


def _story_end(blocks: list[Block], start: int) -> int:
    """Where a marker ends the story (上一篇, 相关链接…), past a paper's explainer box: 相关链接
    over unlinked prose (易性癖 / 易性癖是指…) tells the reader more of the story; over links it
    lists other stories."""
    end = story_end(blocks, start, STORY_END_MARKERS)
    while end < len(blocks) and _explainer(blocks, end):
        end = story_end(blocks, end + 1, STORY_END_MARKERS)
    return next((i for i in range(start + 1, end) if STORY_END_LINE.fullmatch(blocks[i].norm) or _editor_line(blocks[i].norm)
                 or TIP_LINE.match(blocks[i].norm)), end)


def _editor_line(text: str) -> bool:
    """Whether a line is only the story's editor (编辑:马司佳(实习)), or its editors, in brackets
    or not ((责编:刘娟 审核:党艳秋)): where a story ends, as at 责任编辑; under it a site prints its
    own notices (原创声明:…, 征文启事, 版权与免责声明:①…)."""
    if text[:1] in "(（" and text[-1:] in ")）":
        text = text[1:-1].strip()  # (责编:刘娟 审核:党艳秋): the review chain in brackets
    if not text.startswith(EDITOR_LABELS):
        return False  # (cheap test first)
    found = fields.read_fields(text)
    return bool(found) and found[0].start == 0 and all(f.key == "editor" and 0 < len(f.value) <= MAX_EDITOR_VALUE for f in found)


def _explainer(blocks: list[Block], at: int) -> bool:
    if blocks[at].norm.rstrip("：: ") != EXPLAINER_HEADING:
        return False
    after = blocks[at + 1 : at + 1 + EXPLAINER_LINES]
    return bool(after) and all(b.link_density < 0.5 and not b.list_item for b in after) and any(
        len(b.norm) >= MIN_EXPLAINER and FULL_STOP.search(b.norm) for b in after)


def _reprint_credit(blocks: list[Block], start: int, end: int, below: int) -> str | None:
    """The paper a reprint credits as it closes (■据北京晨报 under the story, …就行了。 据《京华时报》
    after its last sentence, 轉載自澳門日報; a repost statement under the story's credits,
    转载声明:本文转载自「泰州交警」): where the story was taken from, when no label says so."""
    under = next((b for b in blocks[end:below] if header.line_role(b) not in (header.WIDGET, header.CHROME)), None)
    for block in ([blocks[end - 1]] if end > start else []) + ([under] if under else []):
        if (credit := REPRINT_CREDIT.search(block.norm)) and (credit["marked"] or credit["quoted"] or header.SOURCE_NAME_END.search(credit["plain"])):
            return credit["marked"] or credit["quoted"] or credit["plain"]
    for block in _site_words(blocks, start, end, below):
        if (credit := REPOST_STATEMENT.match(block.norm)) and (name := credit["quoted"] or credit["plain"]) not in UNNAMED and (
                credit["quoted"] or header.SOURCE_NAME_END.search(name)):
            return name
    return None


def _site_words(blocks: list[Block], start: int, end: int, below: int) -> list[Block]:
    """The lines where a site speaks of the story it printed: the story's last line, and the first
    line under it past its credits, which may open the footer (記者:… / 審覈:… / 編輯:… / 轉載請註明出處:…)."""
    told = next((b for b in blocks[end : below + 1] if header.line_role(b) not in (header.WIDGET, header.CHROME, header.META)), None)
    return ([blocks[end - 1]] if end > start else []) + ([told] if told else [])


def _site_credit(blocks: list[Block], start: int, end: int, below: int) -> str | None:
    """The source the site's own words name under the story, its credits or the footer's first
    line between: the credit it asks of whoever reposts it (转载请注明出处:陆良县融媒体中心), the
    papers whose original it is (湛江日报、湛江云媒客户端原创). The last resort: a site names
    itself there, which a dateline's or a label's source outranks."""
    for block in _site_words(blocks, start, end, below):
        if (credit := CREDIT_ASKED.match(block.norm) or ORIGINALS.match(block.norm)) and credit["name"] not in UNNAMED and all(
                header.SOURCE_NAME_END.search(name) for name in credit["name"].split("、")):
            return credit["name"]
    return None


def _issuing_unit(lines: list[Block]) -> str | None:
    """The unit a news item says published it (發布單位：政治作戰局, 公布單位:第三大隊), its source
    when no 来源 is printed, also as a label cell over its value (發佈單位 / 遊憩服務課); a disclosed
    document's issuer (发布机构) is its publisher only."""
    for k, b in enumerate(lines):
        for f in fields.read_fields(b.norm):
            if f.key == "publisher" and f.value and SPACES.sub("", f.label).startswith(ISSUING_UNITS):
                return f.value
        if k + 1 < len(lines) and SPACES.sub("", b.norm).startswith(ISSUING_UNITS) and fields.label_only(b.norm) == "publisher" and (
                header.SOURCE_LIKE.match(lines[k + 1].norm)):
            return lines[k + 1].norm
    return None


def _closing_source(blocks: list[Block], start: int, end: int) -> str | None:
    """The 来源 a story's last paragraph closes with, in brackets (…基础。(来源:石家庄高新发布)), or after its
    last sentence on the line a capture ran the page into (…整治。 来源:通道融媒 编辑:redcloud)."""
    if end <= start or not (closing := CLOSING_SOURCE.search(blocks[end - 1].norm)):
        return None
    return next((f.value for f in fields.read_fields(closing["fields"] or closing["after"]) if f.key == "source" and f.value), None)


def _foot_source(blocks: list[Block], end: int, below: int) -> str | None:
    """The 来源 a template prints at the page's foot, on its last line but buttons and
    chrome ([来源：新华网]　[作者：…]　[编辑：…] under a box of other stories' headlines;
    来源：湘潭日报·新湘潭客户端责任编辑：… over 【打印本页】【关闭窗口】): the article's own,
    printed after every box the page holds."""
    for i in range(below - 1, end - 1, -1):
        role = header.line_role(blocks[i])
        if role in (header.WIDGET, header.CHROME):
            continue
        return _opening_source(blocks[i].norm) if role == header.META else None
    return None


def _bracketed_paper_under(blocks: list[Block], end: int) -> str | None:
    """(临沂日报) alone on the line right under the story: the paper or the site that printed it
    first, as a city's portal credits a story it reposts (an office's name there, (县委办 姜素清), is
    its writer's credit; a column's tag in brackets names no paper), or closing the story's last paragraph."""
    last = next((b.norm for b in reversed(blocks[:end]) if b.norm), "")  # (the story's run may end with it: no text, it is left out)
    under = next((b.norm for b in blocks[end:] if b.norm), "")
    for line in (last, under):
        if found := BRACKETED_PAPER.fullmatch(line):
            return REPOSTED_FROM.split(found["name"])[-1]
    closing = CLOSING_PAPER.search(last)
    if closing is None or sum(1 for b in blocks[:end] if CLOSING_PAPER.search(b.norm)) > 1:
        return None  # (…(浙江日报) / …(金华日报): a roundup crediting each paper its own excerpt)
    return REPOSTED_FROM.split(closing["name"])[-1]  # (天虹创惠网转载于运城日报: the paper it came from)


def _contributed_by(under: list[Block]) -> str | None:
    """声明:本文由昌吉州发展改革委供稿 under the story: the office that sent the story in, its source."""
    return next((found["name"] for b in under if (found := roles.CONTRIBUTED.match(b.norm))), None)


def _dated_credit_under(under: list[Block]) -> str | None:
    """北京日报 2013/12/11 right under the story: the paper that printed it first, and when (a
    dateline closing the story names its source as one opening it does)."""
    if under and header.line_role(under[0]) == header.DATELINE and (name := header.unlabelled_source(under[0].norm)):
        return name if header.SOURCE_NAME_END.search(name) else None
    return None


def _table_above(blocks: list[Block], title_at: int) -> list[Block]:
    """The labelled lines of the disclosure list right above the headline ([发文机构] …,
    [文件来源] 政府公报…), whose 来源 is the page's when nothing under the headline names one."""
    lines = []
    for i in range(title_at - 1, max(-1, title_at - 1 - MAX_TABLE_ABOVE), -1):
        role = header.line_role(blocks[i])
        if role not in (header.META, header.DATELINE, header.CHROME, header.WIDGET) or (role != header.META and blocks[i].link_density >= 0.5):
            break  # (a field whose value is a link is one still: [文件来源] <a>政府公报…</a>)
        lines.append(blocks[i])
    return lines


def _account_name(blocks: list[Block], roles: dict[int, str]) -> str | None:
    """The paper whose platform account the header names (环球网官方账号 04月28日06:35,
    环球时报官方澎湃号): a self-media page's source."""
    return next(filter(None, (header.account_named(blocks[i].norm) for i in sorted(roles))), None)


def _headline_on_meta_above(blocks: list[Block], start: int) -> Block | None:
    """The headline a capture printed on the first metadata line of the header above the
    story (共论出版传媒业…论坛在沪召开 2023-08-19 来源：解放日报), or None."""
    run = []  # (the header's run of metadata lines, the first one's headline first: 来源:昭通新闻网 / 2020-10-09 15:10昭通市…公示)
    for i in range(start - 1, max(-1, start - 1 - HEADER_SPAN), -1):
        if header.line_role(blocks[i]) in (header.META, header.DATELINE):
            run.insert(0, i)
            if i == 0 or header.line_role(blocks[i - 1]) not in (header.META, header.DATELINE):
                return next(filter(None, (header.headline_on_meta(blocks[j], after_date=True) for j in run)), None)
    return None


def _title_printed_as_lead(blocks: list[Block], start: int, end: int) -> tuple[int, Block] | None:
    """A sentence the page prints over its metadata line and again as its story's first line
    (本所為因應小犬颱風…,提供易淹水低窪地區民眾領用。 / 資料更新時間:112-10-03 14:08 / 本所為因應…):
    the title a CMS filled with the lead, a Taiwan office's habit: its index and line, or None."""
    for i in range(max(0, start - 2), start + 2):
        if i + 2 >= min(len(blocks), end + 2):
            break
        text = blocks[i].norm
        if len(text) < MIN_SENTENCE_TITLE or not FULL_STOP.search(text) or not SPACES.sub("", blocks[i + 2].norm).startswith(
                SPACES.sub("", text.rsplit(" ", 1)[0])):
            continue  # (cheap tests first: most pages print no such line)
        title = header.bare_headline(blocks[i])  # (…民眾領用。 列印: the print button after it goes)
        if FULL_STOP.search(title.norm) and header.line_role(blocks[i + 1]) in (header.META, header.DATELINE) and (
                SPACES.sub("", blocks[i + 2].norm).startswith(SPACES.sub("", title.norm))):
            return i, title
    return None


def _below_header(blocks: list[Block], start: int, end: int) -> int:
    """Where the story's run goes on under the header it opens with, or its start when the
    header is all of it: a capture that ran headline, date and story into one line
    (…开展巡河工作发表时间:2023-06-09 15:39 6月8日下午,…) holds its story on that line."""
    below = header.header_end(blocks, start, end)
    return below if below < end else start


def _headline_ending_path(blocks: list[Block], start: int) -> Block | None:
    """The headline a capture printed at the end of the path right over the header's metadata
    line, set apart by a space from the last crumb (您当前的位置:首页 > 新闻 > 陕西新闻
    陕西省省级经济技术开发区达24家 / 2021-05-25 15:50:05来源:陕西日报: one row of the page's
    table), when no headline line stands above the story; or None. A crumb is a column's short
    name, never a headline's MIN_HEADLINE_IN_PATH characters. Right over the story, with no
    metadata line under it, what follows the last crumb must read as a headline on its own."""
    for i in range(start - 1, max(-1, start - 1 - HEADER_SPAN), -1):
        role = header.line_role(blocks[i])
        if role == header.BREADCRUMB and (dated := _dated_last_crumb(blocks[i])) is not None:
            return dated  # 视频首页>>中国乐清网>>我市召开…动员大会    2011-05-31 00:00:00    浏览: the headline and its date end the path
        if role == header.BREADCRUMB and ((on_meta := header.line_role(blocks[i + 1]) in (header.META, header.DATELINE)) or i + 1 == start):
            # (or right over the story: 当前位置: 主页 > 乡村振兴 > 乡村新风尚 叶县洪庄杨镇:聚力整治… / 中原新视点讯:…)
            _, _, printed = BREADCRUMB_SEPARATORS.split(blocks[i].text.strip())[-1].strip().partition(" ")
            printed = BODY_CRUMB.sub("", printed.strip())  # (新闻快递 正文省森防检查团来我市: the path's 正文 step glued to the headline)
            if len(tail := normalize.reading_text(printed.strip())) < MIN_HEADLINE_IN_PATH:
                return None  # (the crumb's name, and after its first space the headline, spaces and all)
            line = Block(printed.strip(), tail, blocks[i].tag)
            if not on_meta and not _says_what_happened(line):
                return None  # (right over the story, no metadata line to vouch for it: 【打印本页】, 分享到:…, 不忘初心 牢记使命)
            return line if header.is_headline_like(line) and not header.is_section_name(tail) else None
        if role not in header.HEADER_ROLES:
            return None
    return None


def _says_what_happened(line: Block) -> bool:
    """Whether what follows a path's last crumb reads as a headline on its own: a headline line of ten
    Han characters or more, no slogan's two matched phrases (a toolbar, a share bar and an imprint are no headline's)."""
    return (header.line_role(line) == header.HEADLINE and len(header.HAN_CHAR.findall(line.norm)) >= header.MIN_ONE_CLAUSE
            and not header.couplet(line.norm) and not IMPRINT_LINE.search(line.norm) and not line.norm.endswith("主办"))


def _dated_last_crumb(line: Block) -> Block | None:
    """The path's last step when it is a headline with its date after it on the line, as a video
    page's path prints the story it shows; or None."""
    last = BREADCRUMB_SEPARATORS.split(line.text.strip())[-1]
    found = dates.find_dates(last, dates.date.max)
    if not found or not found[0].has_year:
        return None
    printed = last[: found[0].start].strip()
    head = Block(printed, normalize.reading_text(printed), line.tag)
    return head if len(head.norm) >= MIN_HEADLINE_IN_PATH and header.is_headline_like(head) and not header.is_section_name(head.norm) else None


def _date_on_headline(line: Block) -> Block | None:
    """The date a list-style template prints on the headline's line, before it or after it
    (the headline is read without it), as a line of its own; or None."""
    rest = header.undated(line.norm)
    if rest == line.norm or not (found := dates.find_dates(line.norm.replace(rest, " "), dates.date.max)):
        return None
    cut = line.norm.replace(rest, " ")
    date_text = cut[found[0].start : found[-1].end]  # (the date alone: … 2025年08月15日 吴春霖 names its writer, no source)
    if (after := cut[found[-1].end :].strip()) and len(after) > MAX_WRITER_NAME and header.is_source_name(Block(after, after, "line")):
        date_text = f"{date_text} {after}"  # (… 2004年10月15日 浙江在线新闻网站: the site's name, its source's slot)
    return Block(date_text, date_text, line.tag)


def _lines_under(blocks: list[Block], end: int, stop: int, count: int) -> list[Block]:
    """The first `count` lines under the story that are not widgets, chrome or photo notes (a share
    overlay's 点击右上角 stands between a story and its 来源 line), and the metadata lines
    that go on under them (责编：… 一审：… 二审：… 三审：… 来源：…: a paper's review chain
    above its source)."""
    found, boxed = [], 0
    for i in range(end, stop):
        b = blocks[i]
        if len(found) >= count and (len(found) >= MAX_TRAILER_LINES or (header.line_role(b) != header.META and not _listed_field(b))):
            break
        if b.link_density >= 0.5 or (b.norm.endswith(("：", ":")) and i + 1 < stop and blocks[i + 1].link_density >= 0.5):
            boxed += 1  # 相关链接： and its links, between the story and its 来源 line
            if boxed > MAX_BOX_UNDER:
                break
        elif header.line_role(b) not in (header.WIDGET, header.CHROME, header.PHOTO_NOTE) and not NUMBERED_CAPTION.match(b.norm):
            found.append(b)  # (a box's links need no role: they are counted, not kept; nor do the photos' captions, numbered
            # or closed by who took them: a photo report's seven captions stand between its lead and 来源 新华社)
    return found


def _listed_field(block: Block) -> bool:
    """A bulleted field of a label the grammar does not know, in the list of fields under a story
    (• 市府分類: 宣導活動 / • 最後異動日期: … / • 發布單位: …): the list goes on past it."""
    return block.list_item and LISTED_FIELD.match(block.norm) is not None


def _inline_attachment_end(blocks: list[Block], at: int, stop: int, named: bool = False) -> int:
    """After a notice's closing date, 附件： and the attached document printed in the page
    (a title, a numbered list, paragraphs: no links) belong to the story; a list of
    linked file names does not. Under the attachment's name the story gave (`named`), a list
    of names is the attachment printed too (安平县国旺家庭农场 / 安平县育华家庭农场…)."""
    j = at
    while j < stop and j - at < MAX_LIST_ITEMS and blocks[j].link_density < 0.5 and not blocks[j].list_item and not _is_footer(blocks[j].norm):
        j += 1
    printed = named or any(header.SUBHEADING.match(b.norm) or SENTENCE_PUNCTUATION.search(b.norm) for b in blocks[at:j])
    return j if printed else at - 1


def _signs(blocks: list[Block], at: int, stop: int) -> bool:
    """Whether the line at `at` signs a notice: short lines without a sentence (one or two:
    an office, then 省科技厅代章 or a second office) stand right above its closing date."""
    for k in range(at + 1, min(stop, at + 1 + MAX_SIGNATURE_LINES)):
        text = blocks[k].norm
        if header.is_bare_date(text) or (SIGNED_MONTH.fullmatch(text) and any(
                fields.OFFICE_END.search(b.norm) for b in blocks[at:k]) and not (k + 1 < stop and SIGNED_MONTH.match(blocks[k + 1].norm))):
            return True  # (2023年1月: a notice may be signed with its month, under an office; 2023年9月 / 2023年8月: an archive's months)
        if len(text) > MAX_SIGNATURE_CHARS or SENTENCE_PUNCTUATION.search(text) or blocks[k].link_density >= 0.5:
            return False
    return False


def next_sections_end(blocks: list[Block], start: int, end: int, stop: int) -> int:
    """Past the numbered sections that go on where the density stopped: the story's last one
    is 1.基础工作红黑榜 with its lines, the next line opens 2.指标进度红黑榜 — its next number,
    then its own short lines (红榜:…, 黑榜:…), none a link or a header's. The last section may
    have short lines of its own before the next number (一、…样板镇 / 富顺县:赵化镇 / … / 二、…)."""
    last = None
    for block in blocks[start:end]:
        if (number := section_number(block.norm)) is not None:
            last = number
    if last is None:
        return end
    i = end
    if (own := _section_lines_end(blocks, end, stop)) < stop and section_number(blocks[own].norm) == last + 1:
        i = own
    while i < stop and section_number(blocks[i].norm) == last + 1 and not (
            site_notice(blocks[i].norm) or blocks[i].link_density >= 0.5):  # (2、凡本网注明…: the site's notice, numbered)
        last = last + 1
        i = _section_lines_end(blocks, i + 1, stop)
    return i


def listed_end(blocks: list[Block], end: int, stop: int) -> int:
    """Past the lists a story ends with, each under the line that names it (北京市入选第三批全国乡村
    旅游重点村名单 / 1、密云区古北口镇司马台村 / 2、… / 北京市入选第一批…名单 / 1、…): the names a
    story reports, a line each, numbered from one; no link, no header's line among them."""
    i = end
    while i + 1 < stop and LIST_NAME.search(blocks[i].norm) and len(blocks[i].norm) <= MAX_LIST_NAME and not blocks[i].link_chars and (
            section_number(blocks[i + 1].norm) == 1):
        j, number = i + 1, 1
        while j < stop and section_number(blocks[j].norm) == number and len(blocks[j].norm) <= MAX_LISTED_ITEM and not blocks[j].link_chars:
            j, number = j + 1, number + 1
        if number <= MIN_LISTED:
            break
        i = j
    return i


def notice_list_at(blocks: list[Block], start: int, end: int) -> int:
    """Where a numbered list of the site's statements about itself closes the story's run (1、“国际在线”由…
    主办… / 2、凡本网注明“来源:国际在线”的…不得转载… / 3、…): numbered as a story's points are, and one
    of them speaking of the site's rights (本网, 本站), so the list is the site's, not the story's."""
    for i in range(start + 1, end):
        if blocks[i].norm[:1] in FIRST_NUMERALS and section_number(blocks[i].norm) == 1:  # (the cheap question first)
            j = i + 1
            while j < len(blocks) and section_number(blocks[j].norm) == j - i + 1:
                j += 1
            if j >= end and not blocks[i - 1].norm.endswith(("：", ":")) and any(SITE_ITSELF.search(b.norm) and roles.SITE_NOTICE.search(b.norm) for b in blocks[i:j]):
                # (the list runs to the run's end, or past it: its notices weigh against the story; its heading goes
                # with it: 国际在线版权与信息产品内容销售的声明)
                return i - 1 if i - 1 > start and len(blocks[i - 1].norm) <= MAX_STATEMENT_HEADING and blocks[i - 1].norm.endswith("声明") else i
    return end


def section_number(text: str) -> int | None:
    """The number a section's heading opens with: 2.指标进度红黑榜, 二、自贡市第二批…."""
    if (number := SECTION_NUMBER.match(text)) is None:
        return None
    return int(number["n"]) if number["n"] else HAN_NUMERALS.index(number["han"]) + 1


def _section_lines_end(blocks: list[Block], i: int, stop: int) -> int:
    """Past a section's own short lines, none a link, a header's line, a footer or a numbered heading."""
    while (i < stop and section_number(blocks[i].norm) is None and blocks[i].link_density < 0.5 and len(blocks[i].norm) <= MAX_SECTION_LINE
           and header.line_role(blocks[i]) in (header.STORY, header.HEADLINE) and not _is_footer(blocks[i].norm)):
        i += 1
    return i


def _announced_list_end(blocks: list[Block], end: int, stop: int) -> int:
    """Past the list a story announces (取消见习基地名单如下： then 1.… 2.… 21.…): numbered
    items, table rows, and bulleted items that are clauses of its sentence, none of them
    links, belong to the story."""
    i = end
    while i < stop and i - end < MAX_LIST_ITEMS:
        block = blocks[i]
        if block.link_density >= 0.5 or not (header.SUBHEADING.match(block.norm) or TABLE_ROW.match(block.norm) or block.cell or (
                block.list_item and block.norm.endswith(LIST_CLAUSE_END))):
            break
        i += 1
    return i


def _list_end(blocks: list[Block], end: int, stop: int) -> int:
    """Past the list a story announces, item by item or as many lines as it counts."""
    return max(_announced_list_end(blocks, end, stop), _counted_list_end(blocks, end, stop))


def _counted_list_end(blocks: list[Block], end: int, stop: int) -> int:
    """Past a list whose announcement counts its items (详细名单如下(共6家): then six names, a line
    each, unnumbered): the count says how many short lines under it are the story's."""
    found = ITEM_COUNT.search(blocks[end - 1].norm)
    if found is None or end + int(found["count"]) > stop:
        return end
    items = blocks[end : end + int(found["count"])]
    if all(len(b.norm) <= MAX_COUNTED_ITEM and not b.link_chars and not ITEM_STOP.search(b.norm) for b in items):
        return end + len(items)
    return end


def numbered_outline(blocks: list[Block]) -> tuple[int, int] | None:
    """(start, end) of a document told in numbered sections (一、项目编号： 二、项目名称：
    … 十、附件) whose values sit in table cells: a 中标公告 as a form, with no sentence to
    weigh. Three sections at least, numbered in order; the story runs from the first to
    the site's footer."""
    found: list[int] = []
    for i, block in enumerate(blocks):
        match = SECTION_ORDINAL.match(block.norm)
        if match and dates.chinese_number(match.group(1)) == len(found) + 1:
            found.append(i)
    if len(found) < MIN_OUTLINE_SECTIONS:
        return None
    stop = footer_at(blocks, found[-1])
    end = next((i for i in range(found[-1] + 1, stop) if any(w in blocks[i].norm for w in CLOSING_STOP_WORDS)), stop)
    return found[0], end


def _hidden_copy(blocks: list[Block], start: int) -> bool:
    """Whether the dense run opens with earlier lines run together: a copy of the story the
    page hides (display:none, for a reading aid) and a text capture prints all the same, its
    paragraphs joined in one long line at the page's foot (广州市民政局…的通知穗民规字〔2025〕2号…)."""
    text = SPACES.sub("", blocks[start].norm) if start < len(blocks) else ""
    if len(text) < MIN_HIDDEN_COPY:
        return False
    opening = text[:MIN_HIDDEN_COPY]
    for k in range(start - 1):
        line = SPACES.sub("", blocks[k].norm)
        if len(line) >= MIN_COPIED_LINE and line in opening and line + SPACES.sub("", blocks[k + 1].norm) in text:
            return True
    return False


def _cover_letter(blocks: list[Block], start: int) -> int:
    """The dense run's start moved up over the letter that sends the document it holds: its
    addressees (各相关区人民政府，有关单位：), its sentence or two (现将《…》印发给你们，请认真组织
    实施。), the offices that sign it and its date, over a note in brackets (（此件主动公开）) and
    the document's title.
    The letter weighs little beside its document, and its close looks like a header. The document's
    first numbered headings (1 总则 / 1.1 编制目的) may stand between its title and its first paragraph."""
    i, notes, headings = start - 1, 0, 0
    while i >= 0 and (BRACKETED_NOTE.fullmatch(blocks[i].norm) or header.line_role(blocks[i]) == header.HEADLINE):
        if OUTLINE_HEADING.match(blocks[i].norm) and headings < MAX_COVER_HEADINGS:
            headings += 1  # (1 总则 / 1.1 编制目的: the document's first headings, over its first paragraph)
        elif notes < MAX_COVER_NOTES:
            notes += 1  # (any other line: the note, the document's own title: 2025年北京市耕地地力保护补贴实施方案)
        else:
            break
        i -= 1
    if i < 0 or not header.is_bare_date(blocks[i].norm):
        return start
    signers = 0
    while i - 1 >= 0 and signers < MAX_COVER_SIGNERS and len(blocks[i - 1].norm) <= MAX_SIGNATURE_CHARS and fields.OFFICE_END.search(blocks[i - 1].norm):
        i, signers = i - 1, signers + 1
    sentences = 0
    while i - 1 >= 0 and sentences < MAX_COVER_SENTENCES and FULL_STOP.search(blocks[i - 1].norm) and COVER_SENDS.search(blocks[i - 1].norm):
        i, sentences = i - 1, sentences + 1
    if signers and sentences and i - 1 >= 0 and blocks[i - 1].norm.endswith(("：", ":")):
        return i - 1
    return start


def _first_section(blocks: list[Block], start: int) -> int:
    """The dense run's start moved up to the story's first numbered section when the run
    opens with a later one (二、挂牌出让土地受让对象… under 一、挂牌出让地块位置及规划指标概况： and
    its table of parcels, which a capture prints a cell a line and the density passes by)."""
    found = SECTION_ORDINAL.match(blocks[start].norm) if start < len(blocks) else None
    if not found:
        return start
    wanted, at = dates.chinese_number(found.group(1)) - 1, start
    for i in range(start - 1, max(-1, start - 1 - MAX_SECTION_GAP), -1):
        if wanted == 0 or header.line_role(blocks[i]) in (header.META, header.DATELINE, header.BREADCRUMB):
            break
        if (section := SECTION_ORDINAL.match(blocks[i].norm)) and dates.chinese_number(section.group(1)) == wanted:
            at, wanted = i, wanted - 1
    return at if wanted == 0 else start


def signed_notice(blocks: list[Block]) -> tuple[int, int] | None:
    """(start, end) of a notice too short for any line to weigh (…选举周乃翔为山东省省长。 /
    现予公告。 / …主席团 / 2021年10月27日于济南): its sentences, its closing formula, and a
    signature that holds a date under it."""
    for k, block in enumerate(blocks):
        if not CLOSING_FORMULA.match(block.norm):
            continue
        start = k
        while start > 0 and header.line_role(blocks[start - 1]) == header.STORY and FULL_STOP.search(blocks[start - 1].norm):
            start -= 1
        end = closing_end(blocks, k + 1, len(blocks))
        signed = any(dates.find_dates(b.norm, dates.date.max) for b in blocks[k + 1 : end])
        return (start, end) if start < k and signed else None
    return None


def short_line_story(blocks: list[Block]) -> tuple[int, int] | None:
    """(start, end) of a story told a short phrase a paragraph, as a WeChat-style piece is
    (今天这个人 / （他）她呀，不简单 / 经常刷手机的朋友们 / …): no line weighs like a
    sentence, so the density finds nothing, but MIN_SHORT_LINES lines or more in a row, no
    link, no list item, none a header line (chrome, a widget, metadata), holding
    MIN_SHORT_LINE_CHARS characters, are the page's text. The longest such run."""
    best, most, at = None, MIN_SHORT_LINE_CHARS - 1, None
    for i, block in enumerate(blocks + [Block("", "", "line", 1)]):  # (a linked sentinel ends the last run)
        text_line = (i < len(blocks) and block.link_density < 0.5 and not block.list_item
                     and header.line_role(block) in (header.HEADLINE, header.STORY, header.SUBTITLE))
        if text_line and at is None:
            at = i
        elif not text_line and at is not None:
            chars = sum(len(b.norm) for b in blocks[at:i])
            if i - at >= MIN_SHORT_LINES and chars > most:
                best, most = (at, i), chars
            at = None
    return best


def _issue_lines(blocks: list[Block], start: int) -> list[int]:
    """Dated lines above the story, clock-like or bare dates, with an e-paper's page mark
    (第A03版, 版面, 电子报) on them or within ISSUE_MARK_LINES: an issue date, not a site
    clock; and the date in an e-paper's toolbar (3上一篇 下一篇4 2011年6月15日 放大 缩小 默认)."""
    near = {j for i in range(start) if ISSUE_MARK.search(blocks[i].norm)  # (the marks found once, not per line)
            for j in range(i - ISSUE_MARK_LINES, i + ISSUE_MARK_LINES + 1)}
    found = []
    for i in range(start):
        text = blocks[i].norm
        toolbar = EPAPER_BUTTON.search(text) is not None
        if i not in near and not toolbar:
            continue
        role = header.line_role(blocks[i])
        if (i in near and (role == header.DATELINE or (role == header.CHROME and (header.WEEKDAY.search(text) or ISSUE_LABELLED.match(text))))) or (
                toolbar and role == header.WIDGET and dates.find_dates(text, dates.date.max)):
            found.append(i)
    return found


def _issue_under(blocks: list[Block], end: int) -> list[Block]:
    """The e-paper's page bar right under the story, its page mark and the issue's date on one
    line (当前:B3版(2023年01月18日) 上一版 下一版): a template that prints it at the foot; or the
    e-paper CMS's hidden record a capture prints there (2023-09-22 1 1 聊城日报 content_39192.html …
    /enpproperty-->), which holds the issue's date too."""
    return [b for b in blocks[end : end + ISSUE_FOOT_LINES] if (ISSUE_MARK.search(b.norm) or EPAPER_RECORD in b.norm)
            and any(d.has_year for d in dates.find_dates(b.norm, dates.date.max))][:1]


def _dated_under_headline(blocks: list[Block], roles: dict[int, str], title_at: int) -> int | None:
    """The first line under the headline (past its 副题 and widgets), when it is a date and
    its weekday: a site clock stands over the page, not between a headline and its story."""
    for i in sorted(j for j in roles if j > title_at):
        if roles[i] in (header.SUBTITLE, header.WIDGET, header.PHOTO_NOTE):
            continue
        return i if roles[i] == header.CHROME and header.is_dated_weekday(blocks[i].norm) else None
    return None


def _headline_naming_document(blocks: list[Block], at: int, title: Block) -> int | None:
    """A headline right over the metadata line just above the chosen title, when the chosen title's
    lines (an issuer's, then the document's 关于…通告) are a document's heading, the document's title
    closing that headline (泸县关于继续实行分区分级交通管理的通告 / 资讯川南在线 发布时间:2022-09-11 / 泸县…交通防控组 /
    关于继续实行分区分级交通管理的通告 / (第3号)): the page names the document so, over the text it holds."""
    if not any("关于" in b.norm for b in blocks[max(0, at - header.MAX_TITLE_LINES) : at + 3]):
        return None  # (no document's title near the headline: the common case)
    top = at
    while top > 0 and blocks[top - 1].norm and blocks[top - 1].norm in title.norm:
        top -= 1  # (the title's first line, when it was joined from several)
    matter = next((SPACES.sub("", blocks[j].norm) for j in range(top, min(len(blocks), top + 3))
                   if header.is_matter_line(blocks[j].norm)), None)
    meta = top - 1
    if matter is None or meta < 1 or header.line_role(blocks[meta]) not in (header.META, header.DATELINE):
        return None
    above = blocks[meta - 1]
    named = SPACES.sub("", above.norm)
    return meta - 1 if (header.line_role(above) == header.HEADLINE and named.endswith(matter) and len(named) > len(matter)
                        and named != SPACES.sub("", title.norm)) else None


def _bare_twin(blocks: list[Block], at: int, title: Block) -> int | None:
    """Where a nearby line prints the headline alone, when the chosen line is that line with a
    few words glued before or after it, a separator between: a site's name after a dash
    (熊林…签约仪式 - 商务之窗, a <title> printed as a line) or a CMS's mark before a colon (信息首发:广州:…);
    the page printing the headline bare says which words are the headline's."""
    for j in range(max(0, at - TWIN_REACH), min(len(blocks), at + TWIN_REACH + 1)):
        bare = blocks[j].norm
        if j == at or len(bare) < header.MIN_TWICE or len(bare) >= len(title.norm) or bare not in title.norm:
            continue
        affix = title.norm.replace(bare, "", 1)
        if (title.norm.startswith(bare) or title.norm.endswith(bare)) and TWIN_AFFIX.fullmatch(affix) and header.line_role(blocks[j]) == header.HEADLINE:
            return j
    return None


def _pair_printed_apart(blocks: list[Block], at: int, title: Block) -> tuple[int, int] | None:
    """Two headline lines a little under the chosen line that it joins with a space: a template printing the
    title it gives the page (引题 and headline together) over the metadata, then the two apart; which of them
    is the headline is a title group's choice."""
    if header.couplet(title.norm):
        return None  # (凝心聚力谋发展 实干担当开新局: two matched phrases are one title, printed apart or not)
    for j in range(at + 1, min(len(blocks) - 1, at + TWIN_REACH + 1)):
        if title.norm == f"{blocks[j].norm} {blocks[j + 1].norm}" and all(header.line_role(blocks[k]) == header.HEADLINE for k in (j, j + 1)):
            if header.issuers_over_matter(blocks, [j, j + 1]):
                return None  # (重庆市黔江区公安局 / 关于…的通告: a document's issuer and its matter, one title the page gives whole)
            return j, j + 1
    return None


def _timed_dateline(block: Block) -> bool:
    """A dateline giving the hour (2016-12-22 16:41), as a page's header does and a signature's date does not."""
    return header.line_role(block) == header.DATELINE and any(d.has_time for d in dates.find_dates(block.norm, dates.date.max))


def _with_value_under(blocks: list[Block], at: int) -> Block:
    """A label cell with its value, the next line (發布日期 / 109-03-31: a Taiwan office's fields
    under the story, a cell a line), as one line; any other line as it is."""
    if not fields.label_only(blocks[at].norm) or at + 1 >= len(blocks):
        return blocks[at]
    value = blocks[at + 1]
    return Block(f"{blocks[at].text} {value.text}", f"{blocks[at].norm} {value.norm}", blocks[at].tag)


def parse(page: Page, url: str | None) -> Extract:
    blocks = without_prompts(page.blocks, page.joined)
    if not page.is_html:
        blocks = titles_parted(notice_parted(blocks))
    blocks = badge_dates_joined(blocks)
    page = Page(blocks, page.html_title, page.meta, page.is_html, page.links)
    pictures = captioned_pictures(blocks)
    weights = [0.0 if i in pictures else block_weight(b) for i, b in enumerate(blocks)]
    start, end, weight = densest_run(weights)
    if not page.is_html and _hidden_copy(blocks, start):
        start, end, weight = densest_run(weights[:start])  # the story is the lines the copy runs together
    if (inner := _header_inside(blocks, weights, start, end)) is not None:
        start, end, weight = densest_run(weights, inner)  # the run's top was a menu's blurbs: the story is under its header
    start = _cover_letter(blocks, _first_section(blocks, start))
    if header.lists_titles(blocks, start):
        start, end, weight = densest_run(weights, start + 1)  # an e-paper page's titles on one line, its commas weighing: the story is under it
    title_at, title = find_title(page, header.header_end(blocks, start, end), end)
    if (twice := _title_printed_as_lead(blocks, start, end)) is not None and (title is None or (
            title_at is not None and title_at < twice[0] and len(title.norm) <= MAX_COLUMN_TITLE)):
        title_at, title = twice  # a CMS whose title holds the lead's sentence, printed over the metadata line
    if title_at is not None and title_at >= start:
        start, end, weight = densest_run(weights, title_at + 1)
    if weight < MIN_BODY_WEIGHT:
        if (outline := numbered_outline(blocks) or short_line_story(blocks) or signed_notice(blocks)) is None:
            return Extract(body=[])
        start, end = outline  # a notice printed as a form, a story told a phrase a line: no sentence weighs
        title_at, title = find_title(page, start, end)
    elif (outline := numbered_outline(blocks)) and outline[0] < start < outline[1]:
        start, end = outline[0], max(end, outline[1])  # (the one sentence of a form's sections weighs: the form is the story)
        title_at, title = find_title(page, start, end)
    if title is None and end - start > 1 and header.line_role(blocks[start]) == header.HEADLINE and not header.opens_outline(blocks, start):
        title_at = start  # a headline with an exclamation mark weighs like a sentence
        if blocks[start].norm.endswith(header.KICKER_END) and end - start > 2 and header.line_role(blocks[start + 1]) == header.HEADLINE:
            title_at = start + 1  # (…面对两种性别的对抗，煎熬着……: its 引题, which commas weigh too)
        title, start = blocks[title_at], title_at + 1
    if title_at is not None and (joined := _broken_headline(
            blocks, title_at, _titles(page) + _printed_titles(blocks, title_at - HEADER_LINES_ABOVE, title_at) + _whole_prints(blocks, title_at))):
        title, title_at = joined  # a headline broken by <br>, whole in <title> or the table above it
        start = max(start, title_at + 1)
    elif title_at is not None and not page.is_html and (joined := header.unwrapped_headline(blocks, title_at)):
        title = Block(joined[0], joined[1], title.tag)  # a headline the capture broke over two lines
        title_at += 1
        start = max(start, title_at + 1)
    elif title_at is not None and (joined := header.open_headline(blocks, title_at)):
        title, title_at = joined  # …等部门关于印发 / 《…措施》的通知: a document's title broken after 关于印发
        start = max(start, title_at + 1)
    elif title_at is not None and (joined := header.couplet_headline(blocks, title_at)):
        title, title_at = joined  # 一线办公 / 现场督查: a title in two matched phrases, a line each
        start = max(start, title_at + 1)
    elif title_at is not None and (joined := header.told_headline(blocks, title_at)):
        title, title_at = joined  # 北京温州商会 / 来瑞考察: a title broken before its last words
        start = max(start, title_at + 1)
    title = header.bare_headline(title)
    if title_at is not None and title is not None and (named := _headline_naming_document(blocks, title_at, title)) is not None:
        title_at, title = named, blocks[named]  # 泸县关于…的通告 / 发布时间:… over 泸县…防控组 / 关于…的通告: the page's headline names the document
    if title_at is not None and title is not None and (twin := _bare_twin(blocks, title_at, title)) is not None:
        title = blocks[twin]  # 熊林…签约仪式 - 商务之窗 under 熊林…签约仪式: the headline printed again, the site's name after it
        title_at = min(title_at, twin)  # (the header's lines stand under the first of them)
    if title_at is not None and title is not None and (apart := _pair_printed_apart(blocks, title_at, title)) is not None:
        title = blocks[header.choose_headline(blocks, list(apart), _titles(page))]  # 省…时指出 全面高质量展示好 / 发布时间:… /
        # 省…时指出 / 全面高质量展示好: the 引题 and headline, as the <title> joined them, printed apart (header.story_start
        # leaves them out; title_at stays on the joined line, which the header's metadata stands under)
    if not page.is_html and title_at is not None and title_at + 1 < len(blocks) and (
            on_meta := header.headline_on_meta(blocks[title_at + 1])) and len(on_meta.norm) > len(title.norm):
        title = on_meta  # (the group above was a column's name; the line stays the header's)
    elif not page.is_html and title_at is None and (on_meta := _headline_on_meta_above(blocks, _below_header(blocks, start, end))):
        title = on_meta  # (no headline line above it at all: a numbered menu's items are none; the story's run may open
        # on the metadata line itself: 奉贤区政协主席…走访调研 2025-05-27 来源:… as the capture's first line)
    elif title_at is None and (in_path := _headline_ending_path(blocks, header.header_end(blocks, start, end))):
        title = in_path
    elif title_at is None and start + 1 < end and header.line_role(blocks[start]) == header.BREADCRUMB and (
            in_path := _headline_ending_path(blocks, start + 1)):
        title, start = in_path, start + 1  # 當前位置: 主頁 > … > 鄉村新風尚 葉縣洪莊楊鎮:聚力整治… opening the run, long with its glosses
    elif not page.is_html and title_at is not None and title_at > 0 and (on_meta := header.headline_on_meta(blocks[title_at - 1])):
        title = on_meta  # 禁牧期!大同區最新公告 發布時間:… 來源:… over 大同區草原禁牧公告: the page's headline, over the notice's own title
    dense_start, start = start, header.story_start(blocks, title_at, start)
    if start >= end > dense_start:
        start = dense_start  # every line of the run looks like header: a photo story's caption is its story
    boxes = header.inline_boxes(blocks, start, dense_start) if start < dense_start else set()
    footer = footer_at(blocks, start)
    stop = next_post_at(blocks, start, min(_story_end(blocks, start), footer))
    end = next_sections_end(blocks, start, min(end, stop), stop)
    end = listed_end(blocks, end, stop)
    end = closing_end(blocks, end, stop)
    end = broken_close_end(blocks, start, end, stop)
    end = signed_end(blocks, end, stop)
    end = figures_end(blocks, end, stop)
    end = teasers_at(blocks, start, end)
    end = source_line_at(blocks, start, end)
    end = captions_at(blocks, start, end)
    end = notice_list_at(blocks, start, end)
    lo = title_at + 1 if title_at is not None else max(0, start - HEADER_SPAN)
    while title_at is None and lo > 0 and start - lo < header.MAX_HEADER_LINES and header.line_role(blocks[lo - 1]) in (header.META, header.DATELINE):
        lo -= 1  # 發稿單位:… / 發稿日期:… / 聯 絡 人:… / 聯絡電話:…: a run of metadata reaching into the span is the header's, whole
    roles = header.with_values(blocks, {i: header.line_role(blocks[i]) for i in range(lo, start)})
    if title_at is not None and (under := _dated_under_headline(blocks, roles, title_at)) is not None:
        roles[under] = header.DATELINE  # 一九九八年九月七日（星期一） under the headline: the story's date, no site clock
    meta_lines = [blocks[i] for i, r in roles.items() if r in (header.META, header.DATELINE) and not _signature_date(blocks, i)]
    if title_at is not None and all(DOC_NUMBER.match(b.norm) or not _dated(b) for b in meta_lines):
        # Some templates print the metadata above the headline (a document's number under its
        # title dates nothing); above its first line, when it was broken over several.
        top = title_at
        while top > 0 and blocks[top - 1].norm and blocks[top - 1].norm in title.norm and header.line_role(blocks[top - 1]) == header.HEADLINE:
            top -= 1
        taken_below = len(meta_lines)
        listed_rows = sum(1 for b in blocks[max(0, top - MAX_LISTED_TABLE) : top] if b.list_item and _disclosure_row(b))
        for b in reversed(blocks[max(0, top - ABOVE_TITLE_LINES) : top]):
            if len(meta_lines) == taken_below and (
                    (b.norm.endswith(header.KICKER_END) and header.line_role(b) == header.HEADLINE)
                    or (b is blocks[top - 1] and len(b.norm) <= SHORT_KICKER and HAN_WORD.fullmatch(b.norm))):
                continue  # (…煎熬着……, 钦工镇: the headline's 引题, between it and the e-paper's header, its date)
            if (b.list_item and not header.is_bare_date(b.norm) and not (listed_rows >= MIN_LISTED_ROWS and _disclosure_row(b))) or b.link_density >= 0.5 or header.line_role(b) not in (
                    header.META, header.DATELINE, header.WIDGET):
                break  # only the lines right above it: a list or a sidebar is something else (a linked source is not; • 2016-10-10 is a
                # catalogue's date; • 发布时间: 2025-08-07 over • 标题: …, a disclosure table printed as a list, is the page's)
            meta_lines.append(b)
    while end - start > 1 and fields.is_download_label(blocks[end - 1].norm):
        end -= 1  # 文件下载： and no file under it: the download box of a page that has none
    trailer = []
    while end - start > 1 and header.line_role(blocks[end - 1]) == header.META and not _staff_credit(blocks[end - 1]):
        trailer.append(blocks[end - 1])  # 来源：… or 编辑：… closing the story is metadata ((通讯员 陈慧) is its credit)
        end -= 1
    if (title is None and end - start > 2 and header.line_role(blocks[end - 2]) == header.HEADLINE
            and not fields.OFFICE_END.search(blocks[end - 2].norm) and _timed_dateline(blocks[end - 1])):
        # …扶贫硬底化道路正式动工建设… / 官渡镇山嘴村至高山村硬底化道路开工 / 2016-12-22 16:41: the story, then its
        # header (a notice's signer and its date, 全州县人民政府 / 2022年1月17日, close the story instead)
        end -= 2
    # (past a 相关链接 box too, down to the footer: the 来源 line some templates print under it)
    below = next_post_at(blocks, start, footer)
    under = _lines_under(blocks, end, below, TRAILER_LINES)
    # (a label cell's value on the line under it is the trailer's too: 来源: / 衢州新闻网-衢州晚报)
    trailer += [b for j, b in enumerate(under) if header.line_role(b) == header.META or (
        j > 0 and fields.label_only(under[j - 1].norm) and header.line_role(under[j - 1]) == header.META)]
    if title is None and not meta_lines and (under_story := _headline_under_story(blocks, start, end)) is not None:
        title, meta_lines = blocks[under_story], [blocks[under_story + 1]]  # 市区多条道路升级改造 / 发布时间:… printed under the story
    if title is None and (cited := _cited_title(blocks, end)) is not None:
        title = cited  # 本篇文章200字,读完约1分钟 / …the story… / 标题:吕巷镇召开… / 地址:http://…: no headline over the story, one in its citation
    if title_at is not None and (on_headline := _date_on_headline(blocks[title_at])) is not None:
        meta_lines.append(on_headline)  # 30-10-2008 - 輕軌第一期…, …添新绿 2024年03月18日: the date the headline's line prints
    # (a trailer names the source; of its dates only a publish date's is read, after the
    # header's and the table's: a footer's 更新时间 is the site's)
    found = _header_fields(meta_lines)
    if "source" not in found and (trailing := _header_fields(trailer).get("source")):
        found["source"] = trailing
    if "source" not in found and title_at is not None and (listed := _header_fields(_table_above(blocks, title_at)).get("source")):
        found["source"] = listed
    # No 来源 printed: the unit a news item's header says published it (發布單位：政治作戰局) is
    # its source; a disclosure list's issuing office (发布机构：…) is the document's publisher only.
    reposts = [i for i in range(start, end) if "转" in blocks[i].norm[:MAX_REPOST_LABEL] and REPOST_LABEL.match(blocks[i].norm)
               and header.line_role(blocks[i]) == header.META]
    # (本文转自:九江日报 inside the story's run, over the story it credits: the source, no line of the story)
    source = (found.get("source") or _closing_source(blocks, start, end) or _issuing_unit(meta_lines) or _issuing_unit(trailer)
              or _foot_source(blocks, end, below)
              or _reprint_credit(blocks, start, end, below)
              or next((_opening_source(blocks[i].norm) for i in reposts), None)
              or next(filter(None, (header.unlabelled_source(b.norm) for b in meta_lines)), None)
              or _name_under_dateline(blocks, roles, title_at) or _account_name(blocks, roles) or _dated_credit_under(under)
              or _bracketed_paper_under(blocks, end) or _contributed_by(under) or _site_credit(blocks, start, end, below))
    if source and header.DOC_NUMBER.match(source):
        source = None  # 沪卫基层〔2024〕5号 a table put under the wrong label: a document number names no one
    issue = [blocks[i] for i in _issue_lines(blocks, start)] or _issue_under(blocks, end)
    body = [b for i, b in enumerate(blocks[start:end], start) if i not in boxes and i not in pictures and not _no_text(b) and i not in reposts
            and not _headline_and_site(b, title)]
    while len(body) > 1 and not (header.is_bare_date(body[-1].norm) or _signer(body[-1].norm)) and _repeats_story(body[-1], body[:-1]):
        body.pop()  # the lead again after the story, cut with …: a share box's summary (a notice's date and signer
        # close it, though a line of it opens with them: 2023年3月31日—2023年4月29日, 娄底市自然资源和规划局官网…)
    body = body[: _printed_again_at(body)]
    while len(body) > 1 and (_repeats_story(body[0], body[1:]) or header.line_role(body[0]) == header.ORIGINAL_TITLE or (
            title is not None and header.line_role(body[0]) == header.HEADLINE and header.is_matter_line(body[0].norm))):
        body.pop(0)  # (and before it; and a 原标题 line left at the top, which opens no story, as under such a digest: 导读:… / (原标题:… 记者:…) / 近日,…;
        # and a notice's own title under the page's headline: 导语 为保障… / 关于调整民主广场通行顺序的通告 / 为保障…)
    if body:
        title, body[0], source, run_in = _run_in_header(body[0], title, source, meta_lines)
        meta_lines = meta_lines + run_in
        if title is not None and _credits_lead(title, body[0]):
            title, source = None, source or title.norm  # 第1眼TV-华龙网 over 第1眼TV-华龙网讯(通讯员 陈沂)…: the source's name
    # 上版日期：112-06-13 under the attachments: a labelled date a few lines under the story
    # (a line that opens with its label and holds no link: a list's 标题 时间：… is another story's)
    dated = [_with_value_under(blocks, j) for j in range(end, min(stop, end + TRAILER_DATE_LINES))
             if not blocks[j].link_chars and (_opens_with_label(blocks[j].norm) or fields.label_only(blocks[j].norm))
             and header.line_role(blocks[j]) == header.META]
    if (released := _release_foot(blocks, end - 1, min(stop, end + TRAILER_DATE_LINES))) is not None:
        dated.append(released)
    return Extract(body=body, title=title, header=meta_lines, source=source, issue=issue[-1:], trailer=dated)
