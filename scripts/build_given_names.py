"""Build src/armswatch/extract/data/given_names.json (see resources.load_given_names).

Sources, all optional at run time except the hand files:
  * known Latin given names: nam_dict.txt shipped by the ``gender-guesser`` package (imported lazily);
    without it, the ``latin`` list of the current given_names.json is reused;
  * transliteration pairs in /work/shared/data/names (or --names-dir):
      google_ar2en_names.tsv           arabic<TAB>english
      wikidata_names_ar_en_dev.tsv     english<TAB>spaced arabic letters<TAB>count
      wikidata_names_ru_en_dev.tsv     english<TAB>spaced cyrillic letters<TAB>count
    a pair is kept when its English side is a known given name;
  * hand files data-src/extract/parts/given_manual_NN.json: {"ar": {spelling: latin}, "ru": {...}, "latin": [...]},
    which win over everything derived.

Words the engine would mistake for names are dropped: the engine takes a given name followed by
another word as a person, and Arabic has no capitals, so Arabic given names that are ordinary news
words (EXCLUDE_AR), every word of the cue lexicon and of non-person gazetteer/weapon aliases, and
country names/demonyms are excluded.

    .venv/bin/python scripts/build_given_names.py [--names-dir DIR]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "src" / "armswatch" / "extract" / "data"
PARTS = Path(__file__).resolve().parents[1] / "data-src" / "extract" / "parts"
OUT = DATA / "given_names.json"
NAMES_DIR = Path("/work/shared/data/names")

# nam_dict frequency (hex 1..D, max over countries) needed to ship a Latin name / to trust a TSV pair.
LATIN_MIN_FREQ = 4
JOIN_MIN_FREQ = 3

# Arabic given names that are also ordinary words in news text ("كريم" generous, "جهاد" jihad, "سلام"
# peace, "أمين" secretary, "عمر" age, "يزيد" increases, ...) and missile/drone names.
EXCLUDE_AR = set("""
أمين امين سعيد كريم جمال نصر عادل جميل سالم منصور نور أمل امل فرح سلام سلطان ملك شريف صالح فاضل
رشيد حكيم عزيز عامر باسم عالي علا رضا مجيد حامد حمد كامل أكرم اكرم أشرف اشرف إيمان ايمان واثق نادر
عمر يزيد رائد قائد أمير امير شيخ مالك صقر نمر أسد اسد وسام مجد عز نضال كفاح جهاد ثائر فداء مجاهد مقاتل
حرب رعد فجر زلزال قاهر فاتح خيبر شهاب قدر سجيل قيام طوفان بركان صمود كرار مهاجر شاهد أبابيل قاصف صماد
نصير منتصر ظافر فائز فوز صادق صدق وفاء وفي أمان امان سلامة عدل عدالة حق بطل فارس شجاع قوي عظيم كبير
عبد عبيد خادم أنور انور نجم نجمة شمس قمر هلال صباح مساء ليل ضحى ربيع خريف شتاء صيف سحاب مطر غزال زهرة
ورد وردة دنيا حياة سعادة هناء راحة رحمة نعمة نعيم منى هدى سهى ندى جود كرم عطا عطاء منح منحة هبة سماح
جنى غدير بحر نهر جبل ساحل سهل إحسان احسان رجاء أماني اماني ثقة وعد مأمون ميمون مبارك مسعود محفوظ مرزوق
معين عون نجاح فلاح رباح ربح غالب منتظر صابر شاكر ذاكر حافظ سام جو
دان لي بيت لولا رمضان بن ابن أبو ابو أم ام بنت ولد آل دولة
شام يمن عراق خليج حجاز نجد مغرب تركي فارسي عرب عربي إسلام اسلام دين الى إلى بين وزير قال عام عن من في مع
ثاني ثالث أول اول أخير اخير جديد قديم وطن وطني شعب شعبي حاكم حكم قاضي رئيس زعيم أمن امن سلم سلمي نائب
""".split())
EXCLUDE_RU = set("Вера Надежда Любовь Мир Слава "
                 "Роза Лев Победа Заря Звезда Лилия Май Марта Марс Нил Ким Ли".split())
EXCLUDE_LATIN = set("""
Will May June April August Major General King Prince Princess Duke Earl Lord Sir Dean Judge Bishop
Young Long Little Grant Mark Bill Rich Rose Hope Grace Faith Joy Sunday Monday Friday Summer Winter
Israel Jordan Chad Georgia India China Kenya Victoria Sofia Paris Lima Santiago Florence Adelaide Sydney
Asia Africa America Europe Iran Iraq Syria Cuba Mali Niger Chile Peru Israel Tunis Oman Yemen Aden
Lebanon Sudan Nigeria Libya Russia Kiev Minsk Baku Doha Kabul Rabat Dakar Hanoi Seoul Tokyo Delhi
Said Sin Son Man Don Van Von Ben Bin Abu Al El Le La De Da Du Del Della Di San Saint St Le
Can Hung Ha Ho Min Kim Lee Lin Nam Do Dong Moon Sun Star Sky Rock Stone Hill Brook Field Wood
Art Guy Jack Jimmy Bob Pat Sam Ray Gene Page Lane Chase Hunter Archer Carter Mason Miller Smith Baker
Ever Still Green Brown White Black Gray Grey Best Bright Love Precious Gift Blessing Happy Lucky
Justice Liberty Freedom Peace Unity Independence Memory Honor Honour Glory Miracle Trust Patience
Mercy Charity Prudence Temperance Constance Verity Virtue Chance Colt Remington Browning Beretta
Ruger Glock Walther Mauser Luger Sig Kalashnikov Dragunov Makarov Uzi Galil Tavor Negev Stinger Javelin
Patriot Hawk Sparrow Phoenix Harpoon Tomahawk Hellfire Maverick Trident Triumph Tiger Leopard Lynx
Puma Jaguar Cobra Apache Black_Hawk Chinook Cougar Panther Merkava Abrams Bradley Stryker Typhoon
Rafale Mirage Gripen Eurofighter Tornado Harrier Hercules Atlas Orion Reaper Predator Global Hermes
Heron Shahed Mohajer Fateh Zelzal Shahab Sejjil Khaibar Qiam Burkan Quds Houthi Hamas Hezbollah Fatah
Wagner Africa Corps Reuters Post Times Daily News Press Herald Gazette Tribune Journal Mail Sun Star
""".split())


def _load_nam_dict() -> dict[str, int] | None:
    """Latin given name -> max popularity (1..13) over countries; None without gender-guesser."""
    try:
        import gender_guesser
    except ImportError:
        return None
    path = Path(gender_guesser.__file__).resolve().parent / "data" / "nam_dict.txt"
    best: dict[str, int] = {}
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if not line or line[0] in "#=":
                continue
            name = line[3:29].strip()
            values = [int(c, 16) for c in line[30:85] if c in "0123456789ABCDEFabcdef"]
            if not name or not values:
                continue
            for variant in {name.replace("+", " "), name.replace("+", "-"), name.replace("+", "")}:
                best[variant] = max(best.get(variant, 0), max(values))
    return best


def _hand_files() -> tuple[dict[str, str], dict[str, str], list[str]]:
    ar: dict[str, str] = {}
    ru: dict[str, str] = {}
    latin: list[str] = []
    for path in sorted(PARTS.glob("given_manual_*.json")):
        part = json.loads(path.read_text(encoding="utf-8"))
        ar.update(part.get("ar", {}))
        ru.update(part.get("ru", {}))
        latin += part.get("latin", [])
    return ar, ru, latin


def _pairs_google(path: Path) -> list[tuple[str, str, int]]:
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) >= 2 and parts[0].strip() and parts[1].strip():
            out.append((parts[0].strip(), parts[1].strip(), 1))
    return out


def _pairs_wikidata(path: Path) -> list[tuple[str, str, int]]:
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) >= 3 and parts[0].strip() and parts[1].strip():
            count = int(parts[2]) if parts[2].strip().isdigit() else 1
            out.append(("".join(parts[1].split()), parts[0].strip(), count))
    return out


def _latin_key(english: str) -> str:
    return "-".join(p[:1].upper() + p[1:] for p in english.lower().split("-"))


def _join(pairs: list[tuple[str, str, int]], known: dict[str, int]) -> dict[str, str]:
    """script spelling -> Latin given name with the highest count (then popularity)."""
    votes: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for spelling, english, count in pairs:
        latin = _latin_key(english)
        if known.get(latin, 0) >= JOIN_MIN_FREQ:
            votes[spelling][latin] += count
    return {s: max(v, key=lambda n: (known.get(n, 0), v[n])) for s, v in votes.items()}


def _ru_declensions(name: str) -> list[str]:
    """Oblique case forms of a Russian given name ("Сергей" -> "Сергея", "Сергеем", ...): the engine
    looks names up by Snowball stem, which differs between some case forms."""
    if " " in name or "-" in name or len(name) < 3:
        return []
    soft = name[-2] in "гкхжшчщ"
    if name.endswith("ия"):
        b = name[:-1]
        return [b + "и", b + "ю", b + "ей"]
    if name.endswith("я"):
        b = name[:-1]
        return [b + "и", b + "е", b + "ю", b + "ей"]
    if name.endswith("а"):
        b = name[:-1]
        return [b + ("и" if soft else "ы"), b + "е", b + "у", b + ("ой" if name[-2] not in "жшчщц" else "ей")]
    if name.endswith(("й", "ь")):
        b = name[:-1]
        return [b + "я", b + "ю", b + "ем", b + "е"] + ([b + "и"] if name.endswith("ий") else [])
    if name[-1] in "бвгдзклмнпрстфх":
        return [name + "а", name + "у", name + "ом", name + "е"]
    if name[-1] in "жшчщц":
        return [name + "а", name + "у", name + "ем", name + "е"]
    return []


def _ordinary_words() -> tuple[set[str], set[str]]:
    """Match forms of words the engine already knows as something else (cues, countries, non-person
    gazetteer and weapon aliases), Arabic and Cyrillic."""
    sys.path.insert(0, str(ROOT / "src"))
    from armswatch.extract import resources
    from armswatch.extract.text import match_forms

    phrases: list[str] = []
    cues = json.loads((DATA / "cues.json").read_text(encoding="utf-8"))

    def walk(value: object) -> None:
        if isinstance(value, str):
            phrases.append(value)
        elif isinstance(value, dict):
            for key, item in value.items():
                phrases.append(key)
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    walk(cues)
    for country in resources.load_country_names().values():
        for table in (country.names, country.adjectives):
            for items in table.values():
                phrases += items
    for loader, kind in ((resources.load_gazetteer, "gazetteer"), (resources.load_weapons, "weapons")):
        try:
            entries = loader()
        except resources.ResourceError:
            continue
        for entry in entries:
            if kind == "gazetteer" and entry.type == "person":
                continue
            for items in entry.aliases.values():
                phrases += items
    whole: set[str] = set()
    single: set[str] = set()
    for phrase in phrases:
        words = phrase.split()
        for word in words:
            single.add(match_forms(word)[0])
        if len(words) == 1:
            whole.add(match_forms(phrase)[0])
    return whole, single


def build(names_dir: Path) -> dict[str, object]:
    from armswatch.extract.text import match_forms

    hand_ar, hand_ru, hand_latin = _hand_files()
    known = _load_nam_dict()
    if known is None:
        previous = json.loads(OUT.read_text(encoding="utf-8")) if OUT.exists() else {"latin": []}
        known = {n: LATIN_MIN_FREQ for n in previous["latin"]}
        print("gender-guesser not installed: reusing the Latin list of the current file", file=sys.stderr)
    for latin in list(hand_ar.values()) + list(hand_ru.values()) + hand_latin:
        known[latin] = max(known.get(latin, 0), LATIN_MIN_FREQ)

    ar: dict[str, str] = {}
    ru: dict[str, str] = {}
    if names_dir.is_dir():
        google = names_dir / "google_ar2en_names.tsv"
        wiki_ar = names_dir / "wikidata_names_ar_en_dev.tsv"
        wiki_ru = names_dir / "wikidata_names_ru_en_dev.tsv"
        ar_pairs = (_pairs_google(google) if google.exists() else []) + \
            (_pairs_wikidata(wiki_ar) if wiki_ar.exists() else [])
        ar = _join(ar_pairs, known)
        ru = _join(_pairs_wikidata(wiki_ru), known) if wiki_ru.exists() else {}
    else:
        print(f"{names_dir} missing: only hand-written names", file=sys.stderr)

    whole, _single = _ordinary_words()
    excluded_ar = {match_forms(w)[0] for w in EXCLUDE_AR}
    excluded_ru = {match_forms(w)[0] for w in EXCLUDE_RU}

    def keep_ar(spelling: str, hand: bool) -> bool:
        key = match_forms(spelling)[0]
        if key in excluded_ar or (not hand and key in whole):
            return False
        if not hand and (len(key) < 3 or key.startswith("ال") or " " in spelling):
            return False
        return all("\u0600" <= c <= "\u06ff" or c == " " for c in spelling)

    def keep_ru(spelling: str, hand: bool) -> bool:
        key = match_forms(spelling)[0]
        if spelling in EXCLUDE_RU or key in excluded_ru or (not hand and key in whole):
            return False
        return len(spelling) >= 3 and all("\u0400" <= c <= "\u04ff" or c == "-" for c in spelling)

    out_ar = {s: n for s, n in ar.items() if keep_ar(s, False)}
    out_ar.update({s: n for s, n in hand_ar.items() if keep_ar(s, True)})
    out_ru = {s.capitalize(): n for s, n in ru.items() if keep_ru(s.capitalize(), False)}
    out_ru.update({s: n for s, n in hand_ru.items() if keep_ru(s, True)})
    for spelling, latin_name in list(out_ru.items()):
        for form in _ru_declensions(spelling):
            if form not in out_ru and keep_ru(form, False):
                out_ru[form] = latin_name

    latin = {n for n, f in known.items() if f >= LATIN_MIN_FREQ}
    latin |= set(out_ar.values()) | set(out_ru.values()) | set(hand_latin)
    latin = {n for n in latin if n not in EXCLUDE_LATIN and len(n) > 2 and " " not in n and n[0].isupper()
             and match_forms(n)[0] not in whole}
    return {"ar": dict(sorted(out_ar.items())), "ru": dict(sorted(out_ru.items())), "latin": sorted(latin)}


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--names-dir", type=Path, default=NAMES_DIR)
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT / "src"))
    data = build(args.names_dir)
    OUT.write_text(json.dumps(data, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    from armswatch.extract.resources import load_given_names

    names = load_given_names()
    print(f"{OUT.relative_to(ROOT)}: ar {len(names.ar)}, ru {len(names.ru)}, latin {len(names.latin)}")


if __name__ == "__main__":
    main(sys.argv[1:])
