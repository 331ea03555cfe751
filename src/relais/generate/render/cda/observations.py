"""FR-Simple-observation entries (codes of the TA_ASIP terminology): yes/no, text or coded
values, with a nullFlavor when the record does not say."""

from dataclasses import dataclass
from typing import Any

from relais.generate.render.cda import oids
from relais.generate.render.cda.xml import Element, entry_id, reference, sub, templates, time_el


@dataclass(frozen=True, slots=True)
class Coded:
    code: str
    system: str
    display: str


Value = Coded | str | bool | None  # None: not known (nullFlavor)


def _value(obs: Element, value: Value, kind: str) -> None:
    if isinstance(value, Coded):
        sub(
            obs,
            "value",
            xsi_type="CD" if kind == "CD" else "CE",
            code=value.code,
            displayName=value.display,
            codeSystem=value.system,
        )
    elif isinstance(value, bool):
        sub(obs, "value", xsi_type="BL", value="true" if value else "false")
    elif isinstance(value, str):
        sub(obs, "value", value, xsi_type="ST")
    else:
        sub(obs, "value", xsi_type=kind, nullFlavor="UNK" if kind != "ST" else "NAV")


def simple_observation(
    section: Element,
    document_id: str,
    *,
    template: str,
    code: str,
    display: str,
    text_id: str | None,
    when: Any,
    value: Value,
    kind: str = "ST",
    extra_templates: tuple[str, ...] = (),
) -> Element:
    """``<entry><observation>`` of the simple-observation family (1.2.250.1.213.1.1.3.48.*).

    ``kind`` is the data type used when the value is unknown (BL, ST, CE, CD).
    """
    obs = sub(sub(section, "entry"), "observation", classCode="OBS", moodCode="EVN")
    templates(obs, *oids.SIMPLE_OBSERVATION, template, *extra_templates)
    entry_id(obs, document_id, "observation", code)
    sub(
        obs,
        "code",
        code=code,
        displayName=display,
        codeSystem=oids.TA_ASIP,
        codeSystemName="TA_ASIP",
    )
    reference(obs, "text", text_id)
    sub(obs, "statusCode", code="completed")
    time_el(obs, "effectiveTime", when, day=True)
    _value(obs, value, kind)
    return obs
