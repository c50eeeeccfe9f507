"""Each official list format loads into listed entities with every name, date, country and program."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from armswatch.screen.loaders import LoadedList, LoadFailure, detect_format, load_file, load_path
from armswatch.store.base import ListedEntity

FIX = Path(__file__).resolve().parents[1] / "fixtures" / "lists"


def by_list_id(loaded: LoadedList) -> dict[str, ListedEntity]:
    return {e.list_id: e for e in loaded.entities}


def test_ofac_csv_trio_joins_aliases_and_addresses_by_ent_num() -> None:
    [loaded] = [r for r in load_path(FIX / "ofac_csv") if isinstance(r, LoadedList)]
    assert loaded.info.name == "us_ofac_sdn" and loaded.info.authority == "US OFAC"
    bout = by_list_id(loaded)["8279"]
    assert bout.schema == "Person"
    # primary name, strong alias from alt.csv, weak aliases from remarks
    assert bout.names == ["BOUT, Viktor Anatolijevitch", "SERGITOV, Vitali", "BONT", "BOUTOV"]
    assert bout.birth_dates == ["1967-01-13", "1970-01-13"]
    assert bout.programs == ["DRCONGO"]
    assert bout.data["properties"]["weakAlias"] == ["BONT", "BOUTOV"]
    assert bout.data["sanctions"][0]["properties"]["authority"] == ["US OFAC"]
    houthis = by_list_id(loaded)["47664"]
    assert houthis.schema == "Organization"
    assert {"ANSAR ALLAH", "ANSARULLAH", "HOUTHI GROUP"} <= set(houthis.names)
    assert houthis.countries == ["ye"]
    roe = by_list_id(loaded)["18782"]
    assert roe.programs == ["SYRIA", "UKRAINE-EO13662", "IRAN-CON-ARMS-EO"]
    assert roe.data["properties"]["previousName"] == ["ROSVOORUZHENIE"]
    vessel = by_list_id(loaded)["4243"]
    assert vessel.schema == "Vessel" and vessel.data["properties"]["imoNumber"] == ["IMO7116030"]
    # Latin-1 bytes decoded, not mangled
    assert by_list_id(loaded)["99001"].names == ["MUÑOZ, José"]
    assert any("1 alias rows" in note for note in loaded.notes)


def test_ofac_companions_are_found_by_content_not_name(tmp_path: Path) -> None:
    shutil.copy(FIX / "ofac_csv" / "sdn.csv", tmp_path / "ofac_sdn_2024-05-03.csv")
    shutil.copy(FIX / "ofac_csv" / "alt.csv", tmp_path / "aliases_2026.csv")
    shutil.copy(FIX / "ofac_csv" / "add.csv", tmp_path / "addresses.csv")
    assert detect_format(tmp_path / "aliases_2026.csv") == "ofac_alt_csv"
    assert detect_format(tmp_path / "addresses.csv") == "ofac_add_csv"
    loaded = load_file(tmp_path / "ofac_sdn_2024-05-03.csv")
    assert loaded.info.list_date == "2024-05-03"
    assert "SERGITOV, Vitali" in by_list_id(loaded)["8279"].names


def test_ofac_alias_file_alone_is_refused_clearly() -> None:
    with pytest.raises(Exception, match=r"alt\.csv holds no list by itself"):
        load_file(FIX / "ofac_csv" / "alt.csv")


def test_ofac_sdn_xml() -> None:
    loaded = load_file(FIX / "ofac_sdn.xml")
    assert (loaded.info.name, loaded.info.list_date) == ("us_ofac_sdn", "2024-05-03")
    bout = by_list_id(loaded)["8279"]
    assert bout.names == ["Viktor Anatolijevitch BOUT", "Vitali SERGITOV", "BOUTOV"]
    assert bout.data["properties"]["weakAlias"] == ["BOUTOV"]
    assert bout.countries == ["ru"] and bout.birth_dates == ["1967-01-13"]
    assert by_list_id(loaded)["4243"].schema == "Vessel"


def test_ofac_consolidated_non_sdn_xml_is_its_own_list() -> None:
    loaded = load_file(FIX / "ofac_cons_nonsdn.xml")
    assert (loaded.info.name, loaded.info.list_date) == ("us_ofac_nonsdn", "2025-06-30")
    assert by_list_id(loaded)["9640"].names == [
        "Mohammed ABU TEIR", "Mohammed Mahmud ABU TAIR", "Mohammad Mahmoud ABOU TAYR"]


def test_ofac_sdn_advanced_xml_names_and_programs() -> None:
    loaded = load_file(FIX / "ofac_sdn_advanced.xml")
    assert loaded.info.list_date == "2024-05-03"
    bout = by_list_id(loaded)["8279"]
    assert bout.schema == "Person" and bout.names == ["Viktor Anatolijevitch BOUT", "BUTT"]
    assert bout.programs == ["DRCONGO"]
    assert bout.data["sanctions"][0]["properties"]["listingDate"] == ["2004-06-29"]
    assert by_list_id(loaded)["47664"].schema == "Organization"


def test_un_sc_keeps_arabic_original_script_and_alias_quality() -> None:
    loaded = load_file(FIX / "un_sc.xml")
    assert (loaded.info.name, loaded.info.authority, loaded.info.list_date) == (
        "un_sc", "UN Security Council", "2025-04-19")
    leader = by_list_id(loaded)["YEi.001"]
    assert leader.names[0] == "ABD AL-KHALIQ AL-HOUTHI"
    assert "عبدالخالق الحوثي" in leader.names
    assert leader.data["properties"]["weakAlias"] == ["Abu-Yunus"]  # QUALITY Low
    assert leader.birth_dates == ["1984"] and leader.programs == ["Yemen"]
    houthis = by_list_id(loaded)["YEe.001"]
    assert houthis.schema == "Organization" and "ANSARALLAH" in houthis.names
    sanction = houthis.data["sanctions"][0]["properties"]
    assert sanction["unscId"] == ["YEe.001"] and sanction["listingDate"] == ["2022-02-28"]


def test_eu_fsf_xml() -> None:
    loaded = load_file(FIX / "eu_fsf.xml")
    assert (loaded.info.name, loaded.info.authority, loaded.info.list_date) == ("eu_fsf", "EU", "2025-04-17")
    person = by_list_id(loaded)["EU.2789.52"]
    assert person.names == ["Abdulmalik al-Houthi", "عبد الملك الحوثي", "Abu Jibril"]
    assert person.data["properties"]["weakAlias"] == ["Abu Jibril"]
    assert person.birth_dates == ["1979-01-01"] and person.countries == ["ye"] and person.programs == ["YEM"]
    assert by_list_id(loaded)["EU.7030.43"].schema == "Organization"


def test_uk_ofsi_csv_groups_rows_by_group_id() -> None:
    loaded = load_file(FIX / "uk_ofsi_conlist.csv")
    assert (loaded.info.name, loaded.info.list_date) == ("uk_ofsi", "2025-04-17")
    leader = by_list_id(loaded)["13191"]
    assert leader.names[0] == "ABDULMALIK AL-HOUTHI"
    assert {"عبد الملك الحوثي", "Abd al-Malik AL-HUTHI", "ABU JIBRIL"} <= set(leader.names)
    assert leader.data["properties"]["weakAlias"] == ["ABU JIBRIL"]
    assert leader.birth_dates == ["1979"]  # 00/00/1979: day and month unknown
    assert by_list_id(loaded)["14200"].names == ["JSC ROSOBORONEXPORT", "АО Рособоронэкспорт"]


def test_canada_sema_persons_vessels_and_cyrillic_aliases() -> None:
    loaded = load_file(FIX / "ca_sema.xml")
    assert loaded.info.name == "ca_sema" and loaded.info.list_date == "2025-02-21"
    entities = {e.caption: e for e in loaded.entities}
    luka = entities["Aleksandr Grigoryevich Lukashenko"]
    assert luka.names[1:] == ["Alyaksandr Ryhoravich Lukashenka", "Аляксандр Рыгоравіч Лукашэнка",
                              "Александр Григорьевич Лукашенко"]
    assert luka.birth_dates == ["1954-08-30"] and luka.countries == ["by"]
    ship = entities["Balitiyskiy III"]
    assert ship.schema == "Vessel" and ship.data["properties"]["imoNumber"] == ["IMO7612448"]
    # an entity name with a comma stays whole
    assert "Министерство культуры, спорта и туризма" in entities


def test_opensanctions_simple_csv() -> None:
    loaded = load_file(FIX / "opensanctions_ua_war_sanctions_targets.simple.csv")
    assert loaded.info.name == "opensanctions_ua_war_sanctions"
    assert loaded.info.authority == "OpenSanctions"
    ivakha = by_list_id(loaded)["NK-26WkuEefVYLmYk8aTHMC9E"]
    assert ivakha.names == ["IVAKHA Denis Vladimirovich", "ІВАХА Денис Володимирович",
                            "ИВАХА Денис Владимирович"]
    vessel = by_list_id(loaded)["NK-24cf2zYe7LEKhr2zFck73j"]
    assert vessel.schema == "Vessel" and set(vessel.countries) == {"lr", "pa", "sg", "st"}


def test_opensanctions_ftm_json_keeps_linked_sanctions() -> None:
    loaded = load_file(FIX / "opensanctions_demo_entities.ftm.json")
    assert loaded.info.name == "opensanctions_demo"
    [bout] = loaded.entities  # the non-target company is left out
    assert bout.names == ["Viktor Bout", "Виктор Бут", "فيكتور بوت"]
    assert bout.programs == ["DRCONGO"]
    assert bout.data["sanctions"][0]["properties"]["entity"] == [bout.id]


def test_ids_are_stable_across_loads() -> None:
    first = [e.id for e in load_file(FIX / "ca_sema.xml").entities]
    assert first == [e.id for e in load_file(FIX / "ca_sema.xml").entities]
    assert len(set(first)) == len(first)


def test_directory_load_reports_bad_files_and_loads_the_rest(tmp_path: Path) -> None:
    shutil.copy(FIX / "un_sc.xml", tmp_path)
    shutil.copy(FIX / "bad" / "truncated_un.xml", tmp_path)
    shutil.copy(FIX / "bad" / "books.csv", tmp_path)
    results = list(load_path(tmp_path))
    loaded = [r for r in results if isinstance(r, LoadedList)]
    failed = {r.path.name: str(r.error) for r in results if isinstance(r, LoadFailure)}
    assert [x.info.name for x in loaded] == ["un_sc"]
    assert set(failed) == {"truncated_un.xml", "books.csv"}
    assert "truncated_un.xml" in failed["truncated_un.xml"] and "truncated" in failed["truncated_un.xml"]
    assert "unknown format" in failed["books.csv"]


def test_bundled_sample_loads() -> None:
    from armswatch.screen.lists import SAMPLE_DIR

    results = list(load_path(SAMPLE_DIR))
    assert not [r for r in results if isinstance(r, LoadFailure)]
    lists = {r.info.name: r for r in results if isinstance(r, LoadedList)}
    assert set(lists) == {"us_ofac_sdn", "un_sc", "opensanctions_ua_war_sanctions"}
    assert "SERGITOV, Vitali" in by_list_id(lists["us_ofac_sdn"])["8279"].names
    assert "YEe.001" in by_list_id(lists["un_sc"])
