"""Parsing names across scripts: cleaning, clitics, particles, compounds, and blocking keys."""

from __future__ import annotations

from armswatch.resolve.keys import MAX_KEYS, name_keys
from armswatch.resolve.names import clean_name, parse_name
from armswatch.resolve.phonetic import skeleton
from armswatch.resolve.transliterate import arabic_to_latin, cyrillic_to_latin, script_of


def test_clean_name_strips_bidi_and_control_characters() -> None:
    assert clean_name("\u200fفيكتور\u202b بوت\u202c\x00") == "فيكتور بوت"
    assert clean_name("  Viktor\t\nBout ") == "Viktor Bout"
    assert clean_name("\u200e\u200f  ") == ""


def test_scripts_and_rule_transliteration() -> None:
    assert script_of("Виктор") == "cyrillic"
    assert script_of("فيكتور") == "arabic"
    assert script_of("Viktor") == "latin"
    # Short vowels are unwritten in Arabic; the consonants and long vowels come through.
    assert arabic_to_latin("شريف") == "shrif"
    assert skeleton(arabic_to_latin("شريف")) == skeleton("Sharif")
    assert cyrillic_to_latin("Чернышёв") == "chernyshev"


def test_particles_carry_no_weight() -> None:
    parsed = parse_name("Usama bin Muhammad al-Awad")
    assert [p.latin for p in parsed.content] == ["usama", "muhammad", "awad"]


def test_abd_and_allah_compounds_split_alike_in_both_scripts() -> None:
    assert [p.latin for p in parse_name("Abdulmalik").content] == ["abd", "malik"]
    assert [p.latin for p in parse_name("ANSARALLAH").content] == ["ansar", "allah"]
    arabic = parse_name("عبدالله")
    assert [p.text for p in arabic.content] == ["عبد", "الله"]


def test_arabic_clitics_give_article_free_variants() -> None:
    # "and the Houthis", "to the Houthis": the bare name must be among the part's spellings.
    for token in ("والحوثيين", "للحوثيين", "الحوثيون"):
        (part,) = parse_name(token).content
        assert any(form.startswith("huthi") for form in part.forms), (token, part.forms)


def test_keys_are_shared_across_scripts() -> None:
    latin = name_keys("BOUT, Viktor Anatolijevitch")
    assert name_keys("فيكتور بوت") & latin
    assert name_keys("Виктор Бут") & latin
    assert name_keys("أنصار الله") & name_keys("ANSARALLAH")
    assert name_keys("عبد الملك الحوثي") & name_keys("Abdulmalik al-Houthi")


def test_pair_keys_single_out_the_full_name() -> None:
    shared = name_keys("فيكتور بوت") & name_keys("BOUT, Viktor")
    assert any("+" in key for key in shared)
    assert not any("+" in key for key in name_keys("فيكتور بوت") & name_keys("YANUKOVYCH, Viktor"))


def test_keys_stay_few() -> None:
    long_name = " ".join(["Muhammad", "Abd", "al-Rahman", "bin", "Khalid", "al-Masri", "Abu", "Hafs"] * 3)
    assert 0 < len(name_keys(long_name)) <= 2 * MAX_KEYS
    assert len(name_keys("Viktor Bout")) <= 5


def test_cyrillic_names_of_foreign_origin_meet_their_own_spelling() -> None:
    from armswatch.screen.matcher import compare_names

    # Polish, Croatian, German and Japanese names written in Russian, against their home spelling.
    for cyrillic, latin in (("Крайнц", "Krajnc"), ("Вильсдорф", "Wilsdorf"), ("Карич", "Karic"),
                            ("Пирамович", "Piramowicz"), ("Какути", "Kakuchi")):
        assert compare_names(f"Иван {cyrillic}", f"Ivan {latin}").score >= 0.75, (cyrillic, latin)
    assert compare_names("Иван Крайнц", "Ivan Petrov").score < 0.75
