"""Relais' own checks of the mandatory entries (the official rules do not check that ORG-070
and the other entries of the stay summary exist), compared with the synthetic truth."""

from typing import Any

import pytest
from lxml import etree

from relais.generate.render.cda import volet
from tests.generate.render.conftest import NS, Rendered

EVENTS = "1.3.6.1.4.1.19376.1.7.3.1.1.13.7"
DISCHARGE = "1.3.6.1.4.1.19376.1.5.3.1.3.22"
STOPPED = "1.3.6.1.4.1.19376.1.5.3.1.3.21"
ALLERGY = "1.2.250.1.213.1.1.3.41"
ADMISSION = {"183452005", "8715000", "107724000", "GEN-092.06.07"}  # JDV_ModaliteEntree_CISIS
DISCHARGE_MODES = {"8": "160849004", "7": "GEN-092.06.01", "6": "GEN-092.06.01", "9": "419620001"}


def letters(sample: list[Rendered]) -> list[Rendered]:
    return [r for r in sample if volet(r.document) == "LDL-SES"]


def observations(tree: etree._Element, code: str) -> list[etree._Element]:
    path = f"//h:section[h:templateId/@root='{EVENTS}']/h:entry/h:observation[h:code/@code=$c]"
    return list(tree.xpath(path, namespaces=NS, c=code))


def value(obs: etree._Element) -> dict[str, Any]:
    found = obs.find("h:value", NS)
    assert found is not None
    return {"text": found.text, **dict(found.attrib)}


@pytest.mark.parametrize(
    "code", ["ORG-070", "ORG-074", "MED-142", "MED-143", "MED-309", "MED-145", "MED-147"]
)
def test_each_mandatory_entry_of_the_stay_summary_is_there_once(
    code: str, cda_sample: list[Rendered]
) -> None:
    for rendered in letters(cda_sample):
        assert len(observations(rendered.tree, code)) == 1, (code, rendered.path)


def test_admission_and_discharge_modes_follow_the_pmsi_modes(cda_sample: list[Rendered]) -> None:
    for rendered in letters(cda_sample):
        truth = rendered.truth or {}
        entree = value(observations(rendered.tree, "ORG-070")[0])
        assert entree["code"] in ADMISSION
        if (truth.get("provenance") or {}).get("code") == "5":
            assert entree["code"] == "183452005"  # through the emergency department
        sortie = value(observations(rendered.tree, "ORG-074")[0])
        assert sortie["code"] == DISCHARGE_MODES[truth["mode_sortie"]["code"]]


def test_transfusion_screening_and_organisms_match_the_record(cda_sample: list[Rendered]) -> None:
    seen = {"transfused": 0, "organisms": 0}
    for rendered in letters(cda_sample):
        truth = rendered.truth or {}
        tree = rendered.tree
        transfused = bool((truth.get("transfusion") or {}).get("done"))
        assert value(observations(tree, "MED-145")[0])["value"] == str(transfused).lower()
        assert len(observations(tree, "MED-146")) == int(transfused)
        screening = truth.get("bmr_screening") or {}
        if screening.get("done"):
            assert value(observations(tree, "MED-309")[0])["value"] == "true"
        found = observations(tree, "MED-144")
        assert len(found) == int(bool(screening.get("organisms")))
        facts = rendered.document["facts"].values()
        for fact in (f for f in facts if f["kind"] == "microbiology"):
            for organism in fact["data"].get("organisms") or []:  # as the record names it
                assert organism in (value(found[0])["text"] or "")
        seen["transfused"] += transfused
        seen["organisms"] += bool(found)
    assert seen["transfused"] and seen["organisms"], f"the sample misses a case: {seen}"


def _treatments(tree: etree._Element, template: str) -> list[etree._Element]:
    path = f"//h:section[h:templateId/@root='{template}']/h:entry/h:substanceAdministration"
    return list(tree.xpath(path, namespaces=NS))


def test_treatments_are_coded_with_atc_dose_and_route(cda_sample: list[Rendered]) -> None:
    stopped_seen = 0
    for rendered in letters(cda_sample):
        truth = rendered.truth or {}
        entries = _treatments(rendered.tree, DISCHARGE)
        atc = sorted(
            e.xpath(".//h:manufacturedMaterial/h:code/@code", namespaces=NS)[0] for e in entries
        )
        assert atc == sorted(m["atc"] for m in truth["discharge_medications"])
        for entry in entries:
            assert entry.xpath("h:doseQuantity/h:low/@unit", namespaces=NS)
            assert entry.xpath("h:effectiveTime[@xsi:type='PIVL_TS']/h:period", namespaces=NS)
        stopped = _treatments(rendered.tree, STOPPED)
        assert len(stopped) == len(truth["stopped_medications"])
        stopped_seen += len(stopped)
    assert stopped_seen, "no stopped treatment in the sample"


def test_allergies_and_devices_are_entries(cda_sample: list[Rendered]) -> None:
    devices_seen = 0
    for rendered in letters(cda_sample):
        truth, tree = rendered.truth or {}, rendered.tree
        allergies = tree.xpath(f"//h:observation[h:templateId/@root='{ALLERGY}']", namespaces=NS)
        codes = [a.xpath("h:code/@code", namespaces=NS)[0] for a in allergies]
        if truth["allergies"]:
            assert len(codes) == len(truth["allergies"])
        else:
            assert len(codes) == 1 and codes[0].startswith("no-")
        udis = tree.xpath("//h:supply//h:participantRole/h:id/@extension", namespaces=NS)
        assert len(udis) == len(truth["devices"])
        for device in truth["devices"]:
            assert any(device["code"] in udi for udi in udis)
        devices_seen += len(udis)
    assert devices_seen, "no device in the sample"


def test_every_reference_points_into_the_narrative(cda_sample: list[Rendered]) -> None:
    for rendered in cda_sample:
        tree = rendered.tree
        ids = tree.xpath("//h:content/@ID", namespaces=NS)
        assert len(ids) == len(set(ids)), rendered.path
        targets = {r[1:] for r in tree.xpath("//h:reference/@value", namespaces=NS)}
        assert targets and targets <= set(ids), (rendered.path, targets - set(ids))


def test_a_draft_says_so_and_names_its_version(cda_sample: list[Rendered]) -> None:
    for rendered in cda_sample:
        tree = rendered.tree
        status = tree.xpath("//h:observation[h:code/@code='GEN-065']/h:value/@code", namespaces=NS)
        assert status == ["385651009"]  # en cours d'exécution
        assert tree.xpath("h:versionNumber/@value", namespaces=NS) == ["1"]
        document_id = tree.xpath("h:id/@extension", namespaces=NS)
        assert document_id == [rendered.document["id"]]
        assert tree.xpath("h:setId/@extension", namespaces=NS) == document_id


@pytest.mark.parametrize(
    ("template", "what"),
    [
        ("1.2.250.1.213.1.1.2.29", "pathologies, antécédents, allergies, facteurs de risque"),
        ("1.3.6.1.4.1.19376.1.5.3.1.3.27", "résultats"),
        ("1.2.250.1.213.1.1.2.32", "traitement au long cours"),
        ("1.2.250.1.213.1.1.2.143", "traitements (sous-section)"),
    ],
)
def test_a_synthesis_has_the_sections_of_the_volet(
    template: str, what: str, cda_sample: list[Rendered]
) -> None:
    syntheses = [r for r in cda_sample if volet(r.document) == "VSM"]
    assert syntheses
    for rendered in syntheses:
        found = rendered.tree.xpath(f"//h:section[h:templateId/@root='{template}']", namespaces=NS)
        assert len(found) == 1, (what, rendered.path)


def test_a_synthesis_codes_problems_in_cim10_and_treatments_in_atc(
    cda_sample: list[Rendered],
) -> None:
    for rendered in (r for r in cda_sample if volet(r.document) == "VSM"):
        facts = rendered.document["facts"]
        sections = {s["code"]: s for s in rendered.document["sections"]}
        expected = sorted(
            facts[i["fact"]]["data"]["cim10"]
            for code in ("11450-4", "11348-0")
            for i in sections[code]["items"]
            if facts[i["fact"]]["data"].get("cim10")
        )
        found = rendered.tree.xpath(
            "//h:observation[h:templateId/@root='1.2.250.1.213.1.1.3.37']/h:value/@code",
            namespaces=NS,
        )
        assert sorted(found) == expected
        atc = sorted(i["atc"] for i in sections["10160-0"]["items"] if i.get("atc"))
        coded = rendered.tree.xpath("//h:manufacturedMaterial/h:code/@code", namespaces=NS)
        assert sorted(coded) == atc


def test_the_ins_is_written_with_every_trait_of_the_synthetic_patients(
    cda_sample: list[Rendered],
) -> None:
    """The synthetic records carry the birthplace's COG code, so each document identifies the
    patient by the INS (with the birth name and the birthplace), not only by the IPP."""
    for rendered in cda_sample:
        tree = rendered.tree
        roots = tree.xpath("//h:recordTarget/h:patientRole/h:id/@root", namespaces=NS)
        assert "1.2.250.1.213.1.4.8" in roots, (rendered.path.name, rendered.warnings)
        county = tree.xpath("//h:patient/h:birthplace//h:county/text()", namespaces=NS)
        assert len(county) == 1 and len(county[0]) == 5
        assert tree.xpath("//h:patient/h:name/h:family[@qualifier='BR']", namespaces=NS)
