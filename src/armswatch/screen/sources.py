"""Where the official lists are downloaded from: the one table of default URLs.

Each entry names the dataset a download must produce; ARMSWATCH_LIST_URLS (name=url pairs)
overrides or adds entries without code changes.
"""

from __future__ import annotations

from dataclasses import dataclass

from armswatch.settings import get_settings

__all__ = ["DEFAULT_LIST_URLS", "ListSource", "list_sources"]


@dataclass(frozen=True, slots=True)
class ListSource:
    name: str  # the dataset the file must load as
    url: str
    min_entities: int  # fewer than this means a broken or partial download


_OFAC = "https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/"
_OFSI = "https://ofsistorage.blob.core.windows.net/publishlive/2022format/"

DEFAULT_LIST_URLS: tuple[ListSource, ...] = (
    ListSource("us_ofac_sdn", _OFAC + "SDN.XML", 5000),
    ListSource("us_ofac_nonsdn", _OFAC + "CONSOLIDATED.XML", 100),
    ListSource("un_sc", "https://scsanctions.un.org/resources/xml/en/consolidated.xml", 300),
    ListSource("eu_fsf", "https://webgate.ec.europa.eu/fsd/fsf/public/files/xmlFullSanctionsList_1_1/content"
               "?token=dG9rZW4tMjAxNw", 1000),
    ListSource("uk_ofsi", _OFSI + "ConList.csv", 1000),
    ListSource("ca_sema", "https://www.international.gc.ca/world-monde/assets/office_docs/"
               "international_relations-relations_internationales/sanctions/sema-lmes.xml", 1000),
)


def list_sources() -> list[ListSource]:
    """The default sources with the ARMSWATCH_LIST_URLS overrides applied (new names allowed)."""
    overrides = dict(get_settings().list_urls)
    sources = []
    for source in DEFAULT_LIST_URLS:
        if source.name in overrides:
            # An override may be a mirror or a filtered copy: only the "not under half of the
            # stored list" check applies to it.
            sources.append(ListSource(source.name, overrides.pop(source.name), 1))
        else:
            sources.append(source)
    sources.extend(ListSource(name, url, 1) for name, url in overrides.items())
    return sources
