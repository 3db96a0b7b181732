"""Where the temporal expressions of a Chinese text are: the lexicons (`data/time_words.tsv`,
`time_parts.tsv`, `holidays.tsv`) and the one pattern that finds every expression they and the
written dates (`2023年9月13日`, `民國112年`, `3月至5月`, `60年代初`, `3年前` …) make up.

The pattern's named groups say what kind of expression matched; `time_values.py` reads them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsmine.analyze.text import alternation
from newsmine.data import table

_S = r" ?"  # newsmine text often has a space between a number and its unit (`2019 年`)
_YEAR = r"(?<!\d)(?:\d{4}|[〇零一二三四五六七八九]{4})"
# A year by its last two digits (`'98年`, `22年底`, `19年3月`), never a count of years (`近20年`, `工作了22年`)
_YEAR2 = r"['‘’]\d\d(?=年)|(?<![\d.近逾约約了过過这這多余餘第前后後])\d\d(?=年(?:底|初|末|\d{1,2}月))"
_NUM = r"(?<![\d.])(?:\d{1,2}|[一二三四五六七八九十]{1,3}|[廿卅][一二三四五六七八九]?)"  # 廿三 = 23
_COUNT = r"(?<![\d.])(?:\d{1,3}|[一二两兩三四五六七八九十百]{1,4})"
_MONTH = rf"(?:{_NUM}|(?<![\d〇零一二三四五六七八九十百千万萬亿億两兩])元(?= ?月))"  # 元月 = January
_TO = r"(?:至|到|~|-|—|–)"
_LUNAR_MONTH = r"十[一二]|[正冬腊臘一二三四五六七八九十]|1[0-2]|[1-9]"  # 冬月 the 11th, 腊月 the 12th
_LUNAR_DAY = (r"初[一二三四五六七八九十]|十[一二三四五六七八九]|二十[一二三四五六七八九]?|廿[一二三四五六七八九]?|三十"
              r"|(?<![\d.])\d{1,2}(?!\d)[日号號]?")
_YEAR_WORD = r"今年|去年|明年|本年|上年|前年"
_GUARDS = {  # a one-character part must not begin a longer word: `年中，` but not `年中国`, `年初` not `初步`
    "中": r"(?![国國华華央共东東西南北美日韩韓欧歐港台澳资資外文方部心学學小大型医醫企铁鐵新俄英法德印意加越泰菲巴以伊非亚亞拉"
          r"调調沟溝考奖獎总總结結促])",
    "初": r"(?![步次衷心稿级級中审審选選赛賽恋戀露见見版一二三四五六七八九十])",
}
# A season must not begin the name of a games, a forum or a festival (`2022年冬奥会`, `夏季达沃斯`, `2024年春晚`)
_SEASON_GUARD = r"(?![奥奧运運达達]|[残殘][奥奧]|[节節晚联聯粮糧令至储儲])"
_GUARDS |= {w: _SEASON_GUARD for w in ("春", "夏", "秋", "冬", "春季", "夏季", "秋季", "冬季", "春天", "夏天", "秋天", "冬天")}


@dataclass(frozen=True)
class Word:
    """A row of `data/time_words.tsv`: how the word resolves (`kind`) and by how much (`value`)."""

    kind: str
    value: int | None


def _int(cell: str) -> int:
    """A lexicon cell's number; 0 for an empty cell."""
    return int(cell) if cell else 0


WORDS = {row["word"]: Word(row["kind"], int(row["value"]) if row["value"] else None)
         for row in table("time_words")}
HOLIDAYS = {row["word"]: (row["calendar"], _int(row["month"]), _int(row["day"])) for row in table("holidays")}
_MARKED = [row["word"] for row in table("holidays") if row["marked"]]  # `“五一”`, `十一长假`, but not `五一广场`
HOLIDAY_PERIODS = [(row["from"], row["to"]) for row in table("holiday_periods")]
_DAYS_OFF = r"假期|[长長]假|小[长長]假|[连連]假|黄金[周週]|黃金[周週]|期间|期間|大促"
PARTS = {(row["of"], row["part"]): (int(row["from"]), int(row["to"])) for row in table("time_parts")}


def _parts(of: str) -> str:
    """An alternation of the parts of `of` (all of them when `of` is empty), guarded as `_GUARDS` says."""
    words = sorted({p for o, p in PARTS if o == of or not of}, key=len, reverse=True)
    return "|".join(re.escape(w) + _GUARDS.get(w, "") for w in words)


_CHU, _ZHONG = _GUARDS["初"], _GUARDS["中"]
_DAYPART = alternation([w for w, x in WORDS.items() if x.kind == "daypart"])
_RELATIVE = alternation([w for w, x in WORDS.items() if x.kind != "daypart"])
_CENTURY = (r"上世[纪紀]|上個世紀|上个世纪"  # `18世纪`, `十九世纪`; not `公元前5世纪`, which is before year 1
            r"|(?<![\d前])(?:1\d|2[01]|[1-9])世[纪紀]|(?<![一二三四五六七八九十前])(?:二十一|二十|十[一二三四五六七八九]|[一二三四五六七八九十])世[纪紀]")
# What follows a century in the names of firms, papers and schools (`21世纪经济报道`, `20世纪福克斯`)
_CENTURY_NAMES = (r"福克斯|[经經][济濟][报報]|[报報][道社]|[传傳]媒|[网網]|出版|[书書]局|教育|[学學][校院]|大[学學]|中[学學]"
                  r"|[公集][司团團]|[广廣][场場]|[银銀]行|[酒饭飯]店|城|[联聯]盟|不[动動][产産]")
_INCIDENT = r"事[发發]|案[发發]|出事"  # `事发当天`, `案发次日`, `出事前三天`: counted from the day of the incident
_NEXT_DIGIT = r"(?:的" + _S + r"(?=[\d一二三四五六七八九十]))?"


def _date(year_extra: str = "") -> str:
    """A (partly) given date: year, month (or two: `3、4月`), day, and the vague parts of each."""
    return (
        rf"(?:(?:(?P<y>{_YEAR}|{_YEAR2})|民[國国]{_S}(?P<roc>{_COUNT}|一百(?:[零〇][一二三四五六七八九]|[一二三四五六七八九]十[一二三四五六七八九])){year_extra}|[今去明前]\((?P<py>\d{{2,4}})\))"
        rf"{_S}年{_NEXT_DIGIT}"
        rf"(?P<ypart>{_parts('year')})?{_S})?"
        rf"(?:(?:(?P<m>{_MONTH})(?:{_S}(?:[、和]|{_TO}){_S}(?P<m2>{_NUM}))?|[本上下]\((?P<pm>{_NUM})\))"
        rf"{_S}月份?(?P<mpart>{_parts('month')})?{_S})?"
        rf"(?:(?P<d>{_NUM})(?:{_S}(?:{_TO}|、){_S}(?P<d2>{_NUM}))?{_S}[日号號])?"
    )


_ANY_DATE = re.sub(r"\?P<\w+>", "?:", _date())


_STARTS = re.escape("".join(sorted(
    set("0123456789'‘’“「自民年月第首上中下本这這今昨前明去两兩百〇零一二三四五六七八九十廿卅半农農阴陰正腊臘大元暑寒事案出公西QqF")
    | {w[0] for w in WORDS} | {w[0] for w in HOLIDAYS}
)))
_SOLO_VERBS = "舉举起發发公宣開开召出抵率赴訪访表指稱称回再又將将會会在於于就向與与已亦"  # `今舉行`, `昨表示`
_ROC3 = r"|(?<!\d)(?P<roc3>1[0-4]\d)"
_ROC_SCHOOL_YEAR = r"|(?<!\d)(?P<rocsy>1[0-4]\d) ?(?:學年度?|学年度?)"  # `112學年度`: August 2023 to July 2024
# A year written without 年 before the name of a recurring event (`2014高雄電影節`, `2022卡塔尔世界杯`):
# up to eight characters of its name, none a digit, a mark or a counting word right after the year.
_EVENT_AFTER_YEAR = (
    r"(?![年届屆的人名个個万萬亿億元票份多余餘家次项項件宗号號点點米%])[^\d\s，。、；：:（）()「」“”《》]{0,8}?"
    r"(?:[节節]|展|博[会會]|世界杯|世界盃|[奥奧]运|[奥奧]運|[亚亞]运|[亚亞]運|冬[奥奧]|大[选選]|[选選]举|[选選]舉"
    r"|峰[会會]|[论論]坛|[论論]壇|年[会會]|[赛賽]季|[锦錦]标[赛賽]|[锦錦]標[賽赛]|[马馬]拉松)"
)

# What a quarter written `Q3` after a word is the quarter of (`公司Q3营收`), not a model's name (`奥迪Q3新款`)
_FIGURES = (r"[营營]收|[财財][报報]|[业業][绩績]|[净淨]利|利[润潤]|收入|毛利|[亏虧]损|[亏虧]損|出[货貨]|[销銷]量|交付|[营營]业|[营營]業"
            r"|同比|[环環]比|增[长長速]|下滑|下降|[财財]季|季度|期[间間]")

# A year written without 年 before a step of a life (`2011考入`, `1998出生`)
_LIFE_STEP = (r"考入|考上|入[学學]|[毕畢]业|[毕畢]業|出生|入[职職]|[参參]军|[参參]軍|退休|移居|[赴来來]到"
              r"|加入|[创創][办辦]|[创創][业業]|[结結]婚|离[开婚]|離[開婚]|去世|病逝|逝世")


def _compile(roc: bool) -> re.Pattern[str]:
    """The expression pattern; with `roc`, a bare three-digit year (`112年`) is a Republic of China year."""
    return re.compile(
        rf"(?=[{_STARTS}])"  # most places start nothing: fail there at once
        rf"(?P<since>自从|自)?"
        rf"(?:(?<![\d.])(?P<iy>(?:19|20)\d\d)(?P<sep>[-/.])(?P<im>\d{{1,2}})(?P=sep)(?P<id>\d{{1,2}})(?![\d.])"
        rf"|(?P<ya>{_YEAR})(?:{_S}年)?{_S}{_TO}{_S}(?P<yb>{_YEAR}){_S}年(?!代)"
        rf"|(?<=\()(?P<ya2>(?:19|20)\d\d){_S}{_TO}{_S}(?P<yb2>(?:19|20)\d\d)(?=\)|[、，,])"  # `（2007-2010）`
        rf"|(?P<yc>{_YEAR}){_S}(?:[-/–—]|至|到){_S}(?P<yd>\d\d|[〇零一二三四五六七八九]{{2}})(?![\d〇零一二三四五六七八九])"
        rf"{_S}(?:年度|财政年度|財政年度|财年|財年|学年|學年|赛季|賽季)"  # `2023-24年度`, `2023/24赛季`
        rf"|(?:(?P<rocd>民[國国]){_S})?(?P<cent>{_CENTURY})?{_S}(?:(?P<deca>(?<!\d)\d{{1,3}}0|[二三四五六七八九])(?:[、和至到-]|{_TO})|(?P<deca2>[一二三四五六七八])(?=[二三四五六七八九]十))?"
        rf"(?P<dec>(?<!\d)\d{{1,3}}0|[二三四五六七八九][十零〇]){_S}年代(?P<dpart>{_parts('decade')})?"
        rf"|(?P<wcent>本世[纪紀]|{_CENTURY})(?P<cpart>初期|初|中叶|中葉|中期|末期|末|[上下前后後]半[叶葉])?(?![\d〇零一二三四五六七八九十]|{_S}\d|{_CENTURY_NAMES})"
        rf"|(?P<cnt>{_COUNT}|半)(?P<more>多|几|幾)?{_S}(?P<unit>年|个多月|個多月|个月|個月|个星期|個星期|星期|周|週|天)(?P<more2>多)?"
        rf"之?(?:前(?![员員]工|雇员|僱員)|(?P<after>[后後]))"
        rf"|(?P<rel>[上下本这這])(?:个|個)?(?:周|週|星期|礼拜|禮拜)(?P<wdn>[一二三四五六日天])(?![大名个個項项家位条條国國方])"
        rf"|(?:(?P<fy>{_YEAR}){_S}年|(?P<fw>今年|去年|明年|本年|上年|前年))?"
        rf"前(?:(?P<fn>{_COUNT})(?:个|個)?月(?!{_S}(?:\d|[一二三四五六七八九十]))|(?P<fq>[一二三两兩1-3])(?:个|個)?季度?)"
        rf"|(?:(?P<qy>{_YEAR}){_S}年|(?P<qw>{_YEAR_WORD}))?"
        rf"(?:(?P<qa>[一二三1-3])[、和至到-])?(?:第?(?P<q>[一二三四1-4首])季度|第(?P<q2>[一二三四1-4])季|(?P<q3>首)季)(?P<qpart>末|底|初{_CHU})?"
        rf"|(?:(?:(?P<qy2>{_YEAR}|(?<![\d.])\d\d(?=年)){_S}年?|(?P<qw2>{_YEAR_WORD})){_S}|(?<![A-Za-z\d])(?:(?<![^\s，,。；;：:、（(“「在于於至到和及与與])|(?=[Qq][1-4]{_S}(?:{_FIGURES}))))"
        rf"(?P<qh>[QqHh])(?P<q4>[1-4])(?![A-Za-z\d])"  # `2023年Q1`, `25年Q1`, `Q3`, `2024H1` (H only after a year)
        rf"|(?P<fiscal>{_YEAR}){_S}(?:财年|財年|财政年度|財政年度)|(?<![A-Za-z])FY{_S}(?P<fiscal2>\d{{4}}|\d\d)(?!\d)"
        rf"|(?P<era>(?:公元|西元)前?){_S}(?P<eray>\d{{1,4}}|[〇零一二三四五六七八九十百]{{1,5}})(?!\d){_S}年(?!代)"  # `公元前221年`
        rf"|(?:(?P<hy>{_YEAR}){_S}年|(?P<hw>今年|去年|明年))?[“「]?"
        rf"(?P<hol>{alternation([w for w in HOLIDAYS if w not in _MARKED])}"
        rf"|(?<=[“「])(?:{alternation(_MARKED)})(?=[”」])|(?<![双雙\d])(?:{alternation(_MARKED)})(?=[”」]?(?:{_DAYS_OFF})))"
        rf"[”」]?(?P<hoff>前一[天日]|[后後]一[天日])?(?P<hper>{_DAYS_OFF})?"
        rf"|(?:(?P<ly>{_YEAR}){_S}年|(?P<lw>今年|去年|明年))?"
        rf"(?:(?:农历|農曆|阴历|陰曆){_S}(?P<lm>{_LUNAR_MONTH}){_S}月|(?<![真公反修纠糾端])(?P<lm2>正|腊|臘|(?:十[一二]|[一二三四五六七八九十冬])(?=月初[一二三四五六七八九十]))月)(?P<ld>{_LUNAR_DAY})?"
        rf"|(?<![今去明前])大?年(?P<ld2>初[二三四五六七八九十])"
        rf"|(?P<inc2>{_INCIDENT})(?:(?P<ib>前|[后後])(?P<icnt>{_COUNT})天|(?P<icnt2>{_COUNT})天(?P<ib2>前|[后後]))"
        rf"|(?P<inc>{_INCIDENT})?(?P<word>{_RELATIVE}){_NEXT_DIGIT}(?:(?P<wpart>{_parts('')})"
        rf"|(?:(?P<wm>{_MONTH}){_S}月份?(?P<wmmpart>{_parts('month')})?)?(?:(?P<wd>{_NUM}){_S}[日号號])?)"
        rf"(?:\((?P<pdate>{_ANY_DATE})\))?"
        rf"|(?P<tw>[今昨前明同当當])\((?![^)]*年\))(?P<tpd>{_ANY_DATE}|{_NUM})\)(?:日|天)?"  # not `卢煜明(2016年)`
        rf"|(?<![至如迄而从從自古当當即现現今昨])(?P<solo>[今昨])(?=[{_SOLO_VERBS}]|{_DAYPART})"  # `今凌晨`
        rf"|(?<![\d岁歲年日个個每多几幾一二三四五六七八九十周週半])年(?P<sypart>初{_CHU}|中{_ZHONG}|底|末|尾|内|內)"
        rf"|(?<![年度])(?P<half>上半年|下半年)"
        rf"|(?<![\d岁歲年日个個每多几幾一二三四五六七八九十])月(?P<smpart>初{_CHU}|中{_ZHONG}|底|末|尾|内|內)"
        rf"|(?:这个|這個)(?P<vac>暑假|暑期|寒假)"
        rf"|(?P<xun>上旬|中旬|下旬)"
        rf"|(?<![\d.A-Za-z])(?P<by>(?:19|20)\d\d)(?={_EVENT_AFTER_YEAR}|[级級](?![台阶階])|{_LIFE_STEP})"  # `2014级`: a class
        rf"|(?<=\d年[及和、与與或])(?P<by2>(?:19|20)\d\d)(?![\d年])"  # `2017年及2019`: a year in a list
        rf"{_ROC_SCHOOL_YEAR if roc else ''}"
        rf"|{_date(_ROC3 if roc else '')})"
        rf"(?P<daypart>{_DAYPART})?"
        rf"(?:\((?P<pword>{_RELATIVE})\))?"
        rf"(?P<until>以来|以來)?"
    )


PATTERNS = {False: _compile(False), True: _compile(True)}
_CANDIDATE = re.compile(f"[{_STARTS}]")  # the places the pattern's first look-ahead lets through


def expressions(norm: str, roc: bool = False) -> list[re.Match[str]]:
    """The non-empty matches of `PATTERNS[roc]` in `norm`, in order: what its `finditer` gives less
    the empty matches, at about 0.6 of the time. After an empty match `finditer` tries the same place
    again for a longer one; here an empty match moves on at once. The matches are the same because
    the only alternative that can match nothing (a date of no parts) comes last and all that follows
    it is optional, so matching nothing is the last thing the engine tries at a place."""
    pattern, found, pos = PATTERNS[roc], [], 0
    while (place := _CANDIDATE.search(norm, pos)) is not None:
        m = pattern.match(norm, place.start())
        if m is not None and m.end() > m.start():
            found.append(m)
            pos = m.end()
        else:
            pos = place.start() + 1
    return found
PDATE = re.compile(_date())
_BARE_DAY_BEFORE = set("第每为為期约約近逾隔等共仅僅只多过過前后後满滿留离離禁月续續少达達")  # `连续8日`, `至少30日`, `长达5日`
_DAY_NUMBER_GOES_ON = re.compile(r"[，,。；;、）)]|[前后後当當晚早凌上下中傍深夜起至到发發开開举舉召出抵]|$")
_HELD_FOR = frozenset({"进行", "進行", "举行", "舉行", "展开", "展開", "开展", "開展"})  # `进行3日访问`: days it lasts
_BARE_DAY_AFTER = re.compile(r"[内內间間多团團游遊]|左右|以上|之内|之內")
NOT_A_TIME = re.compile(  # `上周围`, `本月刊`; `隔夜拆息` is a rate, `隔夜菜` food
    r"(?<=[周週])[围圍边邊年岁歲刊报報期]|(?<=[周週]末)[版刊报報]|(?<=月)[刊饼餅]|(?<=隔夜)(?:[拆息利菜飯饭]|回[购購]|[资資]金|[A-Za-z])"
    # names: `今日美国`, `今日头条`, the band `五月天`
    r"|(?<=今日)(?:美国|美國|俄罗斯|俄羅斯|头条|頭條|说法|說法)|(?<=五月)天"
    r"|(?<=[这這]天)然|(?<=[这這]年)[头頭]|(?<=[这這]一年)[来來]|(?<=[这這]年)[来來]"  # `这天然气`, `这年头`, `这一年来`
    # a year word whose 年 begins the next word: `这一年龄段`, `然后年轻人` (not `去年轻工业`); `前日本首相`
    r"|(?<=年)(?:[龄齡]|[轻輕](?![工])|[纪紀](?![念录錄要]))|(?<=前日)本(?![港报報台臺周週月])"
    r"|(?<=同日)而[语語]|(?<=年初一)段"  # the idiom `不可同日而语`; `五七年初一段时间`
    # a holiday in the name of an award: `五一劳动奖章`, `五四青年奖章`, `三八红旗手`
    r"|(?:(?<=[一四八])|(?<=[一四八][”」]))(?:[劳勞][动動]|青年)?(?:[奖獎][章状狀]|[红紅]旗手)"
)
SCHEDULE = re.compile(  # after a weekday, a weekly schedule: `星期一至五`, `周一、三` (not `本周二、三`)
    r"(?<=[周週期拜][一二三四五六日天])(?:至|到|-|—|~|、)[一二三四五六日天](?![月日号號])"
)
YEAR_HEADING = re.compile(rf"{_YEAR}{_S}年")
CONNECTOR = re.compile(rf"{_S}(?:起|开始|開始)?{_S}(?:{_TO}|一直到){_S}")


def bare_day_ok(m: re.Match[str], text: str) -> bool:
    """A day alone (`4日`, `十七日`; `25号` where a date goes on, `25号发出`, `25号晚`), not a count of days
    (`为期5日`, `3日内`), a number (`3号线`) or a part of a longer number."""
    start, end = m.start("d"), m.end("d2") if m["d2"] else m.end("d")  # `27、28日`: the unit after the last
    unit = text[end:end + 2].strip()[:1]
    if unit in "号號" and unit and _DAY_NUMBER_GOES_ON.match(text, end + 1 + (text[end] == " ")):
        unit = "日"
    if unit != "日" or start > 0 and text[start - 1] in _BARE_DAY_BEFORE or text[max(0, start - 2) : start] in _HELD_FOR:
        return False  # `为期5日`, `进行3日国事访问`: a count of days
    if not m["d"].isdigit() and not set("十廿卅") & set(m["d"]):
        return False
    return not _BARE_DAY_AFTER.match(text, end + 1 + (text[end] == " "))
