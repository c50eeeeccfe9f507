from __future__ import annotations

from armswatch.extract.lexicon import PhraseMatcher
from armswatch.extract.text import match_forms, split_sentences, tokenize


def test_tokens_keep_exact_offsets() -> None:
    text = "قال «فيكتور بوت»، أمس: l'Inde a reçu 2,6 milliards; Pakistan's AK-74 Бутом"
    for token in tokenize(text):
        assert text[token.start:token.end] == token.text


def test_arabic_clitics_are_absorbed() -> None:
    # "to the Houthis", "and the Houthis" and "the Houthis" meet on one form
    forms = [set(match_forms(w)) for w in ("للحوثيين", "والحوثيين", "الحوثيين")]
    assert set.intersection(*forms)
    assert "فيكتور" in match_forms("وفيكتور")


def test_arabic_letter_variants_and_digits_fold() -> None:
    assert match_forms("إيران")[0] == match_forms("ايران")[0]
    assert match_forms("٢٠٢٤")[0] == "2024"


def test_russian_cases_meet() -> None:
    assert match_forms("Бутом")[0] == match_forms("Бут")[0] == match_forms("Бута")[0]


def test_phrase_matcher_takes_longest_match_through_clitics() -> None:
    matcher: PhraseMatcher[str] = PhraseMatcher()
    matcher.add("أسلحة", "generic")
    matcher.add("الأسلحة المضادة للطائرات", "anti-aircraft")
    tokens = tokenize("بحثوا عن والأسلحة المضادة للطائرات")
    found = matcher.find_all(tokens)
    assert [m.payloads for m in found] == [["anti-aircraft"]]


def test_sentences_split_on_arabic_question_mark_and_lines() -> None:
    text = "من هو فيكتور بوت؟ تاجر أسلحة.\nعنوان"
    tokens = tokenize(text)
    sentences = split_sentences(text, tokens)
    assert len(sentences) == 3
    assert text[sentences[0].start:sentences[0].end].endswith("؟")


def test_an_abbreviation_after_a_number_ends_no_sentence() -> None:
    text = "Обнаружены 18 пистолетов и около 4 тыс. патронов; водитель задержан. Дело передано в суд."
    sentences = split_sentences(text, tokenize(text))
    assert text[sentences[0].start:sentences[0].end].endswith("задержан.")
    assert len(sentences) == 2
