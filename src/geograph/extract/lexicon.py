"""Per-language lexicons (``ontology/lexicon/<lang>.yaml``) as typed records.

A lexicon is data: relation triggers with their argument frames, the function words that mark arguments,
modality cues, role titles and coreference phrases. ``ontology/lexicon/README.md`` documents the format.
Words are kept here as written; the pipeline normalizes and tokenizes them like article text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, cast

import yaml

from geograph.records import MODALITIES, Modality
from geograph.vocabulary import relations

ArgumentRole = Literal["subject", "object"]


# libyaml's parser where PyYAML was built with it (its wheels are): the ontology is read once per process, and
# the pure-Python parser took most of a worker's start-up (2 s of 3.3 s with the gazetteer of world leaders)
SafeYamlLoader: type[Any] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _LexiconLoader(SafeYamlLoader):  # type: ignore[misc]
    """YAML 1.1 reads the words on/off/yes/no as booleans; in a lexicon they are words."""


_LexiconLoader.yaml_implicit_resolvers = {
    key: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:bool"]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
for _first in "tTfF":
    _LexiconLoader.yaml_implicit_resolvers[_first] = [
        *_LexiconLoader.yaml_implicit_resolvers.get(_first, []),
        ("tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$")),
    ]


def _yaml(path: Path) -> Any:
    return yaml.load(path.read_text(encoding="utf-8"), Loader=_LexiconLoader)


@dataclass(frozen=True, slots=True)
class TriggerEntry:
    """A class of words that evoke one relation, and how their arguments are marked."""

    relation: str
    words: tuple[str, ...]
    object_marks: tuple[str, ...] = ()
    # object markers that count only beside the noun's own subject: "Russia's war in Ukraine", not "India ...
    # over the war in Ukraine" (also listed in ``object_marks``)
    own_subject_object_marks: tuple[str, ...] = ()
    subject_marks: tuple[str, ...] = ()
    genitive: ArgumentRole | None = None  # role of the actor right after the noun (fa/ar) or after "of" (en)
    # its role after the plural noun, where that differs: «تحریم روسیه» sanctions Russia, «تحریم های آمریکا»
    # are America's
    plural_genitive: ArgumentRole | None = None
    verb: bool = False  # a verb: takes a direct object, and may be passive (en)
    apposition: bool = False  # "X, an ally of Y": the actor just before the noun is the subject
    needs_object_marker: bool = False  # only an explicitly marked object counts (nouns too vague otherwise)
    patient_before: bool = False  # "X [is] under Y's sanctions": with the agent found, a bare actor before is O
    ordered_pair: bool = False  # "the war of X and Y": a coordinated genitive pair reads X -> Y
    reciprocal: bool = False  # "X clashed with Y", "clashes between X and Y": each side acts on the other
    pair_only: bool = False  # reciprocal: the parties only from "between X and Y", never the clause's subject
    mediation: bool = False  # "a deal brokered by X": the subject works with each party (the "between" pair, else
    # each other actor of the sentence)
    measure: tuple[str, ...] = ()  # vetoes: the blocked measure, whose target is the object
    # what a blocked measure would have done, named just after it ("a resolution condemning X"): these relations
    # are no events, and not the vetoer's (the sponsors who drafted it did act)
    measure_content: tuple[str, ...] = ()
    controls: bool = False  # "accused X of arming Y": the object is the subject of the events it governs
    speech_act: bool = False  # an accusation: denials and attributions in its sentence answer what was said
    circumstantial: bool = False  # a participle after a comma ("..., محذرة واشنطن"): the main subject acts
    modal_content: bool = False  # "would retaliate against X": the future or modal verb is the threat, asserted
    done: bool = False  # "agree to restore ties in a China-brokered deal": a participle names an act done
    # "joined the sanctions against X": the verb's subject takes part in the event noun it governs, so it does
    # not stand between that noun and its agent (as "condemned the attack on X" does)
    takes_part: bool = False
    # a verb of travel: an event noun behind a purpose marker after it is the traveller's ("arrived in Ankara for
    # talks with X"), so the verb does not stand between that noun and its subject
    purpose: bool = False
    object_from_event: bool = False  # "condemned Israel's strikes": the object is the event's subject
    recipient_before: tuple[str, ...] = ()  # "provided X with weapons": the actor before "with" receives
    source: tuple[str, ...] = ()  # "Russia bought drones from Iran": the source gives, the subject receives
    object_types: tuple[str, ...] = ()  # only objects of these actor types ("join" a bloc, not a person)
    object_ids: tuple[str, ...] = ()  # only these objects: joining an alliance (NATO) is being allied with it
    except_object_ids: tuple[str, ...] = ()  # never these objects (joining NATO is not mere cooperation)
    # the trigger does not count right before these words: Arabic "وقع قصف" is "shelling occurred", not "signed"
    unless_followed_by: tuple[str, ...] = ()
    # the trigger does not count within a few words after these: "circumventing (US) sanctions" are not
    # sanctions the clause's subject imposes
    unless_preceded_by: tuple[str, ...] = ()
    # a weapon behind an instrument marker ("with", «با», «ب») in a clause with a trigger of one of these
    # relations is that event's means, no supply: "struck Kyiv with missiles", «با پهپاد به اوکراین حمله کرد»
    instrument_of: tuple[str, ...] = ()
    # the trigger counts only with one of these words within a few words after it: "deepen (its military) ties
    # with X", not "expanded its nuclear programme, straining relations with X"
    only_followed_by: tuple[str, ...] = ()
    # markers of the body a complaint is lodged with: the actor behind one right before this trigger is no
    # object of an event noun before it («از حملات X به سازمان ملل شکایت کرد»: X attacks no UN)
    lodged_with: tuple[str, ...] = ()
    # the trigger counts only with (or never with) one of these words in its clause: "targeted X in new
    # sanctions" sanctions X, it does not attack it
    only_in_clause_with: tuple[str, ...] = ()
    unless_in_clause_with: tuple[str, ...] = ()
    confidence: float = 0.7

    def takes_object(self, actor_type: str, actor_id: str) -> bool:
        """Whether an actor of this type and id may be the object ("welcomed the decision", not a person)."""
        if self.object_types and actor_type not in self.object_types:
            return False
        return not ((self.object_ids and actor_id not in self.object_ids) or actor_id in self.except_object_ids)


@dataclass(frozen=True, slots=True)
class RoleEntry:
    """Titles that introduce a person ("foreign minister"), and the office they name."""

    words: tuple[str, ...]
    office: str
    stateless: bool = False  # titles such as "analyst" that name no state's office
    # the title's name across languages ("president"): a state whose own holder of that title fills another
    # office says so in the gazetteer (``titles``: Iran's president heads its government, not its state)
    title: str | None = None


@dataclass(frozen=True, slots=True)
class Prefix:
    """A proclitic stripped before look-up (Arabic و، ب، ل، ال، ...).

    ``marker`` is the preposition it carries ("ب" in "بروسيا"), ``conjunction`` whether it coordinates ("و"),
    and ``restore`` what the stem starts with once the proclitic is gone ("لل" + "صين" -> "الصين").
    """

    text: str
    marker: str = ""
    conjunction: bool = False
    restore: str = ""
    modality: Modality | None = None  # a future prefix (Arabic س) makes its verb planned
    nominal: bool = False  # an article (Arabic ال): the word is a noun, never a verb trigger ("القصف")
    stem_starts: tuple[str, ...] = ()  # only before these letters (future س before an imperfect: سيزور)


@dataclass(frozen=True, slots=True)
class Lexicon:
    language: str
    prefixes: tuple[Prefix, ...]
    suffixes: tuple[str, ...]
    min_stem: int
    unanalyzed: tuple[str, ...]  # words looked up only whole: "وزارة" (ministry) is not و + زار + ة
    sentence_end: tuple[str, ...]
    clause_breaks: tuple[str, ...]
    clauses_after: tuple[str, ...]  # a reporting verb ending its clause: "عراقچی گفت [آمریکا ...]"
    relative_markers: tuple[str, ...]
    # after an actor and a comma, they open an apposition that describes it ("Turkey, a NATO member, said"):
    # a clause of its own, which the next comma not before an actor closes
    apposition_openers: tuple[str, ...]
    conjunctions: tuple[str, ...]
    list_separators: tuple[str, ...]
    prepositions: tuple[str, ...]
    agent_markers: tuple[str, ...]
    pair_markers: tuple[str, ...]
    between_markers: tuple[str, ...]
    postpositions: tuple[str, ...]
    light_verbs: tuple[str, ...]
    source_markers: tuple[str, ...]
    sponsor_markers: tuple[str, ...]  # "a resolution tabled by X": X speaks through the text it put forward
    subordinators: tuple[str, ...]  # "after X struck Y": prepositions that also open a clause, X its subject
    possessor_markers: tuple[str, ...]  # «مواقع لحزب الله»: after a transparent head, the actor is the head
    locatives: tuple[str, ...]  # "in": a place in an actor ("the port of Odesa in southern Ukraine")
    plural_suffixes: tuple[str, ...]  # a noun's plural ending, joined or apart («تحریم‌های», «تحریم های»)
    infinitive_markers: tuple[str, ...]
    # a weapon behind one of these serves the event of its clause ("struck Kyiv with missiles"), see
    # ``TriggerEntry.instrument_of``
    instrument_markers: tuple[str, ...]
    purpose_markers: tuple[str, ...]  # "for talks": the event a traveller sets out for (``TriggerEntry.purpose``)
    gerund_openers: tuple[str, ...]  # "while holding talks with X": the gerund is a verb with the main subject
    demonstratives: tuple[str, ...]
    resumptives: tuple[str, ...]
    determiners: tuple[str, ...]
    subject_barriers: tuple[str, ...]
    free_choice: tuple[str, ...]  # "any attack on X": the event is hypothetical and has no actor from its clause
    passive_aux: tuple[str, ...]
    agent_passive_aux: tuple[str, ...]  # passive after a trigger only with an agent before it («توسط X ... شد»)
    reflexives: tuple[str, ...]  # "defend itself": an act on its own subject, which the binder pairs with no one
    undergo: tuple[str, ...]  # "came under", «تعرض», «مورد»: the event noun after them is suffered, not done
    saying_verbs: tuple[str, ...]  # "said", «قال», «گفت»: the speaker is not the agent of an event noun they report
    progressive_endings: tuple[str, ...]  # "have been exchanging fire": after an auxiliary, still active
    compound_pair_joiners: tuple[str, ...]  # "the Israel-Hamas war": two actors joined so before the noun
    possessive: tuple[str, ...]
    of_markers: tuple[str, ...]
    genitive_follows: bool
    subject_after_verb: bool
    words_run_together: bool  # scraped text loses the space (or ZWNJ) between words: phrases match joined too
    relative_ends_at_verb: bool
    transparent: tuple[str, ...]
    group_heads: tuple[str, ...]  # "Palestinian militant group Hamas": the state's adjective describes the group
    national_bodies: tuple[str, ...]  # "Security Council" tied to a state ("of Russia") is that state's, not the UN's
    skippable_max: int
    one_state: tuple[str, ...]
    speaker_country: tuple[str, ...]  # "his country", "بلاده": the state of the person named last
    outlet_country: tuple[str, ...]  # «کشورمان» (our country) in an agency's voice: the outlet's state, if known
    person_pronouns: tuple[str, ...]  # "He met Lavrov": a sentence's first word, the person named last
    two_states: tuple[str, ...]
    plural_refs: tuple[str, ...]
    group_refs: tuple[str, ...]
    organization_refs: tuple[str, ...]  # "the bloc", "الحلف", "این سازمان": the international body named last
    event_refs: tuple[str, ...]
    speaker_pronouns: tuple[str, ...]  # "Iran says it has not ...": the pronoun after a reporting verb
    reporting_verbs: tuple[str, ...]
    complementizers: tuple[str, ...]  # may stand between the verb and the pronoun ("said that it")
    roles: tuple[RoleEntry, ...]
    name_stop: tuple[str, ...]
    name_not_first: tuple[str, ...]
    company_suffixes: tuple[str, ...]  # "Ltd", "Inc": a capitalized name closed by one is a company
    cues: tuple[tuple[Modality, tuple[str, ...]], ...]
    asserting: tuple[str, ...]  # "will continue to", "the first to": the event holds, no plan
    planned_times: tuple[str, ...]  # "next week", "المقبلة": planned wherever they stand in the trigger's clause
    demands: tuple[str, ...]  # "called for", «خواستار», «دعا»: the event asked for has not happened
    appeals: tuple[str, ...]  # "urged", "called on", «حث»: a demand addressed to another, who would act
    cessations: tuple[str, ...]  # "a halt to", «توقف», «وقف»: asked to stop, the event goes on
    denial_objects: tuple[str, ...]
    negative_predicates: tuple[str, ...]
    negation_window: tuple[int, int]  # tokens before / after the trigger
    question_marks: tuple[str, ...]  # a sentence ending in one asks, it asserts nothing: speculative
    presupposing_questions: tuple[str, ...]  # "Why has X cut ties with Y?" takes the cutting as given
    graded_after: int  # tokens after the trigger a planned / speculative / alleged cue may stand
    via_defaults: tuple[tuple[str, str], ...]
    triggers: tuple[TriggerEntry, ...]


def _words(value: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or any(isinstance(v, bool) for v in value):
        raise ValueError(f"expected a list of words, got {value!r}")
    return tuple(str(v) for v in value)


def inflect_english_verb(verb: str) -> tuple[str, ...]:
    """Regular English inflections of a verb (or phrasal verb: the first word inflects)."""
    head, _, rest = verb.partition(" ")
    tail = f" {rest}" if rest else ""
    if head.endswith("e"):
        forms = [head, head + "s", head + "d", head[:-1] + "ing"]
    elif head.endswith("y") and head[-2:-1] not in "aeiou":
        forms = [head, head[:-1] + "ies", head[:-1] + "ied", head + "ing"]
    elif head.endswith(("s", "sh", "ch", "x", "z")):
        forms = [head, head + "es", head + "ed", head + "ing"]
    elif _DOUBLING.fullmatch(head):
        # one syllable ending consonant-vowel-consonant doubles the consonant: slammed, shipped, cutting
        forms = [head, head + "s", head + head[-1] + "ed", head + head[-1] + "ing"]
    else:
        forms = [head, head + "s", head + "ed", head + "ing"]
    return tuple(f + tail for f in forms)


_DOUBLING = re.compile(r"[^aeiou]*[aeiou][^aeiouwxy]")


def _prefix(item: Any) -> Prefix:
    if isinstance(item, str):
        return Prefix(item)
    return Prefix(
        text=str(item["prefix"]),
        marker=str(item.get("marker", "")),
        conjunction=bool(item.get("conjunction", False)),
        restore=str(item.get("restore", "")),
        modality=_modality(item.get("modality")),
        nominal=bool(item.get("nominal", False)),
        stem_starts=_words(item.get("stem_starts")),
    )


def _modality(value: Any) -> Modality | None:
    if value is None:
        return None
    for modality in MODALITIES:
        if modality == value:
            return modality
    raise ValueError(f"unknown modality {value!r}")


def _trigger(item: dict[str, Any], lang: str) -> TriggerEntry:
    relation = str(item["relation"])
    if relation not in relations():
        raise ValueError(f"lexicon {lang}: unknown relation {relation!r}")
    words = list(_words(item.get("words")))
    verbs = _words(item.get("verbs"))
    irregular = _words(item.get("verb_forms"))
    for verb in verbs:
        words.extend(inflect_english_verb(verb))
    words.extend(irregular)
    genitive = item.get("genitive")
    plural_genitive = item.get("plural_genitive")
    for role in (genitive, plural_genitive):
        if role not in (None, "subject", "object"):
            raise ValueError(f"lexicon {lang}: genitive must be subject or object, not {role!r}")
    instrument_of = tuple(str(r) for r in item.get("instrument_of") or ())
    measure_content = tuple(str(r) for r in item.get("measure_content") or ())
    for key, named in (("instrument_of", instrument_of), ("measure_content", measure_content)):
        unknown = [r for r in named if r not in relations()]
        if unknown:
            raise ValueError(f"lexicon {lang}: {key} names unknown relations {unknown}")
    return TriggerEntry(
        relation=relation,
        words=tuple(dict.fromkeys(words)),
        object_marks=_words(item.get("object")) + _words(item.get("object_with_own_subject")),
        own_subject_object_marks=_words(item.get("object_with_own_subject")),
        subject_marks=_words(item.get("subject")),
        genitive=cast("ArgumentRole | None", genitive),
        plural_genitive=cast("ArgumentRole | None", plural_genitive),
        verb=bool(verbs or irregular or item.get("verb", False)),
        apposition=bool(item.get("apposition", False)),
        needs_object_marker=bool(item.get("needs_object_marker", False)),
        patient_before=bool(item.get("patient_before", False)),
        ordered_pair=bool(item.get("ordered_pair", False)),
        reciprocal=bool(item.get("reciprocal", False)),
        pair_only=bool(item.get("pair_only", False)),
        mediation=bool(item.get("mediation", False)),
        measure=_words(item.get("measure")),
        measure_content=measure_content,
        controls=bool(item.get("controls", False)),
        speech_act=bool(item.get("speech_act", False)),
        modal_content=bool(item.get("modal_content", False)),
        done=bool(item.get("done", False)),
        takes_part=bool(item.get("takes_part", False)),
        purpose=bool(item.get("purpose", False)),
        circumstantial=bool(item.get("circumstantial", False)),
        object_from_event=bool(item.get("object_from_event", False)),
        recipient_before=_words(item.get("recipient_before")),
        source=_words(item.get("source")),
        object_types=_words(item.get("object_types")),
        object_ids=tuple(str(i) for i in item.get("object_ids") or ()),
        except_object_ids=tuple(str(i) for i in item.get("except_object_ids") or ()),
        unless_followed_by=_words(item.get("unless_followed_by")),
        unless_preceded_by=_words(item.get("unless_preceded_by")),
        only_followed_by=_words(item.get("only_followed_by")),
        lodged_with=_words(item.get("lodged_with")),
        instrument_of=instrument_of,
        only_in_clause_with=_words(item.get("only_in_clause_with")),
        unless_in_clause_with=_words(item.get("unless_in_clause_with")),
        confidence=float(item.get("confidence", 0.7)),
    )


def load_lexicon(path: Path) -> Lexicon:
    raw: dict[str, Any] = _yaml(path)
    lang = str(raw["language"])
    morph = raw.get("morphology") or {}
    tok = raw.get("tokens") or {}
    coref = raw.get("coreference") or {}
    modality = raw.get("modality") or {}
    cues: list[tuple[Modality, tuple[str, ...]]] = []
    for name in MODALITIES:
        if name != "asserted" and modality.get(name):
            cues.append((name, _words(modality[name])))
    return Lexicon(
        language=lang,
        prefixes=tuple(_prefix(p) for p in morph.get("prefixes") or []),
        suffixes=_words(morph.get("suffixes")),
        min_stem=int(morph.get("min_stem", 3)),
        unanalyzed=_words(morph.get("unanalyzed")),
        sentence_end=_words(tok.get("sentence_end")),
        clause_breaks=_words(tok.get("clause_breaks")),
        clauses_after=_words(tok.get("clauses_after")),
        relative_markers=_words(tok.get("relative_markers")),
        apposition_openers=_words(tok.get("apposition_openers")),
        conjunctions=_words(tok.get("conjunctions")),
        list_separators=_words(tok.get("list_separators")),
        prepositions=_words(tok.get("prepositions")),
        agent_markers=_words(tok.get("agent_markers")),
        pair_markers=_words(tok.get("pair_markers")),
        between_markers=_words(tok.get("between_markers")),
        postpositions=_words(tok.get("postpositions")),
        light_verbs=_words(tok.get("light_verbs")),
        source_markers=_words(tok.get("source_markers")),
        sponsor_markers=_words(tok.get("sponsor_markers")),
        subordinators=_words(tok.get("subordinators")),
        possessor_markers=_words(tok.get("possessor_markers")),
        locatives=_words(tok.get("locatives")),
        plural_suffixes=_words(tok.get("plural_suffixes")),
        infinitive_markers=_words(tok.get("infinitive_markers")),
        instrument_markers=_words(tok.get("instrument_markers")),
        purpose_markers=_words(tok.get("purpose_markers")),
        gerund_openers=_words(tok.get("gerund_openers")),
        demonstratives=_words(tok.get("demonstratives")),
        resumptives=_words(tok.get("resumptives")),
        determiners=_words(tok.get("determiners")),
        subject_barriers=_words(tok.get("subject_barriers")),
        free_choice=_words(tok.get("free_choice")),
        passive_aux=_words(tok.get("passive_aux")),
        agent_passive_aux=_words(tok.get("agent_passive_aux")),
        reflexives=_words(tok.get("reflexives")),
        undergo=_words(tok.get("undergo")),
        saying_verbs=_words(tok.get("saying_verbs")),
        progressive_endings=_words(tok.get("progressive_endings")),
        compound_pair_joiners=_words(tok.get("compound_pair_joiners")),
        possessive=_words(tok.get("possessive")),
        of_markers=_words(tok.get("of_markers")),
        genitive_follows=bool(tok.get("genitive_follows", False)),
        subject_after_verb=bool(tok.get("subject_after_verb", False)),
        words_run_together=bool(tok.get("words_run_together", False)),
        relative_ends_at_verb=bool(tok.get("relative_ends_at_verb", False)),
        transparent=_words(tok.get("transparent")),
        group_heads=_words(tok.get("group_heads")),
        national_bodies=_words(tok.get("national_bodies")),
        skippable_max=int(tok.get("skippable_max", 2)),
        one_state=_words(coref.get("one_state")),
        speaker_country=_words(coref.get("speaker_country")),
        outlet_country=_words(coref.get("outlet_country")),
        person_pronouns=_words(coref.get("person_pronouns")),
        two_states=_words(coref.get("two_states")),
        plural_refs=_words(coref.get("plural")),
        group_refs=_words(coref.get("group")),
        organization_refs=_words(coref.get("organization")),
        event_refs=_words(coref.get("event")),
        speaker_pronouns=_words(coref.get("speaker_pronouns")),
        reporting_verbs=_words(coref.get("reporting_verbs")),
        complementizers=_words(coref.get("complementizers")),
        roles=tuple(
            RoleEntry(
                words=_words(r["words"]),
                office=str(r["office"]),
                stateless=bool(r.get("stateless")),
                title=str(r["title"]) if r.get("title") else None,
            )
            for r in raw.get("roles") or []
        ),
        name_stop=_words((raw.get("names") or {}).get("stop")),
        name_not_first=_words((raw.get("names") or {}).get("not_first_prefixes")),
        company_suffixes=_words((raw.get("names") or {}).get("company_suffixes")),
        cues=tuple(cues),
        planned_times=_words(modality.get("planned_times")),
        asserting=_words(modality.get("asserting")),
        demands=_words(modality.get("demands")),
        appeals=_words(modality.get("appeals")),
        cessations=_words(modality.get("cessations")),
        denial_objects=_words(modality.get("denial_objects")),
        negative_predicates=_words(modality.get("negative_predicates")),
        negation_window=(
            int((modality.get("windows") or {}).get("negation_before", 3)),
            int((modality.get("windows") or {}).get("negation_after", 3)),
        ),
        graded_after=int((modality.get("windows") or {}).get("graded_after", 2)),
        question_marks=_words(modality.get("question_marks")),
        presupposing_questions=_words(modality.get("presupposing_questions")),
        via_defaults=tuple((str(k), str(v)) for k, v in (raw.get("via_defaults") or {}).items()),
        triggers=tuple(_trigger(item, lang) for item in raw.get("relations") or []),
    )


def load_lexicons(directory: Path) -> dict[str, Lexicon]:
    """Every ``<lang>.yaml`` lexicon of ``directory`` by language code."""
    out: dict[str, Lexicon] = {}
    for path in sorted(directory.glob("*.yaml")):
        raw = _yaml(path)
        if isinstance(raw, dict) and "language" in raw and "relations" in raw:
            lexicon = load_lexicon(path)
            out[lexicon.language] = lexicon
    return out
