"""The thesaurus: editions, levels, and the checker's recall and false alerts on it."""

import json
import shutil
from datetime import date
from pathlib import Path

import pytest

from relais.errors import InvalidInput
from relais.safety.knowledge import Knowledge
from relais.safety.levels import Level, Tier, parse_level
from relais.safety.measure import class_pairs, found, substance_pairs, unlisted_pairs
from relais.safety.model import Edition
from relais.safety.thesaurus import Thesaurus
from relais.safety.thesaurus_files import ThesaurusData, bundled_editions, read_edition


def test_bundled_edition_is_october_2020(thesaurus_data: ThesaurusData) -> None:
    assert thesaurus_data.edition.label == "2020-10"
    assert thesaurus_data.edition.published == date(2020, 10, 1)
    assert (len(thesaurus_data.entries), thesaurus_data.skipped) == (3139, 0)
    assert len(thesaurus_data.substances) > 1000
    assert set(bundled_editions()) == {"2016-01", "2016-08", "2018-03", "2019-09", "2020-10"}


@pytest.mark.parametrize(
    ("text", "level", "tier"),
    [
        ("CONTRE-INDICATION", Level.CONTRE_INDICATION, Tier.ALERT),
        ("Association DECONSEILLEE", Level.DECONSEILLEE, Tier.ALERT),
        ("Précaution d'emploi", Level.PRECAUTION, Tier.INFORMATION),
        ("A prendre en compte", Level.A_PRENDRE_EN_COMPTE, Tier.INFORMATION),
        ("Il convient de prendre en compte", Level.A_PRENDRE_EN_COMPTE, Tier.INFORMATION),
    ],
)
def test_levels_and_tiers(text: str, level: Level, tier: Tier) -> None:
    assert parse_level(text) is level
    assert level.tier is tier


def test_conditional_entry_keeps_every_level(thesaurus: Thesaurus) -> None:
    entry = next(
        e
        for e in thesaurus.entries
        if (e.main, e.plus) == ("ACIDE ACETYLSALICYLIQUE", "CLOPIDOGREL")
    )
    assert entry.conditional and entry.level is Level.DECONSEILLEE
    assert [s.level for s in entry.levels] == [Level.DECONSEILLEE, Level.PRECAUTION]
    assert "syndromes coronariens aigus" in entry.levels[1].conduct
    assert entry.risk.startswith("Majoration du risque hémorragique")


def test_every_substance_pair_is_found(knowledge: Knowledge, thesaurus: Thesaurus) -> None:
    cases = list(substance_pairs(thesaurus))
    assert len(cases) > 1400
    missed = [(c.first, c.second) for c in cases if not found(knowledge, c)]
    assert missed == []


def test_class_entries_are_found_with_their_members(
    knowledge: Knowledge, thesaurus: Thesaurus
) -> None:
    cases = class_pairs(thesaurus, sample=400, seed=6)
    assert len(cases) == 400
    missed = [(c.first, c.second, c.entry) for c in cases if not found(knowledge, c)]
    assert missed == []


def test_no_alert_on_10000_pairs_the_thesaurus_does_not_list(
    knowledge: Knowledge, thesaurus: Thesaurus
) -> None:
    cases = unlisted_pairs(thesaurus, 10_000, seed=6)
    assert [(c.first, c.second) for c in cases if found(knowledge, c)] == []


def test_a_newer_edition_in_the_same_shape(tmp_path: Path) -> None:
    source = bundled_editions()["2020-10"]
    for path in source.glob("*.json"):
        shutil.copy(path, tmp_path / path.name)
    entries_file = next(p for p in tmp_path.glob("*.json") if "thesaurus" in p.name)
    entries = json.loads(entries_file.read_text())
    entries.append(
        {
            "main_drug": "PARACETAMOL",
            "between_main_and_plus_drug": "",
            "plus_drug": "FUROSEMIDE",
            "severity_levels": [{"level": "Précaution d'emploi", "info": "Surveillance."}],
            "interaction_mechanism": "Entrée fictive de test.",
            "description": "",
        }
    )
    entries_file.write_text(json.dumps(entries))
    data = read_edition(tmp_path, Edition("2099-01", date(2099, 1, 1), "test"))
    thesaurus = Thesaurus.from_data(data)
    (match,) = thesaurus.between("furosemide", "paracetamol")
    assert (match.entry.risk, match.entry.level) == ("Entrée fictive de test.", Level.PRECAUTION)


def test_a_folder_without_the_two_files_is_refused(tmp_path: Path) -> None:
    (tmp_path / "x.json").write_text("[]")
    with pytest.raises(InvalidInput, match="substance index"):
        read_edition(tmp_path, Edition("x", None, "test"))
