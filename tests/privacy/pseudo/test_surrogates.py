"""Surrogates: consistent within a patient, keyed, shaped like the original, never the original."""

import re

from relais.privacy.pseudo import KnownPerson, PatientContext, Pseudonymizer
from relais.privacy.pseudo.recognizers.nir import compact, nir_key_ok

RECORD = PatientContext(
    "p-7",
    people=(
        KnownPerson("Fernández", "Arthur", "patient"),
        KnownPerson("Laurent", "Mamadou", "relative"),
        KnownPerson("Girard", "Marie-Hélène", "gp"),
    ),
    phones=("06 91 82 26 51",),
)
ADMISSION = (
    "Patient : M. Arthur FERNÁNDEZ, né le 1 avril 1928.\n"
    "Médecin traitant : Dr Marie-Hélène Girard. Tél. : 06 91 82 26 51\n"
    "Personne à prévenir : Mamadou LAURENT (neveu)."
)
DISCHARGE = (
    "J'ai pris en charge Arthur Fernández. Destinataire : Dr M. Girard.\n"
    "M. FERNÁNDEZ rentre chez lui ; joignable au +33 6 91 82 26 51."
)


def _surrogates(out: object) -> dict[str, str]:
    return {s.original: s.surrogate for s in out.spans}  # type: ignore[attr-defined]


def test_a_person_keeps_one_surrogate_across_documents(pseudonymizer: Pseudonymizer) -> None:
    first = _surrogates(pseudonymizer.pseudonymize(ADMISSION, context=RECORD))
    second = _surrogates(pseudonymizer.pseudonymize(DISCHARGE, context=RECORD))
    given, family = first["Arthur FERNÁNDEZ"].split()
    assert family.isupper() and not given.isupper()  # the case as written is kept
    assert second["Arthur Fernández"] == f"{given} {family.title()}"
    assert second["FERNÁNDEZ"] == family
    gp_family = first["Marie-Hélène Girard"].split()[-1]
    assert second["M. Girard"] == f"{first['Marie-Hélène Girard'][0]}. {gp_family}"
    # One phone number, written two ways, keeps its surrogate digits.
    digits = re.sub(r"\D", "", first["06 91 82 26 51"])[-8:]
    assert re.sub(r"\D", "", second["+33 6 91 82 26 51"])[-8:] == digits


def test_no_original_is_left(pseudonymizer: Pseudonymizer) -> None:
    for text in (ADMISSION, DISCHARGE):
        out = pseudonymizer.pseudonymize(text, context=RECORD)
        for span in out.spans:
            assert span.surrogate != span.original
            assert text[span.start : span.end] == span.original
        for word in ("Fernández", "FERNÁNDEZ", "Girard", "LAURENT", "Mamadou", "91 82 26 51"):
            assert word not in out.text


def test_surrogates_change_with_the_key() -> None:
    one = Pseudonymizer(key=b"first-key").pseudonymize(ADMISSION, context=RECORD)
    two = Pseudonymizer(key=b"second-key").pseudonymize(ADMISSION, context=RECORD)
    assert [s.original for s in one.spans] == [s.original for s in two.spans]
    assert one.text != two.text


def test_surrogates_differ_between_patients(pseudonymizer: Pseudonymizer) -> None:
    other = PatientContext("p-8", people=RECORD.people)
    one = _surrogates(pseudonymizer.pseudonymize(ADMISSION, context=RECORD))
    two = _surrogates(pseudonymizer.pseudonymize(ADMISSION, context=other))
    assert one["Arthur FERNÁNDEZ"] != two["Arthur FERNÁNDEZ"]
    assert one["1 avril 1928"] != two["1 avril 1928"]  # each patient has their own date shift


def test_identifiers_keep_their_shape(pseudonymizer: Pseudonymizer) -> None:
    text = "NIR : 1 28 04 2A 004 406 28 — IPP : 09258409 — N° séjour : 24-118273"
    out = _surrogates(pseudonymizer.pseudonymize(text))
    nir = out["1 28 04 2A 004 406 28"]
    assert re.fullmatch(r"\d \d\d \d\d \d\d \d\d\d \d\d\d \d\d", nir)
    assert nir_key_ok(compact(nir))
    assert re.fullmatch(r"\d{8}", out["09258409"])
    assert re.fullmatch(r"\d\d-\d{6}", out["24-118273"])


def test_to_dict_leaves_originals_out_unless_asked(pseudonymizer: Pseudonymizer) -> None:
    out = pseudonymizer.pseudonymize(ADMISSION, context=RECORD)
    plain = out.to_dict()
    assert set(plain) == {"text", "spans"}
    assert all(set(s) == {"type", "start", "end", "surrogate"} for s in plain["spans"])
    assert all("original" in s for s in out.to_dict(with_originals=True)["spans"])
