"""Identifying details as notes write them: names, dates, addresses, phones, NIR, IPP…"""

import random
from datetime import date

from relais.synth.hospital import Hospital, Practitioner
from relais.synth.identifiers import spaced_nir
from relais.synth.notes.text import Note
from relais.synth.people import Person
from relais.synth.rand import chance, pick
from relais.synth.timefmt import age_at, french_date


def civility(person: Person) -> str:
    return "M." if person.sex == "male" else "Mme"


def patient_name(note: Note, rng: random.Random, person: Person, *, civil: bool = True) -> None:
    style = rng.randrange(4)
    if civil:
        note.add(
            f"{civility(person)} "
            if style != 3
            else ("Monsieur " if person.sex == "male" else "Madame ")
        )
    given = " ".join(person.given) if chance(rng, 0.3) else person.given[0]
    text = (
        f"{given} {person.family.upper()}",
        f"{person.family.upper()} {given}",
        f"{given} {person.family}",
        f"{person.family} {given}",
    )[style]
    note.ident("PATIENT_NAME", text)
    if person.birth_family and chance(rng, 0.7):
        note.add(" née ")
        note.ident(
            "PATIENT_NAME", person.birth_family.upper() if style < 2 else person.birth_family
        )


def doctor(note: Note, rng: random.Random, who: Practitioner) -> None:
    note.add("Dr ")
    name = who.person
    text = pick(
        rng,
        (
            f"{name.given[0]} {name.family}",
            name.family.upper(),
            f"{name.given[0][0]}. {name.family}",
        ),
    )
    note.ident("CLINICIAN_NAME", text)


def day(note: Note, rng: random.Random, when: date, style: int | None = None) -> None:
    note.ident("DATE", french_date(when, rng.randrange(5) if style is None else style))


def age(note: Note, person: Person, on: date) -> None:
    note.ident("AGE", f"{age_at(person.birth_date, on)} ans")


def address(note: Note, person: Person) -> None:
    place = person.address
    note.ident("ADDRESS", place.line)
    if place.extra:
        note.add(", ")
        note.ident("ADDRESS", place.extra)
    note.add(", ")
    note.ident("POSTAL_CODE", place.postal_code)
    note.add(" ")
    note.ident("CITY", place.city)


def phone(note: Note, rng: random.Random, number: str) -> None:
    style = rng.randrange(4)
    digits = number.replace(" ", "")
    text = (number, number.replace(" ", "."), f"+33 {digits[1]} {number[3:]}", digits)[style]
    note.ident("PHONE", text)


def nir(note: Note, rng: random.Random, person: Person) -> None:
    label, kind = pick(
        rng,
        (("NIR : ", "NIR"), ("N° SS : ", "NIR"), ("Matricule INS : ", "INS"), ("INS : ", "INS")),
    )
    note.add(label)
    note.ident(kind, spaced_nir(person.nir) if chance(rng, 0.5) else person.nir)


def hospital_name(note: Note, rng: random.Random, hospital: Hospital) -> None:
    note.ident("HOSPITAL", hospital.name if chance(rng, 0.6) else hospital.short)


def header(
    note: Note,
    rng: random.Random,
    *,
    hospital: Hospital,
    service: str,
    person: Person,
    ipp: str,
    nda: str,
    on: date,
    gp: Practitioner | None,
) -> None:
    """The identification block at the top of a hospital document."""
    hospital_name(note, rng, hospital)
    note.line(f" — Service de {service.lower() if chance(rng, 0.5) else service}")
    note.add("Patient : ")
    patient_name(note, rng, person)
    note.add(", né" + ("e" if person.sex == "female" else "") + " le ")
    day(note, rng, person.birth_date, rng.choice((0, 1, 3)))
    note.add(" (")
    age(note, person, on)
    note.line(")")
    note.add("IPP : ")
    note.ident("IPP", ipp)
    note.add(" — NDA : " if chance(rng, 0.5) else " / N° séjour : ")
    note.ident("NDA", nda)
    note.line()
    if chance(rng, 0.6):
        nir(note, rng, person)
        note.line()
    if chance(rng, 0.7):
        note.add("Adresse : ")
        address(note, person)
        note.add(" — Tél. : ")
        phone(note, rng, person.phone)
        note.line()
    if person.email and chance(rng, 0.5):
        note.add("Courriel : ")
        note.ident("EMAIL", person.email)
        note.line()
    if gp is not None:
        note.add("Médecin traitant : ")
        doctor(note, rng, gp)
        note.line()
