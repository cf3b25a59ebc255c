"""Event dates: explicit Gregorian and Solar Hijri dates, weekdays and relative days, in en/fa/ar."""

from __future__ import annotations

import datetime as dt
import itertools
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from geograph.extract.dates.lexicon import _alternation, _spaces_blur
from geograph.extract.dates.mentions import DateMention, find_dates
from geograph.normalize import normalize

PUBLISHED = dt.date(2024, 6, 20)  # a Thursday


def dates(text: str, lang: str, published: dt.date | None = None, **kw: object) -> list[tuple[str, str, str]]:
    """(matched text, value, precision) for each date in ``text`` after normalization."""
    norm = normalize(text).text
    found = find_dates(norm, lang, published, **kw)  # type: ignore[arg-type]
    return [(norm[m.start : m.end], m.date.value, m.date.precision) for m in found]


def values(text: str, lang: str, published: dt.date | None = None, **kw: object) -> list[str]:
    return [value for _, value, _ in dates(text, lang, published, **kw)]


# --- Explicit Gregorian dates ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Putin landed in Pyongyang on 18 June 2024 for a two-day visit.", ("2024-06-18", "day")),
        ("The treaty was signed on June 19, 2024, in the North Korean capital.", ("2024-06-19", "day")),
        ("The statement is dated 2024-06-18 and was released at noon.", ("2024-06-18", "day")),
        ("A memo dated 18/06/2024 circulated among diplomats.", ("2024-06-18", "day")),
        ("The sanctions took effect in June 2024, the ministry said.", ("2024-06", "month")),
        ("Kim first met Putin in 2019 in Vladivostok.", ("2019", "year")),
        ("The summit opened on the 18th of June 2024.", ("2024-06-18", "day")),
        ("Talks resumed on Tuesday, June 18, 2024.", ("2024-06-18", "day")),
    ],
)
def test_english_explicit_dates(sentence: str, expected: tuple[str, str]) -> None:
    assert [(v, p) for _, v, p in dates(sentence, "en")] == [expected]


def test_persian_gregorian_dates_in_persian_digits() -> None:
    assert dates("پوتین در ۱۸ ژوئن ۲۰۲۴ وارد پیونگ یانگ شد.", "fa") == [("18 ژوین 2024", "2024-06-18", "day")]
    assert values("دیدار دو رهبر در سپتامبر 2019 انجام شد.", "fa") == ["2019-09"]
    assert values("کیم جونگ اون اولین بار در سال 2019 با پوتین دیدار کرد.", "fa") == ["2019"]


def test_arabic_gregorian_dates_in_every_month_naming_tradition() -> None:
    assert values("وصل بوتين إلى بيونغ يانغ في 18 يونيو 2024.", "ar") == ["2024-06-18"]
    assert values("وقّع الجانبان الاتفاق في 19 حزيران 2024.", "ar") == ["2024-06-19"]
    assert values("أعلنت الوزارة في 19 يونيو/حزيران 2024 عن الزيارة.", "ar") == ["2024-06-19"]
    assert values("التقى الزعيمان للمرة الأولى عام 2019.", "ar") == ["2019"]
    assert values("صدر القرار في 5 جوان 2024.", "ar") == ["2024-06-05"]
    assert values("وقعت الهجمات في الخامس من يونيو 2024.", "ar") == ["2024-06-05"]
    assert values("اجتمع الطرفان في الحادي والعشرين من آذار 2023.", "ar") == ["2023-03-21"]
    assert values("وصل الوفد في 3 كانون الثاني 2024.", "ar") == ["2024-01-03"]  # "الثاني" here is the month's


def test_month_alone_or_bare_number_is_not_a_date() -> None:
    assert dates("In September the two leaders met in the Russian Far East.", "en", PUBLISHED) == []
    assert dates("Some 2019 soldiers were deployed.", "en") == []
    assert dates("It may 2024 be too late.", "en") == []  # "may" is a verb here
    assert dates("تعداد کشته ها به 18 می رسد.", "fa", PUBLISHED) == []  # "می" is a verb prefix here


def test_impossible_days_are_dropped() -> None:
    assert dates("The meeting on 31 June 2024 never happened.", "en") == []


# --- Solar Hijri (Jalali) --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("نوروز امسال، اول فروردین ۱۴۰۳، آغاز شد.", "2024-03-20"),
        ("رئیسی در ۳۰ خرداد ۱۴۰۳ به مسکو رفت.", "2024-06-19"),
        ("قانون جدید از اول فروردین 1400 اجرا شد.", "2021-03-21"),
        ("بیانیه در تاریخ ۱۴۰۳/۰۳/۳۰ منتشر شد.", "2024-06-19"),
        ("بیانیه در تاریخ 1403/3/30 منتشر شد.", "2024-06-19"),
        ("سیام خرداد 1403 هیئت روسی وارد تهران شد.", "2024-06-19"),
    ],
)
def test_jalali_days_convert_to_gregorian(sentence: str, expected: str) -> None:
    assert [(v, p) for _, v, p in dates(sentence, "fa")] == [(expected, "day")]


def test_jalali_month_and_year_precision() -> None:
    # The Gregorian month holding the Jalali month's middle day: Khordad 1403 = 21 May - 20 June 2024.
    assert dates("مذاکرات در خرداد ۱۴۰۳ از سر گرفته شد.", "fa") == [("خرداد 1403", "2024-06", "month")]
    assert dates("مذاکرات در خردادماه ۱۴۰۳ از سر گرفته شد.", "fa")[0][1:] == ("2024-06", "month")
    assert dates("این توافق در سال ۱۴۰۳ امضا شد.", "fa") == [("1403", "2024", "year")]


def test_jalali_year_is_never_read_as_1403_ad() -> None:
    """General-purpose parsers read 1403/03/30 as 30 March 1403 AD; no mention here may say 14xx."""
    for lang in ("fa", "ar", "en"):
        for text in ("1403/03/30", "۱۴۰۳/۰۳/۳۰", "در سال 1403", "عام 1403"):
            assert not any(v.startswith("14") for v in values(text, lang, PUBLISHED)), (lang, text)
    assert values("۱۴۰۳/۰۳/۳۰", "fa") == ["2024-06-19"]


def test_lunar_hijri_dates_are_recognised_and_dropped() -> None:
    assert dates("صدر البيان في 5 ذو الحجة 1445 هـ.", "ar") == []
    assert dates("صدر البيان عام 1445 هـ.", "ar") == []
    assert dates("صدر البيان في 10/12/1445.", "ar") == []
    assert dates("این حادثه در سال 1445 ه.ق رخ داد.", "fa") == []


def test_jalali_day_and_month_without_year_needs_the_publication_date() -> None:
    assert dates("هیئت روسی سیام خرداد وارد تهران شد.", "fa") == []
    assert values("هیئت روسی سیام خرداد وارد تهران شد.", "fa", PUBLISHED) == ["2024-06-19"]


# --- Weekdays and relative days --------------------------------------------------------------------------


def test_bare_weekday_in_past_report_is_the_last_such_day() -> None:
    assert values("Putin arrived in Pyongyang on Tuesday.", "en", PUBLISHED) == ["2024-06-18"]
    assert values("پوتین روز سهشنبه وارد پایتخت این کشور شد.", "fa", PUBLISHED) == ["2024-06-18"]
    assert values("پوتین روز سه‌شنبه وارد پایتخت این کشور شد.", "fa", PUBLISHED) == ["2024-06-18"]
    assert values("وصل بوتين يوم الثلاثاء إلى بيونغ يانغ.", "ar", PUBLISHED) == ["2024-06-18"]


def test_weekday_on_the_publication_day_is_that_day() -> None:
    assert values("The minister spoke on Thursday.", "en", PUBLISHED) == ["2024-06-20"]


def test_weekday_in_a_future_sentence_is_the_next_such_day() -> None:
    assert values("The foreign minister will travel to Hanoi on Saturday.", "en", PUBLISHED) == ["2024-06-22"]
    assert values("وزیر خارجه روز شنبه به هانوی سفر خواهد کرد.", "fa", PUBLISHED) == ["2024-06-22"]
    assert values("سوف يزور الوزير هانوي يوم السبت.", "ar", PUBLISHED) == ["2024-06-22"]
    assert values("He spoke on Saturday.", "en", PUBLISHED, tense_hint="future") == ["2024-06-22"]


def test_a_future_cue_in_another_clause_does_not_move_the_weekday() -> None:
    sentence = "The minister, who will travel to Hanoi next month, said on Tuesday that talks had stalled."
    assert dates(sentence, "en", PUBLISHED) == [("next month", "2024-07", "month"), ("Tuesday", "2024-06-18", "day")]


def test_day_and_month_without_year_take_the_nearest_year() -> None:
    assert values("The talks opened on December 28.", "en", dt.date(2024, 1, 5)) == ["2023-12-28"]
    assert values("The talks open on September 15.", "en", PUBLISHED) == ["2024-09-15"]
    assert values("The talks open on September 15.", "en", None) == []


def test_weekday_modifiers() -> None:
    assert values("Talks collapsed last Thursday.", "en", PUBLISHED) == ["2024-06-13"]
    assert values("Talks resume next Monday.", "en", PUBLISHED) == ["2024-06-24"]
    assert values("یکشنبه گذشته مذاکرات آغاز شد.", "fa", PUBLISHED) == ["2024-06-16"]
    assert values("بدأت المحادثات الأحد الماضي.", "ar", PUBLISHED) == ["2024-06-16"]
    assert values("تبدأ المحادثات الاثنين المقبل.", "ar", PUBLISHED) == ["2024-06-24"]
    # Weeks start on Monday in English usage and on Saturday in Persian: "Tuesday of last week".
    assert values("They met on Tuesday of last week.", "en", PUBLISHED) == ["2024-06-11"]
    assert values("آنها سهشنبه هفته گذشته دیدار کردند.", "fa", PUBLISHED) == ["2024-06-11"]


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [
        ("The ministry said yesterday that talks had failed.", "en", "2024-06-19"),
        ("Officials will meet tomorrow in Geneva.", "en", "2024-06-21"),
        ("وزارت خارجه دیروز اعلام کرد که مذاکرات شکست خورد.", "fa", "2024-06-19"),
        ("هیئت ایرانی فردا به مسکو می رود.", "fa", "2024-06-21"),
        ("أعلنت الوزارة أمس فشل المحادثات.", "ar", "2024-06-19"),
        ("يصل الوفد غدا إلى موسكو.", "ar", "2024-06-21"),
    ],
)
def test_relative_days_resolve_against_publication(sentence: str, lang: str, expected: str) -> None:
    assert values(sentence, lang, PUBLISHED) == [expected]
    assert values(sentence, lang, None) == []  # never invented without a publication date


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [
        ("Abe accepted an invitation to visit India next year.", "en", ("2025", "year")),
        ("Trade fell sharply last month.", "en", ("2024-05", "month")),
        ("اردوغان گفت قصد دارد ماه آینده با پوتین دیدار کند.", "fa", ("2024-07", "month")),
        ("این توافق سال گذشته امضا شد.", "fa", ("2023", "year")),  # 1402, which began in March 2023
        ("ومن المقرر أن يزور السيسي تركيا في وقت لاحق من العام الجاري.", "ar", ("2024", "year")),
        ("وقع البلدان الاتفاق الشهر الماضي.", "ar", ("2024-05", "month")),
    ],
)
def test_relative_months_and_years(sentence: str, lang: str, expected: tuple[str, str]) -> None:
    assert [(v, p) for _, v, p in dates(sentence, lang, PUBLISHED)] == [expected]
    assert dates(sentence, lang, None) == []


def test_persian_relative_years_count_in_the_solar_hijri_calendar() -> None:
    # Published 10 Jan 2024 = 20 Dey 1402: "next year" is 1403 (from 20 March 2024), i.e. 2024, not 2025;
    # "next month" is Bahman 1402 (21 Jan - 19 Feb 2024), whose middle falls in February.
    winter = dt.date(2024, 1, 10)
    assert values("انتخابات سال آینده برگزار می شود.", "fa", winter) == ["2024"]
    assert values("انتخابات ماه آینده برگزار می شود.", "fa", winter) == ["2024-02"]
    assert values("The election is held next year.", "en", winter) == ["2025"]


def test_today_as_an_ordinary_noun_is_not_a_date() -> None:
    assert values("أعلنت الوزارة اليوم فشل المحادثات.", "ar", PUBLISHED) == ["2024-06-20"]
    assert values("وصل الوفد في اليوم التالي إلى موسكو.", "ar", PUBLISHED) == []


def test_all_digit_dates_are_day_first_unless_impossible() -> None:
    assert values("The memo is dated 05/06/2024.", "en") == ["2024-06-05"]
    assert values("The memo is dated 6/18/2024.", "en") == ["2024-06-18"]
    assert values("The memo is dated 13/13/2024.", "en") == []


def test_weekday_without_publication_date_gives_nothing() -> None:
    assert dates("Putin arrived in Pyongyang on Tuesday.", "en") == []
    assert dates("پوتین روز سهشنبه وارد پایتخت این کشور شد.", "fa") == []


def test_weekday_does_not_match_inside_a_longer_weekday() -> None:
    # "شنبه" (Saturday) is the end of "یکشنبه" (Sunday) and "پنجشنبه" (Thursday).
    assert values("دیدار پنجشنبه برگزار شد.", "fa", PUBLISHED) == ["2024-06-20"]
    assert values("دیدار یکشنبه برگزار شد.", "fa", PUBLISHED) == ["2024-06-16"]


def test_seed_sentences() -> None:
    text = (
        "روابط مسکو با پیونگ یانگ پس از فروپاشی شوروی در سال 1991 تضعیف شد. کیم جونگ اون اولین بار در سال "
        "2019 در بندر ولادی وستوک در شرق روسیه با پوتین دیدار کرد. پوتین نیز روز سهشنبه برای اولین بار پس از "
        "24 سال برای دیدار با رهبر کره شمالی وارد پایتخت این کشور شد."
    )
    assert values(text, "fa") == ["1991", "2019"]  # no publication date: the Tuesday stays undated
    assert values(text, "fa", PUBLISHED) == ["1991", "2019", "2024-06-18"]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("WASHINGTON, May 9 (Example Wire) - The United States imposed sanctions on Wednesday.", "en", ["2019-05-08"]),
        ("نيويورك – 19 أبريل 2024 (وكالة المثال): استخدمت الولايات المتحدة يوم الخميس حق النقض.", "ar", ["2019-05-09"]),
        ("تهران – ۱۴۰۳/۰۳/۱۷ – خبرگزاری نمونه: شورای حکام روز چهارشنبه قطعنامه را تصویب کرد.", "fa", ["2019-05-08"]),
        ("خبرگزاری نمونه – ۱۰ فروردین ۱۴۰۳: روسیه روز پنجشنبه قطعنامه را وتو کرد.", "fa", ["2019-05-09"]),
    ],
)
def test_dateline_dates_the_report_not_the_event(text: str, lang: str, expected: list[str]) -> None:
    assert values(text, lang, dt.date(2019, 5, 9)) == expected


def test_a_date_inside_a_sentence_is_not_a_dateline() -> None:
    assert values("On 18 June 2024, Putin landed in Pyongyang.", "en") == ["2024-06-18"]
    assert values("Putin, on 18 June 2024 (a Tuesday), landed in Pyongyang.", "en") == ["2024-06-18"]
    assert values("Talks opened in Moscow. Kyiv, 19 June 2024 (Example Wire) - no.", "en") == ["2024-06-19"]


def test_unknown_language_uses_every_lexicon() -> None:
    assert values("On 18 June 2024 ... و در 19 يونيو 2024", "und") == ["2024-06-18", "2024-06-19"]
    assert values("30 خرداد 1403", "und") == ["2024-06-19"]  # a Jalali month still places the year
    assert values("1403/03/30", "und") == []  # a bare low year does not
    assert values("18 June 2024", "../fa") == ["2024-06-18"]  # a language code is never a path


# --- Properties ------------------------------------------------------------------------------------------

_PIECES = st.sampled_from(
    [
        "18",
        "30",
        "1403",
        "2024",
        "1445",
        "/",
        "-",
        ".",
        " ",
        ",",
        "June",
        "خرداد",
        "حزيران",
        "ژوئن",
        "هـ",
        "سهشنبه",
        "Tuesday",
        "last",
        "next",
        "گذشته",
        "yesterday",
        "فردا",
        "in",
        "در سال",
        "عام",
        "of",
        "ماه",
        "م",
    ]
)


@settings(max_examples=300, deadline=None)
@given(
    pieces=st.lists(st.one_of(_PIECES, st.text(max_size=4)), max_size=14),
    lang=st.sampled_from(["en", "fa", "ar", "xx"]),
    published=st.one_of(st.none(), st.dates()),
)
def test_find_dates_never_raises_and_gives_valid_spans(pieces: list[str], lang: str, published: dt.date | None) -> None:
    text = normalize("".join(pieces)).text
    found = find_dates(text, lang, published)
    for mention in found:
        assert isinstance(mention, DateMention)
        assert 0 <= mention.start < mention.end <= len(text)
        day = mention.date.first_day()  # raises on an impossible date
        assert {"day": 3, "month": 2, "year": 1}[mention.date.precision] == len(mention.date.value.split("-"))
        assert 1900 <= day.year <= 2100
    assert all(a.end <= b.start for a, b in itertools.pairwise(found))


def test_a_new_language_is_a_new_lexicon_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Adding German dates takes one YAML file and no code."""
    from geograph import resources
    from geograph.extract.dates import lexicon as dates_module

    lexicons = tmp_path / "lexicon" / "dates"
    lexicons.mkdir(parents=True)
    for source in (resources.ontology_dir() / "lexicon" / "dates").glob("*.yaml"):
        (lexicons / source.name).write_text(source.read_text(encoding="utf-8"), encoding="utf-8")
    (lexicons / "de.yaml").write_text(
        "gregorian_months: {6: [Juni], 7: [Juli]}\n"
        "day_suffixes: ['.']\n"
        "weekdays: {1: [Dienstag]}\n"
        "relative_days: {gestern: -1}\n"
        "year_markers: [im Jahr]\n",
        encoding="utf-8",
    )
    monkeypatch.setenv("GEOGRAPH_ONTOLOGY", str(tmp_path))
    resources.ontology_dir.cache_clear()
    dates_module._lexicon.cache_clear()
    try:
        assert "de" in dates_module.languages()
        text = "Putin traf am Dienstag, 18. Juni 2024, in Pjöngjang ein; gestern reiste er ab. Im Jahr 2019 nicht."
        assert values(text, "de", PUBLISHED) == ["2024-06-18", "2024-06-19", "2019"]
    finally:
        monkeypatch.delenv("GEOGRAPH_ONTOLOGY")
        resources.ontology_dir.cache_clear()
        dates_module._lexicon.cache_clear()


# --- Speed-ups that must not change what is found --------------------------------------------------------


def _plain_alternation(words: list[str]) -> str:
    """The flat longest-first alternation the prefix tree replaces (the reference for its behaviour)."""
    return "(?:" + "|".join(r"\s*".join(re.escape(p) for p in w.split()) for w in sorted(words, key=len)[::-1]) + ")"


@pytest.mark.parametrize(
    "words",
    [
        ["jun", "june", "jul", "july", "ju"],
        ["next month", "next year", "last month", "month"],
        ["هجری شمسی", "شمسی", "ه.ش", "ه ش", "ش"],
    ],
)
@pytest.mark.parametrize("text", ["june 2024", "Jul 5", "ju ne", "nextmonth", "next  year x", "ه ش ۱۴۰۳", "شمسی"])
def test_word_tree_matches_what_the_flat_alternation_matches(words: list[str], text: str) -> None:
    tree = re.compile(_alternation(words) + r"(?!\w)?", re.IGNORECASE)
    flat = re.compile(_plain_alternation(words) + r"(?!\w)?", re.IGNORECASE)
    for at in range(len(text)):
        got, want = tree.match(text, at), flat.match(text, at)
        assert (got and got.span()) == (want and want.span())


def test_word_tree_prefers_the_longest_word_even_when_the_rest_fails_with_it() -> None:
    # "june" fits first, but only "jun" leaves "e2" for the digits: the engine must still fall back to it
    pattern = re.compile(_alternation(["jun", "june"]) + r"e?\d", re.IGNORECASE)
    assert pattern.fullmatch("june2") and pattern.fullmatch("jun2")


def test_words_whose_spaces_blur_them_into_others_keep_the_flat_list() -> None:
    assert _spaces_blur({"a b", "abc"})  # "a b" fits "ab", a prefix of "abc", on another branch of a tree
    assert not _spaces_blur({"next month", "next year", "month"})
    assert re.fullmatch(_alternation(["a b", "abcd"]), "abcd", re.IGNORECASE)


def test_a_longer_expression_wins_over_the_dates_inside_it() -> None:
    # the overlap sweep keeps the longest span and drops the shorter ones it covers, whatever their order
    assert dates("They met on Tuesday, 18 June 2024 and again on Friday.", "en", PUBLISHED) == [
        ("Tuesday, 18 June 2024", "2024-06-18", "day"),
        ("Friday", "2024-06-14", "day"),
    ]


def test_all_digit_dates_are_found_only_with_a_separator_and_texts_without_one_still_give_other_dates() -> None:
    assert values("Signed 2024-06-18, ratified 19/06/2024.", "en") == ["2024-06-18", "2024-06-19"]
    assert values("In 2019 the talks began; on 18 June 2024 they ended.", "en") == ["2019", "2024-06-18"]
