"""Arabic frames: verb-first clauses, attached prepositions and conjunctions, future prefix, denial."""

from __future__ import annotations

from extract_helpers import extract, state_label, triples


def test_verb_subject_object_order() -> None:
    assert triples("زار الرئيس الروسي فلاديمير بوتين كوريا الشمالية يوم الثلاثاء.", "ar") == {
        ("Russia", "visits", "North Korea", "asserted")
    }


def test_sanctions_on_with_attached_conjunction_and_preposition() -> None:
    found = triples("فرضت الولايات المتحدة وبريطانيا عقوبات جديدة على إيران.", "ar")
    assert found == {
        ("United States", "sanctions", "Iran", "asserted"),
        ("United Kingdom", "sanctions", "Iran", "asserted"),
    }


def test_attached_preposition_marks_the_object() -> None:
    assert ("Russia", "attacks", "Ukraine", "asserted") in triples("بدأ الغزو الروسي لأوكرانيا في فبراير.", "ar")


def test_future_prefix_is_planned() -> None:
    assert triples("ستزور إيطاليا الجزائر الأسبوع المقبل.", "ar") == {("Italy", "visits", "Algeria", "planned")}


def test_denial_of_accusations_keeps_both() -> None:
    assert triples("نفت إيران الاتهامات بتزويد روسيا بطائرات مسيرة.", "ar") == {
        ("Iran", "supplies_arms", "Russia", "denied"),
        ("Iran", "supplies_arms", "Russia", "alleged"),
    }


def test_negation_before_the_verb() -> None:
    assert triples("لم تستقبل مصر الرئيس التركي.", "ar") == {("Egypt", "meets", "Turkey", "negated")}


def test_the_two_countries_resolve_to_the_last_two_states() -> None:
    found = extract("زار رئيس الوزراء الهندي اليابان. ووقع البلدان اتفاقية للتعاون النووي.", "ar")
    signed = [a for a in found if a.relation == "signs_agreement"]
    assert {frozenset((state_label(a.subject), state_label(a.object))) for a in signed} == {
        frozenset(("India", "Japan"))
    }


def test_resumptive_pronoun_points_to_the_antecedent() -> None:
    found = triples("وحزب الله، الذي فرضت عليه واشنطن عقوبات منذ سنوات، هو أقوى فصيل مسلح في لبنان.", "ar")
    assert found == {("United States", "sanctions", "Hezbollah", "asserted")}


def test_accusation_with_denial_keeps_the_accusation_asserted() -> None:
    found = triples("واتهمت أوكرانيا إيران بتزويد روسيا بطائرات مسيرة، وهو ما تنفيه طهران.", "ar")
    assert ("Ukraine", "accuses", "Iran", "asserted") in found
    assert {("Iran", "supplies_arms", "Russia", "alleged"), ("Iran", "supplies_arms", "Russia", "denied")} <= found


def test_a_name_quoted_after_its_proclitic_is_read() -> None:
    """Scraped Arabic quotes a name right after its proclitic (لـ"اليمن"): the proclitic still marks it."""
    for quoted in ('لـ"اليمن"', "لـ”اليمن”", "لـ«اليمن»"):
        assert ("Saudi Arabia", "provides_aid", "Yemen", "asserted") in triples(
            f"قدمت السعودية مساعدات {quoted}.", "ar"
        )


def test_names_run_together_in_scraped_text_read_as_written_apart() -> None:
    # pages scraped from HTML lose the space between words ("الولاياتالمتحدة"), as Persian loses its ZWNJ
    apart = "فرضت الولايات المتحدة عقوبات على الإمارات العربية المتحدة بعد زيارة وزير الخارجية السعودي."
    run_together = apart.replace("الولايات المتحدة", "الولاياتالمتحدة").replace(
        "الإمارات العربية المتحدة", "الإماراتالعربيةالمتحدة"
    )
    expected = triples(apart, "ar")
    assert ("United States", "sanctions", "United Arab Emirates", "asserted") in expected
    assert triples(run_together, "ar") == expected
    assert triples(apart.replace("العربية المتحدة", "العربيةالمتحدة"), "ar") == expected


def test_a_demonym_after_a_groups_name_describes_the_group_and_is_no_actor() -> None:
    # the adjective follows its noun: "the Yemeni Houthi group" is the group, not Yemen beside it
    assert triples("هاجمت جماعة الحوثي اليمنية سفينة إسرائيلية.", "ar") == {
        ("Houthis", "attacks", "Israel", "asserted")
    }
    assert triples("دعمت حركة حماس الفلسطينية إيران.", "ar") == {("Hamas", "supports", "Iran", "asserted")}
    # a state named (not described) right after the group is still its own actor: verb, subject, object
    assert triples("هاجمت حماس إسرائيل.", "ar") == {("Hamas", "attacks", "Israel", "asserted")}


def test_any_attack_in_a_warning_has_no_attacker_from_the_clause() -> None:
    found = triples("وحذرت مصر من أن أي هجوم على السودان سيقابل برد.", "ar")
    assert not {t for t in found if t[1] == "attacks" and t[0] == "Egypt"}
    # after a negation "أي" is a plain "any": the clause's subject made no deal
    assert ("Egypt", "signs_agreement", "Sudan", "negated") in triples("ولم تعقد مصر أي صفقة مع السودان.", "ar")


def test_a_participle_after_a_comma_acts_for_the_main_clauses_subject() -> None:
    assert ("China", "threatens", "United States", "asserted") in triples(
        "وانتقدت الصين صفقة الأسلحة، محذرة واشنطن من العواقب.", "ar"
    )
    assert ("Russia", "accuses", "United Kingdom", "asserted") in triples(
        "وانتقدت روسيا القرار، متهمة بريطانيا بتصعيد الحرب.", "ar"
    )
    assert ("Egypt", "criticizes", "Israel", "asserted") in triples(
        "وتحدث الرئيس المصري عن الحرب، منتقدا إسرائيل.", "ar"
    )


def test_a_name_written_without_the_article_never_takes_it() -> None:
    # "سيول" is Seoul, "السيول" floods; "حماس" is Hamas, "الحماس" enthusiasm
    assert triples("أرسلت الكويت مساعدات إلى السودان بعد السيول.", "ar") == {
        ("Kuwait", "provides_aid", "Sudan", "asserted")
    }
    assert triples("زار الرئيس الروسي سيول.", "ar") == {("Russia", "visits", "South Korea", "asserted")}
    assert triples("أبدت مصر الحماس لدعم الأردن.", "ar") == {("Egypt", "supports", "Jordan", "asserted")}
