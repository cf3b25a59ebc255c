"""Diplomatic protest (summoning or expelling a state's envoy, cutting ties, lodging a protest) criticizes it."""

from __future__ import annotations

import pytest
from extract_helpers import triples

from geograph.extract.actors.matching import Analyzer
from geograph.extract.lexicon import load_lexicons
from geograph.normalize import normalize
from geograph.resources import ontology_dir


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Chile summoned the Peruvian ambassador over the remarks.", "en", ("Chile", "Peru")),
        ("Norway has expelled Russia's defence attache.", "en", ("Norway", "Russia")),
        ("Morocco severed diplomatic ties with Iran in 2018.", "en", ("Morocco", "Iran")),
        ("Bolivia recalled its ambassador from Israel.", "en", ("Bolivia", "Israel")),
        ("Vietnam lodged a protest with China over the survey ship.", "en", ("Vietnam", "China")),
        ("استدعت وزارة الخارجية الأردنية السفير الإسرائيلي في عمان.", "ar", ("Jordan", "Israel")),
        ("أعلنت البحرين قطع علاقاتها الدبلوماسية مع إيران.", "ar", ("Bahrain", "Iran")),
        ("أعربت اليابان عن احتجاجها على تحركات الصين في البحر.", "ar", ("Japan", "China")),
        ("وزارت امور خارجه ایران سفیر فرانسه را احضار کرد.", "fa", ("Iran", "France")),
        ("مراکش قطع روابط دیپلماتیک با ایران را اعلام کرد.", "fa", ("Morocco", "Iran")),
        # recalling one's own envoy, whatever the pronoun; ordering a state's troops or envoys out
        ("Peru recalled her ambassador to Mexico for consultations.", "en", ("Peru", "Mexico")),
        ("Guatemala recalls ambassador in Nicaragua over the expulsion row", "en", ("Guatemala", "Nicaragua")),
        ("Colombia downgraded diplomatic ties with Nicaragua.", "en", ("Colombia", "Nicaragua")),
        ("Chad ordered Sudanese diplomats to leave within three days.", "en", ("Chad", "Sudan")),
        ("Mali ordered the departure of Danish special forces.", "en", ("Mali", "Denmark")),
        ("الجزایر سفیر خود را از اسپانیا فراخواند.", "fa", ("Algeria", "Spain")),
        ("چاد خواستار خروج نیروهای فرانسوی شد.", "fa", ("Chad", "France")),
        ("أمرت تشاد الدبلوماسيين السودانيين بمغادرة البلاد.", "ar", ("Chad", "Sudan")),
        ("طالبت النيجر بمغادرة القوات الألمانية.", "ar", ("Niger", "Germany")),
    ],
)
def test_a_diplomatic_protest_criticizes_the_envoys_state(text: str, lang: str, expected: tuple[str, str]) -> None:
    found = {(s, o) for s, r, o, m in triples(text, lang) if r == "criticizes" and m == "asserted"}
    subject, target = expected
    assert any(o == target and (s == subject or s.startswith(subject[:4])) for s, o in found), found


def test_a_ministry_is_not_a_visit() -> None:
    """وزارة (ministry) is not و + زار (visited) + ة."""
    found = triples("قالت وزارة الخارجية الأردنية إن السفير الإسرائيلي غادر.", "ar")
    assert not any(r == "visits" for _, r, _, _ in found), found


def test_the_future_prefix_only_comes_before_an_imperfect_verb() -> None:
    """السودان is not ال + س (future) + و + دان (condemned); سيزور is س + يزور."""
    lexicon = load_lexicons(ontology_dir() / "lexicon")["ar"]
    analyzer = Analyzer(
        [
            (normalize(p.text).text, normalize(p.restore).text, tuple(normalize(x).text for x in p.stem_starts))
            for p in lexicon.prefixes
        ],
        [normalize(s).text for s in lexicon.suffixes],
        lexicon.min_stem,
        [normalize(w).text for w in lexicon.unanalyzed],
    )
    assert normalize("دان").text not in {form.text for form in analyzer.forms(normalize("السودان").text)}
    assert normalize("يزور").text in {form.text for form in analyzer.forms(normalize("سيزور").text)}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Morocco and Iran restored diplomatic relations on Tuesday.", "en"),
        ("أعلن المغرب وإيران استئناف العلاقات الدبلوماسية بينهما.", "ar"),
        ("ازسرگیری روابط میان مراکش و ایران اعلام شد.", "fa"),
    ],
)
def test_restoring_relations_is_cooperation(text: str, lang: str) -> None:
    found = {frozenset((s, o)) for s, r, o, _ in triples(text, lang) if r == "cooperates_with"}
    assert frozenset(("Morocco", "Iran")) in found, found


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Lebanon complained to the Security Council about Israeli overflights.", "en", ("Lebanon", "Israel")),
        ("Guyana filed a complaint against Venezuela with the court.", "en", ("Guyana", "Venezuela")),
        ("Estonia complained of Russian jamming of its flights.", "en", ("Estonia", "Russia")),
        ("لبنان از پروازهای اسرائیل به شورای امنیت شکایت کرد.", "fa", ("Lebanon", "Israel")),
        ("گویان علیه ونزوئلا به دیوان لاهه شکایت کرد.", "fa", ("Guyana", "Venezuela")),
        ("اشتكى لبنان إلى مجلس الأمن من الخروقات الإسرائيلية.", "ar", ("Lebanon", "Israel")),
        ("قدمت غيانا شكوى ضد فنزويلا أمام المحكمة.", "ar", ("Guyana", "Venezuela")),
    ],
)
def test_a_complaint_criticizes_its_target_not_the_body_it_goes_to(
    text: str, lang: str, expected: tuple[str, str]
) -> None:
    found = triples(text, lang)
    subject, target = expected
    assert (subject, "criticizes", target, "asserted") in found, found
    assert not any(r == "criticizes" and o not in (target,) for s, r, o, _ in found if s == subject), found


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Farmers in Kenya complained about fuel prices.", "en"),
        ("کشاورزان ایران از گرانی شکایت کردند.", "fa"),
        ("اشتكى سكان مصر من ارتفاع الأسعار.", "ar"),
    ],
)
def test_a_complaint_about_no_side_criticizes_no_one(text: str, lang: str) -> None:
    assert not any(r == "criticizes" for _, r, _, _ in triples(text, lang))
