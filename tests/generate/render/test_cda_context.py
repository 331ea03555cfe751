"""What the CDA header reads from the stored record (both databases): the INS only with all
its traits, IPP under the hospital's OID, setId and version across drafts, the sector of the
establishment; markup in the record stays text."""

import copy
import json
from pathlib import Path
from typing import Any

import pytest
from lxml import etree
from sqlalchemy import Engine

from relais.dossier import build_stay_dossier
from relais.generate.draft.archive import save_draft
from relais.generate.render.cda import export_cda
from relais.ingest.importer import Importer
from tests.generate.render.conftest import DRAFTER, NS
from tests.ingest.french_record import HOSPITAL, PATIENT, STAY
from tests.ingest.french_record import french_stay_bundle as base_bundle

BIRTH_PLACE = "http://hl7.org/fhir/StructureDefinition/patient-birthPlace"


def _resource(bundle: dict[str, Any], resource_id: str) -> dict[str, Any]:
    return next(e["resource"] for e in bundle["entry"] if e["resource"].get("id") == resource_id)


def french_stay_bundle() -> dict[str, Any]:
    """The French test stay, its patient managed by the hospital (found by the dossier)."""
    bundle = base_bundle()
    _resource(bundle, PATIENT)["managingOrganization"] = {"reference": f"Organization/{HOSPITAL}"}
    return bundle


def _import(engine: Engine, tmp_path: Path, bundle: dict[str, Any]) -> None:
    path = tmp_path / "stay.json"
    path.write_text(json.dumps(bundle))
    assert Importer(engine, workers=1).run([str(path)]).ok


def _letter(engine: Engine, *, save: bool = False) -> tuple[etree._Element, list[str]]:
    with engine.connect() as conn:
        draft = DRAFTER.letter(build_stay_dossier(conn, STAY))
    if save:
        with engine.begin() as conn:
            save_draft(conn, draft)
    with engine.connect() as conn:
        xml, warnings = export_cda(conn, draft.to_dict())
    return etree.fromstring(xml), warnings


def _ids(tree: etree._Element) -> dict[str, str]:
    found = tree.xpath("//h:recordTarget/h:patientRole/h:id", namespaces=NS)
    return {i.get("root") or "null": i.get("extension") or "" for i in found}


@pytest.mark.parametrize(
    ("system", "cog", "root"),
    [
        ("urn:oid:1.2.250.1.213.1.4.8", "69383", "1.2.250.1.213.1.4.8"),  # INS-NIR
        ("urn:oid:1.2.250.1.213.1.4.10", "2A004", "1.2.250.1.213.1.4.10"),  # test INS
        ("urn:oid:1.2.250.1.213.1.4.8", None, None),  # birthplace unknown: no INS
    ],
)
def test_the_ins_goes_with_all_its_traits_or_not_at_all(
    engine: Engine, tmp_path: Path, system: str, cog: str | None, root: str | None
) -> None:
    bundle = french_stay_bundle()
    patient = _resource(bundle, PATIENT)
    patient["identifier"][1]["system"] = system
    place: dict[str, Any] = {"city": "Lyon"}
    if cog:
        place["district"] = cog
    patient["extension"] = [{"url": BIRTH_PLACE, "valueAddress": place}]
    _import(engine, tmp_path, bundle)
    tree, warnings = _letter(engine)
    ids = _ids(tree)
    assert ids["1.2.250.1.71.4.2.7.750712184"] == "004512378"  # IPP under the hospital's OID
    name = tree.xpath("//h:patient/h:name", namespaces=NS)[0]
    parts = [(p.get("qualifier"), p.text) for p in name]
    assert parts[:3] == [("BR", "Garnier"), (None, "Jeanne Marie"), ("BR", "Jeanne")]
    assert ("CL", "Lefèvre") in parts
    if root is None:
        assert len(ids) == 1
        assert any("INS non transmise" in w and "COG" in w for w in warnings)
    else:
        assert ids[root] == "241027512345687"
        assert tree.xpath("//h:birthplace//h:county/text()", namespaces=NS) == [cog]


def test_markup_in_the_record_stays_text(engine: Engine, tmp_path: Path) -> None:
    bundle = french_stay_bundle()
    family = 'Lefèvre</family><given qualifier="BR">Pirate</given><family>&amp; "Cie"'
    _resource(bundle, PATIENT)["name"][0]["family"] = family
    _resource(bundle, HOSPITAL)["name"] = "CH <Valmont> & fils ]]>"
    _import(engine, tmp_path, bundle)
    tree, _ = _letter(engine)
    assert tree.xpath("//h:patient/h:name/h:family[@qualifier='CL']/text()", namespaces=NS) == [
        family
    ]
    assert "CH <Valmont> & fils ]]>" in tree.xpath("//h:custodian//h:name/text()", namespaces=NS)
    assert not tree.xpath("//h:given[.='Pirate']", namespaces=NS)


def test_set_id_is_the_first_version_and_the_version_number_follows(
    engine: Engine, tmp_path: Path
) -> None:
    _import(engine, tmp_path, french_stay_bundle())
    first, _ = _letter(engine, save=True)
    second, _ = _letter(engine, save=True)
    first_id = first.xpath("h:id/@extension", namespaces=NS)
    assert first.xpath("h:setId/@extension", namespaces=NS) == first_id
    assert second.xpath("h:setId/@extension", namespaces=NS) == first_id
    assert second.xpath("h:id/@extension", namespaces=NS) != first_id
    assert second.xpath("h:versionNumber/@value", namespaces=NS) == ["2"]
    roots = {
        first.xpath("h:id/@root", namespaces=NS)[0],
        second.xpath("h:setId/@root", namespaces=NS)[0],
    }
    assert len(roots) == 1 and roots.pop().startswith("2.25.")


@pytest.mark.parametrize(
    ("organization_type", "sector"),
    [
        ({"text": "Centre hospitalier"}, "SA01"),
        ({"coding": [{"code": "SA03", "display": "Etablissement privé PSPH"}]}, "SA03"),
        ({"text": "Clinique du Parc"}, None),
    ],
)
def test_the_sector_of_the_establishment_is_read_never_guessed(
    engine: Engine, tmp_path: Path, organization_type: dict[str, Any], sector: str | None
) -> None:
    bundle = copy.deepcopy(french_stay_bundle())
    _resource(bundle, HOSPITAL)["type"] = [organization_type]
    _import(engine, tmp_path, bundle)
    tree, warnings = _letter(engine)
    code = tree.xpath("//h:healthCareFacility/h:code", namespaces=NS)[0]
    assert code.get("code") == sector
    if sector is None:
        assert code.get("nullFlavor") == "UNK"
        assert any("Secteur d'activité" in w for w in warnings)


def test_an_ipp_without_an_oid_is_not_given_a_made_up_root(engine: Engine, tmp_path: Path) -> None:
    bundle = french_stay_bundle()
    _resource(bundle, PATIENT)["identifier"][0]["system"] = "https://hopital.example/ipp"
    _import(engine, tmp_path, bundle)
    tree, _ = _letter(engine)
    assert "https://hopital.example/ipp" not in etree.tostring(tree).decode()
    assert "004512378" not in _ids(tree).values()
