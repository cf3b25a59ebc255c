"""Persian frames: light verbs, postpositions, genitives, coordination, modality, spelling variants."""

from __future__ import annotations

from extract_helpers import extract, triples


def test_ra_object_and_sanction_direction() -> None:
    assert triples("آمریکا روسیه را تحریم کرد.", "fa") == {("United States", "sanctions", "Russia", "asserted")}


def test_under_sanctions_of_x_means_x_sanctions_the_subject() -> None:
    found = triples("ایران به دلیل برنامه هسته ای خود تحت تحریم های شدید اتحادیه اروپا قرار دارد.", "fa")
    assert ("European Union", "sanctions", "Iran", "asserted") in found
    assert not any(t[1] == "sanctions" and t[0] == "Iran" for t in found)


def test_grappling_with_sanctions_of_x() -> None:
    found = triples("ونزوئلا نیز با تحریم های ایالات متحده دست و پنجه نرم می کند.", "fa")
    assert found == {("United States", "sanctions", "Venezuela", "asserted")}


def test_visit_genitive_subject_and_marked_object() -> None:
    assert triples("سفر اردوغان به قاهره با استقبال روبرو شد.", "fa") >= {("Turkey", "visits", "Egypt", "asserted")}


def test_meeting_with_and_support_from() -> None:
    found = triples("وزیر خارجه هند با همتای ژاپنی خود دیدار کرد و از حمایت ژاپن قدردانی کرد.", "fa")
    assert ("India", "meets", "Japan", "asserted") in found


def test_coordinated_subjects_give_one_assertion_each() -> None:
    found = triples("عربستان سعودی، قطر و مصر حمله اسرائیل به سوریه را محکوم کردند.", "fa")
    for state in ("Saudi Arabia", "Qatar", "Egypt"):
        assert (state, "criticizes", "Israel", "asserted") in found
    assert ("Israel", "attacks", "Syria", "asserted") in found


def test_negated_negative_is_asserted_support() -> None:
    found = triples("در این مدت بلاروس حمایت خود را از روسیه دریغ نکرده است.", "fa")
    assert found == {("Belarus", "supports", "Russia", "asserted")}


def test_plain_negation() -> None:
    assert triples("ترکیه به اوکراین سفر نکرد.", "fa") == {("Turkey", "visits", "Ukraine", "negated")}


def test_allegation_and_its_denial_both_kept() -> None:
    found = triples("تهران اتهامات مربوط به ارسال تسلیحات ایران به روسیه را رد می کند.", "fa")
    assert {("Iran", "supplies_arms", "Russia", "alleged"), ("Iran", "supplies_arms", "Russia", "denied")} <= found


def test_planned_and_speculative() -> None:
    assert triples("قرار است رئیس جمهور فرانسه به الجزایر سفر کند.", "fa") == {
        ("France", "visits", "Algeria", "planned")
    }
    found = triples("چین ممکن است به روسیه سلاح بفروشد.", "fa")
    assert ("China", "supplies_arms", "Russia", "speculative") in found


def test_this_country_and_the_two_countries() -> None:
    text = "رئیس جمهور روسیه وارد ویتنام شد. همکاری دو کشور در حال گسترش است."
    found = triples(text, "fa")
    assert ("Russia", "visits", "Vietnam", "asserted") in found
    assert ("Russia", "cooperates_with", "Vietnam", "asserted") in found


def test_zwnj_and_arabic_letter_variants_give_the_same_result() -> None:
    plain = "پوتین در سفر به پیونگ یانگ با رهبر کره شمالی دیدار کرد و تحریمهای آمریکا علیه ایران را محکوم کرد."
    zwnj = plain.replace("تحریمهای", "تحریم\u200cهای")
    arabic_letters = plain.replace("ی", "ي").replace("ک", "ك")
    expected = triples(plain, "fa")
    assert expected, "the sentence must yield assertions for the comparison to mean anything"
    assert triples(zwnj, "fa") == expected
    assert triples(arabic_letters, "fa") == expected


def test_offsets_point_into_the_original_text_with_zwnj() -> None:
    text = "خبر\n\nاتحادیه\u200cاروپا روسیه را تحریم کرد."
    (assertion,) = extract(text, "fa")
    assert text[assertion.start : assertion.end] == "اتحادیه‌اروپا روسیه را تحریم"
    assert assertion.sentence == "اتحادیه\u200cاروپا روسیه را تحریم کرد."


def test_meeting_with_two_people_pairs_the_subject_with_each_not_them_together() -> None:
    found = triples("رئیس جمهور ایران با وزیر خارجه روسیه و وزیر خارجه ترکیه دیدار کرد.", "fa")
    assert not {t for t in found if {t[0], t[2]} == {"Russia", "Turkey"}}
    assert {t[:3] for t in found} >= {("Iran", "meets", "Russia"), ("Iran", "meets", "Turkey")}


def test_this_aggression_refers_back_to_the_attack() -> None:
    text = "اسرائیل به ایران حمله کرد. وزارت خارجه سوریه این تجاوز را به شدت محکوم کرد."
    assert ("Syria", "criticizes", "Israel", "asserted") in triples(text, "fa")


def test_accused_of_hands_the_accused_to_the_event() -> None:
    found = triples("هند پاکستان را به حمایت از طالبان متهم می کند.", "fa")
    assert ("India", "accuses", "Pakistan", "asserted") in found
    assert ("Pakistan", "supports", "Taliban", "alleged") in found


def test_a_plural_name_reads_with_its_ezafe() -> None:
    # "حوثی ها" (the Houthis) before a genitive is written "حوثی های" / "حوثیهای"
    for text in ("حوثی های یمن به یک کشتی اسرائیلی حمله کردند.", "حوثیهای یمن به یک کشتی اسرائیلی حمله کردند."):
        assert ("Houthis", "attacks", "Israel", "asserted") in triples(text, "fa")
